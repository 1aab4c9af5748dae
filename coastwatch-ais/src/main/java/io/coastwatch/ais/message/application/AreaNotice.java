package io.coastwatch.ais.message.application;

import io.coastwatch.ais.bits.BitReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Area notice, DAC 1 FI 22 broadcast in message 8 or FI 23 addressed in message 6 (IMO SN.1/Circ.289
 * §4): what the notice is about, when and for how long, and the area as up to ten sub-areas of 87
 * bits (circles, rectangles, sectors, polylines, polygons and their text).
 *
 * <p>gpsd does not decode area notices (it prints their raw data); they are decoded here when the
 * data holds at least one whole sub-area, bits after the last whole sub-area being ignored.
 *
 * @param messageLinkageId identifies the notice, to update or cancel it, 10 bits
 * @param noticeDescription what the area is, 0-127 (IMO SN.1/Circ.289 table 4.1: 0-22 caution areas,
 *     32-38 restricted areas, 64-76 distress areas, 126 cancellation, 127 undefined …)
 * @param month UTC month the notice starts, 1-12; 0 not available
 * @param day UTC day, 1-31; 0 not available
 * @param hour UTC hour, 0-23; 24 not available
 * @param minute UTC minute, 0-59; 60 not available
 * @param durationMinutes minutes the notice lasts from its start, 0 cancels it; 262143 undefined
 * @param subAreas the sub-areas, in order
 */
