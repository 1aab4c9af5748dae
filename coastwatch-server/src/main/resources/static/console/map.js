// The map: the bundled offline base map (Natural Earth land on a sea-coloured background, the coast's
// place names), an optional tile server, a scale bar in nautical miles, the cursor position, and the measuring tool (range rings,
// distances from a vessel, the time to intercept at a chosen speed).
import { getGeoJson } from './api.js';
import { bearingDegrees, distanceNm, interceptHours, ringStepNm } from './geo.js';
import { formatPosition, nextPositionStyle, positionStyle } from './position.js';
import { formatNumber, t } from './i18n.js';

const NM_METRES = 1852;

export async function createMap(element, settings) {
  const map = L.map(element, {
    center: [settings.centerLatitude, settings.centerLongitude],
    zoom: settings.zoom, minZoom: 4, maxZoom: 16, preferCanvas: true, worldCopyJump: false,
  });
  map.attributionControl.setPrefix(false);
  if (settings.tileUrl) {
    L.tileLayer(settings.tileUrl, { attribution: settings.tileAttribution || '', maxZoom: 16 }).addTo(map);
  }
  const land = await getGeoJson('map/land.geojson');
  L.geoJSON(land, {
    style: { color: '#8f8a78', weight: 1, fillColor: '#efe9d8', fillOpacity: settings.tileUrl ? 0 : 1 },
    interactive: false,
  }).addTo(map);
  map.attributionControl.addAttribution('Natural Earth');
  L.control.scale({ imperial: false, position: 'bottomleft' }).addTo(map);
  new NauticalScale({ position: 'bottomleft' }).addTo(map);
  return map;
}

/** A scale bar in nautical miles, at the centre of the map. */
const NauticalScale = L.Control.extend({
  onAdd(map) {
    this.element = L.DomUtil.create('div', 'nm-scale');
    map.on('move zoom resize', this.update, this);
    this.update();
    return this.element;
  },
  onRemove(map) {
    map.off('move zoom resize', this.update, this);
  },
  update() {
    const map = this._map;
    const y = map.getSize().y / 2;
    const metresPer100Px = map.distance(map.containerPointToLatLng([0, y]), map.containerPointToLatLng([100, y]));
    const nm = metresPer100Px / NM_METRES;
    const nice = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500].filter(value => value <= nm).pop() || 0.1;
    this.element.style.width = `${Math.round(100 * nice / nm)}px`;
    this.element.textContent = `${formatNumber(nice, nice < 1 ? 1 : 0)} ${t('unit.nm')}`;
  },
});

/**
 * From which zoom each kind of place is named: the stations, ports, capes and islands a watch steers
 * by from the command's view; the provincial command from 10; landings and anchorages from 11.
 */
const PLACE_ZOOM = { station: 8, port: 8, cape: 8, island: 8, command: 10, anchorage: 11 };
/** Which name gives way when two would overlap: the first kinds here keep theirs. */
const PLACE_PRIORITY = ['station', 'port', 'cape', 'island', 'command', 'anchorage'];

/**
 * Writes the coast's place names on the map (the review's finding 7): ports, landings, capes, islands
 * and the Border Guard stations (GET map/places.geojson), each kind with its own symbol, each from its
 * zoom; under the vessels, never counted among them. Names never overlap: where two would, the one of
 * the lower kind (PLACE_PRIORITY) is left out until the map is zoomed in.
 * @param {L.Map} map
 * @returns {Promise<L.LayerGroup>}
 */
