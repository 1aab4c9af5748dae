/**
 * The fisheries registry in the server: {@link io.coastwatch.server.registry.RegistryService} over the
 * store, and {@code /api/v1/registry} to import and read it.
 */
package io.coastwatch.server.registry;
