package io.coastwatch.ais.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.ais.bits.BitWriter;
import org.junit.jupiter.api.Test;

class UtcDateInquiryTest {

    @Test
    void decodesTheAskedStation() {
        UtcDateInquiry inquiry = (UtcDateInquiry) Sentences.decode("!AIVDM,1,1,,B,:5MlU41GMK6@,0*6C");
        assertEquals(10, inquiry.messageType());
        assertEquals(0, inquiry.repeatIndicator());
        assertEquals(366814480, inquiry.mmsi());
        assertEquals(366832740, inquiry.destinationMmsi());
        assertEquals(0, inquiry.spare());
        assertEquals(0, inquiry.trailingSpare());
        assertEquals(":5MlU41GMK6@", Sentences.armoured(inquiry));
    }

    @Test
    void sentenceWithTrailingFieldsAfterTheChecksum() {
        UtcDateInquiry inquiry = (UtcDateInquiry) Sentences.decode(
                "!AIVDM,1,1,,B,:6TMCD1GOS60,0*5B,s36310,d-081,T59.01777335");
        assertEquals(440882000, inquiry.mmsi());
        assertEquals(366972000, inquiry.destinationMmsi());
    }

    @Test
    void spareBitsAreKept() {
        BitWriter payload = new BitWriter().bits(10, 6).bits(3, 2).bits(1, 30).bits(2, 2).bits(2, 30).bits(1, 2);
        UtcDateInquiry inquiry = (UtcDateInquiry) Sentences.decode(payload);
        assertEquals(2, inquiry.spare());
        assertEquals(1, inquiry.trailingSpare());
        assertEquals(payload.armoured(), Sentences.armoured(inquiry));
    }

    @Test
    void shorterThan72BitsIsRejected() {
        assertTrue(Sentences.rejectedAsShort(new BitWriter().bits(10, 6).padTo(71)));
    }
}
