/**
 * Who may do what: the roles a person holds per unit ({@link io.coastwatch.operations.access.RoleAssignment}),
 * the {@link io.coastwatch.operations.access.Actor} a use case acts for, and the
 * {@link io.coastwatch.operations.access.UnitScope} of records an actor sees and changes (their units'
 * subtrees and areas; everything for the command; only what was shared for another agency's liaison).
 * Which role may call which endpoint is one table in the server; see {@code docs/operations.md}, "Access".
 */
package io.coastwatch.operations.access;
