package io.coastwatch.operations.tips.usecase;

import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.tips.SubjectVessel;
import io.coastwatch.operations.tips.Tip;
import io.coastwatch.operations.tips.TipQuery;
import io.coastwatch.operations.tips.TipState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What a tip may be merged with: the open tips of the actor's scope seen within {@link #WINDOW} of it
 * whose circles of uncertainty lie within {@link #GAP_METRES} of each other, or that name a vessel of
 * the same number; and the open alerts of the vessels it names. Only offered: an officer merges. Reads
 * only. Thread-safe.
 */
public final class MergeSuggestions {

    /** How far apart in time two tips may tell of one thing. */
    public static final Duration WINDOW = Duration.ofHours(3);
    /** How far apart two tips' circles may lie and still tell of one thing: a nautical mile. */
    public static final double GAP_METRES = 1852;

    private final TipDesk desk;
    private final Function<String, List<String>> openAlertsOfVessel;

    /**
     * @param openAlertsOfVessel the ids of the open alerts of a vessel (the live picture's vessel id)
     */
    public MergeSuggestions(TipDesk desk, Function<String, List<String>> openAlertsOfVessel) {
        this.desk = desk;
        this.openAlertsOfVessel = openAlertsOfVessel;
    }

    /**
     * One record offered for merging.
     *
     * @param type {@code tip} or {@code alert}
     * @param id its id
     * @param reason {@code near} (in space and time) or {@code same-vessel}
     * @param metres how far apart the two places are, or {@code null} when either is unknown
     */
    public record Suggestion(String type, String id, String reason, Long metres) {
    }

    /** @throws io.coastwatch.operations.common.NotFound when the tip is not in {@code scope} */
    public List<Suggestion> of(UnitScope scope, String tipId) {
        Tip tip = desk.visible(scope, tipId);
        TipQuery window = new TipQuery(Set.of(TipState.RECEIVED, TipState.TRIAGED, TipState.VERIFYING), Set.of(),
                scope.everything() ? null : scope.unitIds(), tip.observedAt().minus(WINDOW),
                tip.observedAt().plus(WINDOW).plusMillis(1), TipQuery.MAX_LIMIT, 0);
        List<Suggestion> suggestions = new ArrayList<>();
        for (Tip other : desk.tips().search(window).tips()) {
            if (other.id().equals(tip.id())) {
                continue;
            }
            Long metres = tip.place() == null || other.place() == null ? null
                    : Math.round(tip.place().metresTo(other.place()));
            boolean near = metres != null
                    && metres <= tip.place().uncertaintyMetres() + other.place().uncertaintyMetres() + GAP_METRES;
            if (near) {
                suggestions.add(new Suggestion("tip", other.id(), "near", metres));
            } else if (sameVessel(tip, other)) {
                suggestions.add(new Suggestion("tip", other.id(), "same-vessel", metres));
            }
        }
        tip.vessels().stream().map(SubjectVessel::vesselId).filter(Objects::nonNull).distinct()
                .flatMap(vessel -> openAlertsOfVessel.apply(vessel).stream())
                .forEach(alert -> suggestions.add(new Suggestion("alert", alert, "same-vessel", null)));
        return suggestions;
    }

    private static boolean sameVessel(Tip tip, Tip other) {
        return tip.vessels().stream().anyMatch(vessel -> vessel.registrationNumber() != null && other.vessels().stream()
                .anyMatch(theirs -> vessel.registrationNumber().equalsIgnoreCase(
                        Objects.requireNonNullElse(theirs.registrationNumber(), ""))));
    }
}
