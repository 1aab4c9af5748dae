// Spherical geometry and position formats for mariners: nautical miles, true bearings, degrees-minutes.
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

function dm(value, positive, negative, degreeDigits) {
  const hemisphere = value < 0 ? negative : positive;
  const absolute = Math.abs(value);
  let degrees = Math.floor(absolute);
  let minutes = (absolute - degrees) * 60;
  if (minutes >= 59.9995) { degrees += 1; minutes = 0; }
  return `${String(degrees).padStart(degreeDigits, '0')}°${minutes.toFixed(3).padStart(6, '0')}′${hemisphere}`;
}

/** Latitude and longitude in degrees and decimal minutes, e.g. 11°24.000′N 109°18.000′E. */
export function formatDm(lat, lon) {
  return `${dm(lat, 'N', 'S', 2)} ${dm(lon, 'E', 'W', 3)}`;
}

/** Latitude and longitude in decimal degrees. */
export function formatDecimal(lat, lon) {
  return `${lat.toFixed(5)}, ${lon.toFixed(5)}`;
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
