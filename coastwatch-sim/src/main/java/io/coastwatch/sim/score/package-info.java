/**
 * Detection quality: scores the alerts of a detection system against the simulator's ground truth
 * (recall, precision and delay per rule, as docs/rules.md asks).
 */
package io.coastwatch.sim.score;
