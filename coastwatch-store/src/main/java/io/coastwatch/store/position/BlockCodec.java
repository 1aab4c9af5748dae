package io.coastwatch.store.position;

import io.coastwatch.engine.track.PositionFix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The binary form of a block's fixes (the {@code fixes} column of {@code position_blocks}): the fixes
 * of one vessel, exactly as appended (every double bit for bit, NaN "not available" kept), in a few
 * bytes each. The vessel id is not in it: it is the row's.
 *
 * <p>Format {@link #VERSION} 1: a version byte, the fix count (varint), then per fix
 * <ol>
 * <li>the time minus the previous fix's (the first: minus 0), zigzag varint;</li>
 * <li>a tag byte: two bits each for latitude, longitude, speed and course saying how the value is
 * stored: {@link #NOT_AVAILABLE} (NaN, nothing stored), {@link #COARSE} or {@link #FINE} (an integer
 * count of 1/{@code scale}, zigzag varint, chosen only when dividing it by the scale gives the very
 * same double back) or {@link #RAW} (the 8 bytes of the double);</li>
 * <li>a byte: source code × 8 + plausibility code (the codes of {@link FixColumns});</li>
 * <li>heading and navigational status, zigzag varints;</li>
 * <li>the values the tag announces, latitude and longitude counted from the previous fix's count of
 * the same scale (0 at first), so that a moving vessel takes one to three bytes a coordinate.</li>
 * </ol>
 * The scales fit what arrives: coordinates 1/600,000° (AIS, 1/10,000 minute) or 1e-7° (VMS decimal
 * degrees); speed and course 1/10 (AIS) or 1/1,000.
 *
 * <p>Stateless; thread-safe.
 */
final class BlockCodec {

    /** The format version this code writes; it reads only this one. */
    static final int VERSION = 1;

    static final int NOT_AVAILABLE = 0;
    static final int COARSE = 1;
    static final int FINE = 2;
    static final int RAW = 3;

    private static final double[] COORDINATE_SCALES = {600_000.0, 1e7};
    private static final double[] MOTION_SCALES = {10.0, 1000.0};

    private BlockCodec() {
    }

    /** The bytes of {@code fixes} (one vessel's, in the order given). */
    static byte[] encode(List<PositionFix> fixes) {
        Output out = new Output(8 + fixes.size() * 20);
        out.writeByte(VERSION);
        out.writeVarLong(fixes.size());
        long previousTime = 0;
        long[] previousLatitude = new long[2];
        long[] previousLongitude = new long[2];
        for (PositionFix fix : fixes) {
            out.writeVarLong(zigzag(fix.timeMillis() - previousTime));
            previousTime = fix.timeMillis();
            int latitudeTag = tag(fix.latitude(), COORDINATE_SCALES);
            int longitudeTag = tag(fix.longitude(), COORDINATE_SCALES);
            int speedTag = tag(fix.speedKnots(), MOTION_SCALES);
            int courseTag = tag(fix.courseDegrees(), MOTION_SCALES);
            out.writeByte(latitudeTag << 6 | longitudeTag << 4 | speedTag << 2 | courseTag);
            out.writeByte(FixColumns.code(fix.source()) << 3 | FixColumns.code(fix.plausibility()));
            out.writeVarLong(zigzag(fix.headingDegrees()));
            out.writeVarLong(zigzag(fix.navigationStatus()));
            writeDelta(out, fix.latitude(), latitudeTag, COORDINATE_SCALES, previousLatitude);
            writeDelta(out, fix.longitude(), longitudeTag, COORDINATE_SCALES, previousLongitude);
            writeValue(out, fix.speedKnots(), speedTag, MOTION_SCALES);
            writeValue(out, fix.courseDegrees(), courseTag, MOTION_SCALES);
        }
        return out.toByteArray();
    }

    /**
     * The fixes of {@code vesselId} in {@code bytes}, in stored order.
     *
     * @throws IllegalStateException when the bytes are not a block of a version this code reads
     */
    static List<PositionFix> decode(long vesselId, byte[] bytes) {
        Input in = new Input(bytes);
        int version = in.readByte();
        if (version != VERSION) {
            throw new IllegalStateException("position block of format version " + version + ", this Coastwatch reads "
                    + VERSION + ": upgrade Coastwatch");
        }
        int count = Math.toIntExact(in.readVarLong());
        List<PositionFix> fixes = new ArrayList<>(count);
        long time = 0;
        long[] previousLatitude = new long[2];
        long[] previousLongitude = new long[2];
        for (int i = 0; i < count; i++) {
            time += unzigzag(in.readVarLong());
            int tags = in.readByte();
            int codes = in.readByte();
            int heading = Math.toIntExact(unzigzag(in.readVarLong()));
            int navigationStatus = Math.toIntExact(unzigzag(in.readVarLong()));
            double latitude = readDelta(in, tags >>> 6 & 3, COORDINATE_SCALES, previousLatitude);
            double longitude = readDelta(in, tags >>> 4 & 3, COORDINATE_SCALES, previousLongitude);
            double speed = readValue(in, tags >>> 2 & 3, MOTION_SCALES);
            double course = readValue(in, tags & 3, MOTION_SCALES);
            fixes.add(new PositionFix(vesselId, time, latitude, longitude, speed, course, heading, navigationStatus,
                    FixColumns.source(codes >>> 3), FixColumns.plausibility(codes & 7)));
        }
        if (in.position != bytes.length) {
            throw new IllegalStateException("position block has " + (bytes.length - in.position) + " bytes after its "
                    + count + " fixes");
        }
        return fixes;
    }

    /** How {@code value} is stored: the first scale that gives it back exactly, else raw. */
    private static int tag(double value, double[] scales) {
        if (Double.isNaN(value)) {
            return NOT_AVAILABLE;
        }
        for (int i = 0; i < scales.length; i++) {
            if (exactCount(value, scales[i])) {
                return COARSE + i;
            }
        }
        return RAW;
    }

    private static boolean exactCount(double value, double scale) {
        double scaled = value * scale;
        if (!(Math.abs(scaled) < 0x1p52)) {
            return false;
        }
        return Double.doubleToRawLongBits(Math.round(scaled) / scale) == Double.doubleToRawLongBits(value);
    }

    private static void writeDelta(Output out, double value, int tag, double[] scales, long[] previous) {
        if (tag == COARSE || tag == FINE) {
            long count = Math.round(value * scales[tag - COARSE]);
            out.writeVarLong(zigzag(count - previous[tag - COARSE]));
            previous[tag - COARSE] = count;
        } else if (tag == RAW) {
            out.writeLong(Double.doubleToRawLongBits(value));
        }
    }

    private static double readDelta(Input in, int tag, double[] scales, long[] previous) {
        if (tag == COARSE || tag == FINE) {
            long count = previous[tag - COARSE] + unzigzag(in.readVarLong());
            previous[tag - COARSE] = count;
            return count / scales[tag - COARSE];
        }
        return readOther(in, tag);
    }

    private static void writeValue(Output out, double value, int tag, double[] scales) {
        if (tag == COARSE || tag == FINE) {
            out.writeVarLong(zigzag(Math.round(value * scales[tag - COARSE])));
        } else if (tag == RAW) {
            out.writeLong(Double.doubleToRawLongBits(value));
        }
    }

    private static double readValue(Input in, int tag, double[] scales) {
        if (tag == COARSE || tag == FINE) {
            return unzigzag(in.readVarLong()) / scales[tag - COARSE];
        }
        return readOther(in, tag);
    }

    /** A value stored as {@link #NOT_AVAILABLE} or {@link #RAW}. */
    private static double readOther(Input in, int tag) {
        return tag == RAW ? Double.longBitsToDouble(in.readLong()) : Double.NaN;
    }

    private static long zigzag(long value) {
        return value << 1 ^ value >> 63;
    }

    private static long unzigzag(long value) {
        return value >>> 1 ^ -(value & 1);
    }

    /** A growing byte array. */
    private static final class Output {
        private byte[] bytes;
        private int size;

        Output(int capacity) {
            bytes = new byte[capacity];
        }

        void writeByte(int value) {
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            bytes[size++] = (byte) value;
        }

        void writeVarLong(long value) {
            long rest = value;
            while ((rest & ~0x7FL) != 0) {
                writeByte((int) (rest & 0x7F) | 0x80);
                rest >>>= 7;
            }
            writeByte((int) rest);
        }

        void writeLong(long value) {
            for (int shift = 56; shift >= 0; shift -= 8) {
                writeByte((int) (value >>> shift));
            }
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, size);
        }
    }

    /** Reads a byte array front to back; running past its end fails clearly. */
    private static final class Input {
        private final byte[] bytes;
        private int position;

        Input(byte[] bytes) {
            this.bytes = bytes;
        }

        int readByte() {
            if (position >= bytes.length) {
                throw new IllegalStateException("position block ends early, at byte " + position);
            }
            return bytes[position++] & 0xFF;
        }

        long readVarLong() {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int next = readByte();
                value |= (long) (next & 0x7F) << shift;
                if ((next & 0x80) == 0) {
                    return value;
                }
            }
            throw new IllegalStateException("position block has a varint longer than 10 bytes at byte " + position);
        }

        long readLong() {
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = value << 8 | readByte();
            }
            return value;
        }
    }
}
