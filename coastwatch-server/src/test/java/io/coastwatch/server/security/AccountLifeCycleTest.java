package io.coastwatch.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.server.support.Api;
import io.coastwatch.server.support.ConsoleSession;
import io.coastwatch.server.support.ServerTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/**
 * Local accounts through the API: password change under the policy, one's sessions and tokens listed
 * and ended, tokens' default end, disabling and deleting an account, the TOTP second factor, the security
 * log, the security headers and the store's file permissions.
 */
@ExtendWith(OutputCaptureExtension.class)
class AccountLifeCycleTest extends ServerTest {
    private static final String DUTY_OFFICER = "{\"roles\":[{\"role\":\"duty-officer\",\"unitId\":\"*\"}]";

    @Value("${coastwatch.data-dir}")
    private Path dataDir;

    @Test
    void aPasswordChangesUnderThePolicyAndEndsTheOtherSessions() {
        Api officer = newAccount("life-password", "station-officer");
        ConsoleSession other = new ConsoleSession(anonymous.base());
        assertEquals(200, other.login("life-password", "life-password-password", null).status());

        Api.Response common = officer.put("/api/v1/accounts/life-password/password", "application/json",
                "{\"currentPassword\":\"life-password-password\",\"newPassword\":\"qwertyuiop123\"}");
        assertEquals(400, common.status(), common.body());
        assertEquals("common-password", common.json().get("errors").get(0).get("code").asString());
        Api.Response wrongCurrent = officer.put("/api/v1/accounts/life-password/password", "application/json",
                "{\"currentPassword\":\"not-it-at-all\",\"newPassword\":\"tàu-về-bến-lúc-năm-giờ\"}");
        assertEquals(400, wrongCurrent.status(), wrongCurrent.body());
        assertEquals("currentPassword", wrongCurrent.json().get("errors").get(0).get("field").asString());

        Api.Response changed = officer.put("/api/v1/accounts/life-password/password", "application/json",
                "{\"currentPassword\":\"life-password-password\",\"newPassword\":\"tàu-về-bến-lúc-năm-giờ\"}");
        assertEquals(204, changed.status(), changed.body());
        assertEquals(401, officer.get("/api/v1/session").status(), "the old password no longer works");
        assertEquals(200, anonymous.basic("life-password", "tàu-về-bến-lúc-năm-giờ").get("/api/v1/session").status());
        assertEquals(401, other.get("/api/v1/session").status(), "the account's other sessions ended");
        assertEquals(403, anonymous.basic("life-password", "tàu-về-bến-lúc-năm-giờ").put("/api/v1/accounts/admin/password",
                "application/json", "{\"newPassword\":\"another-long-password-1\"}").status(), "not another's");
    }

    @Test
    void anAccountSeesAndEndsItsOwnSessions() {
        newAccount("life-sessions", "viewer");
        ConsoleSession first = new ConsoleSession(anonymous.base());
        ConsoleSession second = new ConsoleSession(anonymous.base());
        assertEquals(200, first.login("life-sessions", "life-sessions-password", null).status());
        assertEquals(200, second.login("life-sessions", "life-sessions-password", null).status());

        JsonNode sessions = first.get("/api/v1/sessions").json();
        assertEquals(2, sessions.size(), sessions.toString());
        String otherId = null;
        for (JsonNode session : sessions) {
            assertEquals("127.0.0.1", session.get("address").asString());
            if (!session.get("current").asBoolean()) {
                otherId = session.get("id").asString();
            }
        }
        assertTrue(otherId != null, sessions.toString());
        assertEquals(404, admin.delete("/api/v1/sessions/no-such-session").status());
        Api.Response ended = first.send(first.request("/api/v1/sessions/" + otherId).DELETE(), true);
        assertEquals(204, ended.status(), ended.body());
        assertEquals(401, second.get("/api/v1/session").status(), "the ended session is signed out");
        assertEquals(200, first.get("/api/v1/session").status());
        assertEquals(1, first.get("/api/v1/sessions").json().size());
    }

