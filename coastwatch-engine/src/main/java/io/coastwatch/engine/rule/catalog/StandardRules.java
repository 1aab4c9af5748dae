package io.coastwatch.engine.rule.catalog;

import io.coastwatch.engine.rule.Rule;
import io.coastwatch.engine.rule.RuleDefinition;
import io.coastwatch.engine.rule.RuleEnvironment;
import io.coastwatch.engine.rule.RuleFactory;
import io.coastwatch.engine.rule.behaviour.DarkVesselRule;
import io.coastwatch.engine.rule.behaviour.EncounterRule;
import io.coastwatch.engine.rule.behaviour.IdentityConflictRule;
import io.coastwatch.engine.rule.behaviour.LoiteringRule;
import io.coastwatch.engine.rule.behaviour.NoDepartureRecordRule;
import io.coastwatch.engine.rule.behaviour.OverdueReturnRule;
import io.coastwatch.engine.rule.behaviour.PositionJumpRule;
import io.coastwatch.engine.rule.behaviour.VmsLossRule;
import io.coastwatch.engine.rule.zone.BoundaryApproachRule;
import io.coastwatch.engine.rule.zone.BoundaryCrossedRule;
import io.coastwatch.engine.rule.zone.DwellRule;
import io.coastwatch.engine.rule.zone.FishingWrongZoneRule;
import io.coastwatch.engine.rule.zone.ForeignVesselRule;
import io.coastwatch.engine.rule.zone.PredictedCrossingRule;
import io.coastwatch.engine.rule.zone.ProtectedAreaRule;
import io.coastwatch.engine.rule.zone.SpeedInZoneRule;
import io.coastwatch.engine.rule.zone.UnregisteredRule;
import io.coastwatch.engine.rule.zone.ZoneEntryRule;
import io.coastwatch.engine.rule.zone.ZoneExitRule;

/**
 * The rules of docs/rules.md: makes the rule instance of a definition, {@link io.coastwatch.engine.alert.RuleType} → rule class
 * ({@code io.coastwatch.engine.rule.<group>.<Name>Rule}, constructor {@code (RuleDefinition,
 * RuleEnvironment)}). Stateless and thread-safe.
 */
public final class StandardRules implements RuleFactory {

    /**
     * The rule for {@code definition} (every type has its class: the switch is exhaustive).
     *
     * @throws IllegalArgumentException when a parameter of the definition is invalid (the message
     *     names the rule and the parameter)
     */
    @Override
    public Rule create(RuleDefinition definition, RuleEnvironment environment) {
        return switch (definition.type()) {
            case ZONE_ENTRY -> new ZoneEntryRule(definition, environment);
            case ZONE_EXIT -> new ZoneExitRule(definition, environment);
            case DWELL -> new DwellRule(definition, environment);
            case SPEED_IN_ZONE -> new SpeedInZoneRule(definition, environment);
            case BOUNDARY_APPROACH -> new BoundaryApproachRule(definition, environment);
            case PREDICTED_CROSSING -> new PredictedCrossingRule(definition, environment);
            case BOUNDARY_CROSSED -> new BoundaryCrossedRule(definition, environment);
            case FOREIGN_VESSEL -> new ForeignVesselRule(definition, environment);
            case FISHING_WRONG_ZONE -> new FishingWrongZoneRule(definition, environment);
            case PROTECTED_AREA -> new ProtectedAreaRule(definition, environment);
            case UNREGISTERED -> new UnregisteredRule(definition, environment);
            case DARK_VESSEL -> new DarkVesselRule(definition, environment);
            case VMS_LOSS -> new VmsLossRule(definition, environment);
            case ENCOUNTER -> new EncounterRule(definition, environment);
            case LOITERING -> new LoiteringRule(definition, environment);
            case POSITION_JUMP -> new PositionJumpRule(definition, environment);
            case IDENTITY_CONFLICT -> new IdentityConflictRule(definition, environment);
            case NO_DEPARTURE_RECORD -> new NoDepartureRecordRule(definition, environment);
            case OVERDUE_RETURN -> new OverdueReturnRule(definition, environment);
        };
    }
}
