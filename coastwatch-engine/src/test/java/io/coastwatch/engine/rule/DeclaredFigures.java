package io.coastwatch.engine.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.alert.Figure;
import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.engine.alert.Unit;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Assertions that detections and alerts carry the figures their rule type declares ({@link RuleTypes}). */
public final class DeclaredFigures {
    private DeclaredFigures() {
    }

    /** Every figure of {@code figures} is one that {@code type} declares, in the declared unit. */
    public static void assertDeclared(RuleType type, Map<String, Figure> figures) {
        Map<String, Unit> declared = declared(type);
        figures.forEach((name, figure) -> {
            assertTrue(declared.containsKey(name), type.slug() + " declares no figure " + name + "; it declares "
                    + declared.keySet());
            assertEquals(declared.get(name), figure.unit(), type.slug() + " figure " + name);
        });
    }

    /**
     * Every entry of {@code figuresByType} carries only declared figures in their units, and every rule
     * type of {@code types} that has one carries all its declared figures on at least one.
     */
    public static void assertCarried(Collection<Map.Entry<RuleType, Map<String, Figure>>> figuresByType,
            Set<RuleType> types) {
        Set<RuleType> complete = EnumSet.noneOf(RuleType.class);
        Set<RuleType> seen = EnumSet.noneOf(RuleType.class);
        for (Map.Entry<RuleType, Map<String, Figure>> entry : figuresByType) {
            assertDeclared(entry.getKey(), entry.getValue());
            seen.add(entry.getKey());
            if (entry.getValue().keySet().equals(declared(entry.getKey()).keySet())) {
                complete.add(entry.getKey());
            }
        }
        for (RuleType type : types) {
            if (seen.contains(type)) {
                assertTrue(complete.contains(type), type.slug() + " never carried all of "
                        + declared(type).keySet());
            }
        }
    }

    private static Map<String, Unit> declared(RuleType type) {
        Map<String, Unit> declared = new HashMap<>();
        RuleTypes.of(type).figures().forEach(spec -> declared.put(spec.name(), spec.unit()));
        return declared;
    }
}
