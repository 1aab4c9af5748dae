package io.coastwatch.server.vms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.pipeline.VmsReport;
import io.coastwatch.server.api.FieldError;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class VmsParserTest {
    /** The request's receipt: 2026-11-29T02:00:00Z. */
    private static final long RECEIVED = Instant.parse("2026-11-29T02:00:00Z").toEpochMilli();

    private final VmsParser parser = new VmsParser(JsonMapper.builder().build(), 50, Duration.ofMinutes(5));

    private static String fields(VmsParser.Result result) {
        return result.errors().stream().map(e -> e.field() + " " + e.code()).toList().toString();
    }

    @Test
    void readsCsvWithEitherIdentifierAndEitherTimeForm() {
        VmsParser.Result result = parser.parseCsv("""
                registration_number,vms_device_id,time,lat,lon,speed,course
                NT-90123-TS,,2026-11-29T01:00:00Z,11.55,109.2,6.5,135
                ,VMS-0042,1795914000000,11.6,109.3,,
                """, RECEIVED);
        assertEquals(List.of(), result.errors());
        assertEquals(2, result.rows().size());
        VmsReport first = result.rows().get(0).report();
        assertEquals("NT-90123-TS", first.registrationNumber());
        assertEquals(Instant.parse("2026-11-29T01:00:00Z").toEpochMilli(), first.timeMillis());
        assertEquals(6.5, first.speedKnots());
        VmsReport second = result.rows().get(1).report();
        assertEquals("VMS-0042", second.vmsDeviceId());
        assertTrue(Double.isNaN(second.speedKnots()));
        assertEquals("line 3", result.rows().get(1).place());
        assertEquals("line 3.vms_device_id", result.rows().get(1).identityField());
    }

    @Test
    void namesEveryBadCsvLineAndField() {
        VmsParser.Result result = parser.parseCsv("""
                registration,time,lat,lon
                NT-1-TS,2026-11-29T01:00:00Z,95,109
                ,2026-11-29T01:00:00Z,11,109
                NT-2-TS,yesterday,11,109
                NT-3-TS,2026-11-29T01:00:00Z,11
                NT-4-TS,2026-11-29T01:00:00Z,11,109
                """, RECEIVED);
        assertEquals("[line 2.lat out-of-range, line 3 required, line 4.time bad-format, line 5 bad-format]",
                fields(result));
        assertEquals(1, result.rows().size());
    }

    @Test
    void readsTheSimulatorsJson() {
        VmsParser.Result result = parser.parseJson("""
                [{"registrationNumber":null,"vmsDeviceId":"VMS-1","time":"2026-11-29T01:00:00Z","lat":11.5,"lon":109.1,
                  "speedKnots":"NaN","courseDegrees":"NaN"}]
                """, RECEIVED);
        assertEquals(List.of(), result.errors());
        assertTrue(Double.isNaN(result.rows().get(0).report().speedKnots()));
    }

    @Test
    void refusesAnUnknownColumn() {
        VmsParser.Result result = parser.parseCsv("registration,when,lat,lon\nNT-1-TS,1,2,3\n", RECEIVED);
        assertEquals("[line 1 unknown-value]", fields(result));
        assertTrue(result.errors().get(0).message().startsWith("unknown column 'when'"), result.errors().toString());
    }

    @Test
    void readsJsonObjectOrArrayAndNamesBadElements() {
        assertEquals(1, parser.parseJson("""
                {"registrationNumber":"NT-90123-TS","time":"2026-11-29T01:00:00Z","latitude":11.5,"longitude":109.1}
                """, RECEIVED).rows().size());
        VmsParser.Result result = parser.parseJson("""
                [{"vmsDeviceId":"V1","time":1795914000000,"lat":11.5,"lon":109.1,"speedKnots":4},
                 {"vmsDeviceId":"V2","time":1795914000000,"lat":11.5,"lon":200},
                 3]
                """, RECEIVED);
        assertEquals("[[1].lon out-of-range, [2] bad-type]", fields(result));
        assertEquals("[body bad-format]", fields(parser.parseJson("{not json", RECEIVED)));
    }

    /** Issue 13, item 3: these answered 500 or were taken. */
    @Test
    void malformedValuesAreNamedNotTaken() {
        VmsParser.Result result = parser.parseJson("""
                [{"registrationNumber":{"a":1},"time":"2026-11-29T01:00:00Z","lat":11.5,"lon":109.1},
                 {"registrationNumber":"NT-1-TS","time":["2026-11-29T01:00:00Z"],"lat":11.5,"lon":109.1},
                 {"registrationNumber":"","time":"2026-11-29T01:00:00Z","lat":11.5,"lon":109.1},
                 {"registrationNumber":"NT-\\u0000-TS","time":"2026-11-29T01:00:00Z","lat":11.5,"lon":109.1},
                 {"registrationNumber":"NT-2-TS","time":"2026-11-29T01:00:00Z","lat":"0x1.8p3","lon":109.1},
                 {"registrationNumber":"NT-3-TS","time":"1970-01-01T00:00:00Z","lat":11.5,"lon":109.1},
                 {"registrationNumber":"NT-4-TS","time":0,"lat":11.5,"lon":"109.1d"},
                 {"registrationNumber":"NT-5-TS","time":"2026-11-29T01:00:00Z","lat":true,"lon":109.1},
                 {"registrationNumber":"NT-6-TS","time":"","lat":11.5,"lon":109.1},
                 {"registrationNumber":"NT-7-TS","time":"2026-11-29T01:00:00Z","lat":"NaN","lon":"Infinity"}]
                """, RECEIVED);
        assertEquals("[[0].registrationNumber bad-type, [1].time bad-type, [2].registrationNumber required,"
                + " [3].registrationNumber bad-format, [4].lat not-a-number, [5].time out-of-range,"
                + " [6].time out-of-range, [6].lon not-a-number, [7].lat bad-type, [8].time bad-format,"
                + " [9].lat not-a-number, [9].lon not-a-number]", fields(result));
        assertEquals(List.of(), result.rows());
    }

    @Test
    void aReportTimedAheadOfItsReceiptIsRefusedWithinTheLimitTaken() {
        String thirtyDaysAhead = Instant.ofEpochMilli(RECEIVED).plus(Duration.ofDays(30)).toString();
        String fourMinutesAhead = Instant.ofEpochMilli(RECEIVED).plus(Duration.ofMinutes(4)).toString();
        VmsParser.Result result = parser.parseCsv("registration,time,lat,lon\nNT-1-TS," + fourMinutesAhead
                + ",11,109\nNT-2-TS," + thirtyDaysAhead + ",11,109\n", RECEIVED);
        assertEquals("[line 3.time in-the-future]", fields(result));
        assertTrue(result.errors().get(0).message().contains("PT720H ahead"), result.errors().toString());
    }

    @Test
    void fieldsAreBoundedAndErrorsRepeatLittleOfWhatWasSent() {
        String huge = "X".repeat(20_000_000);
        VmsParser.Result result = parser.parseJson("{\"registrationNumber\":\"" + huge
                + "\",\"time\":\"2026-11-29T01:00:00Z\",\"lat\":\"" + huge + "\",\"lon\":109.1}", RECEIVED);
        assertEquals("[registrationNumber too-long, lat not-a-number]", fields(result));
        int length = result.errors().stream().mapToInt(e -> e.message().length() + e.field().length()).sum();
        assertTrue(length < 300, "the errors repeat " + length + " characters");
        FieldError deviceTooLong = parser.parseJson("{\"vmsDeviceId\":\"" + "D".repeat(65)
                + "\",\"time\":\"2026-11-29T01:00:00Z\",\"lat\":11,\"lon\":109.1}", RECEIVED).errors().get(0);
        assertEquals("vmsDeviceId too-long", deviceTooLong.field() + " " + deviceTooLong.code());
    }

    @Test
    void errorsAreListedUpToTheirMaximumAndAllCounted() {
        StringBuilder csv = new StringBuilder("registration,time,lat,lon\n");
        for (int i = 0; i < 40; i++) {
            csv.append("NT-").append(i).append("-TS,2026-11-29T01:00:00Z,95,195\n");
        }
        VmsParser parserOf40 = new VmsParser(JsonMapper.builder().build(), 10_000, Duration.ofMinutes(5));
        StringBuilder many = new StringBuilder(csv);
        for (int i = 0; i < 40; i++) {
            many.append(csv.substring(csv.indexOf("\n") + 1));
        }
        VmsParser.Result result = parserOf40.parseCsv(many.toString(), RECEIVED);
        assertEquals(VmsParser.MAX_ERRORS, result.errors().size());
        assertEquals(41 * 40 * 2, result.errorCount());
        assertEquals(41 * 40, result.errorsByCode().get("out-of-range") / 2);
    }

    @Test
    void moreReportsThanARequestMayHoldAreRefusedBeforeTheyAreRead() {
        String row = "{\"vmsDeviceId\":\"V\",\"time\":\"2026-11-29T01:00:00Z\",\"lat\":11,\"lon\":109}";
        String json = "[" + String.join(",", java.util.Collections.nCopies(51, row)) + "]";
        assertThrows(VmsParser.TooManyReports.class, () -> parser.parseJson(json, RECEIVED));
        String csv = "vms_device_id,time,lat,lon\n" + "V,2026-11-29T01:00:00Z,11,109\n".repeat(51);
        assertThrows(VmsParser.TooManyReports.class, () -> parser.parseCsv(csv, RECEIVED));
        assertEquals(50, parser.parseCsv("vms_device_id,time,lat,lon\n" + "V,2026-11-29T01:00:00Z,11,109\n".repeat(50)
                + "\n\n", RECEIVED).rows().size());
    }
}
