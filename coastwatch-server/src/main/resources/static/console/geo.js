// Spherical geometry and position formats for mariners: nautical miles, true bearings, degrees-minutes
// (and seconds), the time to intercept a moving target, range rings.
const EARTH_RADIUS_NM = 3440.065;
const rad = degrees => degrees * Math.PI / 180;

/** Great-circle distance in nautical miles. */
export function distanceNm(lat1, lon1, lat2, lon2) {
  const dLat = rad(lat2 - lat1);
  const dLon = rad(lon2 - lon1);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_NM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Initial true bearing in degrees 0-360 from the first point to the second. */
export function bearingDegrees(lat1, lon1, lat2, lon2) {
  const y = Math.sin(rad(lon2 - lon1)) * Math.cos(rad(lat2));
  const x = Math.cos(rad(lat1)) * Math.sin(rad(lat2)) - Math.sin(rad(lat1)) * Math.cos(rad(lat2)) * Math.cos(rad(lon2 - lon1));
  return (Math.atan2(y, x) * 180 / Math.PI + 360) % 360;
}

/**
 * One coordinate in degrees and decimal minutes with the given decimal mark.
 * @param {number} value @param {string} positive @param {string} negative @param {number} degreeDigits @param {string} mark
 */
function dm(value, positive, negative, degreeDigits, mark) {
  const hemisphere = value < 0 ? negative : positive;
  const absolute = Math.abs(value);
  let degrees = Math.floor(absolute);
  let minutes = (absolute - degrees) * 60;
  if (minutes >= 59.9995) { degrees += 1; minutes = 0; }
  return `${String(degrees).padStart(degreeDigits, '0')}°${minutes.toFixed(3).padStart(6, '0').replace('.', mark)}′${hemisphere}`;
}

/**
 * One coordinate in whole degrees, minutes and seconds, as Vietnamese legal texts give boundary points.
 * @param {number} value @param {string} positive @param {string} negative @param {number} degreeDigits
 */
function dms(value, positive, negative, degreeDigits) {
  const hemisphere = value < 0 ? negative : positive;
  const totalSeconds = Math.round(Math.abs(value) * 3600);
  const degrees = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor(totalSeconds / 60) % 60;
  const seconds = totalSeconds % 60;
  const two = (/** @type {number} */ n) => String(n).padStart(2, '0');
  return `${String(degrees).padStart(degreeDigits, '0')}°${two(minutes)}′${two(seconds)}″${hemisphere}`;
}

/**
 * Latitude and longitude in degrees and decimal minutes, e.g. 11°24.000′N 109°18.000′E (with the
 * decimal mark of the user's language: 11°24,000′N in Vietnamese).
 * @param {number} lat @param {number} lon @param {string} [mark]
 */
export function formatDm(lat, lon, mark = '.') {
  return `${dm(lat, 'N', 'S', 2, mark)} ${dm(lon, 'E', 'W', 3, mark)}`;
}

/**
 * Latitude and longitude in degrees, minutes and whole seconds, e.g. 11°22′52″N 110°16′05″E.
 * @param {number} lat @param {number} lon
 */
export function formatDms(lat, lon) {
  return `${dms(lat, 'N', 'S', 2)} ${dms(lon, 'E', 'W', 3)}`;
}

/**
 * Latitude and longitude in decimal degrees with the given decimal mark; with a decimal comma the two
 * are parted by a semicolon (10,66749; 108,22405), as the Vietnamese convention writes them.
 * @param {number} lat @param {number} lon @param {string} [mark]
 */
export function formatDecimal(lat, lon, mark = '.') {
  const one = (/** @type {number} */ value) => value.toFixed(5).replace('.', mark);
  return `${one(lat)}${mark === ',' ? ';' : ','} ${one(lon)}`;
}

/**
 * How long a pursuer at `pursuerKnots` needs to meet a target that lies `rangeNm` away on true bearing
 * `bearing` and steams at `targetKnots` on course `targetCourse` (both held): the smallest t > 0 with
 * |P + V·t| = s·t on a local flat plane, good over the few tens of miles a patrol covers. Null when
 * the target cannot be reached (faster and drawing away) or the pursuer has no speed.
 * @param {number} rangeNm @param {number} bearing degrees true, pursuer to target
 * @param {number} targetKnots @param {number} targetCourse degrees true
 * @param {number} pursuerKnots
 * @returns {number | null} hours
 */
export function interceptHours(rangeNm, bearing, targetKnots, targetCourse, pursuerKnots) {
  if (!(pursuerKnots > 0)) return null;
  if (rangeNm === 0) return 0;
  const px = rangeNm * Math.sin(rad(bearing));
  const py = rangeNm * Math.cos(rad(bearing));
  const vx = (targetKnots || 0) * Math.sin(rad(targetCourse || 0));
  const vy = (targetKnots || 0) * Math.cos(rad(targetCourse || 0));
  const a = vx * vx + vy * vy - pursuerKnots * pursuerKnots;
  const b = 2 * (px * vx + py * vy);
  const c = px * px + py * py;
  if (Math.abs(a) < 1e-9) return b < 0 ? -c / b : null;
  const discriminant = b * b - 4 * a * c;
  if (discriminant < 0) return null;
  const roots = [(-b - Math.sqrt(discriminant)) / (2 * a), (-b + Math.sqrt(discriminant)) / (2 * a)].filter(t => t > 0);
  return roots.length ? Math.min(...roots) : null;
}

/**
 * The spacing of range rings for a measured distance: a round step (0.5, 1, 2, 5, 10, 20, 50 nm) giving
 * two to five rings out to it.
 * @param {number} distanceNm
 */
export function ringStepNm(distanceNm) {
  const steps = [0.5, 1, 2, 5, 10, 20, 50, 100];
  return steps.find(step => distanceNm / step <= 5) ?? steps[steps.length - 1];
}

/**
 * A point to write a zone's name at, inside it: for a polygon (the largest part of a multipolygon),
 * of a grid of points over its box the inside one farthest from its outline; for a line, its middle
 * vertex. Null for an empty geometry. Good enough for labels, not a geodesic pole of inaccessibility.
 * @param {any} geometry GeoJSON Polygon, MultiPolygon, LineString or MultiLineString
 * @param {number} [grid] points a side
 * @returns {[number, number] | null} [lon, lat]
 */
export function labelPoint(geometry, grid = 16) {
  if (!geometry) return null;
  if (geometry.type === 'LineString' || geometry.type === 'MultiLineString') {
    const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
    const longest = lines.reduce((a, b) => (b.length > a.length ? b : a), []);
    return longest.length ? longest[Math.floor(longest.length / 2)] : null;
  }
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  const box = (/** @type {number[][]} */ ring) => ring.reduce(([w, s, e, n], [x, y]) =>
    [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)], [Infinity, Infinity, -Infinity, -Infinity]);
  const area = (/** @type {number[][]} */ ring) => { const [w, s, e, n] = box(ring); return (e - w) * (n - s); };
  const polygon = polygons.filter(p => p[0]?.length).reduce((a, b) => (!a || area(b[0]) > area(a[0]) ? b : a), null);
  if (!polygon) return null;
  const [west, south, east, north] = box(polygon[0]);
  const single = { type: 'Polygon', coordinates: polygon };
  /** @type {[number, number] | null} */
  let best = null;
  let bestClearance = -1;
  for (let i = 0; i < grid; i++) {
    for (let j = 0; j < grid; j++) {
      const x = west + (east - west) * (i + 0.5) / grid;
      const y = south + (north - south) * (j + 0.5) / grid;
      if (!containsPoint(single, x, y)) continue;
      const clearance = Math.min(...polygon.map(ring => distanceToRing(ring, x, y)));
      if (clearance > bestClearance) { bestClearance = clearance; best = [x, y]; }
    }
  }
  return best ?? polygon[0][0];
}

/** The planar distance (degrees) from a point to a ring's edges. @param {number[][]} ring @param {number} x @param {number} y */
function distanceToRing(ring, x, y) {
  let best = Infinity;
  for (let k = 1; k < ring.length; k++) {
    const [ax, ay] = ring[k - 1];
    const [bx, by] = ring[k];
    const dx = bx - ax;
    const dy = by - ay;
    const f = dx || dy ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy))) : 0;
    best = Math.min(best, Math.hypot(x - (ax + f * dx), y - (ay + f * dy)));
  }
  return best;
}

/** Whether the point lies inside a GeoJSON Polygon or MultiPolygon geometry (even-odd rule, holes included). */
export function containsPoint(geometry, lon, lat) {
  if (!geometry) return false;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  return polygons.some(rings => rings.reduce((inside, ring) => (ringContains(ring, lon, lat) ? !inside : inside), false));
}

function ringContains(ring, x, y) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if ((yi > y) !== (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
