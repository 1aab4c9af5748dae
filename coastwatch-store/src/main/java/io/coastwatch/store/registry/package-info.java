/**
 * Storage of port control's fleet registry ({@link io.coastwatch.store.registry.JdbcFleetRepository}), of the
 * first registry (read once, to be taken over by the fleet registry) and of the departure records.
 */
package io.coastwatch.store.registry;
