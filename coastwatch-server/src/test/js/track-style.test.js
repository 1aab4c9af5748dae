// Unit tests of console/shared/track-style.js: speed bands, time marks at whole Vietnam-time intervals.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markInterval, speedBand, stretchesBySpeed, timeMarks } from '../../main/resources/static/console/shared/track-style.js';

const point = (minute, latitude, longitude, speedKnots) =>
  ({ latitude, longitude, speedKnots, time: new Date(Date.UTC(2026, 11, 6, 14, minute)).toISOString() });

test('a track is cut into stretches of one speed band that share their ends', () => {
  assert.equal(speedBand(0.5), 0);
  assert.equal(speedBand(4), 1);
  assert.equal(speedBand(10), 2);
  assert.equal(speedBand(25), 3);
  assert.equal(speedBand(null), 0, 'an unknown speed is the slowest band');
  const points = [point(0, 11, 109, 10), point(10, 11.02, 109, 10), point(20, 11.03, 109, 3), point(30, 11.031, 109, 3)];
  const stretches = stretchesBySpeed(points);
  assert.deepEqual(stretches.map(s => s.band), [2, 1]);
  assert.equal(stretches[0].points.at(-1), stretches[1].points[0], 'no gap between stretches');
  assert.equal(stretches[0].points.length + stretches[1].points.length, points.length + 1);
});

test('time marks fall on whole intervals of Vietnam time, interpolated, with their heading', () => {
  // 14:05Z to 14:55Z = 21:05 to 21:55 GMT+7, heading due north
  const points = [point(5, 11, 109, 8), point(35, 11.1, 109, 8), point(55, 11.2, 109, 8)];
  const marks = timeMarks(points, 15 * 60_000);
  assert.deepEqual(marks.map(m => new Date(m.millis).toISOString().slice(11, 16)), ['14:15', '14:30', '14:45']);
  assert.ok(Math.abs(marks[0].latitude - (11 + 0.1 / 3)) < 1e-9, 'a third of the way at 14:15');
  marks.forEach(mark => assert.ok(mark.bearing < 0.01 || mark.bearing > 359.99, `north: ${mark.bearing}`));
  assert.deepEqual(timeMarks([point(0, 11, 109, 8), point(15, 11.1, 109, 8), point(30, 11.2, 109, 8)], 15 * 60_000)
    .map(m => new Date(m.millis).toISOString().slice(11, 16)), ['14:00', '14:15', '14:30'], 'a mark on a fix is drawn once');
});

test('about a dozen marks whatever the period', () => {
  assert.equal(markInterval(3_600_000), 10 * 60_000);
  assert.equal(markInterval(6 * 3_600_000), 30 * 60_000);
  assert.equal(markInterval(24 * 3_600_000), 120 * 60_000);
  assert.equal(markInterval(72 * 3_600_000), 360 * 60_000);
});
