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
 * <p>The model is immutable and the writers stateless: both are safe to share between threads. The
 * kit knows nothing of the rest of Coastwatch; its callers (the review report, the evidence package,
 * the patrol report) turn their own records into a {@link io.coastwatch.documents.Document}.
 */
package io.coastwatch.documents;
