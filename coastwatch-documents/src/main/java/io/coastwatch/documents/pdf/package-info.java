/**
 * The PDF writer (OpenPDF): the decree's layout on A4, Liberation Serif embedded as a subset with a
 * Unicode map (Identity-H), the page number at the top centre from the second page.
 */
package io.coastwatch.documents.pdf;
