// @ts-check
// The administration screen's views: each loads its records from /api/v1 and draws them (the unit
// tree as a nested list, the others as sortable tables), with a form to add or change a record (a
// table's row or a unit's "new version" opens it) and the import of a file. Labels follow the console's
// language; a kind, rank or competence the bundle does not name is shown as its slug.
import { get, query } from '../../api.js';
import { applyToDocument, currentLanguage, has, t } from '../../i18n.js';
import { formatVietnamTime } from '../../format.js';
import { DataTable } from '../../shared/table.js';
import { RecordForm, importForm } from './forms.js';

/** The tabs, in order. */
export const TABS = ['units', 'agencies', 'persons', 'resources', 'audit'];

/**
 * The label of a code: the bundle's `admin.<group>.<slug>`, else the slug.
 * @param {string} group
 * @param {string | null | undefined} slug
 */
function label(group, slug) {
  if (!slug) return '—';
  const key = `admin.${group}.${slug}`;
  return has(key) ? t(key) : slug;
}

/**
 * A record's name in the console's language.
 * @param {any} record with nameVi / nameEn (or positionVi / positionEn with prefix 'position')
 * @param {string} [prefix]
 */
function named(record, prefix = 'name') {
  return (currentLanguage() === 'en' && record[`${prefix}En`]) || record[`${prefix}Vi`] || '—';
}

/** @param {string | null | undefined} from @param {string | null | undefined} to */
function validity(from, to) {
  return to ? t('admin.validFromTo', { from: from ?? '—', to }) : t('admin.validFrom', { from: from ?? '—' });
}

export class AdminViews {
  /**
   * @param {HTMLElement} element where the view goes
   * @param {HTMLElement} status where a failed load says why
   * @param {(tab: string, params: Record<string, string>) => void} navigate
   */
  constructor(element, status, navigate) {
    this.element = element;
    this.status = status;
    this.navigate = navigate;
    this.tab = 'units';
    /** @type {Record<string, string>} */
    this.params = {};
    /** @type {Map<string, string>} unit id → its name, for the persons' and resources' tables */
    this.unitNames = new Map();
    /** @type {{ id: string, name: string }[]} the units of today, the forms' choices of a unit */
    this.choices = [];
    /** @type {string | null} the unit whose versions are shown */
    this.historyId = null;
  }

  /**
   * @param {string} tab
   * @param {Record<string, string>} params
   */
  show(tab, params) {
    this.tab = tab;
    this.params = params;
    this.render();
  }

  render() {
    this.status.textContent = '';
    const views = {
      units: () => this.units(), agencies: () => this.agencies(), persons: () => this.persons(),
      resources: () => this.resources(), audit: () => this.audit(),
    };
    const view = views[/** @type {keyof typeof views} */ (this.tab)] ?? views.units;
    return view().catch(error => { this.status.textContent = error.message; });
  }

