package io.coastwatch.engine.rule.zone;

import io.coastwatch.engine.registry.RegisteredVessel;
import io.coastwatch.engine.rule.RuleDefinition;
import io.coastwatch.engine.rule.RuleEnvironment;
import io.coastwatch.engine.rule.VesselScope;
import io.coastwatch.engine.rule.VesselState;
import io.coastwatch.engine.track.PositionFix;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Unregistered or unlicensed (docs/rules.md, Fisheries Law 2017 Art. 50): a Vietnamese (MID 574) vessel of
 * the fishing ship type (30) at sea that the registry does not know, or a registered vessel at sea
 * whose fishing licence has expired (on the local date of {@code Asia/Ho_Chi_Minh}). Holds while the
 * vessel is at sea; ends when it is back in port. Safety certificates are not in the registry and
 * are not judged. While the registry holds no vessel at all (none imported yet) the rule is silent:
 * every fishing boat would be "unregistered". No parameters. Writer thread only.
 */
public final class UnregisteredRule extends ConditionRule {
    private static final int FISHING_SHIP_TYPE = 30;

    private final RuleEnvironment environment;
    /** The last local day asked for, and its bounds in event time (most fixes fall in the day before them). */
    private LocalDate day;
    private long dayStartMillis;
    private long dayEndMillis;

    public UnregisteredRule(RuleDefinition definition, RuleEnvironment environment) {
        super(definition);
        this.environment = environment;
    }

    @Override
    protected Finding find(VesselState vessel, PositionFix fix) {
        if (!vessel.atSea() || environment.registry().vessels().isEmpty()) {
            return null;
        }
        Optional<RegisteredVessel> registered = vessel.registered();
        if (registered.isEmpty()) {
            boolean vietnameseFishing = "VN".equals(vessel.snapshot().flag())
                    && vessel.snapshot().shipType() == FISHING_SHIP_TYPE;
            return vietnameseFishing ? new Finding(definition.severity(), "", () -> new Description(
                    "Vietnamese fishing vessel at sea, not in the registry", Map.of())) : null;
        }
        RegisteredVessel entry = registered.get();
        if (entry.licensedOn(localDay(fix.timeMillis()))) {
            return null;
        }
        String until = entry.licenceValidUntil() == null ? "" : entry.licenceValidUntil().toString();
        return new Finding(definition.severity(), "", () -> new Description(until.isEmpty()
                ? entry.registrationNumber() + " at sea with no fishing licence"
                : entry.registrationNumber() + " at sea, fishing licence expired on " + until, Map.of()));
    }

    /** The local date ({@code Asia/Ho_Chi_Minh}) at {@code timeMillis}. */
    private LocalDate localDay(long timeMillis) {
        if (day == null || timeMillis < dayStartMillis || timeMillis >= dayEndMillis) {
            day = LocalDate.ofInstant(Instant.ofEpochMilli(timeMillis), VesselScope.LOCAL_TIME);
            dayStartMillis = day.atStartOfDay(VesselScope.LOCAL_TIME).toInstant().toEpochMilli();
            dayEndMillis = day.plusDays(1).atStartOfDay(VesselScope.LOCAL_TIME).toInstant().toEpochMilli();
        }
        return day;
    }
}
