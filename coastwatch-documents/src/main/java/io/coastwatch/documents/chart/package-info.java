/**
 * Charts for documents, drawn with JFreeChart to PNG: bars or lines over categories (months, kinds,
 * stations), in Liberation Serif, with Vietnamese number formats on the axis and the labels.
 */
package io.coastwatch.documents.chart;
