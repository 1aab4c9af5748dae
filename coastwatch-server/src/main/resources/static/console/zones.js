// Zone layers from GET /api/v1/zones: one Leaflet layer per zone kind, in legal order (internal waters,
// territorial sea, contiguous zone, EEZ, national limit, then fishing zones, protected areas, ports,
// station areas), a legend with a toggle each; the toggles are remembered in the browser, and until an
// officer has touched one, the kinds not marked hidden are drawn from the first load. The legal belts,
// fishing zones and protected areas carry their kind's name inside them.
import { getGeoJson } from './api.js';
import { containsPoint, labelPoint } from './geo.js';
import { t } from './i18n.js';

/**
 * Drawing style by zone kind code, in legal order; kinds not listed use 'custom'. Hidden kinds start
 * switched off. Temporary: the catalogue's `zoneKinds` (their order and names) replaces the order once
 * GET /api/v1/rules/types is served (the engine helper's work).
 */
const STYLES = {
  internal_waters: { color: '#5c6bc0', fill: 0.04 },
  territorial_sea: { color: '#1565c0', fill: 0.05 },
  contiguous_zone: { color: '#00838f', fill: 0.03, hidden: true },
  eez: { color: '#2e7d32', fill: 0.02, hidden: true },
  national_limit: { color: '#c62828', weight: 3, dash: '10 6' },
  foreign_waters: { color: '#6d4c41', fill: 0.04, hidden: true },
  fishing_coastal: { color: '#f9a825', fill: 0.06 },
  fishing_inshore: { color: '#ef6c00', fill: 0.05 },
  fishing_offshore: { color: '#ad1457', fill: 0.04, hidden: true },
  mpa: { color: '#00897b', fill: 0.18 },
  restricted: { color: '#b71c1c', fill: 0.15 },
  sea_economy_project: { color: '#7b1fa2', fill: 0.1 },
  port: { color: '#37474f', fill: 0.25 },
  anchorage: { color: '#546e7a', fill: 0.15 },
  aor: { color: '#0b3d5c', fill: 0, dash: '4 4' },
  custom: { color: '#455a64', fill: 0.08 },
};

const ORDER = Object.keys(STYLES);
/**
 * The kinds whose zones are named on the map by their kind (lãnh hải, khu bảo tồn biển, …); ports,
 * anchorages and the stations' areas are named by the place names instead.
 */
const LABELLED = new Set(['internal_waters', 'territorial_sea', 'contiguous_zone', 'eez', 'national_limit', 'foreign_waters',
  'fishing_coastal', 'fishing_inshore', 'fishing_offshore', 'mpa', 'restricted', 'sea_economy_project']);
/** From which zoom the zones' labels are written. */
const LABEL_ZOOM = 8;
const VISIBLE_KEY = 'coastwatch.zones.visible';

/** The kinds an officer chose to see, or null when none was ever chosen. */
function storedVisible() {
  try {
    const stored = JSON.parse(localStorage.getItem(VISIBLE_KEY) || 'null');
    return Array.isArray(stored) ? new Set(stored) : null;
  } catch {
    return null;
  }
}

export class ZoneLayers {
  constructor(map) {
    this.map = map;
    this.legend = null;
    this.status = null;
    this.statusText = '';
    this.features = [];
    this.layers = new Map();
    /** How many zones each kind has (its layer also holds their labels). */
    this.counts = new Map();
    this.visible = new Set();
  }

