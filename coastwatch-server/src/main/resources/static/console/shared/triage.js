// @ts-check
// The order and weight of alerts for the watch: what needs action first, by severity then by the
// newest detection, the severities' ranks as the catalogue serves them. Pure functions: no DOM.
import { severitiesByRank, severityRank } from './catalogue.js';

/**
 * Whether an alert asks something of the watch: the server's `needsAction` when it says so, else
 * (today's API) everything but the info-level bookkeeping.
 * @param {{ severity: string, needsAction?: boolean }} alert
 */
export function needsAction(alert) {
  return typeof alert.needsAction === 'boolean' ? alert.needsAction : alert.severity !== 'info';
}

/**
 * The triage order: alerts that need action before those that do not, then higher severity first,
 * then the newest last detection first, then the higher id (a stable order for equal times).
 * @param {{ id: number, severity: string, lastTime: string, needsAction?: boolean }} a
 * @param {{ id: number, severity: string, lastTime: string, needsAction?: boolean }} b
 */
export function compareForTriage(a, b) {
  return Number(needsAction(b)) - Number(needsAction(a))
    || severityRank(b.severity) - severityRank(a.severity)
    || Date.parse(b.lastTime) - Date.parse(a.lastTime)
    || b.id - a.id;
}

/**
 * One line per meeting of two vessels (the review's finding 23): encounter alerts about the same two
 * vessels (whichever of them each alert is about; one per rule instance that saw the meeting) are
 * kept once, the first in the given order.
 * @template {{ ruleType: string, vessel: { id: string }, otherVessel?: { id: string } | null }} A
 * @param {A[]} alerts in triage order
 * @returns {A[]}
 */
export function oneLinePerEncounter(alerts) {
  const seen = new Set();
  return alerts.filter(alert => {
    const other = alert.otherVessel?.id;
    if (alert.ruleType !== 'encounter' || other === null || other === undefined) return true;
    const pair = [alert.vessel.id, other].sort().join('|');
    if (seen.has(pair)) return false;
    seen.add(pair);
    return true;
  });
}

/**
 * @template A
 * @typedef {(severity: string, offset: number, limit: number) => Promise<{ total: number, alerts: A[] }>} SeveritySlice
 *   one severity's alerts (newest first, as the server lists them) from `offset`, at most `limit`, and their total
 */

/**
 * One page of alerts in triage order (the review's finding 21: every alert reachable, the totals
 * right) from a server that lists newest first: the severities are fetched in rank order, each from
 * where the page begins within it, so that page after page goes through the critical alerts, then the
 * warnings, then the info. One request per severity (its total is needed to place the next); a
 * severity the page does not reach is asked for one alert, for its total only.
 * @template A
 * @param {SeveritySlice<A>} slice
 * @param {number} offset the page's first alert, counted over all severities
 * @param {number} size the page's length
 * @param {readonly string[]} [severities] in rank order (the catalogue's)
 * @returns {Promise<{ total: number, alerts: A[], totals: Record<string, number> }>}
 */
export async function pageInTriageOrder(slice, offset, size, severities = severitiesByRank()) {
  /** @type {A[]} */
  const alerts = [];
  /** @type {Record<string, number>} */
  const totals = {};
  let before = 0;
  for (const severity of severities) {
    const wanted = size - alerts.length;
    const from = Math.max(0, offset - before);
    const answer = await slice(severity, from, Math.max(1, wanted));
    if (wanted > 0 && from < answer.total) alerts.push(...answer.alerts.slice(0, wanted));
    totals[severity] = answer.total;
    before += answer.total;
  }
  return { total: before, alerts, totals };
}
