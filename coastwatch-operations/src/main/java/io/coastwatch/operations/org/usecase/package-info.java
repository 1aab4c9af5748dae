/**
 * The organisation's use cases, one class per action: {@link io.coastwatch.operations.org.usecase.CreateUnit},
 * {@link io.coastwatch.operations.org.usecase.ReorganiseUnit} (a unit's next version),
 * {@link io.coastwatch.operations.org.usecase.CloseUnit}, {@link io.coastwatch.operations.org.usecase.SaveAgency},
 * {@link io.coastwatch.operations.org.usecase.SavePerson}, {@link io.coastwatch.operations.org.usecase.RemovePerson},
 * {@link io.coastwatch.operations.org.usecase.SaveResource}, {@link io.coastwatch.operations.org.usecase.RemoveResource}
 * and {@link io.coastwatch.operations.org.usecase.ImportOrganisation} (a file, all lines or none).
 * Each runs in one {@link io.coastwatch.operations.common.Transactions#write transaction}, checks the actor's
 * scope ({@link io.coastwatch.operations.org.usecase.Organisation}), and appends its audit record in that
 * transaction; a refusal is {@link io.coastwatch.operations.common.InvalidRequest} naming the fields,
 * {@link io.coastwatch.operations.common.OutOfScope}, {@link io.coastwatch.operations.common.NotFound} or
 * {@link io.coastwatch.operations.common.StateConflict}.
 */
package io.coastwatch.operations.org.usecase;
