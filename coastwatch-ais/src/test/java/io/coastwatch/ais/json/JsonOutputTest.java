package io.coastwatch.ais.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonOutputTest {

    @Test
    void integersOfEveryMagnitudeAndSign() {
        JsonOutput out = new JsonOutput().beginObject()
                .member("a", 0).member("b", 7).member("c", 10).member("d", -5).member("e", 123456789012L)
                .member("f", Long.MIN_VALUE).member("g", 100).endObject();
        assertEquals("{\"a\":0,\"b\":7,\"c\":10,\"d\":-5,\"e\":123456789012,\"f\":-9223372036854775808,\"g\":100}",
                out.toString());
    }

    @Test
    void decimalsAreRoundedHalfAwayFromZeroAndZeroPadded() {
        JsonOutput out = new JsonOutput().beginObject()
                .member("lat", -1_234_567, 600_000, 7)
                .member("speed", 5, 10, 1)
                .member("half", 5, 1000, 2)
                .member("negativeHalf", -5, 1000, 2)
                .member("tiny", -1, 1000, 2)
                .member("whole", 30, 1, 0)
                .endObject();
        assertEquals("{\"lat\":-2.0576117,\"speed\":0.5,\"half\":0.01,\"negativeHalf\":-0.01,\"tiny\":0.00,\"whole\":30}",
                out.toString());
    }

    @Test
    void stringsAreEscaped() {
        JsonOutput out = new JsonOutput().beginObject()
                .member("plain", "MV TÂN AN")
                .member("quoted", "say \"hi\"\\")
                .member("control", "a\nb")
                .member("absent", (String) null)
                .endObject();
        assertEquals("{\"plain\":\"MV TÂN AN\",\"quoted\":\"say \\\"hi\\\"\\\\\",\"control\":\"a\\u000ab\",\"absent\":\"\"}",
                out.toString());
    }

    @Test
    void binaryDataIsBitCountAndHex() {
        JsonOutput out = new JsonOutput().beginObject().bitsMember("data", new byte[] {(byte) 0xAB, 0x40}, 10).endObject();
        assertEquals("{\"data\":\"10:ab40\"}", out.toString());
    }
}