  async units() {
    const on = this.params.on || '';
    this.element.innerHTML = `
      <div class="filters">
        <label><span data-i18n="admin.on"></span> <input type="date" id="admin-on" value="${on}"></label>
      </div>
      ${this.tools('units')}
      <p id="admin-tree-day" class="muted"></p>
      <ul id="admin-tree" class="admin-tree"></ul>
      <section id="admin-history" hidden><h3 id="admin-history-title"></h3><ol id="admin-versions"></ol>
        <button type="button" id="admin-new-version" data-i18n="admin.form.newVersionOf"></button></section>`;
    applyToDocument(this.element);
    const input = /** @type {HTMLInputElement} */ (this.element.querySelector('#admin-on'));
    input.addEventListener('change', () => this.navigate('units', input.value ? { on: input.value } : {}));
    /** @type {any[]} */
    const units = await get(`/api/v1/units${query({ on })}`);
    units.forEach(unit => this.unitNames.set(unit.id, named(unit)));
    this.choices = units.map(unit => ({ id: unit.id, name: named(unit) }));
    const form = this.editor('units');
    /** @type {HTMLElement} */ (this.element.querySelector('#admin-new-version')).addEventListener('click', () =>
      form.open(units.find(unit => unit.id === this.historyId) ?? null));
    /** @type {HTMLElement} */ (this.element.querySelector('#admin-tree-day')).textContent =
      t('admin.treeOf', { day: on || t('admin.today'), count: units.length });
    /** @type {Map<string | null, any[]>} */
    const children = new Map();
    units.forEach(unit => children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit]));
    const ids = new Set(units.map(unit => unit.id));
    const roots = units.filter(unit => !unit.parentId || !ids.has(unit.parentId));
    /** @param {any} unit @returns {HTMLLIElement} */
    const item = unit => {
      const line = document.createElement('li');
      line.dataset.unit = unit.id;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'link';
      button.textContent = named(unit);
      button.addEventListener('click', () => this.history(unit.id, named(unit)));
      const facts = document.createElement('span');
      facts.className = 'muted';
      facts.textContent = ` · ${label('unitKind', unit.kind)} · ${unit.code} · ${validity(unit.validFrom, unit.validTo)}`
        + (unit.locationApproximate ? ` · ${t('admin.approximate')}` : '');
      line.append(button, facts);
      const below = children.get(unit.id) ?? [];
      if (below.length) {
        const list = document.createElement('ul');
        list.append(...below.map(item));
        line.append(list);
      }
      return line;
    };
    /** @type {HTMLElement} */ (this.element.querySelector('#admin-tree')).replaceChildren(...roots.map(item));
  }

  /**
   * Shows every version of a unit, oldest first, each with its parent's name as it was.
   * @param {string} id
   * @param {string} name
   */
  async history(id, name) {
    this.historyId = id;
    /** @type {any[]} */
    const versions = await get(`/api/v1/units/${encodeURIComponent(id)}/history`);
    for (const version of versions) {
      if (version.parentId && !this.unitNames.has(version.parentId)) {
        const parent = await get(`/api/v1/units/${encodeURIComponent(version.parentId)}${query({ on: version.validFrom })}`);
        this.unitNames.set(parent.id, named(parent));
      }
    }
    const section = /** @type {HTMLElement} */ (this.element.querySelector('#admin-history'));
    /** @type {HTMLElement} */ (section.querySelector('#admin-history-title')).textContent = t('admin.historyOf', { name });
    /** @type {HTMLElement} */ (section.querySelector('#admin-versions')).replaceChildren(...versions.map(version => {
      const line = document.createElement('li');
      line.textContent = `${validity(version.validFrom, version.validTo)}: ${named(version)}`
        + (version.parentId ? ` (${t('admin.under', { parent: this.unitNames.get(version.parentId) ?? version.parentId })})` : '');
      return line;
    }));
    section.hidden = false;
  }

  async agencies() {
    const table = this.table('agencies', [
      { key: 'name', label: t('admin.name'), value: row => named(row) },
      { key: 'kind', label: t('admin.kind'), value: row => label('agencyKind', row.kind) },
      { key: 'competences', label: t('admin.competences'), value: row => row.competences.length },
      { key: 'contacts', label: t('admin.contacts'), value: row => row.contacts.map((/** @type {any} */ c) => c.value).join(', ') },
      { key: 'validity', label: t('admin.validity'), value: row => validity(row.validFrom, row.validTo) },
    ]);
    table.setRows(await get('/api/v1/agencies'));
  }

  async persons() {
    await this.knowUnits();
    const table = this.table('persons', [
      { key: 'fullName', label: t('admin.fullName'), value: row => row.fullName },
      { key: 'rank', label: t('admin.rank'), value: row => label('rank', row.rank) },
      { key: 'position', label: t('admin.position'), value: row => named(row, 'position') },
      { key: 'unit', label: t('admin.unit'), value: row => this.unitNames.get(row.unitId) ?? row.unitId },
    ]);
    table.setRows(await get('/api/v1/persons'));
  }

  async resources() {
    await this.knowUnits();
    const table = this.table('resources', [
      { key: 'name', label: t('admin.name'), value: row => row.name },
      { key: 'kind', label: t('admin.kind'), value: row => label('resourceKind', row.kind) },
      { key: 'unit', label: t('admin.unit'), value: row => this.unitNames.get(row.unitId) ?? row.unitId },
      { key: 'hullNumber', label: t('admin.hullNumber'), value: row => row.hullNumber },
      { key: 'mmsi', label: 'MMSI', value: row => row.mmsi ?? row.trackerId },
      { key: 'speedKnots', label: t('admin.speed'), value: row => row.speedKnots },
      { key: 'crewSize', label: t('admin.crew'), value: row => row.crewSize },
    ]);
    table.setRows(await get('/api/v1/resources'));
  }

  async audit() {
    const filters = { entity: this.params.entity ?? '', entityId: this.params.entityId ?? '', account: this.params.account ?? '' };
    this.element.innerHTML = `
      <form class="filters" id="admin-audit-filters">
        <input name="entity" data-i18n-placeholder="admin.entity" value="">
        <input name="entityId" data-i18n-placeholder="admin.entityId" value="">
        <input name="account" data-i18n-placeholder="admin.account" value="">
        <button type="submit" data-i18n="admin.filter"></button>
        <a id="admin-audit-export" data-i18n="admin.export"></a>
      </form>
      <p class="muted" data-i18n="admin.exportHint"></p>
      <div id="admin-table-audit"></div>`;
    applyToDocument(this.element);
    const form = /** @type {HTMLFormElement} */ (this.element.querySelector('#admin-audit-filters'));
    for (const [name, value] of Object.entries(filters)) {
      /** @type {HTMLInputElement} */ (form.elements.namedItem(name)).value = value;
    }
    form.addEventListener('submit', event => {
      event.preventDefault();
      const values = Object.fromEntries(Object.keys(filters).map(name =>
        [name, /** @type {HTMLInputElement} */ (form.elements.namedItem(name)).value.trim()]).filter(([, value]) => value));
      this.navigate('audit', values);
    });
    /** @type {HTMLAnchorElement} */ (this.element.querySelector('#admin-audit-export')).href =
      `/api/v1/audit/export${query({ ...filters, format: 'csv' })}`;
    const table = new DataTable(/** @type {HTMLElement} */ (this.element.querySelector('#admin-table-audit')), [
      { key: 'seq', label: '#', value: (/** @type {any} */ row) => row.seq },
      { key: 'time', label: t('admin.time'), value: (/** @type {any} */ row) => formatVietnamTime(row.time, { seconds: true }) },
      { key: 'account', label: t('admin.account'), value: (/** @type {any} */ row) => row.account },
      { key: 'action', label: t('admin.action'), value: (/** @type {any} */ row) => row.action },
      { key: 'entity', label: t('admin.entity'), value: (/** @type {any} */ row) => row.entity },
      { key: 'entityId', label: t('admin.entityId'), value: (/** @type {any} */ row) => row.entityId },
      { key: 'unitId', label: t('admin.unit'), value: (/** @type {any} */ row) => row.unitId },
    ]);
    table.sortKey = 'seq';
    table.direction = 'desc';
    const page = await get(`/api/v1/audit${query({ ...filters, limit: 200 })}`);
    table.setRows(page.entries);
  }

  /** Learns the units' names of today (for the persons' and resources' tables). */
  async knowUnits() {
    /** @type {any[]} */
    const units = await get('/api/v1/units');
    units.forEach(unit => this.unitNames.set(unit.id, named(unit)));
    this.choices = units.map(unit => ({ id: unit.id, name: named(unit) }));
  }

  /**
   * A sortable table of one kind of record in the view.
   * @param {string} kind
   * @param {import('../../shared/table-model.js').Column<any>[]} columns
   */
  table(kind, columns) {
    this.element.innerHTML = `${this.tools(kind)}<div id="admin-table-${kind}"></div>`;
    applyToDocument(this.element);
    const form = this.editor(kind);
    return new DataTable(/** @type {HTMLElement} */ (this.element.querySelector(`#admin-table-${kind}`)), columns,
      { onOpen: row => form.open(row) });
  }

  /**
   * The tools above a kind's records: add one, download them as a spreadsheet, import a file; then
   * the place of the form.
   * @param {string} kind
   */
  tools(kind) {
    return `<div class="admin-tools">
        <button type="button" id="admin-add-${kind}" data-i18n="admin.form.add"></button>
        <a data-i18n="admin.download" href="/api/v1/${kind}/export?format=xlsx"></a>
        <div id="admin-import"></div>
      </div>
      <div id="admin-editor"></div>`;
  }

  /**
   * Wires the tools of {@link tools}: the form of {@code kind}, opened empty by "add", and the import;
   * either redraws the view once the server has stored the records.
   * @param {string} kind
   */
  editor(kind) {
    const form = new RecordForm(/** @type {HTMLElement} */ (this.element.querySelector('#admin-editor')), kind,
      { units: this.choices }, () => this.render());
    /** @type {HTMLElement} */ (this.element.querySelector(`#admin-add-${kind}`)).addEventListener('click', () => form.open(null));
    importForm(/** @type {HTMLElement} */ (this.element.querySelector('#admin-import')), kind, () => this.render());
    return form;
  }

}
