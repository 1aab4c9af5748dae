/**
 * The zone index: which zones hold a position, how far the nearest national limit is, which zone
 * edges a segment between two reports crossed. Built once, then queried from any thread.
 */
package io.coastwatch.engine.zone.index;
