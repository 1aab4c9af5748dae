/**
 * Vessel tracks and state: position fixes from AIS and VMS, the live state of every vessel (identity,
 * static data, last plausible position), merged from the messages that describe it.
 */
package io.coastwatch.engine.track;
