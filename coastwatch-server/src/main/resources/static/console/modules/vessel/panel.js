// The vessel panel: identities, static data, last position in degrees-minutes and decimal, speed, the
// zones it is in, its alerts (each a link to the alert), its track over a chosen period and the track's
// export links.
import { get, query } from '../../api.js';
import { renderFacts, renderTextItems } from '../../dom.js';
import { formatDecimal, formatDm } from '../../geo.js';
import { formatNumber, formatTime, t } from '../../i18n.js';
import { alertTitle } from '../../shared/alert-line.js';
import { vesselKind, vesselLabel } from '../../vessels.js';

const HOUR_MILLIS = 3600000;

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
      ['vessel.destination', v.destination], ['vessel.eta', v.eta ? formatTime(v.eta, { zone: true }) : null],
      ['vessel.positionDm', p ? formatDm(p.latitude, p.longitude) : null],
      ['vessel.positionDecimal', p ? formatDecimal(p.latitude, p.longitude) : null],
      ['vessel.speed', p && p.speedKnots !== null ? `${formatNumber(p.speedKnots, 1)} ${t('unit.kn')}` : null],
      ['vessel.course', p && p.courseDegrees !== null ? `${formatNumber(p.courseDegrees, 0)}°` : null],
      ['vessel.source', p ? p.source : null], ['vessel.lastSeen', formatTime(v.lastSeen, { zone: true })],
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
