package io.coastwatch.ais;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.ais.bits.BitWriter;
import io.coastwatch.ais.message.AisMessage;
import io.coastwatch.ais.message.MessageCodec;
import io.coastwatch.ais.message.PositionReportClassA;
import io.coastwatch.ais.nmea.FragmentAssembler;
import io.coastwatch.ais.nmea.SentenceWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Behaviour of the decoder on the framing real feeds send: tag blocks, talkers, fragments, bad lines. */
class AisDecoderTest {
    /** A type 1 report from gpsd's sample (MMSI 371798000). */
    private static final String POSITION = "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A";

    private final List<AisMessage> messages = new ArrayList<>();
    private final List<String> receptions = new ArrayList<>();
    private final AisDecoder decoder = new AisDecoder("feed-1", this::collect);

    private void collect(AisMessage message, Reception reception) {
        messages.add(message);
        receptions.add(reception.source() + "|" + reception.eventTimeMillis() + "|" + reception.talker() + "|"
                + reception.channel() + "|" + reception.ownShip() + "|" + reception.sentences());
    }

    @Test
    void decodesAPlainSentenceWithReceiveTimeAsEventTime() {
        decoder.decode(POSITION, 1_000L);
        PositionReportClassA report = assertInstanceOf(PositionReportClassA.class, messages.get(0));
        assertEquals(371798000, report.mmsi());
        assertEquals(48.3816333, report.latitudeDegrees(), 1e-7);
        assertEquals(-123.3953833, report.longitudeDegrees(), 1e-7);
        assertEquals(12.3, report.speedKnots(), 1e-9);
        assertEquals(224.0, report.courseDegrees(), 1e-9);
        assertEquals(215, report.headingDegrees());
        assertEquals(List.of("feed-1|1000|AI|A|false|1"), receptions);
    }

    @Test
    void tagBlockTimeInSecondsOrMillisecondsAndSourceWin() {
        decoder.decode(tagged("s:rORBCOMM000,c:1241544035") + POSITION, 5L);
        decoder.decode(tagged("c:1241544035123,s:r3669961") + POSITION, 5L);
        decoder.decode(tagged("c:1241544035.5") + POSITION, 5L);
        assertEquals(List.of(
                "rORBCOMM000|1241544035000|AI|A|false|1",
                "r3669961|1241544035123|AI|A|false|1",
                "feed-1|1241544035500|AI|A|false|1"), receptions);
    }

    @Test
    void anyTalkerAndVdoAreAccepted() {
        for (String talker : new String[] {"AB", "BS", "SA", "B2", "AX"}) {
            decoder.decode(resum(POSITION.replace("!AIVDM", "!" + talker + "VDM")), 0);
        }
        decoder.decode(resum(POSITION.replace("!AIVDM", "!AIVDO")), 0);
        assertEquals(6, messages.size());
        assertTrue(receptions.get(5).endsWith("|true|1"), "VDO marks the station's own report");
        assertTrue(receptions.get(1).contains("|BS|"));
    }

    @Test
    void receiverMetadataAfterTheChecksumAndLogPrefixesAreTolerated() {
        decoder.decode(POSITION + ",b003669952,1241544035", 0);
        decoder.decode("2009-05-05 17:20:35.123 " + POSITION + "\r\n", 0);
        assertEquals(2, messages.size());
    }

    @Test
    void badLinesAreCountedByReasonAndSkipped() {
        decoder.decode(POSITION.replace("*4A", "*4B"), 0);
        decoder.decode("$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47", 0);
        decoder.decode("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0", 0);
        decoder.decode(resum("!AIVDM,1,1,,A,15RTgt0PAso;90TK~jM8h6g208CQ,0*00"), 0);
        decoder.decode(resum("!AIVDM,1,1,,A,05RTgt0PAso;90TKcjM8h6g208CQ,0*00"), 0);
        decoder.decode(resum("!AIVDM,1,1,,A,15RTgt0PAso;90TK,0*00"), 0);
        decoder.decode("\\c:1241544035*00\\" + POSITION, 0);
        decoder.decode("", 0);
        decoder.decode("# a comment", 0);
        DecodeCounters counters = decoder.counters();
        assertEquals(0, messages.size());
        assertEquals(1, counters.rejected(RejectReason.CHECKSUM));
        assertEquals(1, counters.rejected(RejectReason.NOT_AIS));
        assertEquals(1, counters.rejected(RejectReason.SYNTAX));
        assertEquals(1, counters.rejected(RejectReason.BAD_PAYLOAD));
        assertEquals(1, counters.rejected(RejectReason.UNKNOWN_TYPE));
        assertEquals(1, counters.rejected(RejectReason.SHORT_PAYLOAD));
        assertEquals(1, counters.rejected(RejectReason.TAG_BLOCK));
        assertEquals(2, counters.ignored());
        assertEquals(9, counters.lines());
    }

