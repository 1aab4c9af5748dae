package io.coastwatch.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

/** {@link Totp} against the test vectors of RFC 6238 (Appendix B, SHA-1) and its window and replay rules. */
class TotpTest {
    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void agreesWithTheVectorsOfRfc6238() {
        long[][] vectors = {{59, 94287082}, {1111111109, 7081804}, {1111111111, 14050471}, {1234567890, 89005924},
                {2000000000, 69279037}, {20000000000L, 65353130}};
        for (long[] vector : vectors) {
            assertEquals(String.format("%08d", vector[1]), Totp.code(RFC_KEY, vector[0] / Totp.STEP_SECONDS, 8),
                    "time " + vector[0]);
        }
    }

    @Test
    void acceptsTheStepsBesideTheCurrentOneAndNeverACodeTwice() {
        String secret = new Base32().encodeToString(RFC_KEY).replace("=", "");
        Totp totp = new Totp(Clock.fixed(Instant.ofEpochSecond(1111111111), ZoneOffset.UTC));
        long now = 1111111111 / Totp.STEP_SECONDS;
        String current = Totp.code(RFC_KEY, now, 6);
        assertEquals(OptionalLong.of(now), totp.verify(secret, current, -1));
        assertEquals(OptionalLong.empty(), totp.verify(secret, current, now), "a code is taken once");
        assertEquals(OptionalLong.of(now - 1), totp.verify(secret, Totp.code(RFC_KEY, now - 1, 6), -1), "clock drift");
        assertEquals(OptionalLong.of(now + 1), totp.verify(secret, Totp.code(RFC_KEY, now + 1, 6), -1), "clock drift");
        assertEquals(OptionalLong.empty(), totp.verify(secret, Totp.code(RFC_KEY, now + 2, 6), -1), "too far");
        assertEquals(OptionalLong.empty(), totp.verify(secret, "12345", -1));
        assertEquals(OptionalLong.empty(), totp.verify(secret, "abcdef", -1));
    }

    @Test
    void aNewSecretIs160BitsAndItsUriIsWhatAuthenticatorsRead() {
        String secret = new Totp(Clock.systemUTC()).newSecret();
        assertEquals(20, new Base32().decode(secret).length);
        String uri = Totp.uri("Coastwatch", "chi-huy", secret);
        assertTrue(uri.startsWith("otpauth://totp/Coastwatch%3Achi-huy?secret=" + secret + "&issuer=Coastwatch"), uri);
        assertTrue(uri.endsWith("&algorithm=SHA1&digits=6&period=30"), uri);
    }
}
