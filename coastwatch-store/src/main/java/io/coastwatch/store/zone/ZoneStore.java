package io.coastwatch.store.zone;

import java.util.List;
import java.util.Optional;

/**
 * The zones and the history of their changes. Every write is one durable transaction that changes the
 * zones and records each change (who, when, before, after) together, or does nothing. Thread-safe.
 */
public interface ZoneStore {

    /** Every zone, in {@link String#compareTo} order of their ids. */
    List<StoredZone> all();

    Optional<StoredZone> find(String id);

    /**
     * Creates or replaces each zone of {@code zones} (ids unique) by id, all or none. A zone whose
     * Feature, name and kind are those stored already is left as it is, with no change recorded.
     *
     * @return the zones as stored now, in the order given
     * @throws IllegalArgumentException when two drafts have the same id
     */
    List<StoredZone> save(List<ZoneDraft> zones, String user, long timeMillis);

    /**
     * Deletes a zone and records it.
     *
     * @return the zone as it was, or empty (nothing recorded) when there was none
     */
    Optional<StoredZone> delete(String id, String user, long timeMillis);

    /** The changes to the zone {@code id}, oldest first (also of a deleted zone); empty when it never existed. */
    List<ZoneChange> history(String id);
}