export async function addPlaces(map) {
  const places = await getGeoJson('map/places.geojson');
  const group = L.layerGroup().addTo(map);
  /** @type {{ marker: L.Marker, zoom: number, rank: number, width: number }[]} */
  const named = places.features.map((/** @type {any} */ feature) => {
    const { kind, name, id } = feature.properties;
    const [lon, lat] = feature.geometry.coordinates;
    const icon = L.divIcon({ className: `place place-${kind}`, iconSize: null, html: '<span class="place-symbol"></span><span class="place-name"></span>' });
    const marker = L.marker([lat, lon], { icon, interactive: false, keyboard: false, pane: 'overlayPane' });
    marker.on('add', () => {
      const element = /** @type {HTMLElement} */ (marker.getElement());
      element.dataset.place = id;
      /** @type {HTMLElement} */ (element.querySelector('.place-name')).textContent = name;
    });
    return { marker, zoom: PLACE_ZOOM[/** @type {keyof typeof PLACE_ZOOM} */ (kind)] ?? 11,
      rank: PLACE_PRIORITY.indexOf(kind), width: 16 + 7 * name.length };
  });
  named.sort((a, b) => a.rank - b.rank);
  const show = () => {
    /** @type {number[][]} */
    const taken = [];
    for (const place of named) {
      const { marker, zoom } = place;
      if (map.getZoom() < zoom) { group.removeLayer(marker); continue; }
      group.addLayer(marker);
      const element = /** @type {HTMLElement} */ (marker.getElement());
      place.width = element.offsetWidth || place.width; // its drawn width once drawn, the estimate before
      const p = map.latLngToContainerPoint(marker.getLatLng());
      const box = [p.x - 6, p.y - 9, p.x - 6 + place.width, p.y - 9 + (element.offsetHeight || 16)];
      if (taken.some(t => box[0] < t[2] && t[0] < box[2] && box[1] < t[3] && t[1] < box[3])) group.removeLayer(marker);
      else taken.push(box);
    }
  };
  map.on('zoomend', show);
  show();
  return group;
}

/**
 * Shows the cursor's position in element, in the style chosen (degrees-minutes unless the officer
 * chose another); a click on element (a button) moves to the next style: DM → DMS → decimal degrees.
 */
export function trackCursor(map, element) {
  /** @type {{ lat: number, lng: number } | null} */
  let last = null;
  const show = () => { element.textContent = last ? formatPosition(last.lat, last.lng) : t(`position.${positionStyle()}`); };
  map.on('mousemove', event => { last = event.latlng; show(); });
  map.on('mouseout', () => { last = null; show(); });
  element.addEventListener('click', () => { nextPositionStyle(); last = null; show(); }); // the new style's name, then positions in it
  show();
}

/**
 * @typedef {{ latlng: L.LatLng, name: string | null, knots: number | null, course: number | null }} MeasurePoint
 *   a measured end: a point, or a vessel (its name and its motion) when the click fell on its symbol
 * @typedef {(latlng: L.LatLng, containerPoint: L.Point) => MeasurePoint | null} Snap
 */

const SPEED_KEY = 'coastwatch.measure.speed';

/**
 * The measuring tool: when on, a first click sets the start, the line follows the cursor, a second click
 * fixes it; the distance (nm, one decimal) and true bearing show on the line and in output. A click on a
 * vessel's symbol measures from or to that vessel, by name (the review's finding 31). Once fixed: range
 * rings round the start at a round step, and the time to intercept at the speed typed in speedInput
 * (kn, remembered) — of the target vessel as it steams when the end is one. Escape clears it.
 */
export class MeasureTool {
  /**
   * @param {L.Map} map @param {HTMLButtonElement} button @param {HTMLElement} output
   * @param {HTMLInputElement} speedInput @param {Snap} snap
   */
  constructor(map, button, output, speedInput, snap) {
    this.map = map;
    this.button = button;
    this.output = output;
    this.speedInput = speedInput;
    this.snap = snap;
    this.active = false;
    /** @type {MeasurePoint | null} */
    this.start = null;
    /** @type {MeasurePoint | null} */
    this.end = null;
    this.fixed = false;
    this.layer = L.layerGroup().addTo(map);
    speedInput.value = localStorage.getItem(SPEED_KEY) || speedInput.value;
    speedInput.addEventListener('input', () => {
      localStorage.setItem(SPEED_KEY, speedInput.value);
      if (this.fixed && this.end) this.draw(this.end);
    });
    button.addEventListener('click', () => this.toggle());
    map.on('click', event => this.click(event));
    map.on('mousemove', event => this.follow(event.latlng));
    document.addEventListener('keydown', event => { if (event.key === 'Escape') this.clear(); });
  }

