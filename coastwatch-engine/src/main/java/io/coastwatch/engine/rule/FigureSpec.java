package io.coastwatch.engine.rule;

import io.coastwatch.engine.alert.Unit;
import io.coastwatch.engine.label.Label;
import java.util.Objects;

/**
 * One figure the detections of a rule type carry ({@code hoursDark}, in hours), as the catalogue
 * declares it so that the console can format it in the user's language. Immutable.
 *
 * @param name its name in a detection's figures and in the finding's template ({@code {hoursDark}})
 * @param unit its unit ({@link Unit#INSTANT} for a moment)
 * @param label its name for people
 */
public record FigureSpec(String name, Unit unit, Label label) {

    public FigureSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(label, "label");
    }

    /** A figure named {@code name} in {@code unit}, labelled {@code vi} / {@code en}. */
    public static FigureSpec of(String name, Unit unit, String vi, String en) {
        return new FigureSpec(name, unit, Label.of(vi, en));
    }
}
