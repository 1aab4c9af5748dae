/**
 * The review report and the daily situation report under {@code /api/v1/reports}, generated from the
 * indicators with the document kit as an editable DOCX or a PDF ({@link
 * io.coastwatch.server.report.ReportController}), the maps drawn on the bundled land and the zones of
 * the unit's areas ({@link io.coastwatch.server.report.Backdrops}).
 */
package io.coastwatch.server.report;
