package io.coastwatch.engine.rule.behaviour;

import io.coastwatch.engine.geo.GreatCircle;
import io.coastwatch.engine.track.LongMap;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The latest position of each of many vessels in a uniform grid of cells about {@code radiusMetres}
 * on a side, so that the vessels within that radius of a position are found by looking at the 3×3
 * cells around it: the cost of a move or a query depends on how many vessels are near, not on how
 * many there are (a hash map of non-empty cells, keyed without boxing; nothing is allocated for
 * empty sea, nor for a vessel that stays in its cell).
 *
 * <p>Cells are {@code radiusMetres} tall in latitude; each row of cells is as wide in longitude as
 * {@code radiusMetres} at the row's edge nearer the pole, so a cell is never narrower than the radius.
 * Limits: positions within a radius of the antimeridian or the poles are not matched across it.
 * Not thread-safe: one rule's, on the writer thread.
 *
 * @param <T> what is kept with each position
 */
final class ProximityGrid<T> {
    private static final double METRES_PER_DEGREE = Math.toRadians(GreatCircle.EARTH_RADIUS_METRES);
    private static final double MAX_LATITUDE = 89;

    /** One vessel's entry. */
    static final class Entry<T> {
        final long id;
        double latitude;
        double longitude;
        long timeMillis;
        T value;
        long cell;

        Entry(long id) {
            this.id = id;
        }
    }

    private final double radiusMetres;
    private final double cellDegrees;
    private final LongMap<Entry<T>> entries = new LongMap<>();
    private final LongMap<List<Entry<T>>> cells = new LongMap<>();

    /** @param radiusMetres the largest radius queries ask for; sets the cell size */
    ProximityGrid(double radiusMetres) {
        if (!(radiusMetres > 0)) {
            throw new IllegalArgumentException("radius must be positive: " + radiusMetres);
        }
        this.radiusMetres = radiusMetres;
        this.cellDegrees = radiusMetres / METRES_PER_DEGREE;
    }

    /** Number of vessels in the grid. */
    int size() {
        return entries.size();
    }

    /** Puts (or moves) vessel {@code id} at the position it had at {@code timeMillis}, with {@code value}. */
    void put(long id, double latitude, double longitude, long timeMillis, T value) {
        Entry<T> entry = entries.get(id);
        long cell = cellOf(latitude, longitude);
        if (entry == null) {
            entry = new Entry<>(id);
            entries.put(id, entry);
            link(entry, cell);
        } else if (entry.cell != cell) {
            unlink(entry);
            link(entry, cell);
        }
        entry.cell = cell;
        entry.latitude = latitude;
        entry.longitude = longitude;
        entry.timeMillis = timeMillis;
        entry.value = value;
    }

    /** Takes vessel {@code id} out of the grid, if it is in. */
    void remove(long id) {
        Entry<T> entry = entries.remove(id);
        if (entry != null) {
            unlink(entry);
        }
    }

    /** Takes out every vessel whose position is older than {@code timeMillis}. Costs a pass over all vessels. */
    void removeOlderThan(long timeMillis) {
        List<Entry<T>> gone = new ArrayList<>();
        entries.forEachValue(entry -> {
            if (entry.timeMillis < timeMillis) {
                gone.add(entry);
            }
        });
        gone.forEach(entry -> remove(entry.id));
    }

    /**
     * Hands every entry within the grid's radius of the position to {@code action} (the vessel at
     * the position itself included, if it is in the grid). The distance is great-circle.
     */
    void forEachNear(double latitude, double longitude, Consumer<Entry<T>> action) {
        double dLatitude = cellDegrees;
        double widestLatitude = Math.min(MAX_LATITUDE, Math.abs(latitude) + dLatitude);
        double dLongitude = cellDegrees / Math.cos(Math.toRadians(widestLatitude));
        int firstRow = row(latitude - dLatitude);
        int lastRow = row(latitude + dLatitude);
        for (int row = firstRow; row <= lastRow; row++) {
            double width = rowWidthDegrees(row);
            int firstColumn = (int) Math.floor((longitude - dLongitude) / width);
            int lastColumn = (int) Math.floor((longitude + dLongitude) / width);
            for (int column = firstColumn; column <= lastColumn; column++) {
                List<Entry<T>> cell = cells.get(key(row, column));
                if (cell == null) {
                    continue;
                }
                for (int i = 0; i < cell.size(); i++) {
                    Entry<T> entry = cell.get(i);
                    // the great-circle distance is at least the north-south one: far rows skip the haversine
                    if (Math.abs(entry.latitude - latitude) * METRES_PER_DEGREE * (1 - 1e-9) <= radiusMetres
                            && GreatCircle.distanceMetres(latitude, longitude, entry.latitude, entry.longitude) <= radiusMetres) {
                        action.accept(entry);
                    }
                }
            }
        }
    }

    private void link(Entry<T> entry, long cell) {
        List<Entry<T>> entriesOfCell = cells.get(cell);
        if (entriesOfCell == null) {
            entriesOfCell = new ArrayList<>(2);
            cells.put(cell, entriesOfCell);
        }
        entriesOfCell.add(entry);
    }

    private void unlink(Entry<T> entry) {
        List<Entry<T>> cell = cells.get(entry.cell);
        int last = cell.size() - 1;
        int at = cell.indexOf(entry);
        cell.set(at, cell.get(last));
        cell.remove(last);
        if (cell.isEmpty()) {
            cells.remove(entry.cell);
        }
    }

    private long cellOf(double latitude, double longitude) {
        int row = row(latitude);
        return key(row, (int) Math.floor(longitude / rowWidthDegrees(row)));
    }

    private int row(double latitude) {
        return (int) Math.floor(latitude / cellDegrees);
    }

    /** Width in longitude of the cells of {@code row}: the radius at the row's edge nearer the pole. */
    private double rowWidthDegrees(int row) {
        double poleward = Math.min(MAX_LATITUDE, Math.max(Math.abs(row * cellDegrees), Math.abs((row + 1) * cellDegrees)));
        return cellDegrees / Math.cos(Math.toRadians(poleward));
    }

    private static long key(int row, int column) {
        return ((long) row << 32) | (column & 0xFFFF_FFFFL);
    }
}