    @Test
    void tokensExpireByDefaultAndARevokedOneStopsAtOnce() {
        Api analyst = newAccount("life-tokens", "staff-analyst");
        Api.Response issued = analyst.post("/api/v1/tokens", "application/json", "{\"label\":\"nightly report\"}");
        assertEquals(201, issued.status(), issued.body());
        Duration lifetime = Duration.between(Instant.now(), Instant.parse(issued.json().get("expires").asString()));
        assertTrue(lifetime.toDays() >= 89 && lifetime.toDays() <= 90, "90 days by default: " + lifetime);
        String id = issued.json().get("id").asString();
        Api script = anonymous.bearer(issued.json().get("token").asString());
        assertEquals(200, script.get("/api/v1/vessels").status());

        JsonNode listed = analyst.get("/api/v1/tokens").json();
        assertEquals(1, listed.size(), listed.toString());
        assertEquals(id, listed.get(0).get("id").asString());
        assertEquals("nightly report", listed.get(0).get("label").asString());
        assertFalse(listed.toString().contains(issued.json().get("token").asString()), "never the secret again");
        assertEquals(400, analyst.post("/api/v1/tokens", "application/json", "{\"expiresInDays\":366}").status());

        Api other = newAccount("life-tokens-other", "staff-analyst");
        assertEquals(404, other.delete("/api/v1/tokens/" + id).status(), "another account's token is not theirs to end");
        assertEquals(204, analyst.delete("/api/v1/tokens/" + id).status());
        assertEquals(401, script.get("/api/v1/vessels").status(), "revoked: refused on the next request");
        assertEquals(0, analyst.get("/api/v1/tokens").json().size());
    }

    @Test
    void aDisabledAccountIsOutEverywhereAndADeletedOneIsGone() {
        Api officer = newAccount("life-disabled", "duty-officer").withNewToken();
        ConsoleSession console = new ConsoleSession(anonymous.base());
        assertEquals(200, console.login("life-disabled", "life-disabled-password", null).status());

        Api.Response disabled = admin.put("/api/v1/accounts/life-disabled", "application/json", DUTY_OFFICER + ",\"enabled\":false}");
        assertEquals(200, disabled.status(), disabled.body());
        assertFalse(disabled.json().get("enabled").asBoolean());
        assertEquals(401, officer.get("/api/v1/vessels").status(), "its token");
        assertEquals(401, console.get("/api/v1/session").status(), "its session");
        assertEquals(401, anonymous.basic("life-disabled", "life-disabled-password").get("/api/v1/session").status());

        assertEquals(200, admin.put("/api/v1/accounts/life-disabled", "application/json", DUTY_OFFICER + ",\"enabled\":true}").status());
        assertEquals(200, officer.get("/api/v1/vessels").status(), "enabled again, its token works again");
        assertEquals(204, admin.delete("/api/v1/accounts/life-disabled").status());
        assertEquals(404, admin.get("/api/v1/accounts/life-disabled").status());
        assertEquals(401, officer.get("/api/v1/vessels").status(), "deleted with its tokens");
    }

    @Test
    void aCommanderSignsInWithASecondFactorAndACodeCountsOnce() {
        Api commander = newAccount("life-totp", "commander");
        assertEquals(403, newAccount("life-totp-viewer", "viewer").post("/api/v1/accounts/life-totp-viewer/second-factor",
                "application/json", "").status(), "not for a viewer");
        Api.Response started = commander.post("/api/v1/accounts/life-totp/second-factor", "application/json", "");
        assertEquals(200, started.status(), started.body());
        byte[] key = new Base32().decode(started.json().get("secret").asString());
        assertTrue(started.json().get("uri").asString().startsWith("otpauth://totp/"));
        long step = Instant.now().getEpochSecond() / Totp.STEP_SECONDS;
        assertEquals(400, commander.post("/api/v1/accounts/life-totp/second-factor/confirm", "application/json",
                "{\"code\":\"" + wrong(Totp.code(key, step, 6)) + "\"}").status());
        assertEquals(204, commander.post("/api/v1/accounts/life-totp/second-factor/confirm", "application/json",
                "{\"code\":\"" + Totp.code(key, step, 6) + "\"}").status());

        ConsoleSession console = new ConsoleSession(anonymous.base());
        Api.Response noCode = console.login("life-totp", "life-totp-password", null);
        assertEquals(401, noCode.status());
        assertEquals("second-factor-required", noCode.json().get("code").asString());
        assertEquals(401, commander.get("/api/v1/session").status(), "Basic cannot carry a code");
        String next = Totp.code(key, step + 1, 6);
        assertEquals(200, console.login("life-totp", "life-totp-password", next).status());
        Api.Response replay = new ConsoleSession(anonymous.base()).login("life-totp", "life-totp-password", next);
        assertEquals(401, replay.status());
        assertEquals("second-factor-wrong", replay.json().get("code").asString());

        Api.Response removed = admin.delete("/api/v1/accounts/life-totp/second-factor");
        assertEquals(204, removed.status(), removed.body());
        assertEquals(200, commander.get("/api/v1/session").status(), "a lost phone: an administrator removes it");
    }

