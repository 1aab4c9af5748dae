/**
 * Port control's fleet registry in the server: {@link io.coastwatch.server.registry.RegistryService}
 * (the use cases over the store, and the projection the detection rules read) and
 * {@code /api/v1/registry} to find, change, import and export vessels.
 */
package io.coastwatch.server.registry;
