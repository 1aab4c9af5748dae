package io.coastwatch.engine.track;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * A hash map from {@code long} to objects without boxing: open addressing, linear probing, deletion
 * by shifting back the entries that follow (no tombstones), table doubled at 50 % load. For the hot
 * paths of rules that key by vessel or cell; {@code null} values are not allowed. Not thread-safe.
 *
 * @param <V> the values
 */
public final class LongMap<V> {
    private static final long MIX = 0x9E37_79B9_7F4A_7C15L;

    private long[] keys;
    private Object[] values;
    private int size;
    private int mask;

    public LongMap() {
        keys = new long[16];
        values = new Object[16];
        mask = 15;
    }

    public int size() {
        return size;
    }

    /** The value of {@code key}, or {@code null}. */
    @SuppressWarnings("unchecked")
    public V get(long key) {
        for (int i = slot(key); values[i] != null; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return (V) values[i];
            }
        }
        return null;
    }

    /** Sets the value of {@code key}. */
    public void put(long key, V value) {
        if (value == null) {
            throw new IllegalArgumentException("null value");
        }
        int i = slot(key);
        for (; values[i] != null; i = (i + 1) & mask) {
            if (keys[i] == key) {
                values[i] = value;
                return;
            }
        }
        keys[i] = key;
        values[i] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
    }

    /** Removes {@code key}; returns its value, or {@code null} when it had none. */
    @SuppressWarnings("unchecked")
    public V remove(long key) {
        int i = slot(key);
        for (; values[i] != null; i = (i + 1) & mask) {
            if (keys[i] == key) {
                break;
            }
        }
        V removed = (V) values[i];
        if (removed == null) {
            return null;
        }
        // shift back the entries of the run after i that may not stay where they are
        int hole = i;
        for (int j = (i + 1) & mask; values[j] != null; j = (j + 1) & mask) {
            int home = slot(keys[j]);
            boolean movable = hole <= j ? home <= hole || home > j : home <= hole && home > j;
            if (movable) {
                keys[hole] = keys[j];
                values[hole] = values[j];
                hole = j;
            }
        }
        values[hole] = null;
        size--;
        return removed;
    }

    /** Hands every value to {@code action} (which must not change the map). */
    @SuppressWarnings("unchecked")
    public void forEachValue(Consumer<V> action) {
        for (Object value : values) {
            if (value != null) {
                action.accept((V) value);
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new Object[oldValues.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != null) {
                int j = slot(oldKeys[i]);
                while (values[j] != null) {
                    j = (j + 1) & mask;
                }
                keys[j] = oldKeys[i];
                values[j] = oldValues[i];
                size++;
            }
        }
        Arrays.fill(oldValues, null);
    }

    private int slot(long key) {
        long h = key * MIX;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
