// Search (name, MMSI, call sign, registration number) and the vessel panel: identities, static data,
// last position in degrees-minutes and decimal, speed, the zones it is in, its alerts, its track over a
// chosen period and the track's export links.
import { get, query } from './api.js';
import { alertTitle } from './alerts.js';
import { renderFacts, renderTextItems } from './dom.js';
import { formatDecimal, formatDm } from './geo.js';
import { formatNumber, formatTime, t } from './i18n.js';
import { vesselKind, vesselLabel } from './vessels.js';

const HOUR_MILLIS = 3600000;

export class Search {
  constructor(form, input, results, onChoose) {
    this.input = input;
    this.results = results;
    this.onChoose = onChoose;
    form.addEventListener('submit', event => { event.preventDefault(); clearTimeout(this.timer); this.run(true); });
    input.addEventListener('input', () => { clearTimeout(this.timer); this.timer = setTimeout(() => this.run(false), 250); });
    input.addEventListener('keydown', event => {
      if (event.key === 'ArrowDown') { event.preventDefault(); this.results.querySelector('button')?.focus(); }
      if (event.key === 'Escape') this.close();
    });
    results.addEventListener('keydown', event => {
      const buttons = [...results.querySelectorAll('button')];
      const index = buttons.indexOf(document.activeElement);
      if (event.key === 'ArrowDown') { event.preventDefault(); buttons[Math.min(index + 1, buttons.length - 1)]?.focus(); }
      if (event.key === 'ArrowUp') { event.preventDefault(); (index <= 0 ? input : buttons[index - 1]).focus(); }
      if (event.key === 'Escape') { this.close(); input.focus(); }
    });
  }

  close() {
    this.results.hidden = true;
  }

  async run(chooseSingle) {
    const text = this.input.value.trim();
    if (text.length < 2) { this.close(); return; }
    const page = await get(`api/v1/vessels${query({ q: text, size: 20 })}`);
    if (chooseSingle && page.vessels.length === 1) {
      this.close();
      this.onChoose(page.vessels[0].id);
      return;
    }
    const items = page.vessels.map(vessel => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = [vesselLabel(vessel), vessel.mmsi, vessel.callSign, vessel.registrationNumber].filter(Boolean).join(' · ');
      button.addEventListener('click', () => { this.close(); this.onChoose(vessel.id); });
      item.append(button);
      return item;
    });
    if (!items.length) {
      const item = document.createElement('li');
      item.className = 'muted';
      item.textContent = t('search.none');
      items.push(item);
    }
    this.results.replaceChildren(...items);
    this.results.hidden = false;
  }
}

export class VesselPanel {
  constructor(map, elements, zones) {
    this.map = map;
    this.el = elements;
    this.zones = zones;
    this.vessel = null;
    this.track = L.layerGroup().addTo(map);
    elements.trackShow.addEventListener('click', () => this.showTrack());
    elements.trackClear.addEventListener('click', () => { this.track.clearLayers(); this.el.trackStatus.textContent = ''; });
    elements.period.addEventListener('change', () => this.renderExports());
  }

  async open(id) {
    this.vessel = await get(`api/v1/vessels/${id}`);
    this.el.empty.hidden = true;
    this.el.detail.hidden = false;
    this.track.clearLayers();
    this.el.trackStatus.textContent = '';
    await this.render();
    return this.vessel;
  }

  async render() {
    const v = this.vessel;
    if (!v) return;
    const p = v.position;
    this.el.title.textContent = vesselLabel(v);
    const facts = [
      ['vessel.kind', t(`kind.${vesselKind(v)}`)], ['vessel.mmsi', v.mmsi], ['vessel.imo', v.imoNumber],
      ['vessel.callSign', v.callSign], ['vessel.name', v.name], ['vessel.registration', v.registrationNumber],
      ['vessel.vms', v.vmsDeviceId], ['vessel.flag', v.flag], ['vessel.shipType', v.shipType],
      ['vessel.dimensions', v.lengthMetres ? `${v.lengthMetres} × ${v.beamMetres ?? '—'} m` : null],
      ['vessel.draught', v.draughtMetres ? `${formatNumber(v.draughtMetres, 1)} m` : null],
      ['vessel.destination', v.destination], ['vessel.eta', v.eta ? formatTime(v.eta) : null],
      ['vessel.positionDm', p ? formatDm(p.latitude, p.longitude) : null],
      ['vessel.positionDecimal', p ? formatDecimal(p.latitude, p.longitude) : null],
      ['vessel.speed', p && p.speedKnots !== null ? `${formatNumber(p.speedKnots, 1)} ${t('unit.kn')}` : null],
      ['vessel.course', p && p.courseDegrees !== null ? `${formatNumber(p.courseDegrees, 0)}°` : null],
      ['vessel.source', p ? p.source : null], ['vessel.lastSeen', formatTime(v.lastSeen)],
    ].filter(([, value]) => value !== null && value !== undefined && value !== '');
    renderFacts(this.el.facts, facts.map(([key, value]) => [t(key), value, key]));
    const inside = p ? this.zones.containing(p.latitude, p.longitude) : [];
    renderTextItems(this.el.zones, inside.length
      ? inside.map(zone => `${zone.properties.name} (${t(`zone.${zone.properties.kind}`)})`) : [t('vessel.noZone')]);
    this.renderExports();
    await this.renderAlerts(v.id);
  }

  async renderAlerts(id) {
    let alerts;
    try {
      alerts = (await get(`api/v1/alerts${query({ vessel: id, limit: 20 })}`)).alerts;
    } catch (error) {
      renderTextItems(this.el.alerts, [error.message]);
      return;
    }
    renderTextItems(this.el.alerts, alerts.length
      ? alerts.map(alert => `${alertTitle(alert)} · ${t(`state.${alert.state}`)} · ${formatTime(alert.lastTime)}`) : [t('vessel.noAlerts')]);
  }

  period() {
    const to = Date.now();
    return { from: new Date(to - Number(this.el.period.value) * HOUR_MILLIS).toISOString(), to: new Date(to).toISOString() };
  }

  renderExports() {
    if (!this.vessel) return;
    const { from, to } = this.period();
    for (const format of ['csv', 'geojson', 'kml', 'gpx']) {
      this.el.exports[format].href = `api/v1/vessels/${this.vessel.id}/track${query({ from, to, format })}`;
    }
  }

  async showTrack() {
    const { from, to } = this.period();
    const track = await get(`api/v1/vessels/${this.vessel.id}/track${query({ from, to, tolerance: 10 })}`);
    this.track.clearLayers();
    const points = track.points.map(point => [point.latitude, point.longitude]);
    this.el.trackStatus.textContent = t('vessel.trackPoints', { count: track.points.length, before: track.pointsBeforeSimplifying });
    if (!points.length) return;
    L.polyline(points, { color: '#0b3d5c', weight: 2.5 }).addTo(this.track);
    track.points.forEach(point => L.circleMarker([point.latitude, point.longitude], { radius: 2, color: '#0b3d5c' })
      .bindTooltip(`${formatTime(point.time)} · ${formatNumber(point.speedKnots, 1)} ${t('unit.kn')}`).addTo(this.track));
    this.map.fitBounds(L.latLngBounds(points).pad(0.3), { maxZoom: 14, animate: false });
  }
}
