package io.coastwatch.documents;


/**
 * The page and the fixed words of an administrative document: paper, margins, type sizes, the
 * national title (Quốc hiệu) and motto (Tiêu ngữ), the labels of the number and the recipients.
 *
 * <p>{@link #DECREE_30_2020} holds the values of Decree 30/2020/NĐ-CP on clerical work (Nghị định
 * 30/2020/NĐ-CP về công tác văn thư, Appendix I: A4; margins top and bottom 20–25 mm, left 30–35 mm,
 * right 15–20 mm; Times New Roman, Unicode TCVN 6909:2001; the national title 12–13 pt bold capitals,
 * the motto 13–14 pt bold; body 13–14 pt; "Nơi nhận:" 12 pt bold italic, its lines 11 pt). Another
 * decree's layout is another instance, chosen by the document's caller. Immutable.
 *
 * @param pageWidthMm    paper width, millimetres
 * @param pageHeightMm   paper height, millimetres
 * @param marginTopMm    top margin, millimetres (the page number sits in it)
 * @param marginBottomMm bottom margin, millimetres
 * @param marginLeftMm   left (binding) margin, millimetres
 * @param marginRightMm  right margin, millimetres
 * @param headPt         type size of the head block (bodies, national title, number)
 * @param mottoPt        type size of the motto, the place and date, the document type and subject
 * @param bodyPt         type size of the body and the signature
 * @param tablePt        type size inside tables, captions and the security mark
 * @param recipientsPt   type size of the recipients' lines
 * @param fontFamily     the font a DOCX names (a PDF embeds the metric-compatible Liberation Serif)
 * @param nationalTitle  Quốc hiệu
 * @param motto          Tiêu ngữ
 * @param numberLabel    what precedes the document's number
 * @param recipientsLabel what heads the recipients
 */
public record AdministrativeFormat(
        double pageWidthMm, double pageHeightMm,
        double marginTopMm, double marginBottomMm, double marginLeftMm, double marginRightMm,
        float headPt, float mottoPt, float bodyPt, float tablePt, float recipientsPt,
        String fontFamily, String nationalTitle, String motto, String numberLabel, String recipientsLabel) {

    /** Decree 30/2020/NĐ-CP, Appendix I, in the middle of each range it allows. */
    public static final AdministrativeFormat DECREE_30_2020 = new AdministrativeFormat(
            210, 297, 20, 20, 30, 15, 13, 14, 14, 12, 11, "Times New Roman",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số:", "Nơi nhận:");

    public AdministrativeFormat {
        fontFamily = Nfc.of(fontFamily);
        nationalTitle = Nfc.of(nationalTitle);
        motto = Nfc.of(motto);
        numberLabel = Nfc.of(numberLabel);
        recipientsLabel = Nfc.of(recipientsLabel);
        if (pageWidthMm <= marginLeftMm + marginRightMm || pageHeightMm <= marginTopMm + marginBottomMm) {
            throw new IllegalArgumentException("margins leave no room on the page");
        }
    }

    /** The width between the margins, millimetres. */
    public double textWidthMm() {
        return pageWidthMm - marginLeftMm - marginRightMm;
    }
}
