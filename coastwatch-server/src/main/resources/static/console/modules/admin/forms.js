// @ts-check
// The administration screen's forms: a record of one kind created or changed (a unit changed is a new
// version from the day given, the old one kept), and a CSV or XLSX file of records imported — all lines
// or none. The API's field errors are shown beside their fields in the console's language; an import's
// errors (field "line 14, unitId") as one line each: "Dòng 14, cột unitId (Đơn vị): Bắt buộc phải điền".
import { ApiError, request, upload } from '../../api.js';
import { applyToDocument, has, t } from '../../i18n.js';
import { clearErrors, showErrors } from '../../shared/form.js';
import { fieldMessage } from '../../shared/problem.js';

/**
 * A field of a form: its API name, how it is entered, and for a choice the slugs it offers (labelled by
 * the bundle's `admin.<group>.<slug>`) or the name of the list the screen fills in (`units`).
 * @typedef {{ name: string, type?: 'text' | 'date' | 'number', choices?: string[], group?: string, from?: 'units', list?: boolean }} FieldSpec
 */

// The slugs of operations/org UnitKind, AgencyKind, Rank and ResourceKind, whose labels the bundles hold;
// a slug the server no longer knows comes back as a field error.
const UNIT_KINDS = ['command', 'staff-office', 'station', 'control-post', 'flotilla', 'boat-team'];
const AGENCY_KINDS = ['coast-guard-region', 'fisheries-inspection', 'police', 'fisheries-authority',
  'port-management-board', 'commune-peoples-committee', 'navy', 'maritime-administration', 'sar-centre'];
const RANKS = ['private', 'private-first-class', 'corporal', 'sergeant', 'senior-sergeant', 'second-lieutenant',
  'lieutenant', 'senior-lieutenant', 'captain', 'major', 'lieutenant-colonel', 'senior-colonel', 'colonel',
  'major-general'];
const RESOURCE_KINDS = ['patrol-boat', 'fast-boat', 'vehicle', 'radar', 'camera'];

/** @type {Record<string, FieldSpec[]>} the fields each kind's form edits; the record's others are kept */
export const FORMS = {
  units: [
    { name: 'id' }, { name: 'code' }, { name: 'kind', choices: UNIT_KINDS, group: 'unitKind' },
    { name: 'nameVi' }, { name: 'nameEn' }, { name: 'parentId', from: 'units' },
    { name: 'latitude', type: 'number' }, { name: 'longitude', type: 'number' }, { name: 'validFrom', type: 'date' },
  ],
  agencies: [
    { name: 'id' }, { name: 'kind', choices: AGENCY_KINDS, group: 'agencyKind' }, { name: 'nameVi' },
    { name: 'nameEn' }, { name: 'competences', list: true }, { name: 'validFrom', type: 'date' },
  ],
  persons: [
    { name: 'id' }, { name: 'fullName' }, { name: 'rank', choices: RANKS, group: 'rank' }, { name: 'positionVi' },
    { name: 'positionEn' }, { name: 'unitId', from: 'units' },
  ],
  resources: [
    { name: 'id' }, { name: 'kind', choices: RESOURCE_KINDS, group: 'resourceKind' }, { name: 'name' },
    { name: 'unitId', from: 'units' }, { name: 'hullNumber' }, { name: 'mmsi', type: 'number' }, { name: 'trackerId' },
    { name: 'speedKnots', type: 'number' }, { name: 'enduranceHours', type: 'number' }, { name: 'crewSize', type: 'number' },
  ],
};

/** The content types of the files an import takes, by the file's name. */
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The form of one record of {@code kind}: empty for a new record, or filled from {@code record} to
 * change it (its id fixed). Saves through the API and calls {@code saved} with what the server stored.
 */
export class RecordForm {
  /**
   * @param {HTMLElement} element where the form goes
   * @param {string} kind units, agencies, persons or resources
   * @param {{ units: { id: string, name: string }[] }} lists the choices the screen knows
   * @param {(record: any) => void} saved
   */
  constructor(element, kind, lists, saved) {
    this.element = element;
    this.kind = kind;
    this.lists = lists;
    this.saved = saved;
    /** @type {any} the record being changed, or null for a new one */
    this.record = null;
  }

  /** @param {any} record the record to change, or null for a new one */
  open(record) {
    this.record = record;
    const fields = FORMS[this.kind];
    this.element.innerHTML = `
      <form class="admin-form" id="admin-form-${this.kind}" novalidate>
        <h3 data-i18n="admin.form.${record ? 'change' : 'new'}"></h3>
        ${fields.map(field => `<label class="field"><span data-i18n="admin.field.${field.name}"></span>
          ${this.input(field)}</label>`).join('')}
        ${this.kind === 'units' && record ? '<p class="muted" data-i18n="admin.form.newVersion"></p>' : ''}
        <p class="error" data-form-error role="alert"></p>
        <button type="submit" data-i18n="admin.form.save"></button>
        <button type="button" data-cancel data-i18n="admin.form.cancel"></button>
      </form>`;
    applyToDocument(this.element);
    const form = /** @type {HTMLFormElement} */ (this.element.querySelector('form'));
    for (const field of fields) {
      const input = /** @type {HTMLInputElement} */ (form.elements.namedItem(field.name));
      const value = record?.[field.name];
      input.value = value === null || value === undefined ? '' : Array.isArray(value) ? value.join('; ') : String(value);
    }
    if (record) {
      /** @type {HTMLInputElement} */ (form.elements.namedItem('id')).readOnly = true;
      if (this.kind === 'units') /** @type {HTMLInputElement} */ (form.elements.namedItem('validFrom')).value = '';
    }
    form.addEventListener('submit', event => {
      event.preventDefault();
      this.save(form);
    });
    /** @type {HTMLElement} */ (form.querySelector('[data-cancel]')).addEventListener('click', () => { this.element.innerHTML = ''; });
  }

