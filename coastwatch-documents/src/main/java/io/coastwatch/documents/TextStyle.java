package io.coastwatch.documents;

/** How a paragraph's text is set. */
public enum TextStyle {
    NORMAL, BOLD, ITALIC
}
