package io.coastwatch.ais.bits;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Reads fields from the bits of one AIS message payload.
 *
 * <p>The payload is loaded from its armoured six-bit characters with {@link #load}; fields are then
 * read by absolute bit offset, most significant bit first, as ITU-R M.1371 lays them out. Bits past
 * the end of the payload read as zero, so a message a few bits short of its nominal length (common
 * with real transmitters) decodes with zero-filled trailing fields; callers decide how short is
 * too short from {@link #bitLength()}.
 *
 * <p>Not thread-safe: one instance per decoding thread, reused for every message.
 */
public final class BitReader {
    /** Eight {@code '0'} characters (six-bit value 0). */
    private static final long ZEROS = 0x3030303030303030L;
    private static final VarHandle BIG_ENDIAN_LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    /** Largest payload accepted: five slots of 256 bits, with room to spare. */
    public static final int MAX_BITS = 8 * 256;
    /** Bits that one eight-byte read always holds whole, wherever the field starts in its first byte. */
    private static final int ONE_READ_BITS = Long.SIZE - 7;

    /**
     * The payload, most significant bit first, with room after {@link #MAX_BITS} for the eight-byte
     * writes of loading and the reads of fields that end near it. Once loaded, every byte past the
     * payload is zero ({@link #finish} clears what loading wrote there), so a field read needs no
     * bound but the constant {@link #MAX_BITS}.
     */
    private final byte[] bytes = new byte[MAX_BITS / 8 + 3 * Long.BYTES];
    /** Bytes from here on are zero. */
    private int writtenBytes;
    private int bitLength;
    /** Texts decoded before: the same names, call signs and destinations recur in every feed. */
    private final RecentTexts texts = new RecentTexts();
    private byte[] textScratch = new byte[64];

    /**
     * Loads an armoured payload, replacing what was loaded before.
     *
     * @param armoured six-bit characters, ASCII
     * @param offset index of the first payload character
     * @param length number of payload characters
     * @param fillBits number of padding bits at the end of the last character (0-5); values out of
     *     range are treated as 0, since some transmitters send wrong fill-bit counts
     * @return {@code false} when a character is not a valid six-bit character or the payload is
     *     longer than {@link #MAX_BITS}; nothing useful is loaded then
     */
    public boolean load(byte[] armoured, int offset, int length, int fillBits) {
        reset();
        return append(armoured, offset, length) && finish(fillBits);
    }

    /**
     * Loads raw bits, most significant bit first, replacing what was loaded before: for example the
     * binary data of a message 6 or 8, to read its application-specific fields.
     *
     * @param source the bits, at least {@code (bitCount + 7) / 8} bytes
     * @param bitCount number of bits to load, 0 to {@link #MAX_BITS}
     * @throws IllegalArgumentException when {@code bitCount} is out of range or {@code source} too short
     */
    public void loadBits(byte[] source, int bitCount) {
        int byteCount = (bitCount + 7) >>> 3;
        if (bitCount < 0 || bitCount > MAX_BITS || source.length < byteCount) {
            throw new IllegalArgumentException("cannot load " + bitCount + " bits from " + source.length + " bytes");
        }
        willWrite(bitCount);
        System.arraycopy(source, 0, bytes, 0, byteCount);
        bitLength = bitCount;
        finish(0);
    }

    /** Starts a new payload made of several fragments: {@link #append} each, then {@link #finish}. */
    public void reset() {
        bitLength = 0;
    }

    /**
     * Appends the characters of one fragment to the payload being loaded.
     *
     * @return {@code false} when a character is invalid or the payload grows past {@link #MAX_BITS}
     */
    public boolean append(byte[] armoured, int offset, int length) {
        if (bitLength + 6L * length > MAX_BITS) {
            return false;
        }
        int end = offset + length;
        int bit = bitLength;
        willWrite(bit + 6L * length);
        // Every chunk of eight characters is 48 bits, six bytes: all of them start at the same bit of a byte.
        int shift = bit & 7;
        int at = bit >>> 3;
        long carried = (long) BIG_ENDIAN_LONGS.get(bytes, at) & ~(-1L >>> shift); // the bits before, in the first byte
        int i = offset;
        for (; end - i >= Long.BYTES; i += Long.BYTES, at += 6) {
            long chars = (long) BIG_ENDIAN_LONGS.get(armoured, i);
            if (SixBit.invalidCharacters(chars) != 0) {
                return false;
            }
            carried = putChunk(at, shift, carried, SixBit.dearmourEight(chars) << 16);
        }
        long value = 0;
        for (int k = i; k < end; k++) {
            int sixBits = SixBit.dearmour(armoured[k]);
            if (sixBits < 0) {
                return false;
            }
            value = (value << 6) | sixBits;
        }
        int width = 6 * (end - i);
        putChunk(at, shift, carried, width == 0 ? 0 : value << (64 - width));
        bitLength = bit + 6 * length;
        return true;
    }

    /**
     * Notes that the load about to run writes nothing past the eight bytes from the one that holds bit
     * {@code bits} (an upper bound of what it loads), so that {@link #finish} knows what to clear.
     */
    private void willWrite(long bits) {
        writtenBytes = (int) Math.max(writtenBytes, Math.min(bytes.length - Long.BYTES, (bits >>> 3) + Long.BYTES));
    }

    /**
     * Writes one chunk of up to 48 bits (at the top of {@code aligned}) at byte {@code at}, {@code shift}
     * bits into it, after the {@code carried} bits of the chunk before that share its first byte (at the
     * top); what follows the chunk in the eight bytes written is cleared.
     *
     * @return the bits of this chunk that the next chunk's first byte holds (at the top)
     */
    private long putChunk(int at, int shift, long carried, long aligned) {
        BIG_ENDIAN_LONGS.set(bytes, at, carried | (aligned >>> shift));
        return aligned << (48 - shift);
    }

    /**
     * Loads the armoured payload that starts at {@code from} and ends at the first byte that is not a
     * payload character (in a sentence, the comma before the fill bits), replacing what was loaded
     * before, and computes the XOR of its bytes on the way (its share of the sentence checksum): one
     * pass over the payload for both, eight characters a step, each step independent of the one
     * before (its 48 bits go to the next six bytes). Call {@link #finish} with the fill bits next.
     *
     * @param line ASCII bytes
     * @param from index of the first payload character
     * @param to index where the search stops
     * @return {@code (xor << 32) | end}, {@code end} being the index of the byte that ended the
     *     payload; or -1 when no byte before {@code to} ends it or the payload is longer than
     *     {@link #MAX_BITS} (nothing useful is loaded then)
     */
    public long loadDelimited(byte[] line, int from, int to) {
        bitLength = 0;
        willWrite(6L * (to - from));
        byte[] target = bytes;
        long xor = 0;
        int i = from;
        int at = 0;
        for (; to - i >= Long.BYTES; i += Long.BYTES, at += 6) {
            long chars = (long) BIG_ENDIAN_LONGS.get(line, i);
            long invalid = SixBit.invalidCharacters(chars);
            if (invalid != 0) {
                int taken = Long.numberOfLeadingZeros(invalid) >>> 3; // the valid characters before the first invalid one
                long dropped = -1L >>> 4 * taken >>> 4 * taken; // all when none is taken
                chars = (chars & ~dropped) | (ZEROS & dropped); // what follows made '0's: value 0
                BIG_ENDIAN_LONGS.set(target, at, SixBit.dearmourEight(chars) << 16);
                return ended(from, i + taken, xor ^ (chars & ~dropped));
            }
            if (at >= MAX_BITS / 8) {
                return -1;
            }
            BIG_ENDIAN_LONGS.set(target, at, SixBit.dearmourEight(chars) << 16);
            xor ^= chars;
        }
        // Fewer than eight bytes left before to: one at a time.
        long value = 0;
        int sum = foldBytes(xor);
        for (int k = i; k < to; k++) {
            int sixBits = SixBit.dearmour(line[k]);
            if (sixBits < 0) {
                int width = 6 * (k - i);
                BIG_ENDIAN_LONGS.set(target, at, width == 0 ? 0 : value << (64 - width));
                return ended(from, k, sum);
            }
            sum ^= line[k];
            value = (value << 6) | sixBits;
        }
        return -1;
    }

    /** The outcome of {@link #loadDelimited} for a payload that ends at {@code end}. */
    private long ended(int from, int end, long xor) {
        int characters = end - from;
        if (characters > MAX_BITS / 6) {
            return -1;
        }
        bitLength = 6 * characters;
        return ((long) foldBytes(xor) << 32) | end;
    }

    /**
     * Finds where the armoured payload that starts at {@code from} ends, as {@link #loadDelimited}
     * does, without loading it: the first byte that is not a payload character, and the XOR of the
     * bytes before it (their share of the sentence checksum). Eight characters a step. For the
     * fragments of a multi-sentence message, whose payload is loaded once the message is whole.
     *
     * @param line ASCII bytes
     * @param from index of the first payload character
     * @param to index where the search stops
     * @return {@code (xor << 32) | end}, or -1 when no byte before {@code to} ends the payload
     */
    public static long scanDelimited(byte[] line, int from, int to) {
        long xor = 0;
        int i = from;
        for (; to - i >= Long.BYTES; i += Long.BYTES) {
            long chars = (long) BIG_ENDIAN_LONGS.get(line, i);
            long invalid = SixBit.invalidCharacters(chars);
            if (invalid != 0) {
                int taken = Long.numberOfLeadingZeros(invalid) >>> 3;
                xor ^= chars & ~(-1L >>> 4 * taken >>> 4 * taken); // the taken characters, at the top (none when 0)
                return ((long) foldBytes(xor) << 32) | (i + taken);
            }
            xor ^= chars;
        }
        int sum = foldBytes(xor);
        for (; i < to; i++) {
            if (SixBit.dearmour(line[i]) < 0) {
                return ((long) sum << 32) | i;
            }
            sum ^= line[i];
        }
        return -1;
    }

    /** XOR of the eight bytes of a word. */
    private static int foldBytes(long word) {
        long folded = word ^ (word >>> 32);
        folded ^= folded >>> 16;
        folded ^= folded >>> 8;
        return (int) folded & 0xFF;
    }

    /**
     * Ends loading: drops the fill bits and clears what follows the payload so that reads past its end
     * see zeros.
     *
     * @return always {@code true}, so that it chains after {@link #append}
     */
    public boolean finish(int fillBits) {
        int fill = fillBits >= 0 && fillBits <= 5 && fillBits <= bitLength ? fillBits : 0;
        int length = bitLength - fill;
        bitLength = length;
        int last = length >>> 3;
        bytes[last] &= (byte) (0xFF00 >>> (length & 7)); // the bits of the last byte that belong to the payload
        for (int at = last + 1; at < writtenBytes; at += Long.BYTES) {
            BIG_ENDIAN_LONGS.set(bytes, at, 0L);
        }
        writtenBytes = last + 1;
        return true;
    }

    /** Number of payload bits loaded, fill bits excluded. */
    public int bitLength() {
        return bitLength;
    }

    /**
     * Reads an unsigned field.
     *
     * @param start bit offset of the field's most significant bit
     * @param width field width in bits, 1 to 32
     */
    public int unsigned(int start, int width) {
        return (int) bits(start, width);
    }

    /**
     * Reads an unsigned field of 1 to 63 bits as a long; bits past the payload read as zero. Small
     * enough to be inlined at every call (a field at a constant offset then costs a read and shifts).
     */
    public long bits(int start, int width) {
        return width <= ONE_READ_BITS ? window(start) >>> (64 - width) : wideBits(start, width);
    }

    /** The 57 or more bits from {@code start} at the top of a word: one eight-byte read. */
    private long window(int start) {
        // Past any payload: zero (a test the compiler drops for a field at a constant offset).
        return start >= MAX_BITS ? 0 : (long) BIG_ENDIAN_LONGS.get(bytes, start >>> 3) << (start & 7);
    }

    /** {@link #bits} of a field wider than one read always holds: its last bits come from a ninth byte. */
    private long wideBits(int start, int width) {
        long high = window(start);
        if (start < MAX_BITS) {
            high |= (bytes[(start >>> 3) + Long.BYTES] & 0xFF) >>> (8 - (start & 7));
        }
        return high >>> (64 - width);
    }

    /** Reads a two's-complement signed field of 2 to 32 bits. */
    public int signed(int start, int width) {
        int value = unsigned(start, width);
        int unused = 32 - width;
        return (value << unused) >> unused;
    }

    /** Reads a one-bit flag. */
    public boolean flag(int start) {
        return bits(start, 1) != 0;
    }

    /**
     * Reads a six-bit ASCII text field and trims it as gpsd does: at the first {@code '@'}, then
     * trailing spaces. Bits past the end of the payload read as zero, as for every field: a character
     * cut by the end keeps the bits that were sent (as gpsd reads fixed-length texts), and the first
     * character wholly past the end reads as {@code '@'}, which ends the text.
     *
     * @param start bit offset of the first character
     * @param characters number of characters
     */
    public String text(int start, int characters) {
        return text(start, characters, true);
    }

    /**
     * Reads a six-bit ASCII text field up to its first {@code '@'}, keeping trailing spaces: the
     * characters as sent, for a field that another one may continue (message 21's name and its
     * extension, message 24's vendor id and the model and serial number packed after it).
     *
     * @param start bit offset of the first character
     * @param characters number of characters
     */
    public String untrimmedText(int start, int characters) {
        return text(start, characters, false);
    }

    private String text(int start, int characters, boolean trimTrailingSpaces) {
        if (characters <= 0) {
            return "";
        }
        if (characters > RecentTexts.MAX_CHARACTERS) {
            return decodeText(start, characters, trimTrailingSpaces);
        }
        // The text depends only on the field's bits (those past the payload read as zero): they are the key.
        long first = bits(start, 6 * Math.min(characters, 10));
        long rest = characters > 10 ? bits(start + 60, 6 * (characters - 10)) : 0;
        int shape = RecentTexts.shape(characters, trimTrailingSpaces);
        String text = texts.get(first, rest, shape);
        if (text == null) {
            text = decodeText(start, characters, trimTrailingSpaces);
            texts.put(first, rest, shape, text);
        }
        return text;
    }

    private String decodeText(int start, int characters, boolean trimTrailingSpaces) {
        int available = Math.max(0, Math.min(characters, (bitLength - start + 5) / 6));
        byte[] chars = textScratch.length >= available ? textScratch : (textScratch = new byte[available]);
        int length = 0;
        // Ten characters (60 bits) read at once, then taken apart by shifts, up to the first '@' (0).
        characters:
        for (int i = 0; i < available; i += 10) {
            int batch = Math.min(10, available - i);
            long group = bits(start + 6 * i, 6 * batch);
            for (int shift = 6 * (batch - 1); shift >= 0; shift -= 6) {
                int value = (int) (group >>> shift) & 0x3F;
                if (value == 0) {
                    break characters;
                }
                chars[length++] = (byte) SixBit.toAscii(value);
            }
        }
        while (trimTrailingSpaces && length > 0 && chars[length - 1] == ' ') {
            length--;
        }
        return new String(chars, 0, length, StandardCharsets.ISO_8859_1);
    }

    /**
     * Copies {@code bitCount} bits from {@code start} into a new array, most significant bit first,
     * the last byte padded with zeros: the raw binary data of messages 6, 8, 17, 25 and 26.
     */
    public byte[] copyBits(int start, int bitCount) {
        int count = Math.max(0, bitCount);
        byte[] out = new byte[(count + 7) >>> 3];
        for (int i = 0; i < out.length; i++) {
            int width = Math.min(8, count - 8 * i);
            out[i] = (byte) (unsigned(start + 8 * i, width) << (8 - width));
        }
        return out;
    }
}
