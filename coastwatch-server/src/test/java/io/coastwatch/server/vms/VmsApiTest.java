package io.coastwatch.server.vms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.server.support.Api;
import io.coastwatch.server.support.Await;
import io.coastwatch.server.support.ServerTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/v1/vms}: JSON and CSV, good and bad, and who may post. */
class VmsApiTest extends ServerTest {

    @Test
    void jsonReportsReachTheLivePicture() {
        Api.Response posted = admin.post("/api/v1/vms", "application/json", """
                [{"registrationNumber":"NT-90123-TS","time":"2026-11-29T01:00:00Z","latitude":11.45,"longitude":109.3,
                  "speedKnots":5.5,"courseDegrees":120},
                 {"vmsDeviceId":"VMS-7788","time":1795914000000,"lat":11.46,"lon":109.31}]
                """);
        assertEquals(202, posted.status(), posted.body());
        assertEquals(2, posted.json().get("accepted").asInt());
        JsonNode found = Await.until("VMS vessel", Duration.ofSeconds(20),
                () -> admin.get("/api/v1/vessels?q=NT-90123-TS").json(), page -> page.get("total").asInt() == 1);
        JsonNode vessel = found.get("vessels").get(0);
        assertEquals("NT-90123-TS", vessel.get("registrationNumber").asString());
        assertEquals(11.45, vessel.get("position").get("latitude").asDouble(), 1e-9);
        assertEquals("VMS", vessel.get("position").get("source").asString());
    }

    @Test
    void csvReportsReachTheLivePicture() {
        Api.Response posted = admin.post("/api/v1/vms", "text/csv", """
                registration_number,time,lat,lon,speed,course
                NT-90124-TS,2026-11-29T01:00:00Z,11.47,109.32,4,90
                """);
        assertEquals(202, posted.status(), posted.body());
        Await.until("CSV VMS vessel", Duration.ofSeconds(20),
                () -> admin.get("/api/v1/vessels?q=NT-90124-TS").json().get("total").asInt() == 1);
    }

    @Test
    void aBadRowRefusesTheWholeRequestNamingTheLine() {
        Api.Response refused = admin.post("/api/v1/vms", "text/csv", """
                registration_number,time,lat,lon
                NT-90125-TS,2026-11-29T01:00:00Z,11.48,109.33
                NT-90126-TS,2026-11-29T01:00:00Z,111.48,109.33
                """);
        assertEquals(400, refused.status(), refused.body());
        JsonNode problem = refused.json();
        assertEquals("nothing was accepted: line 3.lat: 111.48 is out of range [-90.0, 90.0]",
                problem.get("detail").asString());
        assertEquals(1, problem.get("errors").size());
        assertEquals("out-of-range", problem.get("errors").get(0).get("code").asString());
        assertEquals(0, admin.get("/api/v1/vessels?q=NT-90125-TS").json().get("total").asInt());

        Api.Response badJson = admin.post("/api/v1/vms", "application/json", "[{\"registrationNumber\":\"NT-1-TS\"}]");
        assertEquals(400, badJson.status());
        assertEquals("[0].time", badJson.json().get("errors").get(0).get("field").asString(), badJson.body());
        assertEquals("required", badJson.json().get("errors").get(0).get("code").asString(), badJson.body());
        assertEquals(400, admin.post("/api/v1/vms", "application/json", "{{").status());
        assertEquals(415, admin.post("/api/v1/vms", "application/xml", "<vms/>").status());
    }

    @Test
    void viewersMayNotPostReports() {
        Api viewer = newAccount("vms-viewer", "VIEWER");
        assertEquals(403, viewer.post("/api/v1/vms", "text/csv", "registration,time,lat,lon\nNT-1-TS,1,11,109\n").status());
        Api operator = newAccount("vms-operator", "OPERATOR");
        assertEquals(202, operator.post("/api/v1/vms", "text/csv", "registration,time,lat,lon\nNT-90127-TS,1795914000000,11.4,109.2\n").status());
    }
}
