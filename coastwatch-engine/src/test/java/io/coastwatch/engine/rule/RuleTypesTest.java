package io.coastwatch.engine.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RuleTypesTest {
    /** The alert's names a finding may use besides its figures (catalogue contract). */
    private static final Set<String> ALERT_NAMES = Set.of("vessel", "otherVessel", "zone", "port");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    @Test
    void everyFindingNamesOnlyDeclaredFiguresOrTheAlertsNamesAndBothLanguagesTheSame() {
        for (RuleTypeSpec spec : RuleTypes.all()) {
            Set<String> allowed = new HashSet<>(ALERT_NAMES);
            spec.figures().forEach(figure -> allowed.add(figure.name()));
            Set<String> vi = placeholders(spec.finding().vi());
            Set<String> en = placeholders(spec.finding().en());
            assertTrue(allowed.containsAll(vi), spec.type().slug() + " vi finding names " + vi + ", allowed " + allowed);
            assertEquals(vi, en, spec.type().slug() + ": the finding names the same in both languages");
            assertTrue(vi.contains("vessel"), spec.type().slug() + " names its vessel");
        }
    }

    @Test
    void figureNamesAreUniqueAndDistinctFromTheAlertsNames() {
        for (RuleTypeSpec spec : RuleTypes.all()) {
            Set<String> names = new HashSet<>();
            spec.figures().forEach(figure -> {
                assertTrue(names.add(figure.name()), spec.type().slug() + " declares " + figure.name() + " twice");
                assertTrue(!ALERT_NAMES.contains(figure.name()), figure.name() + " is one of the alert's names");
            });
        }
    }

    private static Set<String> placeholders(String template) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
