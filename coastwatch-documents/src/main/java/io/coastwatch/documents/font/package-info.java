/**
 * The bundled fonts: Liberation Serif in four styles (SIL Open Font License 1.1, its text beside the
 * files in the resources), metric-compatible with the Times New Roman the decree asks for. Read from
 * the class path, for the PDF writer (embedded) and for charts and maps (Java2D).
 */
package io.coastwatch.documents.font;
