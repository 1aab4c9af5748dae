// @ts-check
// The rows a table shows: sorted by one column, cut into pages, with the totals said right.
// Pure functions: no DOM (table.js draws them).

/**
 * @template Row
 * @typedef {{ key: string, label: string, value: (row: Row) => (string | number | null | undefined),
 *   render?: (row: Row) => (string | Node) }} Column
 */

/**
 * The rows sorted by a column's value (numbers as numbers, text in the locale's order, empty values
 * last whichever the direction); a stable sort.
 * @template Row
 * @param {Row[]} rows
 * @param {(row: Row) => (string | number | null | undefined)} value
 * @param {'asc' | 'desc'} direction
 * @param {string} [locale]
 * @returns {Row[]}
 */
export function sortRows(rows, value, direction, locale = 'vi') {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = direction === 'desc' ? -1 : 1;
  return rows.map((row, index) => ({ row, index, key: value(row) }))
    .sort((a, b) => {
      const aEmpty = a.key === null || a.key === undefined || a.key === '';
      const bEmpty = b.key === null || b.key === undefined || b.key === '';
      if (aEmpty || bEmpty) return aEmpty === bEmpty ? a.index - b.index : aEmpty ? 1 : -1;
      const order = typeof a.key === 'number' && typeof b.key === 'number'
        ? a.key - b.key : collator.compare(String(a.key), String(b.key));
      return order * sign || a.index - b.index;
    })
    .map(entry => entry.row);
}

/**
 * One page of rows and what the pager says: the 1-based range shown and the number of pages.
 * @template Row
 * @param {Row[]} rows
 * @param {number} page 0-based; clamped to the last page
 * @param {number} size rows per page, at least 1
 */
export function pageOf(rows, page, size) {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const index = Math.min(Math.max(0, page), pages - 1);
  const start = index * size;
  const shown = rows.slice(start, start + size);
  return { rows: shown, page: index, pages, total: rows.length, from: shown.length ? start + 1 : 0, to: start + shown.length };
}
