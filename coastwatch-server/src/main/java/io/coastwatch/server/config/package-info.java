/**
 * The application's wiring: its typed configuration ({@link io.coastwatch.server.config.CoastwatchProperties},
 * keys under {@code coastwatch.}), and the beans that build the store, the engine, the sources, the
 * live feed and the metrics. The order of the pipeline is written here, in one place.
 */
package io.coastwatch.server.config;
