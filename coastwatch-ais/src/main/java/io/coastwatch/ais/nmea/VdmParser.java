package io.coastwatch.ais.nmea;

import io.coastwatch.ais.bits.BitReader;
import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;

/**
 * Reads one line of an AIS feed into a {@link VdmSentence}.
 *
 * <p>Accepted, in order: anything before the first {@code \} or {@code !} (log prefixes), an optional
 * tag block, the sentence {@code !ccVDM} or {@code !ccVDO} from any two-character talker, and
 * anything after the checksum (receiver metadata such as USCG's {@code ,b003669952,1241544035}).
 * The sentence checksum is required; a tag block's checksum is checked when present.
 *
 * <p>Not thread-safe: one parser per decoding thread. Allocation-free for lines whose tag block
 * texts repeat (source names are cached).
 */
public final class VdmParser {
    private static final long MILLIS_THRESHOLD = 100_000_000_000L;
    /** Commas after "!ccVDM,": they end the count, number, sequence id, channel and payload fields. */
    private static final int FIELD_COMMAS = 5;

    static {
        // The JIT does not inline a method whose signature names a class not yet loaded, and parse
        // returns a SentenceError, which only the first bad line would load. Loaded with the parser,
        // parse is inlined into the decoder's loop whether or not a bad line has come yet.
        try {
            MethodHandles.lookup().ensureInitialized(SentenceError.class);
        } catch (IllegalAccessException impossible) {
            throw new AssertionError(impossible); // a class of this package
        }
    }

    private final TextCache sources = new TextCache(4096);
    private final int[] commas = new int[FIELD_COMMAS];
    /** Talker strings by their two seven-bit characters. */
    private final String[] talkers = new String[1 << 14];
    private final int[] talkerCodes = new int[1 << 14];

    /**
     * Parses {@code line[offset, offset + length)} into {@code out}.
     *
     * @return {@code null} when {@code out} now holds a well-formed sentence, else the reason why not
     */
    public SentenceError parse(byte[] line, int offset, int length, VdmSentence out) {
        return parse(line, offset, length, out, null);
    }

    /**
     * Parses {@code line[offset, offset + length)} into {@code out} like {@link #parse(byte[], int, int,
     * VdmSentence)} and, for the usual single-sentence message, also loads its payload into
     * {@code payload} in the same pass ({@link VdmSentence#payloadLoaded()} then says so): the
     * decoder's fast path. {@code payload} may be overwritten by any line.
     *
     * @param payload where to load the payload, or {@code null} to parse only
     * @return {@code null} when {@code out} now holds a well-formed sentence, else the reason why not
     */
    public SentenceError parse(byte[] line, int offset, int length, VdmSentence out, BitReader payload) {
        int end = offset + length;
        while (end > offset && line[end - 1] <= ' ') {
            end--;
        }
        out.line = line;
        TagBlock tags = out.tagBlock;
        if (tags.present) {
            tags.clear();
        }
        int start = offset;
        while (start < end && line[start] != '!' && line[start] != '\\') {
            start++;
        }
        if (start == end) {
            return SentenceError.NOT_AIS;
        }
        if (line[start] == '\\') {
            int close = Ascii.indexOf(line, start + 1, end, (byte) '\\');
            if (close < 0 || !parseTagBlock(line, start + 1, close, tags)) {
                return SentenceError.TAG_BLOCK;
            }
            start = Ascii.indexOf(line, close + 1, end, (byte) '!');
            if (start < 0) {
                return SentenceError.NOT_AIS;
            }
        }
        if (end - start < 7 || line[start + 3] != 'V' || line[start + 4] != 'D'
                || (line[start + 5] != 'M' && line[start + 5] != 'O') || line[start + 6] != ',') {
            return SentenceError.NOT_AIS;
        }
        out.payloadLoaded = false;
        return payload != null && parseUsual(line, start, end, out, payload) ? null : parseSentence(line, start, end, out);
    }

