package io.coastwatch.documents.pdf;

import io.coastwatch.documents.AdministrativeFormat;
import io.coastwatch.documents.Alignment;
import io.coastwatch.documents.Block;
import io.coastwatch.documents.Closing;
import io.coastwatch.documents.Document;
import io.coastwatch.documents.DocumentWriter;
import io.coastwatch.documents.Figure;
import io.coastwatch.documents.Heading;
import io.coastwatch.documents.Paragraph;
import io.coastwatch.documents.Table;
import io.coastwatch.documents.TextStyle;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import org.openpdf.text.Chunk;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.LineSeparator;

/** Writes a {@link Document} as PDF. Stateless and thread-safe: each document gets its own fonts. */
public final class PdfDocumentWriter implements DocumentWriter {
    private static final float POINTS_PER_MM = 72f / 25.4f;
    private static final Color HEADER_SHADE = new Color(0xE6, 0xE6, 0xE6);
    private static final float SIGNING_SPACE_MM = 25;
    private static final float RULE_LEADING_PT = 9;

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public String fileExtension() {
        return "pdf";
    }

    @Override
    public void write(Document document, OutputStream out) throws IOException {
        AdministrativeFormat format = document.format();
        PdfFonts fonts = new PdfFonts();
        Rectangle page = new Rectangle(mm(format.pageWidthMm()), mm(format.pageHeightMm()));
        org.openpdf.text.Document pdf = new org.openpdf.text.Document(page, mm(format.marginLeftMm()),
                mm(format.marginRightMm()), mm(format.marginTopMm()), mm(format.marginBottomMm()));
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setCloseStream(false);
            writer.setPageEvent(new PageNumbers(fonts.font(false, false, format.headPt()), format));
            pdf.addTitle(document.documentType() + " " + document.subject());
            pdf.addCreator("Coastwatch");
            pdf.open();
            pdf.add(headBlock(document, fonts));
            pdf.add(centred(document.documentType(), fonts.font(true, false, format.mottoPt()), 12));
            pdf.add(centred(document.subject(), fonts.font(true, false, format.mottoPt()), 0));
            pdf.add(rule(25, fonts.font(false, false, format.mottoPt())));
            pdf.add(new org.openpdf.text.Paragraph(" ", fonts.font(false, false, format.bodyPt())));
            for (Block block : document.body()) {
                pdf.add(element(block, format, fonts));
            }
            pdf.add(closing(document.closing(), format, fonts));
            pdf.close();
        } catch (DocumentException e) {
            throw new IOException("cannot lay out the PDF", e);
        }
    }

    private static Element element(Block block, AdministrativeFormat format, PdfFonts fonts)
            throws DocumentException, IOException {
        return switch (block) {
            case Heading heading -> {
                org.openpdf.text.Paragraph paragraph = new org.openpdf.text.Paragraph(heading.text(),
                        fonts.font(true, heading.level() == 2, format.bodyPt()));
                paragraph.setSpacingBefore(6);
                paragraph.setSpacingAfter(3);
                paragraph.setKeepTogether(true);
                yield paragraph;
            }
            case Paragraph text -> {
                org.openpdf.text.Paragraph paragraph = new org.openpdf.text.Paragraph(text.text(), fonts.font(
                        text.style() == TextStyle.BOLD, text.style() == TextStyle.ITALIC, format.bodyPt()));
                paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
                paragraph.setFirstLineIndent(mm(10));
                paragraph.setLeading(format.bodyPt() * 1.25f);
                paragraph.setSpacingAfter(6);
                yield paragraph;
            }
            case Table table -> table(table, format, fonts);
            case Figure figure -> figure(figure, format, fonts);
        };
    }

    private static Element table(Table table, AdministrativeFormat format, PdfFonts fonts) throws DocumentException {
        PdfPTable pdfTable = new PdfPTable(table.weights());
        pdfTable.setWidthPercentage(100);
        pdfTable.setHeaderRows(1);
        pdfTable.setSpacingBefore(4);
        pdfTable.setSpacingAfter(8);
        Font header = fonts.font(true, false, format.tablePt());
        Font body = fonts.font(false, false, format.tablePt());
        for (Table.Column column : table.columns()) {
            PdfPCell cell = cell(column.header(), header, Element.ALIGN_CENTER);
            cell.setBackgroundColor(HEADER_SHADE);
            pdfTable.addCell(cell);
        }
        for (var row : table.rows()) {
            for (int i = 0; i < row.size(); i++) {
                pdfTable.addCell(cell(row.get(i), body, align(table.columns().get(i).alignment())));
            }
        }
        if (table.caption().isEmpty()) {
            return pdfTable;
        }
        org.openpdf.text.Paragraph captioned = centred(table.caption(), fonts.font(true, false, format.tablePt()), 6);
        captioned.add(pdfTable);
        return captioned;
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(3);
        return cell;
    }

    private static int align(Alignment alignment) {
        return switch (alignment) {
            case LEFT -> Element.ALIGN_LEFT;
            case CENTRE -> Element.ALIGN_CENTER;
            case RIGHT -> Element.ALIGN_RIGHT;
        };
    }

    /** The picture and its caption in one borderless cell, so that they stay on one page, both centred. */
    private static Element figure(Figure figure, AdministrativeFormat format, PdfFonts fonts)
            throws DocumentException, IOException {
        Image image = Image.getInstance(figure.png());
        double maxWidth = format.textWidthMm();
        image.scaleAbsolute(mm(figure.widthMm(maxWidth)), mm(figure.heightMm(maxWidth)));
        image.setAlignment(Image.MIDDLE);
        PdfPCell cell = borderlessCell();
        cell.addElement(image);
        if (!figure.caption().isEmpty()) {
            cell.addElement(centred(figure.caption(), fonts.font(false, true, format.tablePt()), 2));
        }
        PdfPTable frame = borderless(new float[] {1});
        frame.setKeepTogether(true);
        frame.setSpacingBefore(6);
        frame.setSpacingAfter(6);
        frame.addCell(cell);
        return frame;
    }

    private static Element headBlock(Document document, PdfFonts fonts) throws DocumentException {
        AdministrativeFormat format = document.format();
        var head = document.head();
        PdfPTable table = borderless(new float[] {42, 58});
        PdfPCell left = borderlessCell();
        if (!head.issuingBody().isEmpty()) {
            left.addElement(centred(head.issuingBodyLine(), fonts.font(false, false, format.headPt()), 0));
        }
        left.addElement(centred(head.unitLine(), fonts.font(true, false, format.headPt()), 0));
        left.addElement(rule(35, fonts.font(false, false, format.headPt())));
        left.addElement(centred(head.numberLine(format), fonts.font(false, false, format.headPt()), 8));
        head.securityMark().ifPresent(mark -> left.addElement(
                centred(mark, fonts.font(true, false, format.mottoPt()), 6)));
        PdfPCell right = borderlessCell();
        right.addElement(centred(format.nationalTitle(), fonts.font(true, false, format.headPt()), 0));
        Font motto = fonts.font(true, false, format.mottoPt());
        motto.setStyle(Font.BOLD | Font.UNDERLINE);
        right.addElement(centred(format.motto(), motto, 0));
        right.addElement(centred(head.placeAndDateLine(), fonts.font(false, true, format.mottoPt()), 14));
        table.addCell(left);
        table.addCell(right);
        return table;
    }

    private static Element closing(Closing closing, AdministrativeFormat format, PdfFonts fonts)
            throws DocumentException {
        PdfPTable table = borderless(new float[] {50, 50});
        table.setSpacingBefore(12);
        table.setKeepTogether(true);
        PdfPCell left = borderlessCell();
        left.addElement(new org.openpdf.text.Paragraph(format.recipientsLabel(),
                fonts.font(true, true, format.tablePt())));
        for (String recipient : closing.recipients()) {
            left.addElement(new org.openpdf.text.Paragraph(recipient, fonts.font(false, false, format.recipientsPt())));
        }
        PdfPCell right = borderlessCell();
        for (String title : closing.signature().titleLines()) {
            right.addElement(centred(title, fonts.font(true, false, format.bodyPt()), 0));
        }
        org.openpdf.text.Paragraph name = centred(closing.signature().signerName(),
                fonts.font(true, false, format.bodyPt()), mm(SIGNING_SPACE_MM));
        right.addElement(name);
        table.addCell(left);
        table.addCell(right);
        return table;
    }

    /**
     * A centred rule of the given share of the width, in a line of its own just below the text
     * above (as the decree draws it under the unit's name and under the subject).
     */
    private static org.openpdf.text.Paragraph rule(float percentOfWidth, Font font) {
        Chunk rule = new Chunk(new LineSeparator(0.5f, percentOfWidth, Color.BLACK, Element.ALIGN_CENTER, 0));
        rule.setFont(font);
        org.openpdf.text.Paragraph line = new org.openpdf.text.Paragraph(RULE_LEADING_PT, rule);
        line.setAlignment(Element.ALIGN_CENTER);
        return line;
    }

    private static PdfPTable borderless(float[] weights) throws DocumentException {
        PdfPTable table = new PdfPTable(weights);
        table.setWidthPercentage(100);
        return table;
    }

    private static PdfPCell borderlessCell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    private static org.openpdf.text.Paragraph centred(String text, Font font, float spacingBefore) {
        org.openpdf.text.Paragraph paragraph = new org.openpdf.text.Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(spacingBefore);
        return paragraph;
    }

    static float mm(double millimetres) {
        return (float) (millimetres * POINTS_PER_MM);
    }
}
