// @ts-check
// How a vessel's track is drawn for a mariner (the review's finding 27): coloured by speed band, with a
// time mark and a direction arrow at every whole interval. Pure functions: no DOM, no Leaflet.
import { bearingDegrees } from '../geo.js';

/**
 * Speed bands, slowest first: the colour of a track's stretch, and the i18n key naming the band.
 * Drifting or stopped, fishing speed (most gear is worked under 6 kn), steaming, fast.
 */
export const SPEED_BANDS = Object.freeze([
  { below: 2, color: '#8e24aa', key: 'track.band.stopped' },
  { below: 6, color: '#ef6c00', key: 'track.band.fishing' },
  { below: 12, color: '#1565c0', key: 'track.band.steaming' },
  { below: Infinity, color: '#c62828', key: 'track.band.fast' },
]);

/**
 * @typedef {{ latitude: number, longitude: number, time: string, speedKnots: number | null }} TrackPoint
 * @typedef {{ band: number, points: TrackPoint[] }} Stretch
 * @typedef {{ latitude: number, longitude: number, millis: number, bearing: number }} TimeMark
 */

/** The band of a speed (an unknown speed counts as the previous one's, else the slowest). @param {number | null} knots */
export function speedBand(knots) {
  return SPEED_BANDS.findIndex(band => (knots ?? 0) < band.below);
}

/**
 * The track cut into stretches of one speed band each; consecutive stretches share their end point, so
 * that the line stays unbroken. A point's band is that of its own speed.
 * @param {TrackPoint[]} points in time order
 * @returns {Stretch[]}
 */
export function stretchesBySpeed(points) {
  /** @type {Stretch[]} */
  const stretches = [];
  for (const point of points) {
    const band = speedBand(point.speedKnots);
    const last = stretches[stretches.length - 1];
    if (last && last.band === band) {
      last.points.push(point);
    } else {
      if (last) last.points.push(point);
      stretches.push({ band, points: [point] });
    }
  }
  return stretches.filter(stretch => stretch.points.length > 1 || stretches.length === 1);
}

/**
 * The interval between time marks for a track's time span: about a dozen marks whatever its length.
 * @param {number} periodMillis
 */
export function markInterval(periodMillis) {
  const minute = 60_000;
  const steps = [10, 15, 30, 60, 120, 180, 360].map(minutes => minutes * minute);
  return steps.find(step => periodMillis / step <= 12) ?? steps[steps.length - 1];
}

/**
 * The track's position at every whole multiple of interval (in Vietnam time: a mark at 21:00 GMT+7),
 * interpolated between fixes, with the heading of the stretch it lies on (degrees true).
 * @param {TrackPoint[]} points in time order
 * @param {number} interval in milliseconds
 * @returns {TimeMark[]}
 */
export function timeMarks(points, interval) {
  const vietnamOffset = 7 * 3_600_000;
  /** @type {TimeMark[]} */
  const marks = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    const from = Date.parse(a.time);
    const to = Date.parse(b.time);
    if (!(to > from)) continue;
    const bearing = bearingDegrees(a.latitude, a.longitude, b.latitude, b.longitude);
    const first = Math.ceil((from + vietnamOffset) / interval) * interval - vietnamOffset;
    for (let millis = first === from && i > 1 ? first + interval : first; millis <= to; millis += interval) {
      const f = (millis - from) / (to - from);
      marks.push({ latitude: a.latitude + f * (b.latitude - a.latitude), longitude: a.longitude + f * (b.longitude - a.longitude),
        millis, bearing });
    }
  }
  return marks;
}
