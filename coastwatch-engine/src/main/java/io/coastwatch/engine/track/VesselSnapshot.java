package io.coastwatch.engine.track;

/**
 * What is known of one vessel at one moment: its identities, static data and last plausible
 * position. Immutable and thread-safe; the live picture hands these out and the store persists them
 * so that a restart restores the picture.
 *
 * @param vesselId the vessel (see {@link VesselIds})
 * @param mmsi MMSI, or 0 when none is known
 * @param imoNumber IMO number, or 0 when none is known
 * @param callSign call sign, or {@code null}
 * @param name name, or {@code null}
 * @param registrationNumber Vietnamese fishing-vessel registration number (such as
 *     {@code NT-90123-TS}), or {@code null}
 * @param vmsDeviceId identifier of the vessel's VMS terminal, or {@code null}
 * @param shipType AIS type of ship and cargo 0-99, or -1 when unknown
 * @param lengthMetres overall length, or -1 when unknown
 * @param beamMetres beam, or -1 when unknown
 * @param draughtMetres draught, or NaN when unknown
 * @param destination declared destination, or {@code null}
 * @param etaMillis declared arrival time, UNIX ms, or {@link Long#MIN_VALUE} when unknown
 * @param flag ISO 3166-1 alpha-2 country of the MMSI's maritime identification digits, or {@code null}
 * @param lastFix last plausible position, or {@code null} when none yet
 * @param lastSeenMillis event time of the last message of any kind about the vessel
 */
public record VesselSnapshot(
        long vesselId,
        int mmsi,
        int imoNumber,
        String callSign,
        String name,
        String registrationNumber,
        String vmsDeviceId,
        int shipType,
        int lengthMetres,
        int beamMetres,
        double draughtMetres,
        String destination,
        long etaMillis,
        String flag,
        PositionFix lastFix,
        long lastSeenMillis) {
}
