// @ts-check
// A table with sorting (click a column heading; again to reverse) and paging, for the screens' lists.
import { t } from '../i18n.js';
import { pageOf, sortRows } from './table-model.js';

/**
 * @template Row
 * @typedef {import('./table-model.js').Column<Row>} Column
 */

/** @template Row */
export class DataTable {
  /**
   * @param {HTMLElement} element where the table and its pager go
   * @param {Column<Row>[]} columns
   * @param {{ pageSize?: number, onOpen?: (row: Row) => void, emptyKey?: string }} [options]
   */
  constructor(element, columns, { pageSize = 50, onOpen, emptyKey = 'table.empty' } = {}) {
    this.element = element;
    this.columns = columns;
    this.pageSize = pageSize;
    this.onOpen = onOpen;
    this.emptyKey = emptyKey;
    /** @type {Row[]} */
    this.rows = [];
    this.sortKey = columns[0]?.key;
    /** @type {'asc' | 'desc'} */
    this.direction = 'asc';
    this.page = 0;
  }

  /** @param {Row[]} rows */
  setRows(rows) {
    this.rows = rows;
    this.render();
  }

  /** @param {string} key */
  sortBy(key) {
    this.direction = this.sortKey === key && this.direction === 'asc' ? 'desc' : 'asc';
    this.sortKey = key;
    this.render();
  }

  render() {
    const column = this.columns.find(c => c.key === this.sortKey) || this.columns[0];
    const sorted = column ? sortRows(this.rows, column.value, this.direction) : this.rows;
    const view = pageOf(sorted, this.page, this.pageSize);
    this.page = view.page;
    const table = document.createElement('table');
    table.className = 'data-table';
    const head = table.createTHead().insertRow();
    for (const c of this.columns) {
      const cell = document.createElement('th');
      cell.scope = 'col';
      cell.setAttribute('aria-sort', c.key === this.sortKey ? (this.direction === 'asc' ? 'ascending' : 'descending') : 'none');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'link';
      button.textContent = c.label;
      button.addEventListener('click', () => this.sortBy(c.key));
      cell.append(button);
      head.append(cell);
    }
    const body = table.createTBody();
    for (const row of view.rows) {
      const line = body.insertRow();
      if (this.onOpen) {
        line.tabIndex = 0;
        line.addEventListener('click', () => this.onOpen?.(row));
        line.addEventListener('keydown', event => { if (event.key === 'Enter') this.onOpen?.(row); });
      }
      for (const c of this.columns) {
        const cell = line.insertCell();
        const content = c.render ? c.render(row) : String(c.value(row) ?? '—');
        cell.append(content);
      }
    }
    const pager = document.createElement('div');
    pager.className = 'pager';
    const status = document.createElement('span');
    status.textContent = view.total ? t('table.range', { from: view.from, to: view.to, total: view.total }) : t(this.emptyKey);
    const previous = this.pagerButton('table.previous', view.page > 0, () => { this.page--; this.render(); });
    const next = this.pagerButton('table.next', view.page < view.pages - 1, () => { this.page++; this.render(); });
    pager.append(previous, status, next);
    this.element.replaceChildren(table, pager);
  }

  /**
   * @param {string} key
   * @param {boolean} enabled
   * @param {() => void} action
   */
  pagerButton(key, enabled, action) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = t(key);
    button.disabled = !enabled;
    button.addEventListener('click', action);
    return button;
  }
}