    /**
     * The usual sentence, {@code !AIVDM,1,1,,A,<payload>,0*hh} or a fragment {@code !AIVDM,2,1,3,B,…}:
     * a fragment count and number of one digit each, a sequence id of one digit or none, a channel of
     * one character or none, a fill count of one digit or none. Parses it in one pass, checksum
     * included, with the same outcome as {@link #parseSentence}; a single sentence's payload is loaded
     * into {@code payload} on the way (with the outcome of {@link BitReader#load}), a fragment's only
     * found. Returns {@code false} on any other line (or any flaw), leaving the verdict to
     * {@link #parseSentence}.
     */
    private boolean parseUsual(byte[] line, int start, int end, VdmSentence out, BitReader payload) {
        int p = start + 7;
        // "c,n," then at most "s,c," is read before the payload: all before end, which lies at least 8 further.
        // No '*' may come before the payload's end (the general path would take it for the checksum's star).
        if (end - p < 8 || line[start + 1] == '*' || line[start + 2] == '*') {
            return false;
        }
        int count = line[p] - '0';
        int number = line[p + 2] - '0';
        if (count < 1 || count > 9 || number < 1 || number > count || line[p + 1] != ',' || line[p + 3] != ',') {
            return false;
        }
        p += 4;
        // The checksum of the header, from the bytes read anyway (its four commas cancel out).
        int checksum = line[start + 1] ^ line[start + 2] ^ line[start + 3] ^ line[start + 4] ^ line[start + 5]
                ^ line[start + 6] ^ line[p - 4] ^ line[p - 2];
        int sequence = -1;
        if (line[p] != ',') {
            sequence = line[p] - '0';
            if (sequence < 0 || sequence > 9 || line[p + 1] != ',') {
                return false;
            }
            checksum ^= line[p];
            p++;
        }
        p++;
        char channel = 0;
        if (line[p] != ',') {
            channel = (char) line[p];
            if (channel == '*' || line[p + 1] != ',') {
                return false;
            }
            checksum ^= line[p];
            p++;
        }
        out.fragmentCount = count;
        out.fragmentNumber = number;
        out.sequenceId = sequence;
        out.channel = channel;
        return parseUsualPayload(line, start, p + 1, end, checksum, out, payload);
    }

    /**
     * The rest of {@link #parseUsual} from the payload on ({@code out}'s header fields already set,
     * {@code checksum} of the header so far). Apart so that each half is small enough for the JIT to
     * inline into the decoder's loop (a method of more than 325 bytecodes never is).
     */
    private boolean parseUsualPayload(byte[] line, int start, int payloadStart, int end, int checksum,
            VdmSentence out, BitReader payload) {
        boolean single = out.fragmentCount == 1;
        long loaded = single ? payload.loadDelimited(line, payloadStart, end) : findFragmentPayload(line, payloadStart, end);
        if (loaded < 0) {
            return false;
        }
        int payloadEnd = (int) loaded;
        int star = payloadEnd + 1;
        int fill = 0;
        if (line[payloadEnd] != ',' || star >= end) {
            return false;
        }
        if (line[star] != '*') {
            fill = line[star] - '0';
            if (fill < 0 || fill > 9) {
                return false;
            }
            checksum ^= line[star];
            star++;
        }
        if (star + 2 > end || line[star] != '*') {
            return false;
        }
        checksum ^= (int) (loaded >>> 32) ^ ',';
        if (!Ascii.checksumMatches(line, star + 1, end, checksum & 0xFF)) {
            return false;
        }
        if (single) {
            payload.finish(fill);
        }
        out.payloadLoaded = single;
        out.talker = talker(line[start + 1], line[start + 2]);
        out.ownShip = line[start + 5] == 'O';
        out.payloadStart = payloadStart;
        out.payloadEnd = payloadEnd;
        out.fillBits = fill;
        return true;
    }

    /**
     * The end of a fragment's payload and the XOR of its bytes, as {@link BitReader#scanDelimited}
     * gives them. A fragment's payload characters are checked when its message is loaded whole, so
     * when the line ends as usual ({@code ,f*hh}, its first star) the end is taken from there and the
     * bytes are only searched for a star, on the way to their XOR.
     */
    private static long findFragmentPayload(byte[] line, int payloadStart, int end) {
        int payloadEnd = end - 5;
        long toStar = Ascii.checksumToStar(line, payloadStart, end);
        if ((int) toStar != end - 3 || payloadEnd < payloadStart || line[payloadEnd] != ',') {
            return BitReader.scanDelimited(line, payloadStart, end);
        }
        int xor = (int) (toStar >>> 32) ^ line[payloadEnd] ^ line[end - 4]; // the payload's share: ",f" taken out
        return ((long) (xor & 0xFF) << 32) | payloadEnd;
    }

