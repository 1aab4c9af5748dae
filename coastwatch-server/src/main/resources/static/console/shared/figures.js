// @ts-check
// An alert's figures, typed: what the detection measured, each with its unit, so that the console
// writes them in the officer's language (times in Vietnam time, numbers with the unit's name) — never
// an internal key or epoch milliseconds (the review's finding 6). The alert view serves `figures`
// ({ name: { value, unit } }, docs/development.md "Console"). Pure functions: no DOM.

/**
 * @typedef {{ name: string, kind: 'instant' | 'quantity' | 'yesNo' | 'text',
 *   value: string | number | boolean, unit?: string }} Figure
 */

/**
 * The figures of an alert, in the order served.
 * @param {{ figures?: Record<string, { value: any, unit?: string }> | null }} alert
 * @returns {Figure[]}
 */
export function alertFigures(alert) {
  return Object.entries(alert.figures || {}).map(([name, figure]) => typed(name, figure.value, figure.unit));
}

/**
 * @param {string} name @param {any} value @param {string | undefined} unit
 * @returns {Figure}
 */
function typed(name, value, unit) {
  if (unit === 'instant') return { name, kind: 'instant', value };
  if (unit && Number.isFinite(Number(value)) && typeof value !== 'boolean') return { name, kind: 'quantity', value: Number(value), unit };
  if (typeof value === 'boolean') return { name, kind: 'yesNo', value };
  return { name, kind: 'text', value: String(value) };
}
