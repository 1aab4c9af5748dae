package io.coastwatch.documents;

/** Where a table column's text sits: left for names, right for figures, centred for codes. */
public enum Alignment {
    LEFT, CENTRE, RIGHT
}
