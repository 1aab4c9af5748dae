// Zone layers from GET /api/v1/zones: one Leaflet layer per zone kind, in legal order (internal waters,
// territorial sea, contiguous zone, EEZ, national limit, then fishing zones, protected areas, ports,
// station areas), a legend with a toggle each; the toggles are remembered in the browser, and until an
// officer has touched one, the kinds not marked hidden are drawn from the first load. The legal belts,
// fishing zones and protected areas carry their kind's name inside them. The kinds, their order, names
// and drawing are the server's catalogue's (shared/catalogue.js); a zone of a kind it does not know is
// drawn as a custom zone.
import { getGeoJson } from './api.js';
import { containsPoint, labelPoint } from './geo.js';
import { currentLanguage, t } from './i18n.js';
import { OTHER_ZONE_KIND, zoneKind, zoneKindLabel, zoneKinds } from './shared/catalogue.js';

/**
 * How a kind is drawn: the catalogue's drawing, that of custom zones for a kind it does not know.
 * @param {string} kind
 */
function drawing(kind) {
  return (zoneKind(kind) || zoneKind(OTHER_ZONE_KIND))?.drawing
    ?? { color: '#455a64', weight: 1.5, fill: 0.08, hidden: false, labelled: false };
}

/** From which zoom the zones' labels are written. */
const LABEL_ZOOM = 8;
// (a new key since the kinds' codes became kebab-case: the choices stored under the old codes would hide every kind)
const VISIBLE_KEY = 'coastwatch.zones.shown';

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
    const byKind = new Map(zoneKinds().map(kind => [kind.id, []]));
    this.features.forEach(feature => {
      const kind = byKind.has(feature.properties.kind) ? feature.properties.kind : OTHER_ZONE_KIND;
      if (!byKind.has(kind)) byKind.set(kind, []);
      byKind.get(kind).push(feature);
    });
    const chosen = storedVisible();
    this.visible.clear();
    for (const [kind, features] of byKind) {
      if (!features.length) continue;
      const style = drawing(kind);
      const layer = L.geoJSON({ type: 'FeatureCollection', features }, {
        style: { color: style.color, weight: style.weight, dashArray: style.dash ?? undefined, fillColor: style.color, fillOpacity: style.fill },
        interactive: false,
      });
      if (style.labelled) this.addLabels(layer, kind, features, style.color);
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
        text.textContent = zoneKindLabel(kind, currentLanguage());
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
      const { color } = drawing(kind);
      swatch.style.borderColor = color;
      swatch.style.background = `${color}33`;
      label.append(swatch, ` ${zoneKindLabel(kind, currentLanguage())} (${this.counts.get(kind)})`);
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
