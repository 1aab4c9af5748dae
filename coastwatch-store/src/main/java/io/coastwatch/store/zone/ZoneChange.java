package io.coastwatch.store.zone;

import java.util.Locale;

/**
 * One recorded change to a zone.
 *
 * @param zoneId the zone
 * @param timeMillis when, UNIX ms
 * @param user who
 * @param action what
 * @param before the Feature before the change (JSON text), {@code null} when the zone was created
 * @param after the Feature after the change (JSON text), {@code null} when the zone was deleted
 */
public record ZoneChange(String zoneId, long timeMillis, String user, Action action, String before, String after) {

    /** What a change did. */
    public enum Action {
        CREATED, UPDATED, DELETED;

        /** The action as stored and shown: {@code created}, {@code updated}, {@code deleted}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Action ofCode(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }
}
