package io.coastwatch.documents;

import java.text.Normalizer;
import java.util.List;
import java.util.Objects;

/**
 * Text in Unicode normalisation form C, as every document holds it: Vietnamese letters composed
 * ("ệ" as one code point, not "e" with two combining marks), the form TCVN 6909:2001 text takes and
 * the only one the PDF writer draws correctly. Stateless.
 */
public final class Nfc {
    private Nfc() {
    }

    /** The text in NFC; the same instance when it already is. */
    public static String of(String text) {
        Objects.requireNonNull(text, "text");
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** An unmodifiable copy of the texts, each in NFC. */
    public static List<String> all(List<String> texts) {
        return texts.stream().map(Nfc::of).toList();
    }
}
