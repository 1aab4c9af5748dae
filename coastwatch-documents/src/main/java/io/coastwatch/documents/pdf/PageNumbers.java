package io.coastwatch.documents.pdf;

import io.coastwatch.documents.AdministrativeFormat;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/** Prints the page number at the top centre, in the top margin, from the second page on (as the decree asks). */
final class PageNumbers extends PdfPageEventHelper {
    private final Font font;
    private final AdministrativeFormat format;

    PageNumbers(Font font, AdministrativeFormat format) {
        this.font = font;
        this.format = format;
    }

    @Override
    public void onEndPage(PdfWriter writer, org.openpdf.text.Document document) {
        int page = writer.getPageNumber();
        if (page < 2) {
            return;
        }
        float x = (document.left() + document.right()) / 2;
        float y = document.getPageSize().getHeight() - PdfDocumentWriter.mm(format.marginTopMm() / 2);
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                new Phrase(Integer.toString(page), font), x, y, 0);
    }
}
