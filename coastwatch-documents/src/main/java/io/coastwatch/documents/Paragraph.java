package io.coastwatch.documents;

import java.util.Objects;

/** A paragraph of body text, justified with its first line indented. */
public record Paragraph(String text, TextStyle style) implements Block {
    public Paragraph {
        text = Nfc.of(text);
        Objects.requireNonNull(style, "style");
    }

    public Paragraph(String text) {
        this(text, TextStyle.NORMAL);
    }
}
