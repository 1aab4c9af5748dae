// @ts-check
// The order and weight of alerts for the watch: what needs action first, by severity then by the
// newest detection. Pure functions: no DOM.

/**
 * Severity ranks, highest first. Temporary: the catalogue's `severities[].rank`
 * (GET /api/v1/rules/types, the engine helper's work) replaces this table once it is served.
 * @type {Readonly<Record<string, number>>}
 */
const SEVERITY_RANK = Object.freeze({ critical: 3, warning: 2, info: 1 });

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
    || (SEVERITY_RANK[b.severity] ?? 0) - (SEVERITY_RANK[a.severity] ?? 0)
    || Date.parse(b.lastTime) - Date.parse(a.lastTime)
    || b.id - a.id;
}

/**
 * One line per meeting of two vessels (the review's finding 23): encounter alerts about the same two
 * vessels (whichever of them each alert is about; one per rule instance that saw the meeting) are
 * kept once, the first in the given order.
 * @template {{ ruleType: string, vesselId: number | string, otherVesselId?: number | string | null, otherVessel?: { id: number | string } | null }} A
 * @param {A[]} alerts in triage order
 * @returns {A[]}
 */
export function oneLinePerEncounter(alerts) {
  const seen = new Set();
  return alerts.filter(alert => {
    const other = alert.otherVessel?.id ?? alert.otherVesselId;
    if (alert.ruleType !== 'encounter' || other === null || other === undefined) return true;
    const pair = [String(alert.vesselId), String(other)].sort().join('|');
    if (seen.has(pair)) return false;
    seen.add(pair);
    return true;
  });
}
