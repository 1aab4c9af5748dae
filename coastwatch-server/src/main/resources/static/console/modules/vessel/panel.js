// The vessel panel: identities, static data in words (country names, ship types, sources), the last
// position in degrees-minutes and decimal with its age, speed — kept live while the vessel reports —,
// the registry's block (owner, gear, licence, home port, the last departure record), the zones it is
// in, its alerts (each a link to the alert), its track over a chosen period (coloured by speed, with time
// marks and direction arrows) and the track's export links; "bám theo tàu" keeps the vessel in view.
import { get, query } from '../../api.js';
import { renderFacts, renderTextItems, throttled } from '../../dom.js';
import { ageParts, countryName } from '../../format.js';
import { formatPosition } from '../../position.js';
import { currentLanguage, formatNumber, formatTime, has, t } from '../../i18n.js';
import { alertTitle } from '../../shared/alert-line.js';
import { markInterval, SPEED_BANDS, stretchesBySpeed, timeMarks } from '../../shared/track-style.js';
import { shipTypeLabel } from '../../shared/catalogue.js';
import { vesselKind, vesselLabel } from '../../vessel-kind.js';

const HOUR_MILLIS = 3600000;
const LIVE_RENDER_MILLIS = 1000;
const REFRESH_MILLIS = 5000;
const REGISTRY_MAX_AGE_MILLIS = 5 * 60000;

/** A code's words from the bundle when it has them ("gear.GILLNET" → "Lưới rê"), else the code itself. */
function words(prefix, code) {
  return code && has(`${prefix}.${code}`) ? t(`${prefix}.${code}`) : code;
}

/**
 * The fleet registry as the console knows it (GET /api/v1/registry/vessels and the departures), fetched
 * when a panel first needs it and again after REGISTRY_MAX_AGE_MILLIS; looked up by registration
 * number, MMSI or VMS device.
 */
class RegistryBook {
  constructor() {
    this.loaded = 0;
    this.loading = null;
    this.vessels = [];
    this.departures = [];
  }

  async entryOf(vessel) {
    if (Date.now() - this.loaded > REGISTRY_MAX_AGE_MILLIS) {
      this.loading ??= Promise.all([get('api/v1/registry/vessels'), get('api/v1/registry/departures')])
        .then(([vessels, departures]) => { this.vessels = vessels; this.departures = departures; this.loaded = Date.now(); })
        .finally(() => { this.loading = null; });
      await this.loading;
    }
    const entry = this.vessels.find(candidate => (vessel.registrationNumber && candidate.registrationNumber === vessel.registrationNumber)
      || (vessel.mmsi && candidate.mmsi === vessel.mmsi) || (vessel.vmsDeviceId && candidate.vmsDeviceIds.includes(vessel.vmsDeviceId)));
    if (!entry) return null;
    const departure = this.departures.filter(record => record.registrationNumber === entry.registrationNumber)
      .sort((a, b) => Date.parse(b.departure) - Date.parse(a.departure))[0] || null;
    return { entry, departure };
  }
}

export class VesselPanel {
  /**
   * @param map the Leaflet map
   * @param elements the panel's elements
   * @param zones the ZoneLayers (zones containing the vessel, port names)
   * @param live { store, dataNow }: the live store, whose updates of the shown vessel the panel follows,
   *     and the clock ages are told by (the data's time, or the server's when later)
   */
  constructor(map, elements, zones, live) {
    this.map = map;
    this.el = elements;
    this.zones = zones;
    this.dataNow = live.dataNow;
    this.vessel = null;
    this.registry = new RegistryBook();
    this.registryEntry = null;
    this.track = L.layerGroup().addTo(map);
    this.heardMillis = 0;
    const follow = throttled(() => this.renderLive(), LIVE_RENDER_MILLIS);
    live.store.onChange(id => {
      if (this.vessel && id === this.vessel.id && !this.el.detail.hidden) {
        this.vessel = live.store.byId.get(id).view;
        this.heardMillis = Date.now();
        follow();
        if (this.following) this.keepInView();
      }
    });
    /** Whether the map keeps the vessel in view as it moves (bám theo tàu). */
    this.following = false;
    elements.follow.addEventListener('click', () => this.setFollowing(!this.following));
    // The live feed carries the vessels in view only: one out of view is fetched again instead.
    setInterval(() => this.refresh(), REFRESH_MILLIS);
    elements.trackShow.addEventListener('click', () => this.showTrack());
    elements.trackClear.addEventListener('click', () => {
      this.track.clearLayers();
      this.el.trackStatus.textContent = '';
      this.el.trackLegend.hidden = true;
    });
    this.renderTrackLegend();
    elements.period.addEventListener('change', () => this.renderExports());
  }

