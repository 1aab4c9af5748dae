// The live vessels: a store of the latest state of each contact, and a Leaflet layer that draws them
// on one canvas (20,000 symbols in a few milliseconds): symbols pointing along the course, coloured by
// kind with a dark outline, shore stations and aids to navigation with symbols of their own, faded
// when stale, ringed when an alert needs action; every contact drawn below CLUSTER_FROM contacts,
// above it at wide zoom overlapping ones gathered into clusters with their counts (vessels with an open
// alert head their clusters); labels at close zoom. Redraws on the next frame after a map move, at most
// twice a second for data.
import { throttled } from './dom.js';
import { CLUSTER_FROM, KINDS, isVessel, vesselKind, vesselLabel } from './vessel-kind.js';

const DATA_REDRAW_MILLIS = 500;
const LABEL_ZOOM = 12;
/** In wall mode (an operations room's large screen) names show from this zoom on. */
const WALL_LABEL_ZOOM = 9;
/** Label placement works on cells of this many pixels: a name overlapping a placed one is left out. */
const LABEL_CELL = 6;
const MAX_LABELS = 400;
const HIT_PIXELS = 10;
const HOVER_MILLIS = 100;
/** Above this many clusters in view their counts are not written (they would cover the sea). */
const MAX_CLUSTER_COUNTS = 600;

function worldX(lon) {
  return (lon + 180) / 360;
}

function worldY(lat) {
  const sin = Math.sin(Math.max(-85.05, Math.min(85.05, lat)) * Math.PI / 180);
  return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
}

/** The latest state of every vessel, by id. */
export class VesselStore {
  constructor() {
    this.byId = new Map();
    this.listeners = [];
    this.updates = 0;
  }

  /** How many of the contacts are vessels (not shore stations nor aids to navigation). */
  vesselCount() {
    let count = 0;
    for (const vessel of this.byId.values()) if (isVessel(vessel.kind)) count++;
    return count;
  }

  /** Replaces the state of one vessel with a VesselView from the API or the WebSocket. */
  update(view) {
    const p = view.position;
    if (!p) return;
    this.updates++;
    this.byId.set(view.id, {
      id: view.id, view, kind: vesselKind(view), lat: p.latitude, lon: p.longitude,
      courseDegrees: p.courseDegrees, speedKnots: p.speedKnots,
      seenMillis: Date.parse(p.time), wx: worldX(p.longitude), wy: worldY(p.latitude),
    });
    this.listeners.forEach(listener => listener(view.id));
  }

  /** Moves a vessel to a replayed position, keeping what else is known of it. */
  move(id, lat, lon, timeMillis, speedKnots, courseDegrees) {
    const vessel = this.byId.get(id);
    if (!vessel) return;
    Object.assign(vessel, { lat, lon, seenMillis: timeMillis, speedKnots, courseDegrees, wx: worldX(lon), wy: worldY(lat) });
  }

  clear() {
    this.byId.clear();
  }

  onChange(listener) {
    this.listeners.push(listener);
  }
}

