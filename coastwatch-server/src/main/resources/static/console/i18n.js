// @ts-check
// Message bundles and locale-aware formatting. The frame's and shared pieces' strings are in
// i18n/{vi,en}.json, each screen's in modules/<screen>/i18n/{vi,en}.json (its keys prefixed with the
// screen's id); all are loaded together, so a key is found whichever bundle holds it. Vietnamese is
// the default; the choice is kept in localStorage. Times are Vietnam time whatever the browser's zone.
import { formatVietnamTime } from './format.js';

const LANGUAGES = ['vi', 'en'];
const LOCALES = /** @type {Record<string, string>} */ ({ vi: 'vi-VN', en: 'en-GB' });
/** @type {Record<string, Record<string, string>>} */
const bundles = {};
const stored = localStorage.getItem('coastwatch.lang');
let language = stored && LANGUAGES.includes(stored) ? stored : 'vi';
/** @type {((language: string) => void)[]} */
const listeners = [];
/** @type {string[]} */
let screenIds = [];

/**
 * The screens whose bundles are loaded with the frame's (their ids are their folders under modules/).
 * @param {string[]} ids
 */
export function useScreenBundles(ids) {
  screenIds = ids;
  Object.keys(bundles).forEach(key => delete bundles[key]);
}

/** @param {string} path */
async function fetchBundle(path) {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return /** @type {Record<string, string>} */ (await response.json());
}

/** Loads (once) and switches to a language, re-translates the page and tells the listeners. */
export async function loadLanguage(next = language) {
  if (!bundles[next]) {
    const parts = await Promise.all([`console/i18n/${next}.json`,
      ...screenIds.map(id => `console/modules/${id}/i18n/${next}.json`)].map(fetchBundle));
    bundles[next] = Object.assign({}, ...parts);
  }
  language = next;
  localStorage.setItem('coastwatch.lang', next);
  document.documentElement.lang = next;
  applyToDocument();
  listeners.forEach(listener => listener(next));
}

export function otherLanguage() {
  return LANGUAGES[(LANGUAGES.indexOf(language) + 1) % LANGUAGES.length];
}

export function currentLanguage() {
  return language;
}

/**
 * Calls listener(language) after every switch.
 * @param {(language: string) => void} listener
 */
export function onLanguageChange(listener) {
  listeners.push(listener);
}

/**
 * Whether a message exists for key.
 * @param {string} key
 */
export function has(key) {
  return key in (bundles[language] || {});
}

/**
 * The message for key with {name} placeholders filled in; the key itself when missing.
 * @param {string} key
 * @param {Record<string, string | number>} [params]
 */
export function t(key, params = {}) {
  const text = bundles[language]?.[key] ?? bundles.en?.[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/**
 * Fills elements marked data-i18n (text), data-i18n-placeholder, data-i18n-title and data-i18n-aria.
 * @param {ParentNode} [root]
 */
export function applyToDocument(root = document) {
  root.querySelectorAll('[data-i18n]').forEach(el => { if (el instanceof HTMLElement) el.textContent = t(el.dataset.i18n || ''); });
  root.querySelectorAll('[data-i18n-placeholder]').forEach(el => {
    if (el instanceof HTMLInputElement) el.placeholder = t(el.dataset.i18nPlaceholder || '');
  });
  root.querySelectorAll('[data-i18n-title]').forEach(el => { if (el instanceof HTMLElement) el.title = t(el.dataset.i18nTitle || ''); });
  root.querySelectorAll('[data-i18n-aria]').forEach(el => {
    if (el instanceof HTMLElement) el.setAttribute('aria-label', t(el.dataset.i18nAria || ''));
  });
}

function locale() {
  return LOCALES[language];
}

/** @type {Map<string, Intl.NumberFormat>} */
const formatters = new Map();

/**
 * A date and time (ISO string or ms) in Vietnam time, "06/12/2026 21:35"; '—' when unknown.
 * @param {string | number | null | undefined} value
 * @param {{ seconds?: boolean, zone?: boolean }} [options] zone: append " GMT+7"
 */
export function formatTime(value, options) {
  return formatVietnamTime(value, options);
}

/**
 * A number with the given decimals in the user's locale; '—' when unknown.
 * @param {number | null | undefined} value
 */
export function formatNumber(value, decimals = 1) {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  const key = `${locale()}|${decimals}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale(), { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}

/** The decimal mark of the user's language: ',' in Vietnamese, '.' in English. */
export function decimalMark() {
  return formatNumber(1.5, 1).replace(/\d/g, '');
}
