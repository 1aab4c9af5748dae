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

test('positions in degrees-minutes, degrees-minutes-seconds and decimal degrees, with the decimal mark asked for', async () => {
  const { formatDecimal, formatDm, formatDms } = await import('../../main/resources/static/console/geo.js');
  assert.equal(formatDm(11.381250, 110.268040), '11°22.875′N 110°16.082′E');
  assert.equal(formatDm(11.381250, 110.268040, ','), '11°22,875′N 110°16,082′E');
  assert.equal(formatDms(11.381111, 110.268040), '11°22′52″N 110°16′05″E');
  assert.equal(formatDms(11.381250, 110.268040), '11°22′53″N 110°16′05″E', 'half a second rounds up');
  assert.equal(formatDms(-0.99999, -9.5), '01°00′00″S 009°30′00″W', 'seconds rounded up carry into the minutes and degrees');
  assert.equal(formatDecimal(10.667491, 108.224049), '10.66749, 108.22405');
  assert.equal(formatDecimal(10.667491, 108.224049, ','), '10,66749; 108,22405', 'with a decimal comma, a semicolon parts the two');
});

test('time to intercept: a still target, one steaming away, one coming on, one out of reach', async () => {
  const { interceptHours, ringStepNm } = await import('../../main/resources/static/console/geo.js');
  assert.equal(interceptHours(20, 90, 0, 0, 20), 1, '20 nm at 20 kn: an hour');
  assert.ok(Math.abs(interceptHours(20, 90, 10, 90, 20) - 2) < 1e-9, 'a target drawing away at 10 kn: two hours');
  assert.ok(Math.abs(interceptHours(20, 90, 10, 270, 20) - 20 / 30) < 1e-9, 'a target coming on at 10 kn: 40 minutes');
  assert.equal(interceptHours(20, 90, 25, 90, 20), null, 'faster and drawing away: out of reach');
  assert.equal(interceptHours(20, 90, 20, 90, 20), null, 'as fast and drawing away: never');
  assert.ok(Math.abs(interceptHours(20, 90, 20, 270, 20) - 0.5) < 1e-9, 'as fast, coming on: they meet half way');
  assert.equal(interceptHours(20, 90, 0, 0, 0), null, 'no speed, no intercept');
  assert.equal(ringStepNm(3), 1);
  assert.equal(ringStepNm(12), 5);
  assert.equal(ringStepNm(68), 20);
});

test('a zone is labelled inside it, away from its outline; a line at its middle', async () => {
  const { containsPoint, labelPoint } = await import('../../main/resources/static/console/geo.js');
  // an L-shaped zone: its box's centre (1, 1) lies outside it
  const ell = { type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 0.5], [0.5, 0.5], [0.5, 2], [0, 2], [0, 0]]] };
  const point = labelPoint(ell);
  assert.ok(containsPoint(ell, point[0], point[1]), `inside: ${point}`);
  const square = { type: 'Polygon', coordinates: [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]]] };
  const centre = labelPoint(square);
  assert.ok(Math.abs(centre[0] - 2) < 0.2 && Math.abs(centre[1] - 2) < 0.2, `a square at its middle: ${centre}`);
  assert.deepEqual(labelPoint({ type: 'LineString', coordinates: [[0, 0], [1, 1], [2, 2]] }), [1, 1]);
  assert.equal(labelPoint(null), null);
});
