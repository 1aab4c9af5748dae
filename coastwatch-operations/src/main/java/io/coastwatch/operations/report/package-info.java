/**
 * The review report (báo cáo sơ kết, tổng kết) and the daily situation report, written with the
 * document kit ({@code coastwatch-documents}) from the indicators: {@link
 * io.coastwatch.operations.report.ReviewFacts} gathers what a unit's period came to (the plan's
 * progress, alerts by month and by incident kind, where the alerts were), {@link
 * io.coastwatch.operations.report.ReviewReport} lays it out as an administrative document in the form
 * of Decree 30/2020 (the indicator table Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện | % KH | Cùng kỳ | ±,
 * the charts, the map, the sections officers write, prefilled with the facts), and {@link
 * io.coastwatch.operations.report.DailySituationReport} the last 24 hours. Every figure printed is the
 * indicator's own, formatted by {@link io.coastwatch.operations.report.ReportNumbers}.
 */
package io.coastwatch.operations.report;
