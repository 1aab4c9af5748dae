package io.coastwatch.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.server.support.Api;
import io.coastwatch.server.support.ServerTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 13, security hole 4, its rule-parameter half: a rule's thresholds that are not numbers or not
 * durations of the right sign are refused with a 400 naming the parameter, and nothing is stored. The
 * refusal itself is helper {@code engine}'s typed rule parameters; these cases are the hole's proof.
 * Before the typed parameters each was stored (201), and a live {@code gap: 0s} rule would then alert on
 * every vessel.
 */
class RuleParameterInputTest extends ServerTest {

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
        "boundary-approach, distanceNm, NaN",
        "boundary-approach, distanceNm, Infinity",
        "dark-vessel,       gap,        -6h",
        "dark-vessel,       gap,        0s",
    })
    void aThresholdThatIsNoSensibleValueIsRefused(String type, String parameter, String value) {
        String id = "hole-4-" + type + "-" + Integer.toHexString(value.hashCode());
        Api.Response refused = admin.post("/api/v1/rules", "application/json", "{\"id\":\"" + id + "\",\"type\":\"" + type
                + "\",\"parameters\":{\"" + parameter + "\":\"" + value + "\"}}");
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains(parameter), refused.body());
        assertEquals(404, admin.get("/api/v1/rules/" + id).status(), "nothing stored");
    }
}