  /** @param {FieldSpec} field */
  input(field) {
    const choices = field.from === 'units'
      ? this.lists.units.map(unit => [unit.id, unit.name])
      : field.choices?.map(slug => [slug, has(`admin.${field.group}.${slug}`) ? t(`admin.${field.group}.${slug}`) : slug]);
    if (choices) {
      return `<select name="${field.name}"><option value=""></option>${choices.map(([value, text]) =>
        `<option value="${escape(value)}">${escape(text)}</option>`).join('')}</select>`;
    }
    return `<input name="${field.name}" type="${field.type === 'date' ? 'date' : 'text'}"${field.type === 'number' ? ' inputmode="decimal"' : ''}>`;
  }

  /** @param {HTMLFormElement} form */
  async save(form) {
    clearErrors(form);
    /** @type {Record<string, any>} */
    const body = { ...(this.record ?? {}) };
    if (this.kind === 'units') delete body.validTo;
    for (const field of FORMS[this.kind]) {
      const text = /** @type {HTMLInputElement} */ (form.elements.namedItem(field.name)).value.trim();
      body[field.name] = field.list ? text.split(';').map(item => item.trim()).filter(Boolean) : text || null;
    }
    const id = encodeURIComponent(body.id ?? '');
    const creatingUnit = this.kind === 'units' && !this.record;
    try {
      const stored = await request(creatingUnit ? 'POST' : 'PUT', creatingUnit ? '/api/v1/units' : `/api/v1/${this.kind}/${id}`, body);
      this.element.innerHTML = '';
      this.saved(stored);
    } catch (error) {
      showErrors(form, error);
    }
  }
}

/**
 * The import of a file of {@code kind}: a file chooser and a button; the server's refusal is shown as a
 * list of the wrong lines, each in the console's language.
 * @param {HTMLElement} element
 * @param {string} kind
 * @param {(result: { written: number, unchanged: number }) => void} imported
 */
export function importForm(element, kind, imported) {
  element.innerHTML = `
    <form class="admin-import" id="admin-import-${kind}">
      <label><span data-i18n="admin.import.file"></span> <input type="file" name="file" accept=".csv,.xlsx,text/csv,${XLSX}"></label>
      <button type="submit" data-i18n="admin.import.run"></button>
      <p class="muted" id="admin-import-result"></p>
      <ul class="error" id="admin-import-errors" role="alert"></ul>
    </form>`;
  applyToDocument(element);
  const form = /** @type {HTMLFormElement} */ (element.querySelector('form'));
  const result = /** @type {HTMLElement} */ (form.querySelector('#admin-import-result'));
  const errors = /** @type {HTMLElement} */ (form.querySelector('#admin-import-errors'));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    result.textContent = '';
    errors.replaceChildren();
    const file = /** @type {HTMLInputElement} */ (form.elements.namedItem('file')).files?.[0];
    if (!file) {
      errors.replaceChildren(item(t('admin.import.choose')));
      return;
    }
    const type = file.name.toLowerCase().endsWith('.xlsx') ? XLSX : 'text/csv;charset=UTF-8';
    try {
      const answer = await upload(`/api/v1/${kind}/import`, file, type);
      result.textContent = t('admin.import.done', { written: answer.written, unchanged: answer.unchanged });
      imported(answer);
    } catch (error) {
      errors.replaceChildren(...importErrors(error).map(item));
    }
  });
}

/**
 * The lines of an import's refusal: "Dòng 14, cột unitId: <message>" for a field error of a line, the
 * message alone for the rest.
 * @param {unknown} error
 * @returns {string[]}
 */
export function importErrors(error) {
  const problem = error instanceof ApiError ? error.problem : null;
  if (!problem?.errors?.length) return [error instanceof Error ? error.message : String(error)];
  return problem.errors.map(fieldError => {
    const where = /^line (\d+)(?:, (.+))?$/.exec(fieldError.field);
    const column = where?.[2];
    const message = fieldMessage(column ? { ...fieldError, field: column } : fieldError, t, has);
    if (!where) return message;
    if (!column) return t('admin.import.line', { line: where[1], message });
    const named = has(`admin.field.${column}`) ? `${column} (${t(`admin.field.${column}`)})` : column;
    return t('admin.import.lineField', { line: where[1], column: named, message });
  });
}

/** @param {string} text */
function item(text) {
  const line = document.createElement('li');
  line.textContent = text;
  return line;
}

/** @param {string} text */
function escape(text) {
  return text.replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}
