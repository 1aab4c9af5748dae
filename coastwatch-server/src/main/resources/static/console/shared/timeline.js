// @ts-check
// A timeline: dated entries, newest first, each with who, what and a note (an alert's history, a
// case's record).
import { formatTime } from '../i18n.js';

/**
 * @typedef {{ time: string | number, who?: string | null, what: string, note?: string | null }} TimelineEntry
 */

/**
 * Fills list with the entries, newest first.
 * @param {HTMLElement} list an <ol>
 * @param {TimelineEntry[]} entries
 * @param {string} emptyText shown when there is none
 */
export function renderTimeline(list, entries, emptyText) {
  list.classList.add('timeline');
  const sorted = entries.slice().sort((a, b) => Number(new Date(b.time)) - Number(new Date(a.time)));
  if (!sorted.length) {
    list.replaceChildren(Object.assign(document.createElement('li'), { className: 'muted', textContent: emptyText }));
    return;
  }
  list.replaceChildren(...sorted.map(entry => {
    const item = document.createElement('li');
    const when = Object.assign(document.createElement('time'), { textContent: formatTime(entry.time) });
    when.dateTime = new Date(entry.time).toISOString();
    const what = Object.assign(document.createElement('span'), { className: 'what', textContent: entry.who ? `${entry.what} · ${entry.who}` : entry.what });
    item.append(when, ' ', what);
    if (entry.note) item.append(Object.assign(document.createElement('q'), { textContent: entry.note }));
    return item;
  }));
}
