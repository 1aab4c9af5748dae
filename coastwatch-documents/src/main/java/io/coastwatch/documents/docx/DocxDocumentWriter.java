package io.coastwatch.documents.docx;

import io.coastwatch.documents.AdministrativeFormat;
import io.coastwatch.documents.AdministrativeHead;
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
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** Writes a {@link Document} as DOCX. Stateless and thread-safe. */
public final class DocxDocumentWriter implements DocumentWriter {
    private static final double TWIPS_PER_MM = 1440 / 25.4;
    private static final String HEADER_SHADE = "E6E6E6";

    @Override
    public String mediaType() {
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }

    @Override
    public String fileExtension() {
        return "docx";
    }

    @Override
    public void write(Document document, OutputStream out) throws IOException {
        AdministrativeFormat format = document.format();
        try (XWPFDocument docx = new XWPFDocument()) {
            Runs runs = new Runs(format.fontFamily());
            page(docx, format);
            pageNumbers(docx, runs, format);
            docx.getProperties().getCoreProperties().setTitle(document.documentType() + " " + document.subject());
            docx.getProperties().getCoreProperties().setCreator("Coastwatch");
            headBlock(docx, document.head(), format, runs);
            runs.add(centred(docx.createParagraph(), 240), document.documentType(), format.mottoPt(), true, false);
            runs.add(centred(docx.createParagraph(), 0), document.subject(), format.mottoPt(), true, false);
            runs.add(centred(docx.createParagraph(), 0), "________", format.bodyPt(), false, false);
            for (Block block : document.body()) {
                block(docx, block, format, runs);
            }
            closing(docx, document.closing(), format, runs);
            docx.write(out);
        }
    }

    private static void page(XWPFDocument docx, AdministrativeFormat format) {
        CTSectPr section = docx.getDocument().getBody().isSetSectPr()
                ? docx.getDocument().getBody().getSectPr() : docx.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(twips(format.pageWidthMm()));
        size.setH(twips(format.pageHeightMm()));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(twips(format.marginTopMm()));
        margins.setBottom(twips(format.marginBottomMm()));
        margins.setLeft(twips(format.marginLeftMm()));
        margins.setRight(twips(format.marginRightMm()));
        margins.setHeader(twips(format.marginTopMm() / 2));
        margins.setFooter(twips(format.marginBottomMm() / 2));
    }

    /** A PAGE field at the top centre; the first page's header (created empty) shows none. */
    private static void pageNumbers(XWPFDocument docx, Runs runs, AdministrativeFormat format) {
        docx.createHeader(HeaderFooterType.FIRST);
        XWPFParagraph paragraph = docx.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        var field = paragraph.getCTP().addNewFldSimple();
        field.setInstr("PAGE");
        XWPFRun number = new XWPFRun(field.addNewR(), paragraph);
        runs.style(number, format.headPt(), false, false);
        number.setText("2");
    }

    private static void headBlock(XWPFDocument docx, AdministrativeHead head, AdministrativeFormat format, Runs runs) {
        XWPFTable table = borderless(docx, 2, "42%", "58%");
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFParagraph first = left.getParagraphs().get(0);
        if (!head.issuingBody().isEmpty()) {
            runs.add(centred(first, 0), head.issuingBodyLine(), format.headPt(), false, false);
            first = left.addParagraph();
        }
        runs.add(centred(first, 0), head.unitLine(), format.headPt(), true, false);
        runs.add(centred(left.addParagraph(), 0), "________", format.headPt(), false, false);
        runs.add(centred(left.addParagraph(), 120), head.numberLine(format), format.headPt(), false, false);
        head.securityMark().ifPresent(mark ->
                runs.add(centred(left.addParagraph(), 120), mark, format.mottoPt(), true, false));
        XWPFTableCell right = table.getRow(0).getCell(1);
        runs.add(centred(right.getParagraphs().get(0), 0), format.nationalTitle(), format.headPt(), true, false);
        XWPFRun motto = runs.add(centred(right.addParagraph(), 0), format.motto(), format.mottoPt(), true, false);
        motto.setUnderline(UnderlinePatterns.SINGLE);
        runs.add(centred(right.addParagraph(), 200), head.placeAndDateLine(), format.mottoPt(), false, true);
    }

    private static void block(XWPFDocument docx, Block block, AdministrativeFormat format, Runs runs)
            throws IOException {
        switch (block) {
            case Heading heading -> {
                XWPFParagraph paragraph = docx.createParagraph();
                paragraph.setSpacingBefore(120);
                paragraph.setSpacingAfter(60);
                paragraph.setKeepNext(true);
                runs.add(paragraph, heading.text(), format.bodyPt(), true, heading.level() == 2);
            }
            case Paragraph text -> {
                XWPFParagraph paragraph = docx.createParagraph();
                paragraph.setAlignment(ParagraphAlignment.BOTH);
                paragraph.setIndentationFirstLine((int) Math.round(10 * TWIPS_PER_MM));
                paragraph.setSpacingAfter(120);
                runs.add(paragraph, text.text(), format.bodyPt(), text.style() == TextStyle.BOLD,
                        text.style() == TextStyle.ITALIC);
            }
            case Table table -> table(docx, table, format, runs);
            case Figure figure -> figure(docx, figure, format, runs);
        }
    }

