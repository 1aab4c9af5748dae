package io.coastwatch.engine.track;

import io.coastwatch.ais.message.AidToNavigationReport;
import io.coastwatch.ais.message.AisMessage;
import io.coastwatch.ais.message.ExtendedClassBPositionReport;
import io.coastwatch.ais.message.ShipDimensions;
import io.coastwatch.ais.message.StaticAndVoyageData;
import io.coastwatch.ais.message.StaticDataReport;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A vessel's state being changed by the {@link VesselTracker}: the fields of {@link VesselSnapshot},
 * mutable, and the merging of AIS static data into them (a value "not available" never replaces a
 * known one). Not thread-safe: one per update, on the tracker's thread.
 */
final class VesselDraft {
    final long vesselId;
    int mmsi;
    int imoNumber;
    String callSign;
    String name;
    String registrationNumber;
    String vmsDeviceId;
    int shipType;
    int lengthMetres;
    int beamMetres;
    double draughtMetres;
    String destination;
    long etaMillis;
    String flag;
    PositionFix lastFix;
    long lastSeenMillis;

    private VesselDraft(long vesselId) {
        this.vesselId = vesselId;
        this.shipType = -1;
        this.lengthMetres = -1;
        this.beamMetres = -1;
        this.draughtMetres = Double.NaN;
        this.etaMillis = Long.MIN_VALUE;
        this.lastSeenMillis = Long.MIN_VALUE;
    }

    VesselDraft(VesselSnapshot snapshot) {
        this.vesselId = snapshot.vesselId();
        this.mmsi = snapshot.mmsi();
        this.imoNumber = snapshot.imoNumber();
        this.callSign = snapshot.callSign();
        this.name = snapshot.name();
        this.registrationNumber = snapshot.registrationNumber();
        this.vmsDeviceId = snapshot.vmsDeviceId();
        this.shipType = snapshot.shipType();
        this.lengthMetres = snapshot.lengthMetres();
        this.beamMetres = snapshot.beamMetres();
        this.draughtMetres = snapshot.draughtMetres();
        this.destination = snapshot.destination();
        this.etaMillis = snapshot.etaMillis();
        this.flag = snapshot.flag();
        this.lastFix = snapshot.lastFix();
        this.lastSeenMillis = snapshot.lastSeenMillis();
    }

    static VesselDraft ofMmsi(long vesselId, int mmsi) {
        VesselDraft draft = new VesselDraft(vesselId);
        draft.mmsi = mmsi;
        draft.flag = MaritimeIdentificationDigits.flag(mmsi);
        return draft;
    }

    static VesselDraft ofVms(long vesselId) {
        return new VesselDraft(vesselId);
    }

    void seen(long timeMillis) {
        lastSeenMillis = Math.max(lastSeenMillis, timeMillis);
    }

    void shipType(int aisShipType) {
        if (aisShipType >= 1 && aisShipType <= 99) {
            shipType = aisShipType;
        }
    }

    void dimensions(ShipDimensions dimensions) {
        if (dimensions.lengthMetres() > 0) {
            lengthMetres = dimensions.lengthMetres();
        }
        if (dimensions.beamMetres() > 0) {
            beamMetres = dimensions.beamMetres();
        }
    }

    VesselSnapshot build() {
        return new VesselSnapshot(vesselId, mmsi, imoNumber, callSign, name, registrationNumber, vmsDeviceId,
                shipType, lengthMetres, beamMetres, draughtMetres, destination, etaMillis, flag, lastFix,
                lastSeenMillis);
    }

    /** Merges the static data {@code message} carries; returns whether it carried any. */
    boolean mergeStatic(AisMessage message, long eventTimeMillis) {
        switch (message) {
            case StaticAndVoyageData voyage -> {
                if (voyage.imoNumber() > 0) {
                    imoNumber = voyage.imoNumber();
                }
                callSign = text(callSign, voyage.callSign());
                name = text(name, voyage.shipName());
                shipType(voyage.shipType());
                dimensions(voyage.dimensions());
                if (!Double.isNaN(voyage.draughtMetres())) {
                    draughtMetres = voyage.draughtMetres();
                }
                destination = text(destination, voyage.destination());
                long eta = etaMillis(voyage.etaMonth(), voyage.etaDay(), voyage.etaHour(), voyage.etaMinute(),
                        eventTimeMillis);
                if (eta != Long.MIN_VALUE) {
                    this.etaMillis = eta;
                }
            }
            case ExtendedClassBPositionReport extended -> {
                name = text(name, extended.shipName());
                shipType(extended.shipType());
                dimensions(extended.dimensions());
            }
            case StaticDataReport.PartA partA -> name = text(name, partA.shipName());
            case StaticDataReport.PartB partB -> {
                shipType(partB.shipType());
                callSign = text(callSign, partB.callSign());
                if (!partB.auxiliaryCraft()) {
                    dimensions(partB.dimensions());
                }
            }
            case AidToNavigationReport aid -> name = text(name, aid.fullName());
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The new text when it says something, else the old; the old instance when both are equal. */
    private static String text(String old, String received) {
        if (received == null) {
            return old;
        }
        String stripped = received.strip();
        return stripped.isEmpty() || stripped.equals(old) ? old : stripped;
    }

    /**
     * The declared arrival time in UNIX ms: month, day, hour and minute of message 5 (UTC, no year),
     * in the year that puts it nearest to the message's time; {@link Long#MIN_VALUE} when month or
     * day is not available or the date does not exist. Hour 24 and minute 60 ("not available") are
     * taken as 0.
     */
    static long etaMillis(int month, int day, int hour, int minute, long eventTimeMillis) {
        if (month < 1 || month > 12 || day < 1) {
            return Long.MIN_VALUE;
        }
        int year = LocalDateTime.ofInstant(Instant.ofEpochMilli(eventTimeMillis), ZoneOffset.UTC).getYear();
        long best = Long.MIN_VALUE;
        for (int candidateYear = year - 1; candidateYear <= year + 1; candidateYear++) {
            try {
                long candidate = LocalDateTime.of(candidateYear, month, day, hour >= 24 ? 0 : hour,
                        minute >= 60 ? 0 : minute).toInstant(ZoneOffset.UTC).toEpochMilli();
                if (best == Long.MIN_VALUE
                        || Math.abs(candidate - eventTimeMillis) < Math.abs(best - eventTimeMillis)) {
                    best = candidate;
                }
            } catch (DateTimeException e) {
                // no such date in that year (29 February, 31 April): try the others
            }
        }
        return best;
    }
}
