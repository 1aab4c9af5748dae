package io.coastwatch.documents.pdf;

import io.coastwatch.documents.font.SerifFont;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * The fonts of one PDF: Liberation Serif, embedded as a subset with Identity-H encoding (so every
 * Vietnamese letter maps to a glyph and back to Unicode). One instance per document, not shared.
 */
final class PdfFonts {
    private final Map<SerifFont, BaseFont> baseFonts = new EnumMap<>(SerifFont.class);

    /** A font of the bundled family in the style and size, points. */
    Font font(boolean bold, boolean italic, float sizePt) {
        SerifFont style = SerifFont.of(bold, italic);
        return new Font(baseFonts.computeIfAbsent(style, PdfFonts::load), sizePt);
    }

    private static BaseFont load(SerifFont style) {
        try {
            return BaseFont.createFont(style.fileName(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    style.trueType(), null);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot embed " + style.fileName(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot embed " + style.fileName(), e);
        }
    }
}
