// The map: the bundled offline base map (Natural Earth land on a sea-coloured background), an optional
// tile server, a scale bar in nautical miles, the cursor position, and the measuring tool.
import { getGeoJson } from './api.js';
import { bearingDegrees, distanceNm, formatDm } from './geo.js';
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

/** Shows the cursor's position in degrees-minutes in element. */
export function trackCursor(map, element) {
  map.on('mousemove', event => { element.textContent = formatDm(event.latlng.lat, event.latlng.lng); });
  map.on('mouseout', () => { element.textContent = ''; });
}

/**
 * The measuring tool: when on, a first click sets the start, the line follows the cursor, a second click
 * fixes it; the distance (nm) and true bearing show on the line and in output. Escape clears it.
 */
export class MeasureTool {
  constructor(map, button, output) {
    this.map = map;
    this.button = button;
    this.output = output;
    this.active = false;
    this.start = null;
    this.layer = L.layerGroup().addTo(map);
    button.addEventListener('click', () => this.toggle());
    map.on('click', event => this.click(event));
    map.on('mousemove', event => this.follow(event.latlng));
    document.addEventListener('keydown', event => { if (event.key === 'Escape') this.clear(); });
  }

  toggle(on = !this.active) {
    this.active = on;
    this.button.setAttribute('aria-pressed', String(on));
    this.map.getContainer().style.cursor = on ? 'crosshair' : '';
    if (!on) this.clear();
  }

  clear() {
    this.start = null;
    this.fixed = false;
    this.layer.clearLayers();
    this.output.textContent = '';
  }

  click(event) {
    if (!this.active) return;
    if (!this.start || this.fixed) {
      this.clear();
      this.start = event.latlng;
    } else {
      this.follow(event.latlng);
      this.fixed = true;
    }
  }

  follow(end) {
    if (!this.active || !this.start || this.fixed) return;
    const nm = distanceNm(this.start.lat, this.start.lng, end.lat, end.lng);
    const bearing = bearingDegrees(this.start.lat, this.start.lng, end.lat, end.lng);
    const text = t('measure.result', { distance: formatNumber(nm, 2), bearing: formatNumber(bearing, 0).padStart(3, '0') });
    this.layer.clearLayers();
    L.polyline([this.start, end], { color: '#6a1b9a', weight: 2, dashArray: '6 4', interactive: false }).addTo(this.layer);
    L.marker(end, { interactive: false, icon: L.divIcon({ className: 'measure-label', html: '', iconSize: null }) })
      .addTo(this.layer).getElement().textContent = text;
    this.output.textContent = text;
  }
}