    @Test
    void fragmentsAreReassembledInterleavedAndOutOfOrder() {
        List<String> first = split(report(111111111));
        List<String> second = split(report(222222222));
        decoder.decode(first.get(0), 0);
        decoder.decode(POSITION, 0);
        decoder.decode(second.get(1), 0);
        decoder.decode(first.get(1), 0);
        decoder.decode(second.get(0), 0);
        assertEquals(List.of(371798000, 111111111, 222222222), messages.stream().map(AisMessage::mmsi).toList());
        assertEquals(2, decoder.counters().heldFragments());
        assertEquals(0, decoder.pendingMessages());
        assertTrue(receptions.get(1).endsWith("|2"), "a two-sentence message says so");
    }

    @Test
    void tagBlockGroupsKeyFragmentsEvenWhenOnlyTheFirstNamesItsSource() {
        BitWriter bits = MessageCodec.encode(report(333333333), new BitWriter());
        List<String> sentences = new SentenceWriter("AI", 20).sentences(bits, 'B', 1_241_544_035_000L, "r1");
        assertTrue(sentences.get(1).startsWith("\\g:2-"), sentences.get(1));
        sentences.forEach(line -> decoder.decode(line, 0));
        assertEquals(List.of("r1|1241544035000|AI|B|false|2"), receptions);
    }

    @Test
    void iecSentenceGroupsAreUnderstood() {
        List<String> sentences = split(report(444444444));
        decoder.decode(tagged("1G2:0125,c:1354719387") + sentences.get(0), 0);
        decoder.decode(tagged("2G2:0125") + sentences.get(1), 0);
        assertEquals(List.of("feed-1|1354719387000|AI|A|false|2"), receptions);
    }

    @Test
    void orphanFragmentsExpireByEventTimeAndAreCounted() {
        AisDecoder bounded = new AisDecoder(null, this::collect, new FragmentAssembler(4, 1_000, 1_000_000));
        List<String> sentences = split(report(555555555));
        bounded.decode(sentences.get(0), 0);
        for (int i = 1; i <= 64; i++) {
            bounded.decode(POSITION, 2_000L * i);
        }
        bounded.decode(sentences.get(1), 200_000);
        assertEquals(64, messages.size(), "the late second half completes nothing");
        assertEquals(1, bounded.counters().droppedMessages());
        assertEquals(1, bounded.pendingMessages(), "the late fragment waits in its turn");
    }

    @Test
    void pendingMessagesAreBoundedInMemory() {
        AisDecoder bounded = new AisDecoder(null, this::collect, new FragmentAssembler(4, 1_000_000, 1_000_000));
        SentenceWriter writer = new SentenceWriter("AI", 20);
        BitWriter bits = new BitWriter();
        for (int i = 0; i < 10; i++) {
            bounded.decode(writer.sentences(MessageCodec.encode(report(100 + i), bits), 'A').get(0), 0);
        }
        assertEquals(4, bounded.pendingMessages());
        assertEquals(6, bounded.counters().droppedMessages());
        assertFalse(bounded.counters().droppedFragments() < 6);
    }

    private static PositionReportClassA report(int mmsi) {
        return new PositionReportClassA(1, 0, mmsi, 0, 0, 100, true, 65_000_000, 6_800_000, 900, 90, 10, 0, 0, false, 0);
    }

    private static List<String> split(AisMessage message) {
        return new SentenceWriter("AI", 20).sentences(MessageCodec.encode(message, new BitWriter()), 'A');
    }

    private static String tagged(String fields) {
        return "\\" + fields + "*" + checksum(fields) + "\\";
    }

    /** Recomputes the checksum of a sentence whose body was edited. */
    private static String resum(String sentence) {
        int star = sentence.indexOf('*');
        return sentence.substring(0, star + 1) + checksum(sentence.substring(1, star));
    }

    private static String checksum(String text) {
        int sum = 0;
        for (char c : text.toCharArray()) {
            sum ^= c;
        }
        return String.format("%02X", sum);
    }
}
