/**
 * Static maps for documents, drawn with JTS and Java2D to PNG: the land, zones, tracks, points and a
 * heat map of positions, on a plate carrée scaled at the map's middle latitude, with a scale bar in
 * nautical miles (hải lý). Offline: the land is given by the caller (the bundled Natural Earth land).
 */
package io.coastwatch.documents.map;
