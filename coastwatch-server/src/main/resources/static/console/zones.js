// Zone layers from GET /api/v1/zones: one Leaflet layer per zone kind, a legend with a toggle each.
import { getGeoJson } from './api.js';
import { containsPoint } from './geo.js';
import { t } from './i18n.js';

/** Drawing style by zone kind code; kinds not listed use 'custom'. Hidden kinds start switched off. */
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

export class ZoneLayers {
  constructor(map) {
    this.map = map;
    this.legend = null;
    this.status = null;
    this.statusText = '';
    this.features = [];
    this.layers = new Map();
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
    const byKind = new Map();
    this.features.forEach(feature => {
      const kind = STYLES[feature.properties.kind] ? feature.properties.kind : 'custom';
      if (!byKind.has(kind)) byKind.set(kind, []);
      byKind.get(kind).push(feature);
    });
    for (const [kind, features] of byKind) {
      const style = STYLES[kind];
      const layer = L.geoJSON({ type: 'FeatureCollection', features }, {
        style: { color: style.color, weight: style.weight || 1.5, dashArray: style.dash, fillColor: style.color, fillOpacity: style.fill ?? 0.05 },
        interactive: false,
      });
      this.layers.set(kind, layer);
      if (!this.visible.size ? !style.hidden : this.visible.has(kind)) this.show(kind, true);
    }
    this.renderLegend();
  }

  show(kind, on) {
    const layer = this.layers.get(kind);
    if (!layer) return;
    if (on) { layer.addTo(this.map); layer.bringToBack(); this.visible.add(kind); } else { layer.remove(); this.visible.delete(kind); }
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
      box.addEventListener('change', () => this.show(kind, box.checked));
      const label = document.createElement('label');
      label.htmlFor = box.id;
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.borderColor = STYLES[kind].color;
      swatch.style.background = `${STYLES[kind].color}33`;
      label.append(swatch, ` ${t(`zone.${kind}`)} (${this.layers.get(kind).getLayers().length})`);
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
