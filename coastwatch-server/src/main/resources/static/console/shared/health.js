// @ts-check
// The data's health in words an officer reads (the review's finding 24): from the sources' statistics
// (GET /api/v1/sources), which source has gone silent, is down, carries much less than it did, or
// loses messages to an overloaded server. Pure: the console polls and draws the strip.

/** A source silent this long is said to be silent. */
export const SILENT_MILLIS = 10 * 60000;
/** A rate below this share of the source's usual rate is said to have dropped. */
const DROP_SHARE = 0.7;
/** Weight of a new sample in a source's usual rate (an exponential average over the polls). */
const USUAL_WEIGHT = 0.1;

/**
 * @typedef {{ id: string, enabled: boolean, state: string, lastData?: string | null, messagesPerSecond: number,
 *   droppedByEngineQueue: number }} Source
 * @typedef {{ level: 'bad' | 'warn', key: string, params: Record<string, string | number> }} Finding
 * @typedef {{ usualRate: number, dropped: number }} Memory what the strip remembers of a source between polls
 */

/** States of a source that is not bringing data and will not by itself. */
const DOWN = new Set(['FAILED', 'DISCONNECTED', 'STOPPED']);

/**
 * What to tell the watch about the sources now, worst first, and what to remember for the next poll.
 * A replayed file that has finished is not a problem; a source that is off is not either.
 * @param {Source[]} sources
 * @param {number} nowMillis the data's clock
 * @param {Map<string, Memory>} memory the previous poll's, updated in place
 * @returns {Finding[]}
 */
export function sourceHealth(sources, nowMillis, memory) {
  /** @type {Finding[]} */
  const findings = [];
  for (const source of sources) {
    if (!source.enabled || source.state === 'FINISHED') continue;
    const known = memory.get(source.id);
    const last = source.lastData ? Date.parse(source.lastData) : null;
    if (DOWN.has(source.state)) {
      findings.push({ level: 'bad', key: 'health.down', params: { source: source.id } });
    } else if (last === null || nowMillis - last >= SILENT_MILLIS) {
      findings.push({ level: 'bad', key: last === null ? 'health.never' : 'health.silent',
        params: { source: source.id, minutes: last === null ? 0 : Math.floor((nowMillis - last) / 60000) } });
    } else if (known && known.usualRate > 0 && source.messagesPerSecond < DROP_SHARE * known.usualRate) {
      findings.push({ level: 'warn', key: 'health.drop',
        params: { source: source.id, percent: Math.round(100 * (1 - source.messagesPerSecond / known.usualRate)) } });
    }
    if (known && source.droppedByEngineQueue > known.dropped) {
      findings.push({ level: 'warn', key: 'health.overloaded', params: { source: source.id, count: source.droppedByEngineQueue - known.dropped } });
    }
    const usualRate = known ? known.usualRate + USUAL_WEIGHT * (source.messagesPerSecond - known.usualRate) : source.messagesPerSecond;
    memory.set(source.id, { usualRate, dropped: source.droppedByEngineQueue });
  }
  return findings.sort((a, b) => Number(b.level === 'bad') - Number(a.level === 'bad'));
}
