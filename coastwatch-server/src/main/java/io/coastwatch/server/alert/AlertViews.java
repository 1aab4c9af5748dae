package io.coastwatch.server.alert;

import io.coastwatch.engine.alert.Alert;
import io.coastwatch.engine.pipeline.LivePicture;
import io.coastwatch.engine.track.VesselSnapshot;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongFunction;

/**
 * Builds {@link AlertView}s, with the vessel's MMSI, name and registration number as the live
 * picture knows them now. Thread-safe.
 */
public final class AlertViews {
    private final LongFunction<Optional<VesselSnapshot>> vessels;

    /** @param vessels a vessel of the live picture by id (such as {@link LivePicture#vessel}) */
    public AlertViews(LongFunction<Optional<VesselSnapshot>> vessels) {
        this.vessels = vessels;
    }

    public AlertView of(Alert alert) {
        VesselSnapshot vessel = vessels.apply(alert.vesselId()).orElse(null);
        return new AlertView(alert.id(), alert.ruleId(), alert.ruleType().slug(),
                alert.severity().name().toLowerCase(Locale.ROOT), alert.state().code(), alert.vesselId(),
                vessel == null || vessel.mmsi() == 0 ? null : vessel.mmsi(), vessel == null ? null : vessel.name(),
                vessel == null ? null : vessel.registrationNumber(),
                alert.otherVesselId() == 0 ? null : alert.otherVesselId(),
                alert.zoneId().isEmpty() ? null : alert.zoneId(), time(alert.firstMillis()), time(alert.lastMillis()),
                alert.ended() ? time(alert.endedMillis()) : null, finite(alert.latitude()), finite(alert.longitude()),
                alert.summary(), new TreeMap<>(alert.details()), alert.updates());
    }

    static String time(long millis) {
        return Instant.ofEpochMilli(millis).toString();
    }

    static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
