package io.coastwatch.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The second factor's QR code, drawn as SVG, read back by a QR reader as an authenticator app reads it. */
class QrCodeTest {
    private static final Pattern MODULE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");
    private static final Pattern SIZE = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final int SCALE = 4;

    @Test
    void anOtpauthUriReadsBackFromItsSvg() throws Exception {
        String uri = "otpauth://totp/Coastwatch:tram-truong?secret=JBSWY3DPEHPK3PXP&issuer=Coastwatch";
        String svg = QrCode.svg(uri);
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), svg);

        Matcher size = SIZE.matcher(svg);
        assertTrue(size.find(), svg);
        int width = Integer.parseInt(size.group(1)) * SCALE;
        int height = Integer.parseInt(size.group(2)) * SCALE;
        int[] pixels = new int[width * height];
        Arrays.fill(pixels, 0xFFFFFF);
        Matcher module = MODULE.matcher(svg);
        while (module.find()) {
            int x = Integer.parseInt(module.group(1)) * SCALE;
            int y = Integer.parseInt(module.group(2)) * SCALE;
            for (int dy = 0; dy < SCALE; dy++) {
                Arrays.fill(pixels, (y + dy) * width + x, (y + dy) * width + x + SCALE, 0);
            }
        }
        String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(width, height, pixels)))).getText();
        assertEquals(uri, read);
    }
}
