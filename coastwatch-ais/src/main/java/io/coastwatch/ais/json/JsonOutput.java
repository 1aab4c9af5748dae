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

    private void name(String name) {
        comma();
        put('"');
        putAscii(name);
        put('"');
        put(':');
        needsComma = true;
    }

    private void comma() {
        if (needsComma) {
            put(',');
        }
    }

    private void putQuotient(long numerator, long denominator, int decimals) {
        long scale = POWERS_OF_TEN[decimals];
        // Round half away from zero in integer arithmetic: |n| * scale * 2 + |d|, divided by 2|d|.
        boolean negative = (numerator < 0) != (denominator < 0) && numerator != 0;
        long n = Math.abs(numerator);
        long d = Math.abs(denominator);
        long scaled = Math.floorDiv(Math.multiplyExact(Math.multiplyExact(n, scale), 2) + d, 2 * d);
        if (negative && scaled != 0) {
            put('-');
        }
        putLong(scaled / scale);
        if (decimals > 0) {
            put('.');
            long fraction = scaled % scale;
            for (long digit = scale / 10; digit > 0; digit /= 10) {
                put((byte) ('0' + (fraction / digit) % 10));
            }
        }
    }

    private void putString(String value) {
        ensure(value.length() * 6 + 2);
        put('"');
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

    private void putAscii(String text) {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            buffer[length++] = (byte) text.charAt(i);
        }
    }

    private void putLong(long value) {
        if (value == Long.MIN_VALUE) {
            putAscii(Long.toString(value));
            return;
        }
        ensure(20);
        long v = value;
        if (v < 0) {
            buffer[length++] = '-';
            v = -v;
        }
        int digits = 1;
        for (long t = v; t >= 10; t /= 10) {
            digits++;
        }
        int end = length + digits;
        for (int i = end - 1; i >= length; i--) {
            buffer[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        length = end;
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