  async open(id) {
    this.vessel = await get(`api/v1/vessels/${id}`);
    this.heardMillis = Date.now();
    this.el.empty.hidden = true;
    this.el.detail.hidden = false;
    this.track.clearLayers();
    this.el.trackStatus.textContent = '';
    this.el.trackLegend.hidden = true;
    this.setFollowing(false);
    await this.render();
    return this.vessel;
  }

  /** Brings the shown vessel up to date when the live feed has not said anything of it lately; its age in any case. */
  async refresh() {
    if (!this.vessel || this.el.detail.hidden) return;
    if (Date.now() - this.heardMillis >= REFRESH_MILLIS) {
      const id = this.vessel.id;
      try {
        const fresh = await get(`api/v1/vessels/${id}`);
        if (this.vessel?.id === id) this.vessel = fresh;
      } catch {
        // offline or gone: the banner says so; the age keeps growing
      }
    }
    this.renderLive();
  }

  async render() {
    this.renderTrackLegend();
    const v = this.vessel;
    if (!v) return;
    this.renderLive();
    this.renderExports();
    await Promise.all([this.renderAlerts(v.id), this.renderRegistry(v)]);
  }

  /** What changes while the vessel reports: its facts, position, age and the zones it is in. */
  renderLive() {
    const v = this.vessel;
    const p = v.position;
    this.el.title.textContent = vesselLabel(v);
    const seen = Date.parse(v.lastSeen);
    const age = Number.isFinite(seen) ? ageParts(Math.max(0, this.dataNow() - seen)) : null;
    const facts = [
      ['vessel.kind', t(`kind.${vesselKind(v)}`)], ['vessel.mmsi', v.mmsi], ['vessel.imo', v.imoNumber],
      ['vessel.callSign', v.callSign], ['vessel.name', v.name], ['vessel.registration', v.registrationNumber],
      ['vessel.vms', v.vmsDeviceId], ['vessel.flag', countryName(v.flag, currentLanguage())],
      ['vessel.shipType', v.shipType === null || v.shipType === undefined ? null : `${v.shipType} – ${shipTypeLabel(v.shipType, currentLanguage()) ?? t('shipType.other')}`],
      ['vessel.dimensions', v.lengthMetres ? `${v.lengthMetres} × ${v.beamMetres ?? '—'} m` : null],
      ['vessel.draught', v.draughtMetres ? `${formatNumber(v.draughtMetres, 1)} m` : null],
      ['vessel.destination', v.destination], ['vessel.eta', v.eta ? formatTime(v.eta, { zone: true }) : null],
      ['vessel.positionDm', p ? formatPosition(p.latitude, p.longitude, 'dm') : null],
      ['vessel.positionDms', p ? formatPosition(p.latitude, p.longitude, 'dms') : null],
      ['vessel.positionDecimal', p ? formatPosition(p.latitude, p.longitude, 'decimal') : null],
      ['vessel.speed', p && p.speedKnots !== null ? `${formatNumber(p.speedKnots, 1)} ${t('unit.kn')}` : null],
      ['vessel.course', p && p.courseDegrees !== null ? `${formatNumber(p.courseDegrees, 0)}°` : null],
      ['vessel.source', p ? words('source', p.source) : null],
      ['vessel.lastSeen', formatTime(v.lastSeen, { zone: true })],
      ['vessel.age', age ? t(`age.${age.unit}`, { count: age.count }) : null],
    ].filter(([, value]) => value !== null && value !== undefined && value !== '');
    renderFacts(this.el.facts, facts.map(([key, value]) => [t(key), value, key]));
    const inside = p ? this.zones.containing(p.latitude, p.longitude) : [];
    renderTextItems(this.el.zones, inside.length
      ? inside.map(zone => `${zone.properties.name} (${t(`zone.${zone.properties.kind}`)})`) : [t('vessel.noZone')]);
  }

  /** The registry's block: owner, gear, licence (and whether it has lapsed), home port, the last departure. */
  async renderRegistry(v) {
    let found;
    try {
      found = await this.registry.entryOf(v);
    } catch (error) {
      renderTextItems(this.el.registry, [error.message]);
      return;
    }
    if (this.vessel !== v && this.vessel?.id !== v.id) return;
    if (!found) {
      renderTextItems(this.el.registry, [t('vessel.notRegistered')]);
      return;
    }
    const { entry, departure } = found;
    const licence = entry.licenceValidUntil ? Date.parse(`${entry.licenceValidUntil}T23:59:59+07:00`) : null;
    const port = id => (id ? this.zones.name(id) || id : null);
    const rows = [
      ['vessel.owner', entry.owner], ['vessel.gear', words('gear', entry.gear)],
      ['vessel.length', entry.lengthMetres ? `${formatNumber(entry.lengthMetres, 1)} m` : null],
      ['vessel.licence', licence === null ? t('vessel.noLicence')
        : `${formatTime(licence).slice(0, 10)}${licence < this.dataNow() ? ` (${t('vessel.lapsed')})` : ''}`],
      ['vessel.homePort', port(entry.homePort)],
      ['vessel.departed', departure ? `${formatTime(departure.departure, { zone: true })} · ${port(departure.portId)}` : null],
      ['vessel.declaredReturn', departure ? formatTime(departure.declaredReturn, { zone: true }) : null],
      ['vessel.arrived', departure ? (departure.arrival ? formatTime(departure.arrival, { zone: true }) : t('vessel.atSea')) : null],
    ].filter(([, value]) => value !== null && value !== undefined && value !== '');
    renderFacts(this.el.registry, rows.map(([key, value]) => [t(key), value, key]));
  }