/** A Leaflet layer drawing a VesselStore. */
export const VesselLayer = L.Layer.extend({
  initialize(store, options) {
    this.store = store;
    this.alerting = new Set();
    this.selectedId = null;
    this.now = () => Date.now();
    this.staleMillis = options.staleMillis;
    this.onSelect = options.onSelect;
    this.onHover = options.onHover;
    /** Symbol size factor: 1, larger in wall mode. */
    this.scale = 1;
    this.hoverSoon = throttled(() => this.hover(), HOVER_MILLIS);
    this.pointer = null;
    this.drawn = { xs: new Float32Array(0), ys: new Float32Array(0), counts: new Int32Array(0), ids: [], count: 0 };
    this.stats = { drawn: 0, thinned: 0, clusters: 0, lastDrawMillis: 0, draws: 0, drawMillis: 0 };
    this.frameRequested = false;
    this.redrawForData = throttled(() => this.redraw(), DATA_REDRAW_MILLIS);
    this.sprites = new Sprites();
  },

  onAdd(map) {
    this.canvas = L.DomUtil.create('canvas', 'vessel-canvas');
    Object.assign(this.canvas.style, { position: 'absolute', left: 0, top: 0, zIndex: 450, pointerEvents: 'none' });
    map.getContainer().appendChild(this.canvas);
    map.on('move resize zoomend viewreset', this.redraw, this);
    map.on('zoomstart', this.hide, this);
    map.on('click', this.pick, this);
    map.on('mousemove', this.track, this);
    map.on('mouseout', this.untrack, this);
    this.redraw();
  },

  onRemove(map) {
    map.off('move resize zoomend viewreset', this.redraw, this);
    map.off('zoomstart', this.hide, this);
    map.off('click', this.pick, this);
    map.off('mousemove', this.track, this);
    map.off('mouseout', this.untrack, this);
    this.canvas.remove();
  },

  hide() {
    this.canvas.style.visibility = 'hidden';
  },

  /** Redraws on the next frame (after a map move or a change of what is marked). */
  redraw() {
    if (!this.frameRequested) {
      this.frameRequested = true;
      requestAnimationFrame(() => { this.frameRequested = false; this.draw(); });
    }
  },

  /** Redraws for new data, at most every DATA_REDRAW_MILLIS. */
  dataChanged() {
    this.redrawForData();
  },

  setAlerting(ids) {
    this.alerting = ids;
    this.redraw();
  },

  select(id) {
    this.selectedId = id;
    this.redraw();
  },

  /** Symbols and names larger (wall mode: factor > 1), names from a wider zoom. */
  setScale(factor) {
    this.scale = factor;
    this.sprites = new Sprites();
    this.redraw();
  },

  draw() {
    const map = this._map;
    if (!map) return;
    const started = performance.now();
    const size = map.getSize();
    const ratio = window.devicePixelRatio || 1;
    const canvas = this.canvas;
    if (canvas.width !== size.x * ratio || canvas.height !== size.y * ratio) {
      canvas.width = size.x * ratio;
      canvas.height = size.y * ratio;
      canvas.style.width = `${size.x}px`;
      canvas.style.height = `${size.y}px`;
    }
    canvas.style.visibility = 'visible';
    const context = canvas.getContext('2d');
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, size.x, size.y);

    const zoom = map.getZoom();
    const scale = 256 * 2 ** zoom;
    const origin = map.project(map.containerPointToLatLng([0, 0]), zoom);
    const clustering = this.store.byId.size >= CLUSTER_FROM;
    const cell = !clustering ? 0 : zoom <= 9 ? 9 : zoom <= 11 ? 5 : 0;
    const columns = cell ? Math.ceil(size.x / cell) : 0;
    // per screen cell, the drawn symbol heading its cluster (its index + 1; 0 while the cell is empty)
    const heads = cell ? new Int32Array(columns * Math.ceil(size.y / cell)) : null;
    const length = Math.round((zoom >= 11 ? 9 : zoom >= 8 ? 7 : 5) * this.scale);
    const labelZoom = this.scale > 1 ? WALL_LABEL_ZOOM : LABEL_ZOOM;
    const now = this.now();
    const rings = new Path2D();
    const labels = [];
    const capacity = this.store.byId.size;
    if (this.drawn.xs.length < capacity) {
      this.drawn.xs = new Float32Array(capacity * 2);
      this.drawn.ys = new Float32Array(capacity * 2);
      this.drawn.counts = new Int32Array(capacity * 2);
    }
    const { xs, ys } = this.drawn;
    const counts = this.drawn.counts; // per drawn symbol: how many contacts its cluster holds
    const ids = [];
    let thinned = 0;

    const place = (vessel, alerting) => {
      const x = Math.round(vessel.wx * scale - origin.x);
      const y = Math.round(vessel.wy * scale - origin.y);
      if (x < -20 || y < -20 || x > size.x + 20 || y > size.y + 20) return;
      if (heads) {
        const index = Math.floor(y / cell) * columns + Math.floor(x / cell);
        if (index >= 0 && index < heads.length) {
          if (heads[index]) { thinned++; counts[heads[index] - 1]++; return; }
          heads[index] = ids.length + 1;
        }
      }
      const sprite = this.sprites.get(vessel, now - vessel.seenMillis > this.staleMillis, length, ratio);
      context.drawImage(sprite, x - sprite.half, y - sprite.half, sprite.side, sprite.side);
      if (alerting) { rings.moveTo(x + length + 3, y); rings.arc(x, y, length + 3, 0, 2 * Math.PI); }
      xs[ids.length] = x;
      ys[ids.length] = y;
      counts[ids.length] = 1;
      ids.push(vessel.id);
      if (zoom >= labelZoom && labels.length < MAX_LABELS) labels.push([vessel, x, y]);
    };
    for (const id of this.alerting) { // first: they head their clusters
      const vessel = this.store.byId.get(id);
      if (vessel) place(vessel, true);
    }
    for (const vessel of this.store.byId.values()) {
      if (!this.alerting.has(vessel.id)) place(vessel, false);
    }
    const clusters = thinned ? this.drawClusters(context, ids.length, length) : 0;

    context.globalAlpha = 1;
    context.lineWidth = 2.5;
    context.strokeStyle = '#e53935';
    context.stroke(rings);
    const selected = this.store.byId.get(this.selectedId);
    if (selected) {
      const x = selected.wx * scale - origin.x;
      const y = selected.wy * scale - origin.y;
      context.lineWidth = 2;
      context.strokeStyle = '#000';
      context.strokeRect(x - length - 6, y - length - 6, 2 * length + 12, 2 * length + 12);
    }
    const named = labels.length ? this.drawLabels(context, labels, length, size) : 0;
    this.drawn.ids = ids;
    this.drawn.count = ids.length;
    const millis = performance.now() - started;
    this.stats = {
      drawn: ids.length, thinned, clusters, labels: named, lastDrawMillis: millis, draws: this.stats.draws + 1,
      drawMillis: this.stats.drawMillis + millis,
    };
  },

  /**
   * Writes the names beside their symbols, leaving out a name that would overlap one already written
   * (the review's finding 25: names ran into each other at zoom 12). Returns how many were written.
   */
  drawLabels(context, labels, length, size) {
    const fontPixels = this.scale > 1 ? 15 : 11;
    context.font = `${fontPixels}px "Noto Sans", "DejaVu Sans", sans-serif`;
    context.lineWidth = 3;
    context.strokeStyle = 'rgba(255,255,255,0.85)';
    context.fillStyle = '#102030';
    const columns = Math.ceil(size.x / LABEL_CELL);
    const taken = new Uint8Array(columns * Math.ceil(size.y / LABEL_CELL));
    let written = 0;
    for (const [vessel, x, y] of labels) {
      const text = vesselLabel(vessel.view);
      const left = x + length + 3;
      const top = y + 4 - fontPixels;
      const cells = [Math.floor(left / LABEL_CELL), Math.floor(top / LABEL_CELL),
        Math.floor((left + context.measureText(text).width) / LABEL_CELL), Math.floor((y + 4) / LABEL_CELL)];
      if (!this.claim(taken, columns, cells)) continue;
      context.strokeText(text, left, y + 4);
      context.fillText(text, left, y + 4);
      written++;
    }
    return written;
  },

  /** Marks the cells [x0, y0, x1, y1] taken, unless one of them already is (then false). */
  claim(taken, columns, [x0, y0, x1, y1]) {
    const rows = taken.length / columns;
    const cx0 = Math.max(0, x0), cy0 = Math.max(0, y0), cx1 = Math.min(columns - 1, x1), cy1 = Math.min(rows - 1, y1);
    for (let row = cy0; row <= cy1; row++) {
      for (let column = cx0; column <= cx1; column++) if (taken[row * columns + column]) return false;
    }
    for (let row = cy0; row <= cy1; row++) {
      for (let column = cx0; column <= cx1; column++) taken[row * columns + column] = 1;
    }
    return true;
  },

  /**
   * Marks the symbols that head a cluster: a dark ring, and the cluster's count when there are few
   * enough clusters to write them all legibly. Returns how many clusters there are.
   */
  drawClusters(context, drawn, length) {
    const { xs, ys, counts } = this.drawn;
    const ring = new Path2D();
    let clusters = 0;
    for (let i = 0; i < drawn; i++) {
      if (counts[i] > 1) {
        clusters++;
        ring.moveTo(xs[i] + length + 1, ys[i]);
        ring.arc(xs[i], ys[i], length + 1, 0, 2 * Math.PI);
      }
    }
    context.lineWidth = 1.5;
    context.strokeStyle = '#102030';
    context.stroke(ring);
    if (clusters <= MAX_CLUSTER_COUNTS) {
      context.font = 'bold 10px "Noto Sans", "DejaVu Sans", sans-serif';
      context.lineWidth = 3;
      context.strokeStyle = '#fff';
      context.fillStyle = '#102030';
      for (let i = 0; i < drawn; i++) {
        if (counts[i] > 1) {
          context.strokeText(String(counts[i]), xs[i] + length, ys[i] - length);
          context.fillText(String(counts[i]), xs[i] + length, ys[i] - length);
        }
      }
    }
    return clusters;
  },

  /** The index of the symbol drawn nearest to a container point, within HIT_PIXELS, or -1. */
  nearest(x, y) {
    const { xs, ys, count } = this.drawn;
    let best = -1;
    let bestDistance = HIT_PIXELS * HIT_PIXELS;
    for (let i = 0; i < count; i++) {
      const d = (xs[i] - x) ** 2 + (ys[i] - y) ** 2;
      if (d < bestDistance) { bestDistance = d; best = i; }
    }
    return best;
  },

  /** Selects the vessel drawn nearest to a click; a cluster's head zooms in on it instead. */
  pick(event) {
    const best = this.nearest(event.containerPoint.x, event.containerPoint.y);
    if (best < 0) return;
    if (this.drawn.counts[best] > 1) this._map.setView(event.latlng, Math.min(this._map.getZoom() + 2, LABEL_ZOOM));
    else if (this.onSelect) this.onSelect(this.drawn.ids[best]);
  },

  track(event) {
    this.pointer = event;
    this.hoverSoon();
  },

  untrack() {
    this.pointer = null;
    this.hoverSoon();
  },

  /** Tells onHover the vessel under the pointer (the hover card), or null. */
  hover() {
    if (!this.onHover) return;
    const vessel = this.pointer ? this.vesselAt(this.pointer.containerPoint) : null;
    this.onHover(vessel, vessel ? L.latLng(vessel.lat, vessel.lon) : null);
  },

  /** The vessel whose symbol (not a cluster's) is drawn at a container point, or null. */
  vesselAt(point) {
    const best = this.nearest(point.x, point.y);
    return best >= 0 && this.drawn.counts[best] === 1 ? this.store.byId.get(this.drawn.ids[best]) || null : null;
  },
});

