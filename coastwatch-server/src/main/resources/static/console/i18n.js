// Message bundles (i18n/vi.json, i18n/en.json) and locale-aware formatting with Intl.
// Vietnamese is the default; the choice is kept in localStorage.
const LANGUAGES = ['vi', 'en'];
const LOCALES = { vi: 'vi-VN', en: 'en-GB' };
const bundles = {};
let language = LANGUAGES.includes(localStorage.getItem('coastwatch.lang')) ? localStorage.getItem('coastwatch.lang') : 'vi';
const listeners = [];

export async function loadLanguage(next = language) {
  if (!bundles[next]) {
    const response = await fetch(`console/i18n/${next}.json`);
    bundles[next] = await response.json();
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

/** Calls listener(language) after every switch. */
export function onLanguageChange(listener) {
  listeners.push(listener);
}

/** The message for key with {name} placeholders filled in; the key itself when missing. */
export function t(key, params = {}) {
  const text = bundles[language]?.[key] ?? bundles.en?.[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** Fills elements marked data-i18n (text), data-i18n-placeholder, data-i18n-title and data-i18n-aria. */
export function applyToDocument(root = document) {
  root.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-placeholder]').forEach(el => { el.placeholder = t(el.dataset.i18nPlaceholder); });
  root.querySelectorAll('[data-i18n-title]').forEach(el => { el.title = t(el.dataset.i18nTitle); });
  root.querySelectorAll('[data-i18n-aria]').forEach(el => { el.setAttribute('aria-label', t(el.dataset.i18nAria)); });
}

function locale() {
  return LOCALES[language];
}

const formatters = new Map();
function formatter(kind, options) {
  const key = `${locale()}|${kind}|${JSON.stringify(options)}`;
  if (!formatters.has(key)) {
    formatters.set(key, kind === 'date' ? new Intl.DateTimeFormat(locale(), options) : new Intl.NumberFormat(locale(), options));
  }
  return formatters.get(key);
}

/** A date and time (ISO string or ms) in the user's locale and time zone; '—' when unknown. */
export function formatTime(value) {
  if (value === null || value === undefined) return '—';
  return formatter('date', { dateStyle: 'short', timeStyle: 'medium' }).format(new Date(value));
}

/** A number with the given decimals in the user's locale; '—' when unknown. */
export function formatNumber(value, decimals = 1) {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return formatter('number', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}
