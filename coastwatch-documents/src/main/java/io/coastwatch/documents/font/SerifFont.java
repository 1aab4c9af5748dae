package io.coastwatch.documents.font;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Liberation Serif, bundled, in its four styles. Each style's bytes are read once, on first use;
 * thread-safe.
 */
public enum SerifFont {
    REGULAR("LiberationSerif-Regular.ttf"),
    BOLD("LiberationSerif-Bold.ttf"),
    ITALIC("LiberationSerif-Italic.ttf"),
    BOLD_ITALIC("LiberationSerif-BoldItalic.ttf");

    private final String fileName;
    private volatile byte[] bytes;
    private volatile Font awtFont;

    SerifFont(String fileName) {
        this.fileName = fileName;
    }

    /** The TrueType file's name, e.g. {@code LiberationSerif-Bold.ttf}. */
    public String fileName() {
        return fileName;
    }

    /** The style for a bold and an italic flag. */
    public static SerifFont of(boolean bold, boolean italic) {
        return bold ? (italic ? BOLD_ITALIC : BOLD) : (italic ? ITALIC : REGULAR);
    }

    /** The TrueType file's bytes (a shared array: do not modify). */
    public byte[] trueType() {
        byte[] read = bytes;
        if (read == null) {
            try (InputStream in = SerifFont.class.getResourceAsStream(fileName)) {
                if (in == null) {
                    throw new IllegalStateException("missing font resource " + fileName);
                }
                read = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + fileName, e);
            }
            bytes = read;
        }
        return read;
    }

    /** The font for Java2D at the given size in points. */
    public Font awt(float sizePt) {
        Font base = awtFont;
        if (base == null) {
            try {
                base = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(trueType()));
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("cannot load font " + fileName, e);
            }
            awtFont = base;
        }
        return base.deriveFont(sizePt);
    }
}
