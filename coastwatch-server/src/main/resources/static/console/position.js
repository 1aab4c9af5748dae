// @ts-check
// How positions are written for the officer (the review's finding 30): degrees and decimal minutes
// (the chart's, the default), degrees-minutes-seconds (as Vietnamese legal texts give boundary points)
// or decimal degrees, always in the decimal convention of the user's language; the choice is remembered
// in the browser.
import { formatDecimal, formatDm, formatDms } from './geo.js';
import { decimalMark } from './i18n.js';

/** @typedef {'dm' | 'dms' | 'decimal'} PositionStyle */

/** @type {readonly PositionStyle[]} */
export const POSITION_STYLES = Object.freeze(['dm', 'dms', 'decimal']);
const KEY = 'coastwatch.positionStyle';

/** @returns {PositionStyle} the style chosen, else degrees-minutes */
export function positionStyle() {
  const stored = /** @type {PositionStyle} */ (localStorage.getItem(KEY));
  return POSITION_STYLES.includes(stored) ? stored : 'dm';
}

/** Remembers the next style after the current one and returns it. */
export function nextPositionStyle() {
  const next = POSITION_STYLES[(POSITION_STYLES.indexOf(positionStyle()) + 1) % POSITION_STYLES.length];
  localStorage.setItem(KEY, next);
  return next;
}

/**
 * A position in the given style (the chosen one unless said).
 * @param {number} lat @param {number} lon @param {PositionStyle} [style]
 */
export function formatPosition(lat, lon, style = positionStyle()) {
  if (style === 'dms') return formatDms(lat, lon);
  if (style === 'decimal') return formatDecimal(lat, lon, decimalMark());
  return formatDm(lat, lon, decimalMark());
}
