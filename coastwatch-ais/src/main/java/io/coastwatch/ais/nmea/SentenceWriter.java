package io.coastwatch.ais.nmea;

import io.coastwatch.ais.bits.BitWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an encoded AIS payload as NMEA 0183 {@code !xxVDM} sentences, split into fragments when it
 * does not fit in one, each with an optional NMEA 4.10 tag block ({@code c:} time, {@code s:} source,
 * and a {@code g:} group on multi-sentence messages).
 *
 * <p>Not thread-safe (it keeps the rolling sequential message id); one per output stream.
 */
public final class SentenceWriter {
    /** Payload characters per sentence that keep a VDM sentence within NMEA's 82 characters. */
    public static final int DEFAULT_MAX_PAYLOAD_CHARACTERS = 60;

    private final String talker;
    private final int maxPayloadCharacters;
    private int nextSequenceId;
    private long nextGroupId = 1;

    /**
     * @param talker two-character talker id, such as {@code AI}
     * @param maxPayloadCharacters payload characters per sentence before splitting (at least 1)
     */
    public SentenceWriter(String talker, int maxPayloadCharacters) {
        if (talker.length() != 2 || maxPayloadCharacters < 1) {
            throw new IllegalArgumentException("talker must have two characters and the payload room must be positive");
        }
        this.talker = talker;
        this.maxPayloadCharacters = maxPayloadCharacters;
    }

    /** A writer for talker {@code AI} with the default sentence length. */
    public SentenceWriter() {
        this("AI", DEFAULT_MAX_PAYLOAD_CHARACTERS);
    }

    /**
     * The sentences of one message, without tag blocks.
     *
     * @param payload the encoded message
     * @param channel radio channel character ({@code 'A'} or {@code 'B'}), or 0 for none
     */
    public List<String> sentences(BitWriter payload, char channel) {
        return sentences(payload, channel, Long.MIN_VALUE, null);
    }

    /**
     * The sentences of one message, each with a tag block when a time or source is given.
     *
     * @param timeMillis {@code c:} time in UNIX ms (written in seconds when it is a whole second), or
     *     {@link Long#MIN_VALUE} for none
     * @param source {@code s:} source name, or {@code null}
     */
    public List<String> sentences(BitWriter payload, char channel, long timeMillis, String source) {
        String armoured = payload.armoured();
        int fragments = Math.max(1, (armoured.length() + maxPayloadCharacters - 1) / maxPayloadCharacters);
        String sequence = "";
        long groupId = 0;
        if (fragments > 1) {
            sequence = Integer.toString(nextSequenceId);
            nextSequenceId = (nextSequenceId + 1) % 10;
            groupId = nextGroupId++;
        }
        boolean tagged = timeMillis != Long.MIN_VALUE || source != null;
        List<String> out = new ArrayList<>(fragments);
        for (int i = 0; i < fragments; i++) {
            int from = i * maxPayloadCharacters;
            String part = armoured.substring(from, Math.min(armoured.length(), from + maxPayloadCharacters));
            int fill = i == fragments - 1 ? payload.fillBits() : 0;
            String body = talker + "VDM," + fragments + "," + (i + 1) + "," + sequence + ","
                    + (channel == 0 ? "" : String.valueOf(channel)) + "," + part + "," + fill;
            String sentence = "!" + body + "*" + hex(checksum(body));
            if (tagged) {
                sentence = tagBlock(i == 0 ? timeMillis : Long.MIN_VALUE, i == 0 ? source : null,
                        fragments > 1 ? (i + 1) + "-" + fragments + "-" + groupId : null) + sentence;
            }
            out.add(sentence);
        }
        return out;
    }

    private static String tagBlock(long timeMillis, String source, String group) {
        StringBuilder fields = new StringBuilder();
        if (group != null) {
            fields.append("g:").append(group);
        }
        if (source != null) {
            fields.append(fields.isEmpty() ? "" : ",").append("s:").append(source);
        }
        if (timeMillis != Long.MIN_VALUE) {
            fields.append(fields.isEmpty() ? "" : ",").append("c:")
                    .append(timeMillis % 1000 == 0 ? timeMillis / 1000 : timeMillis);
        }
        return "\\" + fields + "*" + hex(checksum(fields)) + "\\";
    }

    private static int checksum(CharSequence text) {
        int sum = 0;
        for (int i = 0; i < text.length(); i++) {
            sum ^= text.charAt(i);
        }
        return sum & 0xFF;
    }

    private static String hex(int value) {
        String digits = Integer.toHexString(value).toUpperCase(java.util.Locale.ROOT);
        return digits.length() == 1 ? "0" + digits : digits;
    }
}