  async load() {
    try {
      const collection = await getGeoJson('api/v1/zones');
      this.features = collection.features || [];
      this.statusText = '';
    } catch (error) {
      this.features = [];
      this.statusText = t('zones.unavailable', { reason: error.message });
    }
    this.layers.forEach(layer => layer.remove());
    this.layers.clear();
    const byKind = new Map(ORDER.map(kind => [kind, []]));
    this.features.forEach(feature => {
      const kind = STYLES[feature.properties.kind] ? feature.properties.kind : 'custom';
      if (!byKind.has(kind)) byKind.set(kind, []);
      byKind.get(kind).push(feature);
    });
    const chosen = storedVisible();
    this.visible.clear();
    for (const [kind, features] of byKind) {
      if (!features.length) continue;
      const style = STYLES[kind];
      const layer = L.geoJSON({ type: 'FeatureCollection', features }, {
        style: { color: style.color, weight: style.weight || 1.5, dashArray: style.dash, fillColor: style.color, fillOpacity: style.fill ?? 0.05 },
        interactive: false,
      });
      if (LABELLED.has(kind)) this.addLabels(layer, kind, features, style.color);
      this.layers.set(kind, layer);
      this.counts.set(kind, features.length);
      if (chosen ? chosen.has(kind) : !style.hidden) this.show(kind, true);
    }
    this.stack();
    this.renderLegend();
  }

  /**
   * A label per zone of the kind, inside it (its kind's name in the user's language, in the kind's
   * colour), part of the kind's layer so that its toggle hides it too; written from LABEL_ZOOM.
   */
  addLabels(layer, kind, features, color) {
    for (const feature of features) {
      const at = labelPoint(feature.geometry);
      if (!at) continue;
      const icon = L.divIcon({ className: 'zone-label', iconSize: null, html: '<span></span>' });
      const label = L.marker([at[1], at[0]], { icon, interactive: false, keyboard: false });
      label.on('add', () => {
        const element = /** @type {HTMLElement} */ (label.getElement());
        const text = /** @type {HTMLElement} */ (element.firstElementChild);
        text.textContent = t(`zone.${kind}`);
        text.style.color = color;
        element.dataset.zoneKind = kind;
        element.hidden = this.map.getZoom() < LABEL_ZOOM;
      });
      layer.addLayer(label);
    }
    if (!this.labelZoomWatched) {
      this.labelZoomWatched = true;
      this.map.on('zoomend', () => document.querySelectorAll('.zone-label').forEach(element => {
        /** @type {HTMLElement} */ (element).hidden = this.map.getZoom() < LABEL_ZOOM;
      }));
    }
  }

  show(kind, on) {
    const layer = this.layers.get(kind);
    if (!layer) return;
    if (on) { layer.addTo(this.map); this.visible.add(kind); } else { layer.remove(); this.visible.delete(kind); }
  }

  /** Draws the visible kinds in legal order, the first (internal waters) on top, all under the vessels. */
  stack() {
    [...this.layers.keys()].reverse().forEach(kind => { if (this.visible.has(kind)) this.layers.get(kind).bringToFront(); });
  }

  /** An officer's toggle: shown or hidden, and remembered. */
  choose(kind, on) {
    this.show(kind, on);
    this.stack();
    localStorage.setItem(VISIBLE_KEY, JSON.stringify([...this.visible]));
  }

  /** Where the legend (a toggle per kind) and the loading status are drawn: the map screen's panel. */
  attachLegend(legend, status) {
    this.legend = legend;
    this.status = status;
    this.renderLegend();
  }

  renderLegend() {
    if (!this.legend) return;
    this.status.textContent = this.statusText;
    this.legend.replaceChildren(...[...this.layers.keys()].map(kind => {
      const item = document.createElement('li');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.id = `zone-toggle-${kind}`;
      box.checked = this.visible.has(kind);
      box.addEventListener('change', () => this.choose(kind, box.checked));
      const label = document.createElement('label');
      label.htmlFor = box.id;
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.borderColor = STYLES[kind].color;
      swatch.style.background = `${STYLES[kind].color}33`;
      label.append(swatch, ` ${t(`zone.${kind}`)} (${this.counts.get(kind)})`);
      item.append(box, label);
      return item;
    }));
  }

  /** The zones (features) whose area holds the point. */
  containing(lat, lon) {
    return this.features.filter(feature => containsPoint(feature.geometry, lon, lat));
  }

  /** The name of a zone by id, or the id. */
  name(id) {
    const feature = this.features.find(f => f.properties.id === id);
    return feature ? feature.properties.name : id;
  }
}