    private SentenceError parseSentence(byte[] line, int start, int end, VdmSentence out) {
        long checksumAndStar = Ascii.checksumToStar(line, start + 1, end);
        if (checksumAndStar < 0) {
            return SentenceError.SYNTAX;
        }
        int star = (int) checksumAndStar;
        int checksum = (int) (checksumAndStar >>> 32);
        // The four commas of the short header fields, from the front; the one before the fill bits,
        // from the star (the payload in between holds no comma: a stray one fails as a payload character).
        int[] comma = commas;
        int commaCount = 0;
        for (int i = start + 7; i < star && commaCount < FIELD_COMMAS - 1; i++) {
            if (line[i] == ',') {
                comma[commaCount++] = i;
            }
        }
        int lastComma = star - 1;
        while (lastComma > start + 6 && line[lastComma] != ',') {
            lastComma--;
        }
        if (commaCount < FIELD_COMMAS - 1 || lastComma <= comma[FIELD_COMMAS - 2]) {
            return SentenceError.SYNTAX;
        }
        comma[FIELD_COMMAS - 1] = lastComma;
        if (!Ascii.checksumMatches(line, star + 1, end, checksum & 0xFF)) {
            return SentenceError.CHECKSUM;
        }
        out.talker = talker(line[start + 1], line[start + 2]);
        out.ownShip = line[start + 5] == 'O';

        long count = Ascii.parseDecimal(line, start + 7, comma[0]);
        long number = Ascii.parseDecimal(line, comma[0] + 1, comma[1]);
        if (count < 1 || count > 9 || number < 1 || number > count) {
            return SentenceError.SYNTAX;
        }
        long sequence = comma[2] == comma[1] + 1 ? -1 : Ascii.parseDecimal(line, comma[1] + 1, comma[2]);
        if (comma[2] > comma[1] + 1 && (sequence < 0 || sequence > 9)) {
            return SentenceError.SYNTAX;
        }
        out.channel = comma[3] == comma[2] + 1 ? 0 : (char) line[comma[2] + 1];
        out.payloadStart = comma[3] + 1;
        out.payloadEnd = comma[4];
        long fill = comma[4] + 1 == star ? 0 : Ascii.parseDecimal(line, comma[4] + 1, star);
        if (fill < 0) {
            return SentenceError.SYNTAX;
        }
        out.fragmentCount = (int) count;
        out.fragmentNumber = (int) number;
        out.sequenceId = (int) sequence;
        out.fillBits = (int) Math.min(fill, Integer.MAX_VALUE);
        return null;
    }

    /** The talker's string, the same instance for the same two characters. */
    private String talker(byte first, byte second) {
        int code = ((first & 0xFF) << 8) | (second & 0xFF);
        int slot = ((first & 0x7F) << 7) | (second & 0x7F);
        if (talkerCodes[slot] == code && talkers[slot] != null) {
            return talkers[slot];
        }
        String talker = new String(new byte[] {first, second}, StandardCharsets.ISO_8859_1);
        talkers[slot] = talker;
        talkerCodes[slot] = code;
        return talker;
    }

    /** Parses the tag block content in {@code [from, to)} (between the backslashes). */
    private boolean parseTagBlock(byte[] line, int from, int to, TagBlock tags) {
        tags.present = true;
        int fieldsEnd = Ascii.indexOf(line, from, to, (byte) '*');
        if (fieldsEnd < 0) {
            fieldsEnd = to;
        } else if (!Ascii.checksumMatches(line, fieldsEnd + 1, to, Ascii.xor(line, from, fieldsEnd))) {
            return false;
        }
        int field = from;
        while (field < fieldsEnd) {
            int comma = Ascii.indexOf(line, field, fieldsEnd, (byte) ',');
            int fieldEnd = comma < 0 ? fieldsEnd : comma;
            int colon = Ascii.indexOf(line, field, fieldEnd, (byte) ':');
            if (colon < 0 || !parseTag(line, field, colon, colon + 1, fieldEnd, tags)) {
                return false;
            }
            field = fieldEnd + 1;
        }
        return true;
    }

