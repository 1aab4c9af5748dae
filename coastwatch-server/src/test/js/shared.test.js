// Unit tests of the shared pieces' pure parts: tables (shared/table-model.js) and the API's field
// errors (shared/problem.js).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useCatalogue } from '../../main/resources/static/console/shared/catalogue.js';
import { fieldMessage, messagesByField } from '../../main/resources/static/console/shared/problem.js';
import { pageOf, sortRows } from '../../main/resources/static/console/shared/table-model.js';

const rows = [{ name: 'Đại Dương', length: 24 }, { name: 'an bình', length: null }, { name: 'Bạch Long', length: 9 },
  { name: 'Cà Mau 2', length: 9 }, { name: 'Cà Mau 10', length: 15 }];

test('rows sort by a column: text in Vietnamese order with numbers as numbers, empty last', () => {
  assert.deepEqual(sortRows(rows, row => row.name, 'asc').map(row => row.name),
    ['an bình', 'Bạch Long', 'Cà Mau 2', 'Cà Mau 10', 'Đại Dương']);
  assert.deepEqual(sortRows(rows, row => row.length, 'asc').map(row => row.name),
    ['Bạch Long', 'Cà Mau 2', 'Cà Mau 10', 'Đại Dương', 'an bình'], 'stable among equals, empty last');
  assert.deepEqual(sortRows(rows, row => row.length, 'desc').map(row => row.name),
    ['Đại Dương', 'Cà Mau 10', 'Bạch Long', 'Cà Mau 2', 'an bình'], 'empty last in either direction');
});

test('a page says which rows it shows of how many', () => {
  const numbers = Array.from({ length: 23 }, (_, i) => i);
  assert.deepEqual(pageOf(numbers, 2, 10), { rows: [20, 21, 22], page: 2, pages: 3, total: 23, from: 21, to: 23 });
  assert.equal(pageOf(numbers, 9, 10).page, 2, 'past the end: the last page');
  assert.deepEqual(pageOf([], 0, 10), { rows: [], page: 0, pages: 1, total: 0, from: 0, to: 0 });
});

const bundle = { 'error.required': 'Bắt buộc phải điền', 'error.too_long': '{field}: quá dài' };
const translate = (key, params = {}) => bundle[key].replace(/\{(\w+)\}/g, (_, name) => params[name]);
const has = key => key in bundle;

test("a field error is said with the bundle's message for its code, the server's only as the last resort", () => {
  assert.equal(fieldMessage({ field: 'name', code: 'required', message: 'must not be blank' }, translate, has), 'Bắt buộc phải điền');
  assert.equal(fieldMessage({ field: 'note', code: 'too_long' }, translate, has), 'note: quá dài');
  assert.equal(fieldMessage({ field: 'mmsi', code: 'unknown_code', message: 'not nine digits' }, translate, has), 'not nine digits');
  assert.equal(fieldMessage({ field: 'mmsi', code: 'unknown_code' }, translate, has), 'unknown_code');
});

test('the field errors of a problem detail are gathered by field', () => {
  const problem = { errors: [{ field: 'name', code: 'required' }, { field: 'note', code: 'too_long' }, { field: 'name', code: 'x', message: 'bad' }] };
  assert.deepEqual([...messagesByField(problem, translate, has)], [['name', 'Bắt buộc phải điền; bad'], ['note', 'note: quá dài']]);
  assert.equal(messagesByField(null, translate, has).size, 0);
});

test('alerts are triaged: what needs action first, then by severity, then the newest', async () => {
  const { compareForTriage, needsAction } = await import('../../main/resources/static/console/shared/triage.js');
  useSeverities();
  const alerts = [
    { id: 1, severity: 'info', lastTime: '2026-12-07T10:00:00Z' },
    { id: 2, severity: 'warning', lastTime: '2026-12-07T09:00:00Z' },
    { id: 3, severity: 'critical', lastTime: '2026-12-07T08:00:00Z' },
    { id: 4, severity: 'warning', lastTime: '2026-12-07T09:30:00Z' },
    { id: 5, severity: 'critical', lastTime: '2026-12-07T08:00:00Z' },
    { id: 6, severity: 'warning', lastTime: '2026-12-07T11:00:00Z', needsAction: false },
  ];
  assert.deepEqual(alerts.slice().sort(compareForTriage).map(alert => alert.id), [5, 3, 4, 2, 6, 1]);
  assert.equal(needsAction({ severity: 'info' }), false, 'info bookkeeping, until the server says');
  assert.equal(needsAction({ severity: 'info', needsAction: true }), true, "the server's word first");
});

test('pages in triage order go through every critical alert, then the warnings, then the info, with the totals right', async () => {
  const { pageInTriageOrder } = await import('../../main/resources/static/console/shared/triage.js');
  useSeverities();
  const server = { critical: ['c1', 'c2', 'c3'], warning: ['w1', 'w2'], info: ['i1', 'i2', 'i3', 'i4'] };
  const asked = [];
  const slice = async (severity, offset, limit) => {
    asked.push(`${severity}@${offset}+${limit}`);
    return { total: server[severity].length, alerts: server[severity].slice(offset, offset + limit) };
  };
  const pages = [];
  for (let offset = 0; offset < 9; offset += 4) pages.push((await pageInTriageOrder(slice, offset, 4)).alerts);
  assert.deepEqual(pages, [['c1', 'c2', 'c3', 'w1'], ['w2', 'i1', 'i2', 'i3'], ['i4']]);
  const first = await pageInTriageOrder(slice, 0, 2);
  assert.equal(first.total, 9);
  assert.deepEqual(first.totals, { critical: 3, warning: 2, info: 4 });
  assert.ok(asked.includes('info@0+1'), `a severity the page does not reach is asked for its total only: ${asked}`);
  assert.deepEqual((await pageInTriageOrder(slice, 12, 4)).alerts, [], 'past the end: nothing');
});

/** The catalogue's severities (GET /api/v1/rules/types), served in no particular order. */
function useSeverities() {
  useCatalogue({ ruleTypes: [], severities: [{ id: 'warning', rank: 2 }, { id: 'info', rank: 1 }, { id: 'critical', rank: 3 }] });
}
