/**
 * The fleet registry's use cases: saving one vessel and importing a file of them, each in one
 * transaction with its audit record and the vessels' history versions.
 */
package io.coastwatch.operations.registry.usecase;