    private boolean parseTag(byte[] line, int keyStart, int keyEnd, int valueStart, int valueEnd, TagBlock tags) {
        if (keyEnd - keyStart != 1) {
            return parseIecGroup(line, keyStart, keyEnd, valueStart, valueEnd, tags);
        }
        switch (line[keyStart]) {
            case 'c' -> {
                long time = parseTime(line, valueStart, valueEnd);
                if (time < 0) {
                    return false;
                }
                tags.timeMillis = time;
            }
            case 's' -> tags.source = sources.get(line, valueStart, valueEnd);
            case 'd' -> tags.destination = sources.get(line, valueStart, valueEnd);
            case 't' -> tags.text = new String(line, valueStart, valueEnd - valueStart, StandardCharsets.ISO_8859_1);
            case 'i' -> tags.info = new String(line, valueStart, valueEnd - valueStart, StandardCharsets.ISO_8859_1);
            case 'n' -> tags.lineCount = Ascii.parseDecimal(line, valueStart, valueEnd);
            case 'r' -> tags.relativeTime = Ascii.parseDecimal(line, valueStart, valueEnd);
            case 'g' -> {
                return parseNmeaGroup(line, valueStart, valueEnd, tags);
            }
            default -> {
                // Unknown tags are allowed by NMEA 4.10 and skipped.
            }
        }
        return true;
    }

    /** {@code g:1-2-1234}: sentence number, total, group id. */
    private static boolean parseNmeaGroup(byte[] line, int from, int to, TagBlock tags) {
        int dash1 = Ascii.indexOf(line, from, to, (byte) '-');
        int dash2 = dash1 < 0 ? -1 : Ascii.indexOf(line, dash1 + 1, to, (byte) '-');
        if (dash2 < 0) {
            return false;
        }
        return setGroup(tags, Ascii.parseDecimal(line, from, dash1), Ascii.parseDecimal(line, dash1 + 1, dash2),
                Ascii.parseDecimal(line, dash2 + 1, to));
    }

    /** IEC 62320-1 {@code 1G2:1234}: sentence 1 of a group of 2, group id 1234. */
    private static boolean parseIecGroup(byte[] line, int keyStart, int keyEnd, int valueStart, int valueEnd, TagBlock tags) {
        int g = Ascii.indexOf(line, keyStart, keyEnd, (byte) 'G');
        if (g < 0) {
            return true; // an unknown multi-letter tag: skipped
        }
        return setGroup(tags, Ascii.parseDecimal(line, keyStart, g), Ascii.parseDecimal(line, g + 1, keyEnd),
                Ascii.parseDecimal(line, valueStart, valueEnd));
    }

    private static boolean setGroup(TagBlock tags, long sentence, long size, long id) {
        if (sentence < 1 || size < sentence || size > 99 || id < 0) {
            return false;
        }
        tags.groupSentence = (int) sentence;
        tags.groupSize = (int) size;
        tags.groupId = id;
        return true;
    }

    /** {@code c:} value: UNIX seconds or milliseconds, optionally with a decimal fraction of seconds. */
    private static long parseTime(byte[] line, int from, int to) {
        int dot = Ascii.indexOf(line, from, to, (byte) '.');
        long whole = Ascii.parseDecimal(line, from, dot < 0 ? to : dot);
        if (whole < 0) {
            return -1;
        }
        if (whole >= MILLIS_THRESHOLD) {
            return whole;
        }
        long millis = whole * 1000;
        if (dot >= 0) {
            long scale = 100;
            for (int i = dot + 1; i < to && scale > 0; i++, scale /= 10) {
                int digit = line[i] - '0';
                if (digit < 0 || digit > 9) {
                    return -1;
                }
                millis += digit * scale;
            }
        }
        return millis;
    }
}
