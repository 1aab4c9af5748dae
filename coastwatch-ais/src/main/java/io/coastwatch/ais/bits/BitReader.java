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

    /** The payload, 64 bits a word, most significant bit first; words past the end are zero. */
    private final long[] words = new long[MAX_BITS / 64 + 2];
    private int bitLength;
    /** Texts decoded before: the same names, call signs and destinations recur in every feed. */
    private final RecentTexts texts = new RecentTexts();
    private byte[] textScratch = new byte[64];
    /** XOR of the character words {@link #appendWords} took last. */
    private long wordsXor;

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
        int wordCount = (byteCount + 7) >>> 3;
        for (int w = 0; w < wordCount; w++) {
            long word = 0;
            for (int b = 0; b < 8; b++) {
                int index = 8 * w + b;
                word = (word << 8) | (index < byteCount ? source[index] & 0xFF : 0);
            }
            words[w] = word;
        }
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
        int i = appendWords(armoured, offset, end);
        // The rest: fewer than eight characters, or a word that holds an invalid one.
        long value = 0;
        for (int k = i; k < end; k++) {
            int sixBits = SixBit.dearmour(armoured[k]);
            if (sixBits < 0) {
                return false;
            }
            value = (value << 6) | sixBits;
        }
        int width = 6 * (end - i);
        store(bitLength, value, width);
        bitLength += width;
        return true;
    }

    /**
     * Loads the armoured payload that starts at {@code from} and ends at the first byte that is not a
     * payload character (in a sentence, the comma before the fill bits), replacing what was loaded
     * before, and computes the XOR of its bytes on the way (its share of the sentence checksum): one
     * pass over the payload for both. Call {@link #finish} with the fill bits next.
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
        int i = appendWords(line, from, to);
        int sum = foldBytes(wordsXor);
        long value = 0;
        int start = i;
        for (; i < to; i++) {
            int sixBits = SixBit.dearmour(line[i]);
            if (sixBits < 0) {
                int width = 6 * (i - start);
                if (bitLength + width > MAX_BITS) {
                    return -1;
                }
                store(bitLength, value, width);
                bitLength += width;
                return ((long) sum << 32) | i;
            }
            if (i - start == Long.BYTES - 1) {
                return -1; // eight more characters: past MAX_BITS (appendWords stops before fewer only)
            }
            sum ^= line[i];
            value = (value << 6) | sixBits;
        }
        return -1;
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
                xor ^= chars & ~(-1L >>> (8 * taken)); // the taken characters, at the top (none when 0)
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

    /**
     * Appends the characters of {@code line[from, to)} eight at a time while they are valid and fit
     * under {@link #MAX_BITS}: each word of eight is dearmoured and packed into 48 bits by SWAR
     * arithmetic, and the bits gathered in a register that is stored once full. Of the word that
     * holds an invalid character, the valid ones before it are taken.
     *
     * @return the index of the first character not taken: an invalid one, or one of the fewer than
     *     eight left before {@code to}; {@link #wordsXor} holds the XOR of the characters taken
     */
    private int appendWords(byte[] line, int from, int to) {
        int bit = bitLength;
        int wordIndex = bit >>> 6;
        int used = bit & 63;
        long register = used == 0 ? 0 : words[wordIndex] & (-1L << (64 - used));
        long xor = 0;
        int i = from;
        while (to - i >= Long.BYTES && bit + 48 <= MAX_BITS) {
            long chars = (long) BIG_ENDIAN_LONGS.get(line, i);
            long invalid = SixBit.invalidCharacters(chars);
            int taken = Long.BYTES;
            if (invalid != 0) {
                taken = Long.numberOfLeadingZeros(invalid) >>> 3; // the valid characters before the first invalid one
                if (taken == 0) {
                    break;
                }
                long dropped = -1L >>> (8 * taken);
                chars = (chars & ~dropped) | (ZEROS & dropped); // what follows made '0's: dearmoured, then shifted out
                xor ^= ZEROS & dropped;
            }
            int width = 6 * taken;
            long value = SixBit.dearmourEight(chars) >>> (48 - width);
            xor ^= chars;
            int free = 64 - used;
            if (free > width) {
                register |= value << (free - width);
                used += width;
            } else {
                int left = width - free;
                words[wordIndex++] = register | (value >>> left);
                // The bits left over, at the top (none when left is 0: a shift by 64 would keep all).
                register = (value << (63 - left)) << 1;
                used = left;
            }
            bit += width;
            i += taken;
            if (taken < Long.BYTES) {
                break;
            }
        }
        words[wordIndex] = register;
        bitLength = bit;
        wordsXor = xor;
        return i;
    }

    /** XOR of the eight bytes of a word. */
    private static int foldBytes(long word) {
        long folded = word ^ (word >>> 32);
        folded ^= folded >>> 16;
        folded ^= folded >>> 8;
        return (int) folded & 0xFF;
    }

    /**
     * Stores the low {@code width} bits (0-48) of {@code value} at bit {@code start}, keeping the bits
     * before it and clearing the rest of the word: loading writes in order, so what follows is
     * always written (or cleared by {@link #finish}) later.
     */
    private void store(int start, long value, int width) {
        int wordIndex = start >>> 6;
        int offset = start & 63;
        long aligned = value << (64 - width);
        long kept = offset == 0 ? 0 : words[wordIndex] & (-1L << (64 - offset));
        words[wordIndex] = kept | (aligned >>> offset);
        if (offset + width > 64) {
            words[wordIndex + 1] = aligned << (64 - offset);
        }
    }

    /**
     * Ends loading: drops the fill bits and clears what follows the payload so that reads past its end
     * see zeros.
     *
     * @return always {@code true}, so that it chains after {@link #append}
     */
    public boolean finish(int fillBits) {
        int fill = fillBits >= 0 && fillBits <= 5 && fillBits <= bitLength ? fillBits : 0;
        bitLength -= fill;
        int wordIndex = bitLength >>> 6;
        int used = bitLength & 63;
        words[wordIndex] = used == 0 ? 0 : words[wordIndex] & (-1L << (64 - used));
        words[wordIndex + 1] = 0;
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

    /** Reads an unsigned field of 1 to 63 bits as a long; bits past the payload read as zero. */
    public long bits(int start, int width) {
        if (start >= bitLength) {
            return 0;
        }
        int wordIndex = start >>> 6;
        int offset = start & 63;
        long high = words[wordIndex] << offset;
        if (offset + width > 64) {
            high |= words[wordIndex + 1] >>> (64 - offset);
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
