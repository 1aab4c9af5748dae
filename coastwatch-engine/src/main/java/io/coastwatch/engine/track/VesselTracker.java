package io.coastwatch.engine.track;

import io.coastwatch.ais.message.AidToNavigationReport;
import io.coastwatch.ais.message.AisMessage;
import io.coastwatch.ais.message.BaseStationReport;
import io.coastwatch.ais.message.ClassBPositionReport;
import io.coastwatch.ais.message.LongRangePositionReport;
import io.coastwatch.ais.message.PositionReport;
import io.coastwatch.ais.message.PositionReportClassA;
import io.coastwatch.ais.message.SarAircraftPositionReport;
import io.coastwatch.ais.message.StaticAndVoyageData;
import io.coastwatch.ais.message.StaticDataReport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The live state of every vessel, merged from AIS position reports, AIS static data and VMS reports.
 *
 * <h2>Identity</h2>
 * A vessel heard on AIS is identified by its MMSI. A vessel known only from VMS gets an identifier
 * from {@link VesselIds#FIRST_NON_AIS_ID} up, and is found again by its registration number
 * (compared by {@link RegistrationNumbers#key}) or its VMS device id; identifiers are stable across
 * restarts because {@link #restore} continues after the highest one restored. When a VMS report
 * names both, the registration number wins and the device id is recorded on that vessel.
 *
 * <p>AIS and VMS are linked by the registration number, the one identity both carry: fishing boats
 * broadcast it as their AIS name or call sign ({@code NT 90123 TS}). When an AIS vessel's name, or
 * else its call sign, is a registration number as a whole and the vessel has none yet:
 * <ul>
 *   <li>if no vessel has that number, the AIS vessel takes it, and later VMS reports with it update
 *       the AIS vessel;</li>
 *   <li>if a VMS-only vessel has it, that vessel is merged into the AIS vessel: its registration
 *       number, VMS device id and (when newer) last position move to the AIS vessel, which keeps the
 *       MMSI as identifier, and the VMS-only vessel leaves the live picture (its stored history stays
 *       under its own identifier);</li>
 *   <li>if another AIS vessel has it, nothing is linked: the first claim stands.</li>
 * </ul>
 * IMO number and call sign are recorded on the vessel but never merge two vessels: a re-flagged
 * ship keeps its IMO number under a new MMSI, and both must stay visible.
 *
 * <h2>Position</h2>
 * Every position report yields a {@link PositionFix}, judged by the {@link PlausibilityCheck}
 * against the vessel's last plausible fix. Only a plausible fix at least as recent as the current
 * one becomes the vessel's position: implausible and older fixes are returned (for the history) but
 * leave the vessel where it was. A vessel that really moved (or whose earlier position was the wrong
 * one) would be stuck behind the jump test; so a jump is taken as plausible once the rejected jumps
 * before it form a consistent track (each reachable from the one before under the same limits) for
 * at least {@link #RELOCATION_CONFIRM_MILLIS} of event time. A spoofer's few minutes of false
 * positions stay implausible (rules never see the vessel there); a vessel that really is elsewhere
 * is followed again after ten minutes.
 *
 * <h2>Time</h2>
 * Event time throughout: the time given with each AIS message (tag block, else reception), the VMS
 * report's time. The last-seen time never goes back.
 *
 * <h2>Threads</h2>
 * One writer: {@code apply}, {@code restore}, {@link #takeChanged} and {@link #markChanged} must be
 * called from a single thread (the pipeline's).
 * {@link #vessel} and {@link #vessels} may be called from any thread and see each vessel's latest
 * published state.
 */
public final class VesselTracker {
    /** How long rejected jumps must keep a consistent track before the vessel is taken to be there. */
    public static final long RELOCATION_CONFIRM_MILLIS = 10 * 60_000L;

    private final PlausibilityCheck plausibility;
    private final VesselTable vessels = new VesselTable();
    private final Map<String, Long> vesselByRegistrationKey = new HashMap<>();
    private final Map<String, Long> vesselByVmsDeviceId = new HashMap<>();
    private final Map<Long, RejectedTrack> rejectedTracks = new HashMap<>();
    private long nextNonAisId = VesselIds.FIRST_NON_AIS_ID;

    /** @param plausibility how positions are judged */
    public VesselTracker(PlausibilityCheck plausibility) {
        this.plausibility = plausibility;
    }

    /** Every vessel's latest state: a live, unmodifiable view. */
    public Collection<VesselSnapshot> vessels() {
        return vessels.values();
    }

    /** One vessel's latest state, or {@code null}. */
    public VesselSnapshot vessel(long vesselId) {
        return vessels.get(vesselId);
    }

    /**
     * The vessels whose state changed (by {@code apply} or {@code applyVms}) since the last call, in
     * their latest state, in no particular order. Restored states are not changed. Writer thread only.
     */
    public List<VesselSnapshot> takeChanged() {
        return vessels.takeChanged();
    }

    /** Counts the vessels (those still known) as changed again, as after a failed save. Writer thread only. */
    public void markChanged(Collection<VesselSnapshot> changed) {
        vessels.markChanged(changed);
    }

    /** Number of vessels. */
    public int size() {
        return vessels.size();
    }

    /**
     * Applies one AIS message heard at {@code eventTimeMillis}. Messages that describe no vessel state
     * (binary, safety, link management) and those from MMSI 0 change nothing.
     */
    public TrackUpdate apply(AisMessage message, long eventTimeMillis) {
        int mmsi = message.mmsi();
        if (mmsi <= 0 || !describesVessel(message)) {
            return TrackUpdate.NONE;
        }
        long vesselId = VesselIds.ofMmsi(mmsi);
        VesselSnapshot current = vessels.get(vesselId);
        VesselDraft draft = current != null ? new VesselDraft(current) : VesselDraft.ofMmsi(vesselId, mmsi);
        draft.seen(eventTimeMillis);
        PositionFix fix = null;
        if (message instanceof PositionReport report) {
            fix = position(draft, report.latitudeDegrees(), report.longitudeDegrees(), report.speedKnots(),
                    report.courseDegrees(), report.headingDegrees(), navigationStatus(message), source(message),
                    eventTimeMillis);
        }
        boolean staticData = draft.mergeStatic(message, eventTimeMillis);
        if (staticData && draft.registrationNumber == null) {
            linkByRegistration(draft);
        }
        return publish(draft, fix);
    }

    /**
     * Applies one VMS report (the fields of the pipeline's {@code VmsReport}, taken apart so that
     * this package does not depend on the pipeline). A report with neither a registration number nor
     * a device id names no vessel and changes nothing.
     *
     * @param registrationNumber registration number, or {@code null}
     * @param vmsDeviceId VMS terminal identifier, or {@code null}
     * @param timeMillis report time, UNIX ms
     * @param latitude degrees
     * @param longitude degrees
     * @param speedKnots speed over ground, NaN when not reported
     * @param courseDegrees course over ground, NaN when not reported
     */
    public TrackUpdate applyVms(String registrationNumber, String vmsDeviceId, long timeMillis, double latitude,
            double longitude, double speedKnots, double courseDegrees) {
        String registrationKey = registrationKey(registrationNumber);
        String deviceId = blankToNull(vmsDeviceId);
        if (registrationKey == null && deviceId == null) {
            return TrackUpdate.NONE;
        }
        Long known = registrationKey != null ? vesselByRegistrationKey.get(registrationKey) : null;
        if (known == null && deviceId != null) {
            known = vesselByVmsDeviceId.get(deviceId);
        }
        long vesselId = known != null ? known : nextNonAisId++;
        VesselSnapshot current = vessels.get(vesselId);
        VesselDraft draft = current != null ? new VesselDraft(current) : VesselDraft.ofVms(vesselId);
        draft.seen(timeMillis);
        if (draft.registrationNumber == null && registrationKey != null) {
            String written = RegistrationNumbers.canonical(registrationNumber);
            draft.registrationNumber = written != null ? written : registrationNumber.strip();
            vesselByRegistrationKey.putIfAbsent(registrationKey, vesselId);
        }
        if (draft.vmsDeviceId == null && deviceId != null) {
            draft.vmsDeviceId = deviceId;
            vesselByVmsDeviceId.putIfAbsent(deviceId, vesselId);
        }
        PositionFix fix = position(draft, latitude, longitude, speedKnots, courseDegrees, -1, -1, FixSource.VMS,
                timeMillis);
        return publish(draft, fix);
    }

    /**
     * Restores vessel states saved earlier, before any message is applied. A VMS-only state whose
     * registration number or device id belongs to an AIS vessel restored with it (left in the store
     * by a merge) is folded into that vessel.
     */
    public void restore(Collection<VesselSnapshot> snapshots) {
        List<VesselSnapshot> aisFirst = new ArrayList<>(snapshots);
        aisFirst.sort(Comparator.comparingLong(VesselSnapshot::vesselId));
        for (VesselSnapshot snapshot : aisFirst) {
            long vesselId = snapshot.vesselId();
            if (!VesselIds.isMmsi(vesselId)) {
                nextNonAisId = Math.max(nextNonAisId, vesselId + 1);
                Long owner = ownerOf(snapshot);
                if (owner != null && owner != vesselId) {
                    VesselDraft draft = new VesselDraft(vessels.get(owner));
                    absorb(draft, snapshot);
                    vessels.put(draft.build());
                    index(draft.registrationNumber, draft.vmsDeviceId, owner);
                    continue;
                }
            }
            vessels.put(snapshot);
            index(snapshot.registrationNumber(), snapshot.vmsDeviceId(), vesselId);
        }
        vessels.takeChanged();
    }

    private Long ownerOf(VesselSnapshot snapshot) {
        String key = registrationKey(snapshot.registrationNumber());
        Long owner = key != null ? vesselByRegistrationKey.get(key) : null;
        return owner != null || snapshot.vmsDeviceId() == null ? owner : vesselByVmsDeviceId.get(snapshot.vmsDeviceId());
    }

    private void index(String registrationNumber, String vmsDeviceId, long vesselId) {
        String key = registrationKey(registrationNumber);
        if (key != null) {
            vesselByRegistrationKey.put(key, vesselId);
        }
        if (vmsDeviceId != null) {
            vesselByVmsDeviceId.put(vmsDeviceId, vesselId);
        }
    }

    private TrackUpdate publish(VesselDraft draft, PositionFix fix) {
        VesselSnapshot updated = draft.build();
        vessels.put(updated);
        return new TrackUpdate(fix, updated);
    }

    private PositionFix position(VesselDraft draft, double latitude, double longitude, double speedKnots,
            double courseDegrees, int headingDegrees, int navigationStatus, FixSource source, long timeMillis) {
        long vesselId = draft.vesselId;
        Plausibility verdict = plausibility.judge(source, timeMillis, latitude, longitude, draft.lastFix);
        RejectedTrack rejected = rejectedTracks.isEmpty() ? null : rejectedTracks.get(vesselId);
        boolean continuesRejected = verdict == Plausibility.IMPLAUSIBLE_JUMP && rejected != null
                && plausibility.reachable(rejected.last(), timeMillis, latitude, longitude);
        if (continuesRejected && timeMillis - rejected.sinceMillis() >= RELOCATION_CONFIRM_MILLIS) {
            verdict = Plausibility.PLAUSIBLE;
        }
        PositionFix fix = new PositionFix(vesselId, timeMillis, latitude, longitude, speedKnots, courseDegrees,
                headingDegrees, navigationStatus, source, verdict);
        if (verdict == Plausibility.IMPLAUSIBLE_JUMP) {
            rejectedTracks.put(vesselId, new RejectedTrack(continuesRejected ? rejected.sinceMillis() : timeMillis, fix));
        } else if (verdict == Plausibility.PLAUSIBLE) {
            if (rejected != null) {
                rejectedTracks.remove(vesselId);
            }
            if (draft.lastFix == null || timeMillis >= draft.lastFix.timeMillis()) {
                draft.lastFix = fix;
            }
        }
        return fix;
    }

    private void linkByRegistration(VesselDraft draft) {
        String text = RegistrationNumbers.key(draft.name) != null ? draft.name : draft.callSign;
        String key = RegistrationNumbers.key(text);
        if (key == null) {
            return;
        }
        Long holder = vesselByRegistrationKey.get(key);
        VesselSnapshot vmsVessel = holder == null || VesselIds.isMmsi(holder) ? null : vessels.remove(holder);
        if (holder == null) {
            draft.registrationNumber = RegistrationNumbers.canonical(text);
            vesselByRegistrationKey.put(key, draft.vesselId);
        } else if (vmsVessel != null) {
            rejectedTracks.remove(holder);
            absorb(draft, vmsVessel);
            index(draft.registrationNumber, draft.vmsDeviceId, draft.vesselId);
        }
    }

    /** Moves what {@code other} knows and {@code draft} does not into {@code draft}. */
    private static void absorb(VesselDraft draft, VesselSnapshot other) {
        if (draft.registrationNumber == null) {
            draft.registrationNumber = other.registrationNumber();
        }
        if (draft.vmsDeviceId == null) {
            draft.vmsDeviceId = other.vmsDeviceId();
        }
        PositionFix otherFix = other.lastFix();
        if (otherFix != null && (draft.lastFix == null || otherFix.timeMillis() > draft.lastFix.timeMillis())) {
            draft.lastFix = new PositionFix(draft.vesselId, otherFix.timeMillis(), otherFix.latitude(),
                    otherFix.longitude(), otherFix.speedKnots(), otherFix.courseDegrees(), otherFix.headingDegrees(),
                    otherFix.navigationStatus(), otherFix.source(), otherFix.plausibility());
        }
        draft.seen(other.lastSeenMillis());
    }

    private static boolean describesVessel(AisMessage message) {
        return message instanceof PositionReport || message instanceof StaticAndVoyageData
                || message instanceof StaticDataReport;
    }

    private static FixSource source(AisMessage message) {
        return switch (message) {
            case PositionReportClassA ignored -> FixSource.AIS_CLASS_A;
            case LongRangePositionReport ignored -> FixSource.AIS_LONG_RANGE;
            case SarAircraftPositionReport ignored -> FixSource.AIS_SAR_AIRCRAFT;
            case AidToNavigationReport ignored -> FixSource.AIS_AID_TO_NAVIGATION;
            case BaseStationReport ignored -> FixSource.AIS_BASE_STATION;
            case ClassBPositionReport ignored -> FixSource.AIS_CLASS_B;
            default -> throw new IllegalArgumentException("not a position report: type " + message.messageType());
        };
    }

    private static int navigationStatus(AisMessage message) {
        return switch (message) {
            case PositionReportClassA classA -> classA.navigationStatus();
            case LongRangePositionReport longRange -> longRange.navigationStatus();
            default -> -1;
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The linking key of a registration number: {@link RegistrationNumbers#key}, else the text in upper case. */
    private static String registrationKey(String registrationNumber) {
        String text = blankToNull(registrationNumber);
        if (text == null) {
            return null;
        }
        String key = RegistrationNumbers.key(text);
        return key != null ? key : text.toUpperCase(Locale.ROOT);
    }

    /** The rejected jumps of a vessel that form one consistent track: since when, and the latest. */
    private record RejectedTrack(long sinceMillis, PositionFix last) {
    }
}
