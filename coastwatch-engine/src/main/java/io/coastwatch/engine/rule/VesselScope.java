package io.coastwatch.engine.rule;

import io.coastwatch.engine.registry.RegisteredVessel;
import io.coastwatch.engine.track.VesselSnapshot;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a rule instance's {@link RuleScope} selects a vessel at a moment: flag, ship type,
 * registry length class, watch list and schedule (local time of {@code Asia/Ho_Chi_Minh}). The zone
 * parts of the scope are the rules' own business. A registered vessel with no flag from its MMSI
 * counts as {@code VN}, and one with no AIS ship type as a fishing vessel (30): the registry is the
 * fisheries registry of Vietnam. Immutable and thread-safe.
 */
public final class VesselScope {
    /** The time zone of schedules. */
    public static final ZoneId LOCAL_TIME = ZoneId.of("Asia/Ho_Chi_Minh");

    private final RuleScope scope;
    private final boolean everyVessel;
    private final boolean always;

    public VesselScope(RuleScope scope) {
        this.scope = scope;
        this.everyVessel = scope.flags().isEmpty() && scope.shipTypes().isEmpty() && scope.lengthClasses().isEmpty()
                && !scope.watchListOnly();
        this.always = scope.days().isEmpty() && scope.from() == null;
    }

    /** Whether the scope selects {@code vessel} at event time {@code timeMillis}. */
    public boolean selects(VesselState vessel, long timeMillis) {
        return (everyVessel || selectsVessel(vessel)) && (always || selectsTime(timeMillis));
    }

    private boolean selectsVessel(VesselState vessel) {
        VesselSnapshot snapshot = vessel.snapshot();
        Optional<RegisteredVessel> registered = vessel.registered();
        if (!scope.flags().isEmpty()) {
            String flag = snapshot.flag() != null ? snapshot.flag() : registered.isPresent() ? "VN" : null;
            if (flag == null || !scope.flags().contains(flag)) {
                return false;
            }
        }
        if (!scope.shipTypes().isEmpty()) {
            int shipType = snapshot.shipType() < 0 && registered.isPresent() ? TrackedVessel.FISHING_SHIP_TYPE
                    : snapshot.shipType();
            if (!scope.shipTypes().contains(shipType)) {
                return false;
            }
        }
        if (!scope.lengthClasses().isEmpty()
                && (registered.isEmpty() || !scope.lengthClasses().contains(registered.get().lengthClass()))) {
            return false;
        }
        return !scope.watchListOnly() || isOnWatchList(vessel, scope.watchList());
    }

    private boolean selectsTime(long timeMillis) {
        LocalDateTime local = LocalDateTime.ofInstant(Instant.ofEpochMilli(timeMillis), LOCAL_TIME);
        if (!scope.days().isEmpty() && !scope.days().contains(local.getDayOfWeek())) {
            return false;
        }
        if (scope.from() == null) {
            return true;
        }
        LocalTime time = local.toLocalTime();
        LocalTime from = scope.from();
        LocalTime until = scope.until();
        if (from.equals(until)) {
            return true;
        }
        return from.isBefore(until) ? !time.isBefore(from) && time.isBefore(until)
                : !time.isBefore(from) || time.isBefore(until);
    }

    /**
     * Whether the vessel is on {@code watchList}: its MMSI, registration number (as written in the
     * registry or reported) or VMS device id is in it.
     */
    public static boolean isOnWatchList(VesselState vessel, Set<String> watchList) {
        if (watchList.isEmpty()) {
            return false;
        }
        VesselSnapshot snapshot = vessel.snapshot();
        if (snapshot.mmsi() != 0 && watchList.contains(Integer.toString(snapshot.mmsi()))) {
            return true;
        }
        if (snapshot.registrationNumber() != null && watchList.contains(snapshot.registrationNumber())) {
            return true;
        }
        if (snapshot.vmsDeviceId() != null && watchList.contains(snapshot.vmsDeviceId())) {
            return true;
        }
        return vessel.registered().map(r -> watchList.contains(r.registrationNumber())).orElse(false);
    }
}
