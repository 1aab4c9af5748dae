// @ts-check
// The figures of the targets and reports screen in the officer's language, as the command's reports
// write them: Vietnamese groups thousands with a dot and decimals with a comma (12.480; 104,0 %),
// English the other way (12,480; 104.0 %). Pure functions: no DOM.

const LOCALES = /** @type {Record<string, string>} */ ({ vi: 'vi-VN', en: 'en-GB' });

/** @param {string} language */
const locale = language => LOCALES[language] ?? LOCALES.vi;

/**
 * A count or amount: whole numbers as they are, others with one decimal; a missing figure is a dash.
 * @param {number | null | undefined} value
 * @param {string} language 'vi' or 'en'
 */
export function formatFigure(value, language) {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const whole = Number.isInteger(value);
  return new Intl.NumberFormat(locale(language), { minimumFractionDigits: whole ? 0 : 1, maximumFractionDigits: whole ? 0 : 1 })
    .format(value);
}

/**
 * A percentage with one decimal and a space before the sign (104,0 %); a missing one is a dash.
 * @param {number | null | undefined} value
 * @param {string} language
 */
export function formatPercent(value, language) {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return `${new Intl.NumberFormat(locale(language), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value)} %`;
}

/**
 * A change against the same period before, signed (+12, −3,5), with its percentage when there is one:
 * "+12 (+4,2 %)".
 * @param {number | null | undefined} change
 * @param {number | null | undefined} percent
 * @param {string} language
 */
export function formatChange(change, percent, language) {
  if (change === null || change === undefined || !Number.isFinite(change)) return '—';
  /** @param {number} value @param {string} text */
  const signed = (value, text) => (value > 0 ? `+${text}` : value < 0 ? `−${text.replace(/^[-−]/, '')}` : text);
  const amount = signed(change, formatFigure(change, language));
  return percent === null || percent === undefined || !Number.isFinite(percent)
    ? amount : `${amount} (${signed(percent, formatPercent(percent, language))})`;
}

/**
 * A day as the console writes it, dd/mm/yyyy; a missing one is a dash.
 * @param {string | null | undefined} day yyyy-mm-dd
 */
export function formatDay(day) {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day ?? '');
  return parts ? `${parts[3]}/${parts[2]}/${parts[1]}` : '—';
}

/**
 * Today's date in Vietnam (GMT+7) as yyyy-mm-dd, whatever the browser's zone.
 * @param {number} [now] milliseconds since the epoch
 */
export function vietnamToday(now = Date.now()) {
  return new Date(now + 7 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * The days a target's progress is counted over: its period, up to today when it is not over.
 * @param {{ first: string, last: string }} period
 * @param {string} today yyyy-mm-dd
 */
export function countedPeriod(period, today) {
  return { first: period.first, last: period.last > today && period.first <= today ? today : period.last };
}
