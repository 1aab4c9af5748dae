package io.coastwatch.server.vessel;

import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.engine.track.VesselKind;
import io.coastwatch.engine.track.VesselSnapshot;
import java.time.Instant;

/**
 * A vessel as the API shows it: unknown values are {@code null} (never NaN or sentinels), times are
 * ISO-8601 UTC. {@code kind} is the server's classification ({@link VesselKind#slug()}: {@code vn-fishing},
 * {@code base-station} …), the one the console colours by; {@code null} for a vessel no longer known.
 */
public record VesselView(
        long id,
        Integer mmsi,
        Integer imoNumber,
        String callSign,
        String name,
        String registrationNumber,
        String vmsDeviceId,
        Integer shipType,
        Integer lengthMetres,
        Integer beamMetres,
        Double draughtMetres,
        String destination,
        String eta,
        String flag,
        String kind,
        Position position,
        String lastSeen) {

    /** The last plausible position. */
    public record Position(
            double latitude,
            double longitude,
            String time,
            Double speedKnots,
            Double courseDegrees,
            Integer headingDegrees,
            Integer navigationStatus,
            String source) {

        static Position of(PositionFix fix) {
            return fix == null ? null : new Position(fix.latitude(), fix.longitude(), VesselView.time(fix.timeMillis()),
                    number(fix.speedKnots()), number(fix.courseDegrees()),
                    fix.headingDegrees() < 0 ? null : fix.headingDegrees(),
                    fix.navigationStatus() < 0 ? null : fix.navigationStatus(), fix.source().name());
        }
    }

    public static VesselView of(VesselSnapshot v) {
        return new VesselView(v.vesselId(), v.mmsi() == 0 ? null : v.mmsi(), v.imoNumber() == 0 ? null : v.imoNumber(),
                v.callSign(), v.name(), v.registrationNumber(), v.vmsDeviceId(),
                v.shipType() < 0 ? null : v.shipType(), v.lengthMetres() < 0 ? null : v.lengthMetres(),
                v.beamMetres() < 0 ? null : v.beamMetres(), number(v.draughtMetres()), v.destination(),
                v.etaMillis() == Long.MIN_VALUE ? null : time(v.etaMillis()), v.flag(), VesselKind.of(v).slug(),
                Position.of(v.lastFix()),
                time(v.lastSeenMillis()));
    }

    /** A vessel known only by its id (no longer in the live picture). */
    public static VesselView unknown(long id) {
        return new VesselView(id, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static Double number(double value) {
        return Double.isFinite(value) ? value : null;
    }

    static String time(long millis) {
        return Instant.ofEpochMilli(millis).toString();
    }
}
