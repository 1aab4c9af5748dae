/**
 * What every part of the operations model shares: bilingual labels, validity periods of
 * organisational and legal facts, the transaction port, and the refusals a use case may answer with
 * (each mapped to one HTTP status by the server).
 */
package io.coastwatch.operations.common;
