package io.coastwatch.ais.json;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable buffer of UTF-8 JSON text, written member by member without building strings.
 *
 * <p>Commas between members are placed automatically. Not thread-safe; reuse it with {@link #reset()}.
 */
public final class JsonOutput {
    private static final long[] POWERS_OF_TEN = {
        1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L
    };
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DIGIT_TENS = new byte[100];
    private static final byte[] DIGIT_ONES = new byte[100];

    static {
        for (int i = 0; i < 100; i++) {
            DIGIT_TENS[i] = (byte) ('0' + i / 10);
            DIGIT_ONES[i] = (byte) ('0' + i % 10);
        }
    }

    private byte[] buffer = new byte[1024];
    private int length;
    private boolean needsComma;

    /** Empties the buffer. */
    public JsonOutput reset() {
        length = 0;
        needsComma = false;
        return this;
    }

    /** Number of bytes written. */
    public int length() {
        return length;
    }

    /** Writes the buffer's bytes to {@code out}. */
    public void writeTo(OutputStream out) throws IOException {
        out.write(buffer, 0, length);
    }

    @Override
    public String toString() {
        return new String(buffer, 0, length, StandardCharsets.UTF_8);
    }

    /** Starts an object (as a value, or at the top level). */
    public JsonOutput beginObject() {
        comma();
        put('{');
        needsComma = false;
        return this;
    }

    /** Ends an object. */
    public JsonOutput endObject() {
        put('}');
        needsComma = true;
        return this;
    }

    /** Starts an array member. */
    public JsonOutput beginArray(String name) {
        name(name);
        put('[');
        needsComma = false;
        return this;
    }

    /** Ends an array. */
    public JsonOutput endArray() {
        put(']');
        needsComma = true;
        return this;
    }

    /** Appends a line feed (between top-level objects). */
    public JsonOutput newline() {
        put('\n');
        needsComma = false;
        return this;
    }

    /** Writes an integer member. */
    public JsonOutput member(String name, long value) {
        name(name);
        putLong(value);
        return this;
    }

    /** Writes a boolean member. */
    public JsonOutput member(String name, boolean value) {
        name(name);
        putAscii(value ? "true" : "false");
        return this;
    }

    /** Writes a string member, escaped; {@code null} is written as an empty string. */
    public JsonOutput member(String name, String value) {
        name(name);
        putString(value == null ? "" : value);
        return this;
    }

    /**
     * Writes a decimal member {@code numerator / denominator} with exactly {@code decimals} digits
     * after the point (rounded half away from zero), computed in integers so that it matches a C
     * {@code printf("%.Nf")} of the same quotient. {@code decimals} is at most 9.
     */
    public JsonOutput member(String name, long numerator, long denominator, int decimals) {
        name(name);
        putQuotient(numerator, denominator, decimals);
        return this;
    }

    /** Writes a decimal string member, as {@link #member(String, long, long, int)} but quoted. */
    public JsonOutput quotedDecimal(String name, long numerator, long denominator, int decimals) {
        name(name);
        put('"');
        putQuotient(numerator, denominator, decimals);
        put('"');
        return this;
    }

    /** Writes a member whose value is raw JSON text (a number already formatted, {@code null} …). */
    public JsonOutput rawMember(String name, String json) {
        name(name);
        putAscii(json);
        return this;
    }

    /**
     * Writes binary data the way gpsd does: {@code "bits:hex"}, the hex digits covering the bits
     * (the last byte padded with zero bits).
     */
    public JsonOutput bitsMember(String name, byte[] data, int bitCount) {
        name(name);
        put('"');
        putLong(bitCount);
        put(':');
        int bytes = (bitCount + 7) >>> 3;
        for (int i = 0; i < bytes; i++) {
            put(HEX[(data[i] >>> 4) & 0xF]);
            put(HEX[data[i] & 0xF]);
        }
        put('"');
        return this;
    }

    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): copies ASCII without allocating
    private void name(String name) {
        int nameLength = name.length();
        ensure(nameLength + 4);
        byte[] out = buffer;
        int at = length;
        if (needsComma) {
            out[at++] = ',';
        }
        out[at++] = '"';
        name.getBytes(0, nameLength, out, at);
        at += nameLength;
        out[at++] = '"';
        out[at++] = ':';
        length = at;
        needsComma = true;
    }

    private void comma() {
        if (needsComma) {
            put(',');
        }
    }

    private void putQuotient(long numerator, long denominator, int decimals) {
        long scale = POWERS_OF_TEN[decimals];
        // Round half away from zero in integer arithmetic. |numerator| < 2^31 and scale <= 10^9 here
        // (raw AIS fields), so the products stay far below 2^63.
        boolean negative = (numerator < 0) != (denominator < 0) && numerator != 0;
        long n = Math.abs(numerator);
        long d = Math.abs(denominator);
        long scaled = (n * scale * 2 + d) / (2 * d);
        if (negative && scaled != 0) {
            put('-');
        }
        putLong(scaled / scale);
        if (decimals > 0) {
            put('.');
            putDigits(scaled % scale, decimals);
        }
    }

    private void putString(String value) {
        ensure(value.length() * 6 + 2);
        put('"');
        int mark = length;
        putAscii(value);
        if (isPlainAscii(buffer, mark, length)) {
            put('"');
            return;
        }
        length = mark;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                put('\\');
                put((byte) c);
            } else if (c < 0x20) {
                putAscii("\\u00");
                put(HEX[c >>> 4]);
                put(HEX[c & 0xF]);
            } else if (c < 0x80) {
                put((byte) c);
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                for (byte b : utf8) {
                    put(b);
                }
            }
        }
        put('"');
    }

    /** Whether the bytes copied from a string are printable ASCII with nothing to escape. */
    private static boolean isPlainAscii(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b < 0x20 || b == 0x7F || b == '"' || b == '\\') {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): copies ASCII without allocating
    private void putAscii(String text) {
        ensure(text.length());
        text.getBytes(0, text.length(), buffer, length);
        length += text.length();
    }

    private void putLong(long value) {
        if (value < 0) {
            if (value == Long.MIN_VALUE) {
                putAscii(Long.toString(value));
                return;
            }
            put('-');
            putDigits(-value, 1);
        } else {
            putDigits(value, 1);
        }
    }

    /** Writes a non-negative number with at least {@code minDigits} digits (zero-padded on the left). */
    private void putDigits(long value, int minDigits) {
        ensure(20);
        int digits = Math.max(minDigits, digitCount(value));
        int at = length + digits;
        length = at;
        long v = value;
        byte[] out = buffer;
        while (v >= 100) {
            int pair = (int) (v % 100);
            v /= 100;
            out[--at] = DIGIT_ONES[pair];
            out[--at] = DIGIT_TENS[pair];
        }
        int rest = (int) v;
        if (rest >= 10) {
            out[--at] = DIGIT_ONES[rest];
            out[--at] = DIGIT_TENS[rest];
        } else {
            out[--at] = (byte) ('0' + rest);
        }
        while (at > length - digits) {
            out[--at] = '0';
        }
    }

    private static int digitCount(long value) {
        int count = 1;
        long bound = 10;
        while (count < 19 && value >= bound) {
            count++;
            bound *= 10;
        }
        return count;
    }

    private void put(char c) {
        put((byte) c);
    }

    private void put(byte b) {
        if (length == buffer.length) {
            ensure(1);
        }
        buffer[length++] = b;
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }
}