  toggle(on = !this.active) {
    this.active = on;
    this.button.setAttribute('aria-pressed', String(on));
    this.map.getContainer().style.cursor = on ? 'crosshair' : '';
    /** @type {HTMLElement} */ (this.speedInput.closest('label')).hidden = !on;
    if (!on) this.clear();
  }

  clear() {
    this.start = null;
    this.end = null;
    this.fixed = false;
    this.layer.clearLayers();
    this.output.textContent = '';
  }

  /** @param {L.LeafletMouseEvent} event */
  click(event) {
    if (!this.active) return;
    const point = this.snap(event.latlng, event.containerPoint) || { latlng: event.latlng, name: null, knots: null, course: null };
    if (!this.start || this.fixed) {
      this.clear();
      this.start = point;
    } else {
      this.fixed = true;
      this.end = point;
      this.draw(point);
    }
  }

  /** @param {L.LatLng} latlng */
  follow(latlng) {
    if (!this.active || !this.start || this.fixed) return;
    this.draw({ latlng, name: null, knots: null, course: null });
  }

  /** The line from the start to end, its words, and once fixed the rings and the time to intercept. @param {MeasurePoint} end */
  draw(end) {
    const start = /** @type {MeasurePoint} */ (this.start);
    const from = start.latlng;
    const nm = distanceNm(from.lat, from.lng, end.latlng.lat, end.latlng.lng);
    const bearing = bearingDegrees(from.lat, from.lng, end.latlng.lat, end.latlng.lng);
    const parts = [t('measure.result', { distance: formatNumber(nm, 1), bearing: formatNumber(bearing, 0).padStart(3, '0') })];
    if (start.name || end.name) parts.unshift(t('measure.between', { from: start.name || t('measure.point'), to: end.name || t('measure.point') }));
    this.layer.clearLayers();
    L.polyline([from, end.latlng], { color: '#6a1b9a', weight: 2, dashArray: '6 4', interactive: false }).addTo(this.layer);
    if (this.fixed) {
      parts.push(this.interceptText(nm, bearing, end));
      this.drawRings(from, nm);
    }
    const text = parts.filter(Boolean).join(' · ');
    L.marker(end.latlng, { interactive: false, icon: L.divIcon({ className: 'measure-label', html: '', iconSize: null }) })
      .addTo(this.layer).getElement().textContent = text;
    this.output.textContent = text;
  }

  /** "41 phút ở 20 hl/h" (the target's own motion counted when it is a vessel), or why not. */
  interceptText(nm, bearing, end) {
    const speed = Number(this.speedInput.value);
    if (!(speed > 0)) return '';
    const hours = interceptHours(nm, bearing, end.knots ?? 0, end.course ?? 0, speed);
    if (hours === null) return t('measure.outOfReach', { speed: formatNumber(speed, 0) });
    const minutes = Math.round(hours * 60);
    const time = minutes < 60 ? t('measure.minutes', { minutes }) : t('measure.hours', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
    return t(end.knots ? 'measure.intercept' : 'measure.reach', { time, speed: formatNumber(speed, 0) });
  }

  /** Range rings round the start at a round step out to the measured distance, each labelled. */
  drawRings(centre, nm) {
    const step = ringStepNm(nm);
    for (let radius = step; radius < nm + step; radius += step) {
      L.circle(centre, { radius: radius * NM_METRES, color: '#6a1b9a', weight: 1, dashArray: '2 4', fill: false, interactive: false,
        className: 'range-ring' }).addTo(this.layer);
      const north = L.latLng(centre.lat + radius / 60, centre.lng);
      L.marker(north, { interactive: false, icon: L.divIcon({ className: 'ring-label', html: '', iconSize: null }) })
        .addTo(this.layer).getElement().textContent = `${formatNumber(radius, Number.isInteger(radius) ? 0 : 1)} ${t('unit.nmShort')}`;
    }
  }
}