const COURSE_STEP_DEGREES = 10;

/**
 * Symbols drawn once into small canvases and then copied (drawImage is far cheaper than filling
 * thousands of paths on a canvas without a GPU): one per kind, staleness, size and course in steps of
 * COURSE_STEP_DEGREES (or a dot when not under way).
 */
class Sprites {
  constructor() {
    this.cache = new Map();
  }

  get(vessel, stale, length, ratio) {
    const moving = vessel.courseDegrees !== null && vessel.courseDegrees !== undefined && vessel.speedKnots >= 0.5;
    const step = moving ? Math.round(vessel.courseDegrees / COURSE_STEP_DEGREES) % (360 / COURSE_STEP_DEGREES) : -1;
    const key = `${vessel.kind}|${stale}|${length}|${ratio}|${step}`;
    let sprite = this.cache.get(key);
    if (!sprite) {
      sprite = document.createElement('canvas');
      sprite.side = 2 * length + 4;
      sprite.half = sprite.side / 2;
      sprite.width = sprite.height = Math.ceil(sprite.side * ratio);
      const context = sprite.getContext('2d');
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      const path = new Path2D();
      symbol(path, sprite.half, sprite.half, vessel.kind,
        { courseDegrees: moving ? step * COURSE_STEP_DEGREES : null, speedKnots: moving ? 1 : 0 }, length);
      context.globalAlpha = stale ? 0.35 : 1;
      context.fillStyle = KINDS[vessel.kind];
      context.fill(path);
      context.lineWidth = length >= 7 ? 1.2 : 1;
      context.strokeStyle = 'rgba(0,0,0,0.9)';
      context.stroke(path);
      this.cache.set(key, sprite);
    }
    return sprite;
  }
}

