/**
 * The DOCX writer (Apache POI): the decree's layout as an editable Word document, every run in
 * "Times New Roman" (the reader's word processor supplies the font), A4 with the decree's margins,
 * the page number field at the top centre from the second page.
 */
package io.coastwatch.documents.docx;
