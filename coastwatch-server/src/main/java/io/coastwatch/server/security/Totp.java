package io.coastwatch.server.security;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords (RFC 6238, over HOTP of RFC 4226) as authenticator apps compute them:
 * HMAC-SHA1, 30-second steps, 6 digits, a 160-bit secret written in Base32. A code is accepted for the
 * step before and after the current one too (clocks drift), and never twice: {@link #verify} gives the
 * step it matched, which the caller keeps and passes back as {@code lastUsedStep}.
 *
 * <p>Computed with the JDK's {@link Mac} (the whole algorithm is a dozen lines over HMAC, checked
 * against the RFC's test vectors in {@code TotpTest}); Base32 is Apache Commons Codec's. Thread-safe.
 */
final class Totp {
    static final int DIGITS = 6;
    static final long STEP_SECONDS = 30;
    private static final int SECRET_BYTES = 20;
    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Totp(Clock clock) {
        this.clock = clock;
    }

    /** A new random secret, in Base32. */
    String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return new Base32().encodeToString(secret).replace("=", "");
    }

    /** The {@code otpauth://} URI an authenticator app reads (as a QR code or pasted) for {@code account}. */
    static String uri(String issuer, String account, String secret) {
        String label = URLEncoder.encode(issuer + ":" + account, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer="
                + URLEncoder.encode(issuer, StandardCharsets.UTF_8).replace("+", "%20")
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }

    /**
     * The step {@code code} matches for {@code secret} now (the current step, or one before or after),
     * if it is later than {@code lastUsedStep}; empty when it matches none (or was used already).
     */
    OptionalLong verify(String secret, String code, long lastUsedStep) {
        if (code == null || !code.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        byte[] key = new Base32().decode(secret);
        long now = Math.floorDiv(clock.millis() / 1000, STEP_SECONDS);
        for (long step = now - 1; step <= now + 1; step++) {
            if (step > lastUsedStep && constantTimeEquals(code(key, step, DIGITS), code)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The code of {@code step} (RFC 4226 §5.3: dynamic truncation of HMAC-SHA1), zero-padded to {@code digits}. */
    static String code(byte[] key, long step, int digits) {
        byte[] hash;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA1", e);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        String text = Integer.toString(binary % POWERS[digits]);
        return "0".repeat(digits - text.length()) + text;
    }

    private static boolean constantTimeEquals(String a, String b) {
        return java.security.MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
