package io.coastwatch.server.zone;

import io.coastwatch.engine.alert.Alert;
import io.coastwatch.engine.zone.Zone;
import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.common.OutOfScope;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * The one place that decides whether a place lies in a caller's areas: a record placed in a zone, or at a
 * position, is in a {@link UnitScope} when the zone is one of the scope's area zones (those the unit tree
 * gives the subtrees of the caller's units, {@link UnitScope#zoneIds()}) or the position lies inside one of
 * them (their geometry as the zones stand now); always for a scope of everything (the command, system
 * administrators). Controllers ask it before a change (acting on an alert, changing a zone) and refuse with
 * {@link OutOfScope} (403) naming why. Thread-safe: it reads the zones' latest published list.
 */
public final class Areas {
    private final ZoneService zones;
    private final GeometryFactory geometry;

    public Areas(ZoneService zones, GeometryFactory geometry) {
        this.zones = zones;
        this.geometry = geometry;
    }

    /**
     * Whether a record in zone {@code zoneId} (blank: none) or at {@code latitude}, {@code longitude}
     * (degrees WGS-84; NaN: unknown) lies in the areas of {@code scope}.
     */
    public boolean includes(UnitScope scope, String zoneId, double latitude, double longitude) {
        if (scope.everything() || (zoneId != null && !zoneId.isBlank() && scope.includesZone(zoneId))) {
            return true;
        }
        if (!Double.isFinite(latitude) || !Double.isFinite(longitude)) {
            return false;
        }
        Point point = geometry.createPoint(new Coordinate(longitude, latitude));
        return scope.zoneIds().stream().map(zones::find).flatMap(Optional::stream).filter(Zone::isArea)
                .anyMatch(zone -> zone.geometry().covers(point));
    }

    /**
     * Refuses to let {@code scope} act on {@code alert} unless its zone or its latest position lies in the
     * scope's areas.
     *
     * @throws OutOfScope naming the alert's place and the areas the caller's units hold
     */
    public void requireToActOn(UnitScope scope, Alert alert) {
        if (!includes(scope, alert.zoneId(), alert.latitude(), alert.longitude())) {
            String place = (alert.zoneId().isBlank() ? "" : "zone " + alert.zoneId() + ", ")
                    + (Double.isFinite(alert.latitude()) ? String.format(Locale.ROOT, "position %.4f, %.4f",
                            alert.latitude(), alert.longitude()) : "no position");
            throw new OutOfScope("alert " + alert.id() + " (" + place + ") lies outside your units' areas ("
                    + describe(scope) + "): the unit whose area it is, or the command, acts on it");
        }
    }

    /**
     * Refuses to let {@code scope} change the zones {@code zoneIds} unless each is an area zone of the scope's
     * units: a zone belongs to the unit whose area it is; a zone of no unit's area is the command's.
     *
     * @throws OutOfScope naming the zones outside the scope
     */
    public void requireToChangeZones(UnitScope scope, Collection<String> zoneIds) {
        TreeSet<String> outside = new TreeSet<>();
        zoneIds.stream().filter(id -> !scope.includesZone(id)).forEach(outside::add);
        if (!outside.isEmpty()) {
            throw new OutOfScope("zones " + outside + " are not in your units' areas (" + describe(scope)
                    + "): only the unit whose area a zone is, or the command, changes it");
        }
    }

    private static String describe(UnitScope scope) {
        return scope.zoneIds().isEmpty() ? "none" : String.join(", ", new TreeSet<>(scope.zoneIds()));
    }
}
