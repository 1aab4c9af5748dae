package io.coastwatch.engine.label;

import java.util.Objects;

/**
 * A name or text for people, in Vietnamese (the console's first language) and English. Immutable.
 *
 * @param vi the Vietnamese text, not blank
 * @param en the English text, not blank
 */
public record Label(String vi, String en) {

    public Label {
        Objects.requireNonNull(vi, "vi");
        Objects.requireNonNull(en, "en");
        if (vi.isBlank() || en.isBlank()) {
            throw new IllegalArgumentException("a label needs both languages: " + vi + " / " + en);
        }
    }

    /** A label of {@code vi} and {@code en}. */
    public static Label of(String vi, String en) {
        return new Label(vi, en);
    }
}
