// Unit tests of console/modules/reports/numbers.js: the figures as the command's reports write them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countedPeriod, formatChange, formatDay, formatFigure, formatPercent, vietnamToday } from '../../main/resources/static/console/modules/reports/numbers.js';

test('Vietnamese groups thousands with a dot and writes decimals with a comma', () => {
  assert.equal(formatFigure(12480, 'vi'), '12.480');
  assert.equal(formatFigure(7.25, 'vi'), '7,3');
  assert.equal(formatPercent(104, 'vi'), '104,0 %');
  assert.equal(formatPercent(1234.56, 'vi'), '1.234,6 %');
});

test('English the other way round', () => {
  assert.equal(formatFigure(12480, 'en'), '12,480');
  assert.equal(formatPercent(104, 'en'), '104.0 %');
});

test('a missing figure is a dash, not zero', () => {
  for (const value of [null, undefined, Number.NaN]) {
    assert.equal(formatFigure(value, 'vi'), '—');
    assert.equal(formatPercent(value, 'vi'), '—');
    assert.equal(formatChange(value, 3, 'vi'), '—');
  }
  assert.equal(formatFigure(0, 'vi'), '0');
});

test('a change is signed, with its percentage when the period before had any', () => {
  assert.equal(formatChange(1200, 10.5, 'vi'), '+1.200 (+10,5 %)');
  assert.equal(formatChange(-3.5, -50, 'vi'), '−3,5 (−50,0 %)');
  assert.equal(formatChange(4, null, 'vi'), '+4');
  assert.equal(formatChange(0, 0, 'vi'), '0 (0,0 %)');
});

test('a target is counted up to today in Vietnam while its period runs', () => {
  assert.equal(vietnamToday(Date.UTC(2026, 11, 31, 17, 30)), '2027-01-01', 'past midnight in Vietnam');
  assert.deepEqual(countedPeriod({ first: '2026-01-01', last: '2026-12-31' }, '2026-12-07'), { first: '2026-01-01', last: '2026-12-07' });
  assert.deepEqual(countedPeriod({ first: '2025-01-01', last: '2025-12-31' }, '2026-12-07'), { first: '2025-01-01', last: '2025-12-31' });
});

test('a day is written day first', () => {
  assert.equal(formatDay('2026-03-02'), '02/03/2026');
  assert.equal(formatDay(null), '—');
  assert.equal(formatDay('2 March'), '—');
});