    private static void table(XWPFDocument docx, Table table, AdministrativeFormat format, Runs runs) {
        if (!table.caption().isEmpty()) {
            XWPFParagraph caption = centred(docx.createParagraph(), 120);
            caption.setKeepNext(true);
            runs.add(caption, table.caption(), format.tablePt(), true, false);
        }
        int columns = table.columns().size();
        XWPFTable docxTable = docx.createTable(table.rows().size() + 1, columns);
        docxTable.setWidth("100%");
        double total = 0;
        for (Table.Column column : table.columns()) {
            total += column.weight();
        }
        XWPFTableRow header = docxTable.getRow(0);
        header.setRepeatHeader(true);
        for (int c = 0; c < columns; c++) {
            Table.Column column = table.columns().get(c);
            XWPFTableCell cell = header.getCell(c);
            cell.setWidth(Math.round(100 * column.weight() / total) + "%");
            cell.setColor(HEADER_SHADE);
            runs.add(aligned(cell.getParagraphs().get(0), Alignment.CENTRE), column.header(), format.tablePt(), true,
                    false);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            XWPFTableRow row = docxTable.getRow(r + 1);
            for (int c = 0; c < columns; c++) {
                runs.add(aligned(row.getCell(c).getParagraphs().get(0), table.columns().get(c).alignment()),
                        table.rows().get(r).get(c), format.tablePt(), false, false);
            }
        }
        docx.createParagraph();
    }

    private static void figure(XWPFDocument docx, Figure figure, AdministrativeFormat format, Runs runs)
            throws IOException {
        XWPFParagraph paragraph = centred(docx.createParagraph(), 120);
        paragraph.setKeepNext(true);
        double maxWidth = format.textWidthMm();
        try {
            paragraph.createRun().addPicture(new ByteArrayInputStream(figure.png()), PictureType.PNG, "figure.png",
                    Units.toEMU(figure.widthMm(maxWidth) * 72 / 25.4), Units.toEMU(figure.heightMm(maxWidth) * 72 / 25.4));
        } catch (InvalidFormatException e) {
            throw new IOException("cannot embed the figure", e);
        }
        if (!figure.caption().isEmpty()) {
            runs.add(centred(docx.createParagraph(), 0), figure.caption(), format.tablePt(), false, true);
        }
    }

    private static void closing(XWPFDocument docx, Closing closing, AdministrativeFormat format, Runs runs) {
        docx.createParagraph();
        XWPFTable table = borderless(docx, 2, "50%", "50%");
        XWPFTableCell left = table.getRow(0).getCell(0);
        runs.add(left.getParagraphs().get(0), format.recipientsLabel(), format.tablePt(), true, true);
        for (String recipient : closing.recipients()) {
            runs.add(left.addParagraph(), recipient, format.recipientsPt(), false, false);
        }
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph line = right.getParagraphs().get(0);
        for (String title : closing.signature().titleLines()) {
            runs.add(centred(line, 0), title, format.bodyPt(), true, false);
            line = right.addParagraph();
        }
        runs.add(centred(line, (int) Math.round(25 * TWIPS_PER_MM)), closing.signature().signerName(),
                format.bodyPt(), true, false);
    }

    private static XWPFTable borderless(XWPFDocument docx, int columns, String... widths) {
        XWPFTable table = docx.createTable(1, columns);
        table.removeBorders();
        table.setWidth("100%");
        for (int c = 0; c < columns; c++) {
            table.getRow(0).getCell(c).setWidth(widths[c]);
        }
        return table;
    }

    private static XWPFParagraph centred(XWPFParagraph paragraph, int spacingBeforeTwips) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingBefore(spacingBeforeTwips);
        paragraph.setSpacingAfter(0);
        return paragraph;
    }

    private static XWPFParagraph aligned(XWPFParagraph paragraph, Alignment alignment) {
        paragraph.setAlignment(switch (alignment) {
            case LEFT -> ParagraphAlignment.LEFT;
            case CENTRE -> ParagraphAlignment.CENTER;
            case RIGHT -> ParagraphAlignment.RIGHT;
        });
        paragraph.setSpacingAfter(0);
        return paragraph;
    }

    private static BigInteger twips(double millimetres) {
        return BigInteger.valueOf(Math.round(millimetres * TWIPS_PER_MM));
    }

    /** Runs in the format's font, marked Vietnamese. */
    private record Runs(String fontFamily) {
        XWPFRun add(XWPFParagraph paragraph, String text, float sizePt, boolean bold, boolean italic) {
            XWPFRun run = paragraph.createRun();
            style(run, sizePt, bold, italic);
            run.setText(text);
            return run;
        }

        void style(XWPFRun run, float sizePt, boolean bold, boolean italic) {
            run.setFontFamily(fontFamily);
            run.setFontSize(sizePt);
            run.setBold(bold);
            run.setItalic(italic);
            run.setLang("vi-VN");
        }
    }
}
