package io.coastwatch.engine.rule;

import io.coastwatch.engine.zone.VesselLengthClass;
import io.coastwatch.engine.zone.ZoneKind;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/**
 * Which vessels, zones and times a rule instance applies to. Empty sets mean "any". Immutable.
 *
 * @param flags ISO 3166-1 alpha-2 flags ({@code VN}); a vessel with no known flag matches only an
 *     empty set
 * @param shipTypes AIS ship-and-cargo types 0-99 ({@code 30} fishing)
 * @param lengthClasses registry length classes (a vessel not in the registry matches only an empty set)
 * @param watchListOnly whether it applies only to vessels on the watch list
 * @param watchList vessels on the watch list: MMSIs, registration numbers or VMS device ids, as text
 * @param zoneIds the zones it watches (rules about zones); empty: every zone of {@link #zoneKinds}
 * @param zoneKinds the kinds of zone it watches; empty: the rule's own default kinds
 * @param days the days of the week it runs (local time of {@code Asia/Ho_Chi_Minh}); empty: every day
 * @param from start of the daily window, local time, or {@code null} for all day
 * @param until end of the daily window (may be before {@link #from}: a window over midnight)
 */
public record RuleScope(Set<String> flags, Set<Integer> shipTypes, Set<VesselLengthClass> lengthClasses,
        boolean watchListOnly, Set<String> watchList, Set<String> zoneIds, Set<ZoneKind> zoneKinds,
        Set<DayOfWeek> days, LocalTime from, LocalTime until) {

    /** Every vessel, every zone of the rule's default kinds, at every time. */
    public static final RuleScope EVERYTHING = new RuleScope(Set.of(), Set.of(), Set.of(), false, Set.of(), Set.of(),
            Set.of(), Set.of(), null, null);

    public RuleScope {
        flags = Set.copyOf(flags);
        shipTypes = Set.copyOf(shipTypes);
        lengthClasses = Set.copyOf(lengthClasses);
        watchList = Set.copyOf(watchList);
        zoneIds = Set.copyOf(zoneIds);
        zoneKinds = Set.copyOf(zoneKinds);
        days = Set.copyOf(days);
        if ((from == null) != (until == null)) {
            throw new IllegalArgumentException("a daily window needs both from and until");
        }
    }
}
