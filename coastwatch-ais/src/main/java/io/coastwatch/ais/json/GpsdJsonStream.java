package io.coastwatch.ais.json;

import io.coastwatch.ais.message.AisMessage;
import io.coastwatch.ais.message.StaticDataReport;

/**
 * The gpsd JSON of one feed's messages, in order, with message 24's two parts paired as gpsd pairs
 * them: the name of each part A is remembered (for the last eight stations, gpsd's
 * {@code MAX_TYPE24_INTERLEAVE}), and the next part B from the same MMSI is written with it as one
 * object, once. Like {@code gpsdecode}, only such pairs are written, unless parts are split (its
 * {@code -s} option), which also writes each part A, and each part B that finds no name, on its own.
 * Part numbers 2 and 3, which gpsd rejects, are never written.
 *
 * <p>Not thread-safe: one per feed.
 */
public final class GpsdJsonStream {
    /** Part A names remembered, as in gpsd's driver. */
    private static final int REMEMBERED_NAMES = 8;

    private final GpsdJsonWriter writer;
    private final boolean splitStaticData;
    private final int[] mmsis = new int[REMEMBERED_NAMES];
    private final String[] names = new String[REMEMBERED_NAMES];
    private int next;

    /**
     * @param writer writes each object
     * @param splitStaticData true to also write message 24 parts that are not paired, as
     *     {@code gpsdecode -s}
     */
    public GpsdJsonStream(GpsdJsonWriter writer, boolean splitStaticData) {
        this.writer = writer;
        this.splitStaticData = splitStaticData;
    }

    /**
     * Appends the JSON object of {@code message} to {@code out}, if gpsdecode would print one.
     *
     * @return whether an object was written
     */
    public boolean write(AisMessage message, boolean scaled, JsonOutput out) {
        switch (message) {
            case StaticDataReport.PartA partA -> {
                remember(partA);
                if (!splitStaticData) {
                    return false;
                }
            }
            case StaticDataReport.PartB partB -> {
                if (partB.partNumber() != 1) {
                    return false;
                }
                String name = takeName(partB.mmsi());
                if (name != null) {
                    writer.writePaired(partB, name, scaled, out);
                    return true;
                }
                if (!splitStaticData) {
                    return false;
                }
            }
            default -> {
            }
        }
        writer.write(message, scaled, out);
        return true;
    }

    private void remember(StaticDataReport.PartA partA) {
        mmsis[next] = partA.mmsi();
        names[next] = partA.shipName();
        next = (next + 1) % REMEMBERED_NAMES;
    }

    /** The name remembered for {@code mmsi}, forgotten now so that a repeated part B is not paired again. */
    private String takeName(int mmsi) {
        for (int i = 0; i < REMEMBERED_NAMES; i++) {
            if (names[i] != null && mmsis[i] == mmsi) {
                String name = names[i];
                names[i] = null;
                return name;
            }
        }
        return null;
    }
}
