package io.coastwatch.documents;

/**
 * A heading of the body: level 1 for a part ({@code I. ĐẶC ĐIỂM TÌNH HÌNH}), 2 for a section within
 * it. The caller writes the numbering.
 */
public record Heading(int level, String text) implements Block {
    public Heading {
        if (level < 1 || level > 2) {
            throw new IllegalArgumentException("heading level must be 1 or 2: " + level);
        }
        text = Nfc.of(text);
    }
}