  async renderAlerts(id) {
    let alerts;
    try {
      alerts = (await get(`api/v1/alerts${query({ vessel: id, limit: 20 })}`)).alerts;
    } catch (error) {
      renderTextItems(this.el.alerts, [error.message]);
      return;
    }
    if (!alerts.length) {
      renderTextItems(this.el.alerts, [t('vessel.noAlerts')]);
      return;
    }
    this.el.alerts.replaceChildren(...alerts.map(alert => {
      const link = Object.assign(document.createElement('a'), {
        href: `#/alerts/${alert.id}`,
        textContent: `${alertTitle(alert)} · ${t(`state.${alert.state}`)} · ${formatTime(alert.lastTime)}`,
      });
      const item = document.createElement('li');
      item.append(link);
      return item;
    }));
  }

  period() {
    const to = this.dataNow(); // "the last 24 h" of the data, not of the browser's clock (finding 12)
    return { from: new Date(to - Number(this.el.period.value) * HOUR_MILLIS).toISOString(), to: new Date(to).toISOString() };
  }

  renderExports() {
    if (!this.vessel) return;
    const { from, to } = this.period();
    for (const format of ['csv', 'geojson', 'kml', 'gpx']) {
      this.el.exports[format].href = `api/v1/vessels/${this.vessel.id}/track${query({ from, to, format })}`;
    }
  }

  /** The track's speed colours, in words. */
  renderTrackLegend() {
    this.el.trackLegend.replaceChildren(...SPEED_BANDS.map(band => {
      const item = document.createElement('li');
      const swatch = Object.assign(document.createElement('span'), { className: 'track-swatch' });
      swatch.style.background = band.color;
      item.append(swatch, t(band.key));
      return item;
    }));
  }

  /** Follows the vessel (the map pans to it at each of its updates, at the zoom the officer chose) or stops. */
  setFollowing(on) {
    this.following = on;
    this.el.follow.setAttribute('aria-pressed', String(on));
    if (on) this.keepInView();
  }

  keepInView() {
    const p = this.vessel?.position;
    if (p && !this.map.getBounds().pad(-0.2).contains([p.latitude, p.longitude])) {
      this.map.panTo([p.latitude, p.longitude], { animate: false });
    }
  }

  /**
   * The track of the chosen period: each stretch in its speed band's colour, a time mark (HH:mm, Vietnam
   * time) with an arrow along the heading at every whole interval (about a dozen over the track's span), a point per fix with
   * its time and speed; the view fitted, not closer than zoom 12, so that the coast stays in sight.
   */
  async showTrack() {
    const { from, to } = this.period();
    const track = await get(`api/v1/vessels/${this.vessel.id}/track${query({ from, to, tolerance: 10 })}`);
    this.track.clearLayers();
    this.el.trackStatus.textContent = t('vessel.trackPoints', { count: track.points.length, before: track.pointsBeforeSimplifying });
    this.el.trackLegend.hidden = !track.points.length;
    if (!track.points.length) return;
    for (const stretch of stretchesBySpeed(track.points)) {
      L.polyline(stretch.points.map(point => [point.latitude, point.longitude]),
        { color: SPEED_BANDS[stretch.band].color, weight: 3, className: `track-band-${stretch.band}` }).addTo(this.track);
    }
    track.points.forEach(point => L.circleMarker([point.latitude, point.longitude], { radius: 2, color: '#263238', weight: 1 })
      .bindTooltip(`${formatTime(point.time)} · ${formatNumber(point.speedKnots, 1)} ${t('unit.kn')}`).addTo(this.track));
    const span = Date.parse(track.points[track.points.length - 1].time) - Date.parse(track.points[0].time);
    for (const mark of timeMarks(track.points, markInterval(span))) {
      const icon = L.divIcon({ className: 'track-mark', iconSize: null,
        html: `<span class="track-arrow" style="transform: rotate(${Math.round(mark.bearing)}deg)">➤</span><span class="track-time"></span>` });
      const marker = L.marker([mark.latitude, mark.longitude], { icon, interactive: false, keyboard: false }).addTo(this.track);
      marker.getElement().querySelector('.track-time').textContent = formatTime(mark.millis).slice(-5);
    }
    const points = track.points.map(point => [point.latitude, point.longitude]);
    this.map.fitBounds(L.latLngBounds(points).pad(0.3), { maxZoom: 12, animate: false });
  }
}
