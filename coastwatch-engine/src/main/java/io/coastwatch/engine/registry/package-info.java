/**
 * The fisheries registry and port control's departure records as the rules see them: who a fishing
 * vessel is, how long it is, whether it is licensed, and whether it left port with a record.
 */
package io.coastwatch.engine.registry;