/**
 * Adds a contact's symbol to path: a shore station a square, an aid to navigation a diamond; a vessel
 * a triangle along its course when under way, else a dot.
 */
function symbol(path, x, y, kind, vessel, length) {
  if (kind === 'baseStation') {
    const half = length * 0.5;
    path.rect(x - half, y - half, 2 * half, 2 * half);
    return;
  }
  if (kind === 'aidToNavigation') {
    const r = length * 0.6;
    path.moveTo(x, y - r);
    path.lineTo(x + r, y);
    path.lineTo(x, y + r);
    path.lineTo(x - r, y);
    path.closePath();
    return;
  }
  const course = vessel.courseDegrees;
  if (course === null || course === undefined || !(vessel.speedKnots >= 0.5)) {
    const r = length * 0.4;
    path.moveTo(x + r, y);
    path.arc(x, y, r, 0, 2 * Math.PI);
    return;
  }
  const angle = course * Math.PI / 180;
  const sin = Math.sin(angle);
  const cos = Math.cos(angle);
  const half = length * 0.45;
  path.moveTo(x + sin * length, y - cos * length);
  path.lineTo(x - sin * length * 0.6 + cos * half, y + cos * length * 0.6 + sin * half);
  path.lineTo(x - sin * length * 0.6 - cos * half, y + cos * length * 0.6 - sin * half);
  path.closePath();
}
