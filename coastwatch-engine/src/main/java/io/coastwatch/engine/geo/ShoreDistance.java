package io.coastwatch.engine.geo;

import java.util.Arrays;

/**
 * Distance to the coast, cheap enough to ask for every position: a grid of cells of
 * {@value #CELL_DEGREES}° (about 1.7 km) over a box, each cell holding the exact distance of its centre,
 * computed on first use. A position gets its cell's value: since the distance to a line changes by at
 * most the distance moved, the answer is within half a cell's diagonal (about 1.2 km) of
 * {@link LandMask#distanceToCoastMetres}, good for thresholds of miles (loitering's 20 nm). Positions
 * outside the box take the exact computation.
 *
 * <p>Thread-safe: cells are filled in as first used, a benign race (a float is written whole and is
 * the same whichever thread computes it).
 */
public final class ShoreDistance {
    /** Side of the cells, in degrees. */
    public static final double CELL_DEGREES = 1.0 / 64;

    private final LandMask land;
    private final double west;
    private final double south;
    private final int columns;
    private final int rows;
    /** Distance of each cell's centre in metres, NaN until computed. */
    private final float[] cellMetres;

    /**
     * @param land the coastline
     * @param west west edge of the box, degrees
     * @param south south edge of the box, degrees
     * @param east east edge of the box, degrees
     * @param north north edge of the box, degrees
     */
    public ShoreDistance(LandMask land, double west, double south, double east, double north) {
        if (!(east > west && north > south)) {
            throw new IllegalArgumentException("empty box " + west + ", " + south + ", " + east + ", " + north);
        }
        this.land = land;
        this.west = west;
        this.south = south;
        this.columns = (int) Math.ceil((east - west) / CELL_DEGREES);
        this.rows = (int) Math.ceil((north - south) / CELL_DEGREES);
        this.cellMetres = new float[Math.multiplyExact(columns, rows)];
        Arrays.fill(cellMetres, Float.NaN);
    }

    /** The grid over the bundled Vietnam region of {@link LandMask#vietnamRegion()} (102-118°E, 6-24°N). */
    public static ShoreDistance vietnamRegion(LandMask land) {
        return new ShoreDistance(land, 102, 6, 118, 24);
    }

    /** Distance in metres from the position to the coast, within about 1.2 km; NaN for NaN coordinates. */
    public double metres(double latitude, double longitude) {
        double east = (longitude - west) / CELL_DEGREES;
        double north = (latitude - south) / CELL_DEGREES;
        if (!(east >= 0 && north >= 0 && east < columns && north < rows)) {
            return Double.isNaN(latitude) || Double.isNaN(longitude) ? Double.NaN
                    : land.distanceToCoastMetres(latitude, longitude);
        }
        int column = (int) east;
        int row = (int) north;
        int cell = row * columns + column;
        float metres = cellMetres[cell];
        if (Float.isNaN(metres)) {
            metres = (float) land.distanceToCoastMetres(south + (row + 0.5) * CELL_DEGREES,
                    west + (column + 0.5) * CELL_DEGREES);
            cellMetres[cell] = metres;
        }
        return metres;
    }
}
