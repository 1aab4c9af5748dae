/**
 * {@code GET /api/v1/replay}: the picture of a past period from the stored history, thinned to one
 * position per vessel per step, for the console to play back at the speed the user chooses.
 */
package io.coastwatch.server.replay;