public record AreaNotice(
        int messageLinkageId,
        int noticeDescription,
        int month,
        int day,
        int hour,
        int minute,
        int durationMinutes,
        List<SubArea> subAreas) implements ApplicationData {

    /** Bits before the first sub-area. */
    static final int SUB_AREAS_START = 55;
    /** Bits of one sub-area: the shape (3) and its 84 bits. */
    static final int SUB_AREA_BITS = 87;
    /** Duration meaning "undefined" (until cancelled). */
    public static final int DURATION_UNDEFINED = (1 << 18) - 1;

    /** @param subAreas copied into an unmodifiable list */
    public AreaNotice {
        subAreas = List.copyOf(subAreas);
    }

    /** Whether {@code bitCount} bits of data hold the header and at least one whole sub-area. */
    static boolean fits(int bitCount) {
        return bitCount >= SUB_AREAS_START + SUB_AREA_BITS;
    }

    /** Decodes the application data (bit 0 is the first bit after the FI): every whole sub-area. */
    static AreaNotice decode(BitReader bits) {
        int count = (bits.bitLength() - SUB_AREAS_START) / SUB_AREA_BITS;
        List<SubArea> subAreas = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            subAreas.add(SubArea.decode(bits, SUB_AREAS_START + SUB_AREA_BITS * i));
        }
        return new AreaNotice(bits.unsigned(0, 10), bits.unsigned(10, 7), bits.unsigned(17, 4), bits.unsigned(21, 5),
                bits.unsigned(26, 5), bits.unsigned(31, 6), bits.unsigned(37, 18), subAreas);
    }

    /** Duration in minutes, or -1 when undefined. */
    public int durationMinutesOrUndefined() {
        return durationMinutes == DURATION_UNDEFINED ? -1 : durationMinutes;
    }

    /** One sub-area, by its 3-bit shape code. */
    public sealed interface SubArea permits Circle, Rectangle, Sector, Polyline, Text, Reserved {

        /** Decodes the sub-area starting at {@code start}: its shape code, then the shape's 84 bits. */
        static SubArea decode(BitReader bits, int start) {
            int shape = bits.unsigned(start, 3);
            int body = start + 3;
            return switch (shape) {
                case 0 -> new Circle(bits.unsigned(body, 2), Position.decode(bits, body + 2),
                        bits.unsigned(body + 54, 12));
                case 1 -> new Rectangle(bits.unsigned(body, 2), Position.decode(bits, body + 2),
                        bits.unsigned(body + 54, 8), bits.unsigned(body + 62, 8), bits.unsigned(body + 70, 9));
                case 2 -> new Sector(bits.unsigned(body, 2), Position.decode(bits, body + 2),
                        bits.unsigned(body + 54, 12), bits.unsigned(body + 66, 9), bits.unsigned(body + 75, 9));
                case 3, 4 -> Polyline.decode(bits, body, shape == 4);
                case 5 -> new Text(bits.text(body, 14));
                default -> new Reserved(shape);
            };
        }
    }

    /**
     * The anchor of a circle, rectangle or sector.
     *
     * @param longitudeThousandthMinute longitude in 1/1000 minute, 181° not available
     * @param latitudeThousandthMinute latitude in 1/1000 minute, 91° not available
     * @param precision number of decimal places of minutes given, 0-4
     */
    public record Position(int longitudeThousandthMinute, int latitudeThousandthMinute, int precision) {

        static Position decode(BitReader bits, int start) {
            return new Position(bits.signed(start, 25), bits.signed(start + 25, 24), bits.unsigned(start + 49, 3));
        }

        /** Longitude in degrees, NaN when not available. */
        public double longitudeDegrees() {
            return Conversions.degrees(longitudeThousandthMinute, 1000, 180);
        }

        /** Latitude in degrees, NaN when not available. */
        public double latitudeDegrees() {
            return Conversions.degrees(latitudeThousandthMinute, 1000, 90);
        }
    }

    /**
     * A circle, or a point when its radius is 0 (shape 0).
     *
     * @param scaleFactor distances are in units of 10^scaleFactor metres, 0-3
     * @param position the centre
     * @param radius radius in scaled units, 0-4095
     */
    public record Circle(int scaleFactor, Position position, int radius) implements SubArea {
        /** Radius in metres, 0 for a point. */
        public int radiusMetres() {
            return radius * metresPerUnit(scaleFactor);
        }
    }

    /**
     * A rectangle from its south-west corner (shape 1).
     *
     * @param scaleFactor distances are in units of 10^scaleFactor metres, 0-3
     * @param position the south-west corner (before rotation)
     * @param eastDimension east-west side in scaled units, 0-255
     * @param northDimension north-south side in scaled units, 0-255
     * @param orientationDegrees rotation about the corner, clockwise from true north, degrees 0-359
     */
    public record Rectangle(int scaleFactor, Position position, int eastDimension, int northDimension,
            int orientationDegrees) implements SubArea {
        /** East-west side in metres. */
        public int eastDimensionMetres() {
            return eastDimension * metresPerUnit(scaleFactor);
        }

        /** North-south side in metres. */
        public int northDimensionMetres() {
            return northDimension * metresPerUnit(scaleFactor);
        }
    }

    /**
     * A sector of a circle (shape 2).
     *
     * @param scaleFactor distances are in units of 10^scaleFactor metres, 0-3
     * @param position the centre
     * @param radius radius in scaled units, 0-4095
     * @param leftBoundaryDegrees left boundary, clockwise from true north, degrees 0-359
     * @param rightBoundaryDegrees right boundary, clockwise from true north, degrees 0-359
     */
    public record Sector(int scaleFactor, Position position, int radius, int leftBoundaryDegrees,
            int rightBoundaryDegrees) implements SubArea {
        /** Radius in metres. */
        public int radiusMetres() {
            return radius * metresPerUnit(scaleFactor);
        }
    }

    /**
     * Up to four more points of a polyline (shape 3) or polygon (shape 4), each as angle and distance
     * from the previous point; the first point is the previous sub-area's position.
     *
     * @param closed a polygon (shape 4), else a polyline
     * @param scaleFactor distances are in units of 10^scaleFactor metres, 0-3
     * @param points the points sent, up to the first with distance 0 (which ends the list)
     */
    public record Polyline(boolean closed, int scaleFactor, List<Point> points) implements SubArea {
        private static final int MAX_POINTS = 4;

        /** @param points copied into an unmodifiable list */
        public Polyline {
            points = List.copyOf(points);
        }

        static Polyline decode(BitReader bits, int start, boolean closed) {
            List<Point> points = new ArrayList<>(MAX_POINTS);
            for (int i = 0; i < MAX_POINTS; i++) {
                int point = start + 2 + 20 * i;
                int distance = bits.unsigned(point + 10, 10);
                if (distance == 0) {
                    break;
                }
                points.add(new Point(bits.unsigned(point, 10), distance));
            }
            return new Polyline(closed, bits.unsigned(start, 2), points);
        }

        /** Distance of {@code point} from the previous one, in metres. */
        public int distanceMetres(Point point) {
            return point.distance() * metresPerUnit(scaleFactor);
        }

        /**
         * One point.
         *
         * @param angle bearing from the previous point, in 1/2 degree clockwise from true north, 0-719
         * @param distance distance from the previous point in scaled units, 1-1023
         */
        public record Point(int angle, int distance) {
            /** Bearing from the previous point in degrees. */
            public double angleDegrees() {
                return angle / 2.0;
            }
        }
    }

    /**
     * Text about the notice (shape 5).
     *
     * @param text up to 14 characters, cut at the first {@code '@'} and trimmed of trailing spaces
     */
    public record Text(String text) implements SubArea {
    }

    /**
     * A sub-area of a reserved shape, 6 or 7; its bits are not interpreted.
     *
     * @param shape the shape code
     */
    public record Reserved(int shape) implements SubArea {
    }

    private static int metresPerUnit(int scaleFactor) {
        return switch (scaleFactor) {
            case 0 -> 1;
            case 1 -> 10;
            case 2 -> 100;
            default -> 1000;
        };
    }
}
