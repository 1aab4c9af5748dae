/**
 * Geography the engine judges positions with: great-circle distances and the land mask (where the
 * land is, from Natural Earth), read once and prepared for repeated point queries.
 */
package io.coastwatch.engine.geo;
