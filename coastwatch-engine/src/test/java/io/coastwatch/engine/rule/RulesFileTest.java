package io.coastwatch.engine.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.engine.alert.Severity;
import io.coastwatch.engine.registry.InMemoryVesselRegistry;
import io.coastwatch.engine.rule.catalog.StandardRules;
import io.coastwatch.engine.zone.VesselLengthClass;
import io.coastwatch.engine.zone.ZoneKind;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RulesFileTest {
    private final RulesFile file = new RulesFile();

    @Test
    void theDefaultSetHasEveryRuleOnceAndBothEncounterPresets() {
        List<RuleDefinition> defaults = file.defaults();
        Set<RuleType> types = EnumSet.noneOf(RuleType.class);
        defaults.forEach(rule -> types.add(rule.type()));
        assertEquals(EnumSet.allOf(RuleType.class), types);
        assertEquals(RuleType.values().length + 2, defaults.size(), "plus the rendezvous and loitering presets");
        RuleDefinition strict = defaults.stream().filter(r -> r.id().equals("encounter-standard-rendezvous"))
                .findFirst().orElseThrow();
        assertEquals(250, strict.number("radiusMetres", 0));
        assertEquals(Duration.ofMinutes(30), strict.duration("duration", null));
        assertEquals(Duration.ofHours(4), strict.longestDuration(), "mergeGap 4h: the longest of 250 (metres), 30m, 2 (knots), 10 (km), 4h");
        RuleDefinition approach = defaults.stream().filter(r -> r.type() == RuleType.BOUNDARY_APPROACH).findFirst()
                .orElseThrow();
        assertEquals(5, approach.number("distanceNm", 0));
        assertEquals(2, approach.number("criticalDistanceNm", 0));
        assertEquals(List.of("loitering-area-of-responsibility"),
                defaults.stream().filter(r -> !r.enabled()).map(RuleDefinition::id).toList());
        RuleDefinition loitering = defaults.stream().filter(r -> r.id().equals("loitering")).findFirst().orElseThrow();
        assertEquals(20, loitering.scope().shipTypes().size(), "carriers: ship types 70-89");
    }

    @Test
    void everyDefaultRuleHasARuleClassThatAcceptsItsParameters() {
        EngineEnvironment environment = new EngineEnvironment(List.of(), InMemoryVesselRegistry.EMPTY,
                RuleEngineTest.LAND);
        for (RuleDefinition definition : file.defaults()) {
            assertEquals(definition, new StandardRules().create(definition, environment).definition());
        }
    }

    @Test
    void aRuleWithEveryFieldReadsBackAsWritten() throws RulesFileException {
        String text = """
                - id: night-watch
                  type: foreign-vessel
                  enabled: false
                  severity: CRITICAL
                  parameters: {distanceNm: 2.5, gap: 90m}
                  scope:
                    flags: [CN]
                    shipTypes: [30, 31]
                    lengthClasses: [from_15_m]
                    watchListOnly: true
                    watchList: ["412000001", NT-90123-TS]
                    zoneIds: [VN-TS]
                    zoneKinds: [territorial_sea, eez]
                    days: [SAT, sunday]
                    from: "22:00"
                    until: "05:30"
                """;
        RuleDefinition rule = file.read(text).get(0);
        assertEquals(new RuleDefinition("night-watch", RuleType.FOREIGN_VESSEL, false, Severity.CRITICAL,
                Map.of("distanceNm", "2.5", "gap", "90m"),
                new RuleScope(Set.of("CN"), Set.of(30, 31), Set.of(VesselLengthClass.FROM_15_M), true,
                        Set.of("412000001", "NT-90123-TS"), Set.of("VN-TS"),
                        Set.of(ZoneKind.TERRITORIAL_SEA, ZoneKind.EXCLUSIVE_ECONOMIC_ZONE),
                        Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), LocalTime.of(22, 0), LocalTime.of(5, 30))),
                rule);
        assertEquals(List.of(rule), file.read(file.write(List.of(rule))));
        assertEquals(file.defaults(), file.read(file.write(file.defaults())));
    }

    @Test
    void errorsNameTheRuleAndTheField() {
        assertError("rule 2 (b): type: unknown dark; one of zone-entry", """
                - {id: a, type: dwell}
                - {id: b, type: dark}
                """);
        assertError("rule 1 (a): parameters.gap: expected a number or a duration (90s, 20m, 6h, 10d or PT6H),"
                + " not six hours", "- {id: a, type: dark-vessel, parameters: {gap: six hours}}");
        assertError("rule 1 (a): scope.zoneKinds: unknown zone kind harbour", """
                - {id: a, type: dwell, scope: {zoneKinds: [harbour]}}
                """);
        assertError("rule 2 (a): id: another rule has the id a", """
                - {id: a, type: dwell}
                - {id: a, type: dwell}
                """);
        assertError("rule 1 (a): severity: unknown urgent; one of [info, warning, critical]",
                "- {id: a, type: dwell, severity: urgent}");
        assertError("rule 1 (a): serverity: unknown field", "- {id: a, type: dwell, serverity: info}");
        assertError("rule 1 (a): scope: from, until: a daily window needs both",
                "- {id: a, type: dwell, scope: {from: '22:00'}}");
        assertError("rule 1: id: missing or blank", "- {type: dwell}");
        assertError("a rules file is a list of rules", "id: a");
        assertError("not YAML", "- {id: a, type: [dwell");
    }

    private void assertError(String expectedStart, String text) {
        RulesFileException e = assertThrows(RulesFileException.class, () -> file.read(text));
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    }
}
