// @ts-check
// An alert's figures, typed: what the detection measured, each with its kind and unit, so that the
// console writes them in the officer's language (times in Vietnam time, distances in nautical miles,
// vessels, ports and zones by name) — never an internal key, an id or epoch milliseconds (the review's
// finding 6). Pure functions: no DOM.
//
// The alert view of the catalogue's contract serves `figures` ({ name: { value, unit } }); until helper
// engine's work lands, today's string `details` are typed here by their names' suffixes (TEMPORARY:
// delete `fromDetails` once every alert carries `figures`).

/**
 * @typedef {{ name: string, kind: 'instant' | 'quantity' | 'vessel' | 'zone' | 'text' | 'yesNo',
 *   value: string | number | boolean, unit?: string }} Figure
 */

/** Units of the contract's figures that are quantities. */
const QUANTITY_UNITS = new Set(['h', 'nm', 'kn', 'm', 'km', 'deg', 'count']);

/**
 * The figures of an alert, in the order served.
 * @param {{ figures?: Record<string, { value: any, unit?: string }> | null, details?: Record<string, string> | null }} alert
 * @returns {Figure[]}
 */
export function alertFigures(alert) {
  if (alert.figures && typeof alert.figures === 'object') {
    return Object.entries(alert.figures).map(([name, figure]) => typed(name, figure.value, figure.unit));
  }
  return Object.entries(alert.details || {}).map(([name, value]) => fromDetails(name, value));
}

/**
 * @param {string} name @param {any} value @param {string | undefined} unit
 * @returns {Figure}
 */
function typed(name, value, unit) {
  if (unit === 'instant') return { name, kind: 'instant', value };
  if (unit && QUANTITY_UNITS.has(unit) && Number.isFinite(Number(value))) return { name, kind: 'quantity', value: Number(value), unit };
  if (typeof value === 'boolean') return { name, kind: 'yesNo', value };
  return reference(name, value) || { name, kind: 'text', value: String(value) };
}

/**
 * TEMPORARY: a detail string typed by its name: …Millis an instant, …Knots, …Nm, …Metres and
 * hours… quantities, …VesselId a vessel, portId / zoneId a zone.
 * @param {string} name @param {string} value
 * @returns {Figure}
 */
function fromDetails(name, value) {
  const number = Number(value);
  const numeric = value !== '' && Number.isFinite(number);
  if (name.endsWith('Millis') && numeric) return { name, kind: 'instant', value: number };
  const unit = name.endsWith('Knots') ? 'kn' : name.endsWith('Nm') ? 'nm' : name.endsWith('Metres') ? 'm'
    : /^hours[A-Z]/.test(name) ? 'h' : null;
  if (unit && numeric) return { name, kind: 'quantity', value: number, unit };
  if (value === 'true' || value === 'false') return { name, kind: 'yesNo', value: value === 'true' };
  return reference(name, value) || { name, kind: numeric ? 'quantity' : 'text', value: numeric ? number : value, unit: numeric ? 'count' : undefined };
}

/**
 * A figure naming a vessel or a zone by its id, or null.
 * @param {string} name @param {any} value
 * @returns {Figure | null}
 */
function reference(name, value) {
  if (/VesselId$/.test(name)) return { name, kind: 'vessel', value: String(value) };
  if (name === 'portId' || name === 'zoneId') return { name, kind: 'zone', value: String(value) };
  return null;
}
