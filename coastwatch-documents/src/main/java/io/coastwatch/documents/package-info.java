/**
 * The document kit: an administrative document in the layout of Decree 30/2020/NĐ-CP (head block,
 * national title and motto, number, place and date, the document type and its subject, a body of
 * headings, paragraphs, tables and figures, the recipients and the signature), built by the part that
 * owns the facts and written by a {@link io.coastwatch.documents.DocumentWriter} as DOCX
 * ({@code docx}) or PDF ({@code pdf}); figures are PNG images drawn by {@code chart} (JFreeChart) and
 * {@code map} (JTS and Java2D).
 *
 * <p>Every string a document holds is NFC-normalised when the model is built ({@link
 * io.coastwatch.documents.Nfc}): the PDF library positions no combining marks, so a decomposed
 * "ệ" would print with displaced diacritics. Numbers are formatted the Vietnamese way by {@link
 * io.coastwatch.documents.VietnameseNumbers} ({@code 12.480}, {@code 104,0 %}).
 *
 * <p>How a part makes a document from its own data (its records turned into headings, paragraphs,
 * tables and figures; the writers do the layout):
 *
 * <pre>{@code
 * AdministrativeHead head = new AdministrativeHead("Bộ Chỉ huy BĐBP tỉnh Ninh Thuận", "Đồn Biên phòng Ninh Chữ",
 *         "12/BC-ĐBP", "Ninh Thuận", LocalDate.of(2026, 7, 2));
 * Table table = new Table("Bảng 1. Kết quả thực hiện chỉ tiêu",
 *         List.of(new Table.Column("Chỉ tiêu", 4, Alignment.LEFT), new Table.Column("Thực hiện", 1, Alignment.RIGHT)),
 *         List.of(List.of("Cảnh báo được xác nhận", VietnameseNumbers.count(12_480))));
 * byte[] chart = new CategoryChart("Cảnh báo theo tháng", "Số lượt", months, List.of(series), CategoryChart.Kind.BARS)
 *         .png(900, 500);
 * Document report = Document.builder(head, "BÁO CÁO", "Sơ kết công tác 6 tháng đầu năm 2026")
 *         .heading(1, "I. KẾT QUẢ").paragraph("Trong kỳ ...").table(table)
 *         .figure(new Figure(chart, "Biểu đồ 1. Cảnh báo theo tháng", 150))
 *         .closing(new Closing(List.of("- Lưu: VT, TM."), new Signature(List.of("ĐỒN TRƯỞNG"), "Thiếu tá Lê Văn B")))
 *         .build();
 * byte[] docx = new DocxDocumentWriter().toBytes(report);  // editable, in "Times New Roman"
 * byte[] pdf = new PdfDocumentWriter().toBytes(report);    // Liberation Serif embedded
 * }</pre>
 *
 * <p>The model is immutable and the writers stateless: both are safe to share between threads. The
 * kit knows nothing of the rest of Coastwatch; its callers (the review report, the evidence package,
 * the patrol report) turn their own records into a {@link io.coastwatch.documents.Document}.
 */
package io.coastwatch.documents;
