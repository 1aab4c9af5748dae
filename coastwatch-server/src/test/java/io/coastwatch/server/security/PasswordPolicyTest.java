package io.coastwatch.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.server.api.ApiException;
import io.coastwatch.server.api.FieldError;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.junit.jupiter.api.Test;

/** {@link PasswordPolicy}: length in code points, the shipped list of common passwords, the account's own name. */
class PasswordPolicyTest {
    private final PasswordPolicy policy = new PasswordPolicy(12);

    private String problem(String username, String password) {
        return policy.problem("password", username, password).map(FieldError::code).orElse("ok");
    }

    @Test
    void refusesShortLongAndCommonPasswords() {
        assertEquals("too-short", problem("tram-truong", "ngắn-quá"));
        assertEquals("too-short", problem("tram-truong", null));
        assertEquals("ok", problem("tram-truong", "biển-đông-ngày-mai"), "12 code points, more bytes");
        assertEquals("too-long", problem("tram-truong", "x".repeat(PasswordPolicy.MAX_LENGTH + 1)));
        assertEquals("common-password", problem("tram-truong", "qwertyuiop123"), "in the shipped list");
        assertEquals("common-password", problem("tram-truong", "QWERTYUIOP123"), "compared without case");
        assertEquals("common-password", problem("tram-truong", "Coastwatch2026!"), "the product's name");
        assertEquals("common-password", problem("tramtruong", "2026-TramTruong!"), "the account's name");
        assertEquals("ok", problem("tram-truong", "ca nô tuần tra lúc bình minh"));
    }

    @Test
    void checkAnswersTheFieldThatIsWrong() {
        ApiException refused = assertThrows(ApiException.class, () -> policy.check("newPassword", "a", "password1234"));
        assertEquals(HttpStatus.BAD_REQUEST, refused.status());
        assertEquals(List.of(new FieldError("newPassword", "common-password", refused.errors().getFirst().message())),
                refused.errors());
        assertTrue(refused.errors().getFirst().message().contains("choose another"));
    }

    @Test
    void withAShorterMinimumTheListStillRefusesItsWords() {
        PasswordPolicy eight = new PasswordPolicy(8);
        assertEquals("common-password", eight.problem("p", "x", "iloveyou").map(FieldError::code).orElse("ok"));
        assertEquals("common-password", eight.problem("p", "x", "sunshine").map(FieldError::code).orElse("ok"));
        assertEquals("ok", eight.problem("p", "x", "hải-đăng-7").map(FieldError::code).orElse("ok"));
    }
}
