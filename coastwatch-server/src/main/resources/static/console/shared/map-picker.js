// @ts-check
// A map picker: the officer clicks a point, an area (polygon) or a route (line) on a Leaflet map; the
// result is a GeoJSON geometry. Backspace removes the last vertex, Enter (or a click on the first
// vertex of an area) finishes, Escape starts again.

/**
 * The GeoJSON geometry of the vertices picked (lon/lat order), or null while too few.
 * @param {'point' | 'area' | 'route'} mode
 * @param {{ lat: number, lng: number }[]} vertices
 * @returns {{ type: string, coordinates: any } | null}
 */
export function geometryOf(mode, vertices) {
  const positions = vertices.map(v => [v.lng, v.lat]);
  if (mode === 'point') return positions.length ? { type: 'Point', coordinates: positions[0] } : null;
  if (mode === 'route') return positions.length >= 2 ? { type: 'LineString', coordinates: positions } : null;
  return positions.length >= 3 ? { type: 'Polygon', coordinates: [[...positions, positions[0]]] } : null;
}

export class MapPicker {
  /**
   * @param {any} map a Leaflet map
   * @param {'point' | 'area' | 'route'} mode
   * @param {(geometry: { type: string, coordinates: any } | null) => void} onChange
   */
  constructor(map, mode, onChange) {
    this.map = map;
    this.mode = mode;
    this.onChange = onChange;
    /** @type {{ lat: number, lng: number }[]} */
    this.vertices = [];
    this.finished = false;
    this.layer = L.layerGroup().addTo(map);
    /** @param {any} event */
    this.click = event => this.add(event.latlng);
    /** @param {KeyboardEvent} event */
    this.key = event => {
      if (event.key === 'Backspace' && this.vertices.length) { this.vertices.pop(); this.finished = false; this.changed(); }
      if (event.key === 'Enter') { this.finished = true; this.changed(); }
      if (event.key === 'Escape') this.clear();
    };
    map.on('click', this.click);
    map.getContainer().addEventListener('keydown', this.key);
  }

  /** @param {{ lat: number, lng: number }} latlng */
  add(latlng) {
    if (this.finished && this.mode !== 'point') return;
    this.vertices = this.mode === 'point' ? [latlng] : [...this.vertices, latlng];
    this.finished = this.mode === 'point';
    this.changed();
  }

  clear() {
    this.vertices = [];
    this.finished = false;
    this.changed();
  }

  changed() {
    this.layer.clearLayers();
    const style = { color: '#6a1b9a', weight: 2, interactive: false };
    if (this.mode === 'area' && this.vertices.length >= 3) L.polygon(this.vertices, style).addTo(this.layer);
    else if (this.vertices.length >= 2) L.polyline(this.vertices, style).addTo(this.layer);
    this.vertices.forEach(v => L.circleMarker(v, { ...style, radius: 4 }).addTo(this.layer));
    this.onChange(geometryOf(this.mode, this.vertices));
  }

  /** Stops picking and removes what was drawn. */
  remove() {
    this.map.off('click', this.click);
    this.map.getContainer().removeEventListener('keydown', this.key);
    this.layer.remove();
  }
}
