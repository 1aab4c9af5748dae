package io.coastwatch.operations.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * A name or label for people, in Vietnamese (first) and English. Both are NFC-normalised, so that
 * text typed or imported in decomposed form compares, sorts and renders as the composed text.
 * Immutable.
 *
 * @param vi the Vietnamese text, never blank
 * @param en the English text, never blank (the Vietnamese again where there is no translation)
 */
public record Label(String vi, String en) {

    public Label {
        vi = nfc(Objects.requireNonNull(vi, "vi"));
        en = nfc(Objects.requireNonNull(en, "en"));
        if (vi.isBlank() || en.isBlank()) {
            throw new IllegalArgumentException("a label needs a Vietnamese and an English text: " + vi + " / " + en);
        }
    }

    /** The text in {@code locale}'s language: English for {@code en}, Vietnamese otherwise. */
    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : vi;
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
}
