package io.coastwatch.server.alert;

import io.coastwatch.engine.alert.Alert;
import io.coastwatch.engine.alert.Figure;
import io.coastwatch.engine.alert.Severity;
import io.coastwatch.engine.alert.Unit;
import io.coastwatch.engine.pipeline.LivePicture;
import io.coastwatch.engine.track.VesselSnapshot;
import io.coastwatch.engine.zone.Zone;
import io.coastwatch.operations.org.UnitRepository;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * Builds {@link AlertView}s, with the vessels' MMSI, name and registration number as the live picture
 * knows them now, and the zone's name and kind as the zones in force have them. An alert needs action
 * unless it is information (the bookkeeping of zone entries and exits, dwell in port …), which the
 * console keeps out of the way. Thread-safe.
 */
public final class AlertViews {
    private final LongFunction<Optional<VesselSnapshot>> vessels;
    private final Function<String, Optional<Zone>> zones;
    private final Function<String, Optional<io.coastwatch.operations.org.Unit>> units;

    /**
     * @param vessels a vessel of the live picture by id (such as {@link LivePicture#vessel})
     * @param zones a zone in force by id
     * @param units a unit of the organisation by id (its newest version, such as {@link UnitRepository#latest})
     */
    public AlertViews(LongFunction<Optional<VesselSnapshot>> vessels, Function<String, Optional<Zone>> zones,
            Function<String, Optional<io.coastwatch.operations.org.Unit>> units) {
        this.vessels = vessels;
        this.zones = zones;
        this.units = units;
    }

    public AlertView of(Alert alert) {
        VesselSnapshot vessel = vessels.apply(alert.vesselId()).orElse(null);
        AlertView.Party other = alert.otherVesselId() == 0 ? null
                : party(alert.otherVesselId(), vessels.apply(alert.otherVesselId()).orElse(null));
        AlertView.Place zone = alert.zoneId().isEmpty() ? null : zones.apply(alert.zoneId())
                .map(z -> new AlertView.Place(z.id(), z.name(), z.kind().code()))
                .orElseGet(() -> new AlertView.Place(alert.zoneId(), null, null));
        return new AlertView(alert.id(), alert.ruleId(), alert.ruleType().slug(),
                alert.severity().name().toLowerCase(Locale.ROOT), alert.state().slug(), time(alert.firstMillis()),
                time(alert.lastMillis()), alert.ended() ? time(alert.endedMillis()) : null, finite(alert.latitude()),
                finite(alert.longitude()), figures(alert.figures()), alert.updates(), alert.severity() != Severity.INFO,
                party(alert.vesselId(), vessel), other, zone, assignedUnit(alert.assignedUnitId()));
    }

    /** The unit {@code unitId} names, or null for none. */
    AlertView.AssignedUnit assignedUnit(String unitId) {
        return unitId == null ? null : units.apply(unitId)
                .map(unit -> new AlertView.AssignedUnit(unit.id(), unit.code(), unit.name()))
                .orElseGet(() -> new AlertView.AssignedUnit(unitId, null, null));
    }

    private static AlertView.Party party(long vesselId, VesselSnapshot vessel) {
        return vessel == null ? new AlertView.Party(Long.toString(vesselId), null, null, null)
                : new AlertView.Party(Long.toString(vesselId), vessel.name(), vessel.mmsi() == 0 ? null : vessel.mmsi(),
                        vessel.registrationNumber());
    }

    private static Map<String, AlertView.Measure> figures(Map<String, Figure> figures) {
        Map<String, AlertView.Measure> measures = new TreeMap<>();
        figures.forEach((name, figure) -> measures.put(name, new AlertView.Measure(
                figure.unit() == Unit.INSTANT ? figure.instant().toString() : figure.value(), figure.unit().slug())));
        return measures;
    }

    static String time(long millis) {
        return Instant.ofEpochMilli(millis).toString();
    }

    static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