    @Test
    void logInsAreInTheSecurityLogWithWhoAndWhereButNeverThePassword(CapturedOutput output) {
        newAccount("life-log", "viewer");
        assertEquals(401, new ConsoleSession(anonymous.base()).login("life-log", "a-wrong-password-here", null).status());
        assertEquals(200, new ConsoleSession(anonymous.base()).login("life-log", "life-log-password", null).status());
        String log = output.getAll();
        assertTrue(log.contains("authentication failed user=\"life-log\" from=127.0.0.1 via=session reason=bad-credentials"),
                log.lines().filter(line -> line.contains("life-log")).toList().toString());
        assertTrue(log.contains("authentication succeeded user=\"life-log\" from=127.0.0.1 via=session"));
        assertFalse(log.contains("a-wrong-password-here"), "never a password");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (Api.Response response : new Api.Response[] {anonymous.get("/"), anonymous.get("/api/v1/vessels"),
                admin.get("/api/v1/vessels")}) {
            String policy = response.header("Content-Security-Policy");
            assertTrue(policy != null && policy.contains("default-src 'self'") && policy.contains("script-src 'self'")
                    && policy.contains("frame-ancestors 'none'"), String.valueOf(policy));
            assertEquals("no-referrer", response.header("Referrer-Policy"));
            assertEquals("nosniff", response.header("X-Content-Type-Options"));
        }
    }

    @Test
    void theStoreIsReadableByTheServersUserAlone() throws Exception {
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir)));
        Path database = dataDir.resolve("coastwatch.db");
        assertTrue(Files.exists(database), database.toString());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(database)));
    }

    @Test
    void plainHttpSetsNoSecureCookie() {
        newAccount("life-cookie", "viewer");
        ConsoleSession console = new ConsoleSession(anonymous.base());
        Api.Response login = console.login("life-cookie", "life-cookie-password", null);
        String cookie = login.headers().allValues("Set-Cookie").toString();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
        assertFalse(cookie.contains("Secure"), "over plain HTTP a Secure cookie would never come back: " + cookie);
        assertNull(anonymous.get("/actuator/health").header("Set-Cookie"));
    }

    @Test
    void forwardedHeadersFromAnAddressNotConfiguredAsAProxyAreIgnored() {
        newAccount("life-forwarded", "viewer");
        Api.Response login = ForwardedHeadersTest.logIn(anonymous, "10.1.2.3", "https", "life-forwarded",
                "life-forwarded-password");
        assertEquals(200, login.status(), login.body());
        String cookie = login.headers().allValues("Set-Cookie").toString();
        assertFalse(cookie.contains("Secure"), "a client cannot claim HTTPS: " + cookie);
        ConsoleSession console = new ConsoleSession(anonymous.base());
        assertEquals(200, console.login("life-forwarded", "life-forwarded-password", null).status());
        String sessions = console.get("/api/v1/sessions").body();
        assertTrue(sessions.contains("127.0.0.1") && !sessions.contains("10.1.2.3"),
                "the address is the connection's, not the header's: " + sessions);
    }

    private static String wrong(String code) {
        return code.charAt(0) == '0' ? "1" + code.substring(1) : "0" + code.substring(1);
    }
}
