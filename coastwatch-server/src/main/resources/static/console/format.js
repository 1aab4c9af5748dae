// @ts-check
// Formats for officers: times in Vietnam time (GMT+7, no daylight saving) as dd/mm/yyyy HH:mm on a 24 h
// clock whatever the browser's zone, numbers in the locale, relative ages. Pure functions: no DOM.

/** Vietnam's time zone: UTC+7 all year. */
export const VIETNAM_ZONE = 'Asia/Ho_Chi_Minh';
export const VIETNAM_ZONE_LABEL = 'GMT+7';
const VIETNAM_OFFSET_MILLIS = 7 * 3600000;

/** @param {number} value @param {number} [width] */
const pad = (value, width = 2) => String(value).padStart(width, '0');

/**
 * The wall-clock fields of an instant in Vietnam.
 * @param {number} millis
 */
function vietnamFields(millis) {
  const shifted = new Date(millis + VIETNAM_OFFSET_MILLIS);
  return {
    year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(), minute: shifted.getUTCMinutes(), second: shifted.getUTCSeconds(),
  };
}

/**
 * @param {string | number | Date | null | undefined} value an ISO-8601 instant, epoch milliseconds or a Date
 * @returns {number | null}
 */
export function toMillis(value) {
  if (value === null || value === undefined || value === '') return null;
  const millis = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  return Number.isFinite(millis) ? millis : null;
}

/**
 * "06/12/2026 21:35" in Vietnam time; with seconds "06/12/2026 21:35:03"; '—' when unknown.
 * @param {string | number | Date | null | undefined} value
 * @param {{ seconds?: boolean, zone?: boolean }} [options] zone: append " GMT+7"
 */
export function formatVietnamTime(value, { seconds = false, zone = false } = {}) {
  const millis = toMillis(value);
  if (millis === null) return '—';
  const f = vietnamFields(millis);
  const time = `${pad(f.hour)}:${pad(f.minute)}${seconds ? `:${pad(f.second)}` : ''}`;
  return `${pad(f.day)}/${pad(f.month)}/${f.year} ${time}${zone ? ` ${VIETNAM_ZONE_LABEL}` : ''}`;
}

/**
 * The value of an <input type="datetime-local"> ("2026-12-06T21:35") for an instant, in Vietnam time.
 * @param {number} millis
 */
export function toVietnamInput(millis) {
  const f = vietnamFields(millis);
  return `${f.year}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}`;
}

/**
 * The instant of a Vietnam wall-clock time typed as "dd/mm/yyyy HH:mm" (or the datetime-local form
 * "yyyy-mm-ddTHH:mm"); null when it is not one.
 * @param {string} text
 * @returns {number | null}
 */
export function parseVietnamTime(text) {
  const trimmed = text.trim();
  let match = trimmed.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})$/);
  let year; let month; let day; let hour; let minute;
  if (match) {
    [, day, month, year, hour, minute] = match.map(Number);
  } else {
    match = trimmed.match(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/);
    if (!match) return null;
    [, year, month, day, hour, minute] = match.map(Number);
  }
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const millis = Date.UTC(year, month - 1, day, hour, minute) - VIETNAM_OFFSET_MILLIS;
  return vietnamFields(millis).day === day ? millis : null;
}

/**
 * An age in whole units: { unit: 'seconds' | 'minutes' | 'hours' | 'days', count }.
 * @param {number} millis the age, not negative
 */
export function ageParts(millis) {
  const seconds = Math.max(0, Math.floor(millis / 1000));
  if (seconds < 60) return { unit: 'seconds', count: seconds };
  if (seconds < 3600) return { unit: 'minutes', count: Math.floor(seconds / 60) };
  if (seconds < 86400) return { unit: 'hours', count: Math.floor(seconds / 3600) };
  return { unit: 'days', count: Math.floor(seconds / 86400) };
}

/**
 * A country's name in a language from its ISO 3166-1 alpha-2 code ("VN" → "Việt Nam" in vi), or the
 * code itself when the browser has no name for it.
 * @param {string | null | undefined} code
 * @param {string} language
 */
export function countryName(code, language) {
  if (!code) return null;
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) || code;
  } catch {
    return code;
  }
}
