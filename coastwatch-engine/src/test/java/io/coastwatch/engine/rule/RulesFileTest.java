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
        assertEquals(250, strict.number("radiusMetres"));
        assertEquals(Duration.ofMinutes(30), strict.duration("duration"));
        assertEquals(Duration.ofHours(4), strict.longestDuration(), "mergeGap 4h: the longest of 250 (metres), 30m, 2 (knots), 10 (km), 4h");
        RuleDefinition approach = defaults.stream().filter(r -> r.type() == RuleType.BOUNDARY_APPROACH).findFirst()
                .orElseThrow();
        assertEquals(5, approach.number("distanceNm"));
        assertEquals(2, approach.number("criticalDistanceNm"));
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
                  type: boundary-approach
                  enabled: false
                  severity: CRITICAL
                  parameters: {distanceNm: 2.5, criticalDistanceNm: 1}
                  scope:
                    flags: [CN]
                    shipTypes: [30, 31]
                    lengthClasses: [from_15_m]
                    watchListOnly: true
                    watchList: ["412000001", NT-90123-TS]
                    zoneIds: [VN-TS]
                    zoneKinds: [territorial-sea, eez]
                    days: [SAT, sunday]
                    from: "22:00"
                    until: "05:30"
                """;
        RuleDefinition rule = file.read(text).get(0);
        assertEquals(new RuleDefinition("night-watch", RuleType.BOUNDARY_APPROACH, false, Severity.CRITICAL,
                Map.of("distanceNm", "2.5", "criticalDistanceNm", "1"),
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
        assertError("rule 1 (a): parameters.gap: expected a duration (90s, 20m, 6h, 10d or PT6H), not six hours",
                "- {id: a, type: dark-vessel, parameters: {gap: six hours}}");
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

    @Test
    void parametersAreThoseTheTypeDeclaresWithinTheirRange() {
        assertProblem("parameters.gapp", "unknown-parameter",
                "unknown parameter of dark-vessel; known: escalation1, gap, shoreDistanceNm",
                "- {id: a, type: dark-vessel, parameters: {gapp: 6h}}");
        assertProblem("parameters.distanceNm", "unknown-parameter", "unknown parameter of dark-vessel",
                "- {id: a, type: dark-vessel, parameters: {distanceNm: 5}}");
        assertProblem("parameters.gap", "out-of-range", "expected from PT10M to PT720H, not 0s",
                "- {id: a, type: dark-vessel, parameters: {gap: 0s}}");
        assertProblem("parameters.gap", "out-of-range", "expected from PT10M to PT720H, not PT-6H",
                "- {id: a, type: dark-vessel, parameters: {gap: PT-6H}}");
        assertProblem("parameters.shoreDistanceNm", "not-a-number", "expected a number, not NaN",
                "- {id: a, type: dark-vessel, parameters: {shoreDistanceNm: NaN}}");
        assertProblem("parameters.shoreDistanceNm", "out-of-range", "expected from 0 to 400 nm, not -1",
                "- {id: a, type: dark-vessel, parameters: {shoreDistanceNm: -1}}");
        assertProblem("parameters.minJumps", "not-a-whole-number", "expected a whole number, not 2.5",
                "- {id: a, type: identity-conflict, parameters: {minJumps: 2.5}}");
        assertProblem("parameters.radiusMetres", "not-a-number", "expected a number, not 6h",
                "- {id: a, type: encounter, parameters: {radiusMetres: 6h}}");
        assertProblem("parameters.anything", "unknown-parameter", "unknown parameter of zone-entry; known: none",
                "- {id: a, type: zone-entry, parameters: {anything: 1}}");
        assertProblem("type", "unknown-type", "unknown dark; one of zone-entry", "- {id: a, type: dark}");
        assertProblem("scope.zoneKindz", "unknown-field", "unknown field; known: [days",
                "- {id: a, type: dwell, scope: {zoneKindz: [mpa]}}");
    }

    @Test
    void everyDeclaredDefaultIsWithinItsRangeAndRulesReadThem() {
        for (RuleTypeSpec spec : RuleTypes.all()) {
            RuleDefinition bare = new RuleDefinition("bare", spec.type(), true, Severity.WARNING, Map.of(),
                    RuleScope.EVERYTHING);
            for (ParameterSpec parameter : spec.parameters()) {
                if (parameter.type() == ParameterType.DURATION) {
                    assertEquals(parameter.defaultDuration(), bare.duration(parameter.name()), parameter.toString());
                } else {
                    assertEquals(parameter.defaultNumber(), bare.number(parameter.name()), parameter.toString());
                }
            }
        }
        assertThrows(IllegalStateException.class, () -> new RuleDefinition("d", RuleType.DARK_VESSEL, true,
                Severity.WARNING, Map.of(), RuleScope.EVERYTHING).number("radiusMetres"));
    }

    @Test
    void aDefinitionMadeInCodeIsCheckedToo() {
        InvalidRuleException e = assertThrows(InvalidRuleException.class, () -> new RuleDefinition("d",
                RuleType.ENCOUNTER, true, Severity.WARNING, Map.of("radiusMetres", "0", "durationn", "2h"),
                RuleScope.EVERYTHING));
        assertEquals(List.of("parameters.durationn", "parameters.radiusMetres"),
                e.problems().stream().map(RuleProblem::field).toList());
        assertEquals(List.of("unknown-parameter", "out-of-range"), e.problems().stream().map(RuleProblem::code).toList());
    }

    private void assertProblem(String field, String code, String messageStart, String text) {
        RulesFileException e = assertThrows(RulesFileException.class, () -> file.read(text));
        assertEquals(1, e.problems().size(), e.getMessage());
        RuleProblem problem = e.problems().get(0);
        assertEquals(field, problem.field(), e.getMessage());
        assertEquals(code, problem.code(), e.getMessage());
        assertTrue(problem.message().startsWith(messageStart), problem.message());
    }

    private void assertError(String expectedStart, String text) {
        RulesFileException e = assertThrows(RulesFileException.class, () -> file.read(text));
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    }

    @Test
    void zoneKindsInTheirOldSpellingAreReadAsTheirKinds() throws RulesFileException {
        String text = """
                - id: watched
                  type: dwell
                  scope: {zoneKinds: [mpa, restricted, sea_economy_project, aor, eez]}
                """;
        assertEquals(Set.of(ZoneKind.MARINE_PROTECTED_AREA, ZoneKind.RESTRICTED_AREA, ZoneKind.SEA_ECONOMY_PROJECT,
                ZoneKind.STATION_AREA, ZoneKind.EXCLUSIVE_ECONOMIC_ZONE), file.read(text).get(0).scope().zoneKinds());
        RulesFileException unknown = assertThrows(RulesFileException.class,
                () -> file.read(text.replace("eez", "lagoon")));
        assertTrue(unknown.getMessage().contains("marine-protected-area"), unknown.getMessage());
    }
}
