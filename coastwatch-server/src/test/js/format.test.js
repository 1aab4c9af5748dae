// Unit tests of console/format.js: Vietnam time (GMT+7) whatever the machine's zone, dd/mm/yyyy HH:mm.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ageParts, countryName, formatVietnamTime, parseVietnamTime, toMillis, toVietnamInput } from '../../main/resources/static/console/format.js';

test('an instant is written in Vietnam time, day first, on a 24 h clock', () => {
  assert.equal(formatVietnamTime('2026-12-06T14:35:03Z'), '06/12/2026 21:35');
  assert.equal(formatVietnamTime('2026-12-06T14:35:03Z', { seconds: true, zone: true }), '06/12/2026 21:35:03 GMT+7');
  assert.equal(formatVietnamTime(Date.UTC(2026, 11, 31, 17, 0)), '01/01/2027 00:00', 'past midnight in Vietnam');
});

test('an unknown time is a dash', () => {
  for (const value of [null, undefined, '', 'not a time']) assert.equal(formatVietnamTime(value), '—');
  assert.equal(toMillis('nonsense'), null);
});

test('a typed Vietnam time is read back to the same instant', () => {
  const millis = Date.UTC(2026, 11, 6, 14, 35);
  assert.equal(parseVietnamTime('06/12/2026 21:35'), millis);
  assert.equal(parseVietnamTime(toVietnamInput(millis)), millis);
  assert.equal(toVietnamInput(millis), '2026-12-06T21:35');
});

test('an impossible date is refused, not rolled over', () => {
  for (const text of ['31/02/2026 10:00', '06/13/2026 10:00', '06/12/2026 24:00', '2026-12-06', 'hôm qua']) {
    assert.equal(parseVietnamTime(text), null, text);
  }
});

test('an age is told in its largest whole unit', () => {
  assert.deepEqual(ageParts(59_999), { unit: 'seconds', count: 59 });
  assert.deepEqual(ageParts(60_000), { unit: 'minutes', count: 1 });
  assert.deepEqual(ageParts(3 * 3_600_000 + 1), { unit: 'hours', count: 3 });
  assert.deepEqual(ageParts(2 * 86_400_000), { unit: 'days', count: 2 });
  assert.deepEqual(ageParts(-5), { unit: 'seconds', count: 0 });
});

test('a country is named in the console\'s language', () => {
  assert.equal(countryName('VN', 'vi'), 'Việt Nam');
  assert.equal(countryName('CN', 'en'), 'China');
  assert.equal(countryName(null, 'vi'), null);
});
