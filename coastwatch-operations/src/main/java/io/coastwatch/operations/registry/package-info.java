/**
 * Port control's fleet registry: the fishing vessels a station clears out and in ({@link
 * io.coastwatch.operations.registry.FleetVessel}), found by any of their identities (registration number
 * however it is written, MMSI, VMS device), their change history, their files (CSV and XLSX, {@link
 * io.coastwatch.operations.registry.FleetFile}), and the projection the detection rules read
 * ({@link io.coastwatch.engine.registry.RegisteredVessel}). See {@code docs/operations.md}, "Port control".
 */
package io.coastwatch.operations.registry;
