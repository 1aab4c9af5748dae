package io.coastwatch.engine.track;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The latest state of every vessel by vessel identifier: one writer, any number of readers. Open
 * addressing with linear probing over an array of identifiers beside an array of states, so that a
 * lookup reads no boxed key and no map node (the writer looks a vessel up on every message).
 *
 * <p>Readers never block and never see a state half-written: the writer stores a state, then (for a new
 * vessel) its identifier, each with release semantics, and readers load them with acquire semantics. A
 * removed vessel leaves its identifier in place with no state (a tombstone, reused if the vessel comes
 * back). When the arrays fill, the writer copies the states into larger ones and publishes those; a
 * reader still on the old arrays sees the states as they were at the copy, as a reader of a concurrent
 * map may. {@link #values} is a live view, weakly consistent like a concurrent map's.
 *
 * <p>Each state put is marked changed until {@link #takeChanged} hands it out (the snapshot store saves
 * the changed vessels every few seconds); the mark is a flag beside the slot, not another lookup.
 *
 * <p>Thread-safety: {@link #put}, {@link #remove}, {@link #takeChanged} and {@link #markChanged} from one
 * thread at a time (the tracker's writer); {@link #get}, {@link #size} and {@link #values} from any
 * thread.
 */
final class VesselTable {
    private static final VarHandle IDS = MethodHandles.arrayElementVarHandle(long[].class);
    private static final VarHandle STATES = MethodHandles.arrayElementVarHandle(VesselSnapshot[].class);
    /** Marks a slot that never held an identifier (identifiers are never negative). */
    private static final long FREE = -1;
    private static final int INITIAL_SLOTS = 1024;

    /** The arrays readers use; replaced (never changed in size) when they fill. */
    private volatile Slots slots = new Slots(INITIAL_SLOTS);
    /** Slots holding an identifier, with or without a state. Writer only. */
    private int usedSlots;
    private volatile int size;
    private final Collection<VesselSnapshot> values = new Values();

    /** The state of {@code vesselId}, or {@code null}. */
    VesselSnapshot get(long vesselId) {
        Slots current = slots;
        int slot = current.find(vesselId);
        return slot < 0 ? null : (VesselSnapshot) STATES.getAcquire(current.states, slot);
    }

    /** Stores the state of {@code vessel.vesselId()} (at least 0), replacing the one it had. Writer only. */
    void put(VesselSnapshot vessel) {
        long vesselId = vessel.vesselId();
        if (vesselId < 0) {
            throw new IllegalArgumentException("not a vessel id: " + vesselId);
        }
        Slots current = slots;
        int slot = current.find(vesselId);
        if (slot >= 0) {
            if (current.states[slot] == null) {
                size++;
            }
            STATES.setRelease(current.states, slot, vessel);
            current.changed[slot] = true;
            return;
        }
        if ((usedSlots + 1) * 2 > current.ids.length) {
            current = grow(current);
        }
        slot = current.freeSlot(vesselId);
        STATES.setRelease(current.states, slot, vessel);
        IDS.setRelease(current.ids, slot, vesselId);
        current.changed[slot] = true;
        usedSlots++;
        size++;
    }

    /** Removes the state of {@code vesselId}; returns it, or {@code null} when there was none. Writer only. */
    VesselSnapshot remove(long vesselId) {
        Slots current = slots;
        int slot = current.find(vesselId);
        VesselSnapshot removed = slot < 0 ? null : current.states[slot];
        if (removed != null) {
            STATES.setRelease(current.states, slot, null);
            current.changed[slot] = false;
            size--;
        }
        return removed;
    }

    /** The states put since the last call (or {@link #markChanged}), in no particular order; clears the marks. Writer only. */
    List<VesselSnapshot> takeChanged() {
        Slots current = slots;
        List<VesselSnapshot> taken = new ArrayList<>();
        for (int slot = 0; slot < current.changed.length; slot++) {
            if (current.changed[slot]) {
                current.changed[slot] = false;
                taken.add(current.states[slot]);
            }
        }
        return taken;
    }

    /** Marks the vessels (those still present) changed again, as if their states were put. Writer only. */
    void markChanged(Collection<VesselSnapshot> vessels) {
        Slots current = slots;
        for (VesselSnapshot vessel : vessels) {
            int slot = current.find(vessel.vesselId());
            if (slot >= 0 && current.states[slot] != null) {
                current.changed[slot] = true;
            }
        }
    }

    /** Number of vessels with a state. */
    int size() {
        return size;
    }

    /** Every vessel's state: a live, unmodifiable, weakly consistent view. */
    Collection<VesselSnapshot> values() {
        return values;
    }

    /** Copies the states (not the tombstones) into arrays twice as large, or as large when mostly tombstones. */
    private Slots grow(Slots old) {
        int length = size * 4 > old.ids.length ? old.ids.length * 2 : old.ids.length;
        Slots grown = new Slots(length);
        int used = 0;
        for (int i = 0; i < old.ids.length; i++) {
            VesselSnapshot state = old.states[i];
            if (state != null) {
                int slot = grown.freeSlot(old.ids[i]);
                grown.ids[slot] = old.ids[i];
                grown.states[slot] = state;
                grown.changed[slot] = old.changed[i];
                used++;
            }
        }
        usedSlots = used;
        slots = grown;
        return grown;
    }

    /** One generation of the arrays: identifiers (or {@link #FREE}), states and changed marks, slot by slot. */
    private static final class Slots {
        final long[] ids;
        final VesselSnapshot[] states;
        /** Writer only. */
        final boolean[] changed;

        Slots(int length) {
            ids = new long[length];
            Arrays.fill(ids, FREE);
            states = new VesselSnapshot[length];
            changed = new boolean[length];
        }

        /** The slot holding {@code vesselId}, or -1. */
        int find(long vesselId) {
            int mask = ids.length - 1;
            for (int slot = home(vesselId, mask); ; slot = (slot + 1) & mask) {
                long id = (long) IDS.getAcquire(ids, slot);
                if (id == vesselId) {
                    return slot;
                }
                if (id == FREE) {
                    return -1;
                }
            }
        }

        /** The free slot where {@code vesselId}, not present, goes. */
        int freeSlot(long vesselId) {
            int mask = ids.length - 1;
            int slot = home(vesselId, mask);
            while (ids[slot] != FREE) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private static int home(long vesselId, int mask) {
            return (int) ((vesselId * 0x9E3779B97F4A7C15L) >>> 32) & mask;
        }
    }

    /** The states of the arrays current when iteration starts. */
    private final class Values extends AbstractCollection<VesselSnapshot> {
        @Override
        public Iterator<VesselSnapshot> iterator() {
            Slots current = slots;
            return new Iterator<>() {
                private int slot = -1;
                private VesselSnapshot next = advance();

                private VesselSnapshot advance() {
                    while (++slot < current.states.length) {
                        VesselSnapshot state = (VesselSnapshot) STATES.getAcquire(current.states, slot);
                        if (state != null) {
                            return state;
                        }
                    }
                    return null;
                }

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public VesselSnapshot next() {
                    if (next == null) {
                        throw new NoSuchElementException();
                    }
                    VesselSnapshot result = next;
                    next = advance();
                    return result;
                }
            };
        }

        @Override
        public int size() {
            return size;
        }
    }
}
