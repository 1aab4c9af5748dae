// Replay: the picture of a past period from the stored history (GET /api/v1/replay) and the alerts of
// that period, played back at a chosen speed on the same vessel layer; the live feed's vessel updates
// are set aside meanwhile and the live picture is reloaded at the end. The period is typed in Vietnam
// time (GMT+7) whatever the browser's zone.
import { get, query } from '../../api.js';
import { formatTime, t } from '../../i18n.js';
import { parseVietnamTime, toVietnamInput } from '../../format.js';
import { alertItem } from '../../shared/alert-line.js';

const MINUTE_MILLIS = 60000;

export class Replay {
  constructor(elements, { store, layer, live, onEnter, onExit, onAlert }) {
    this.el = elements;
    this.store = store;
    this.layer = layer;
    this.live = live;
    this.onEnter = onEnter;
    this.onExit = onExit;
    this.onAlert = onAlert;
    this.data = null;
    this.playing = false;
    this.periodTyped = false;
    this.suggestPeriod();
    for (const input of [elements.from, elements.to]) input.addEventListener('input', () => { this.periodTyped = true; });
    elements.play.addEventListener('click', () => (this.data ? this.resume() : this.load()));
    elements.pause.addEventListener('click', () => this.pause());
    elements.stop.addEventListener('click', () => this.stop());
    elements.progress.addEventListener('input', () => this.seek(Number(elements.progress.value) / 1000));
  }

  /**
   * Until the officer types a period: the last hour of the data's time (finding 12: a simulation or a
   * drifting browser clock must not replay an empty period).
   */
  suggestPeriod() {
    if (this.periodTyped || this.active) return;
    const now = Math.floor(this.live.dataNow() / MINUTE_MILLIS) * MINUTE_MILLIS;
    this.el.to.value = toVietnamInput(now);
    this.el.from.value = toVietnamInput(now - 60 * MINUTE_MILLIS);
  }

  get active() {
    return this.data !== null;
  }

  async load() {
    const fromMillis = parseVietnamTime(this.el.from.value);
    const toMillis = parseVietnamTime(this.el.to.value);
    if (fromMillis === null || toMillis === null || !(fromMillis < toMillis)) {
      this.el.status.textContent = t('replay.badPeriod');
      return;
    }
    const from = new Date(fromMillis).toISOString();
    const to = new Date(toMillis).toISOString();
    const stepSeconds = toMillis - fromMillis > 6 * 60 * MINUTE_MILLIS ? 60 : 10;
    this.el.status.textContent = t('replay.loading');
    let data;
    let alerts = [];
    try {
      data = await get(`api/v1/replay${query({ from, to, stepSeconds })}`);
      alerts = (await get(`api/v1/alerts${query({ from, to, limit: 1000 })}`).catch(() => ({ alerts: [] }))).alerts;
    } catch (error) {
      this.el.status.textContent = error.message;
      return;
    }
    this.data = { ...data, fromMillis, toMillis, views: new Map(data.vessels.map(v => [v.id, v])) };
    this.alerts = alerts.slice().sort((a, b) => Date.parse(a.firstTime) - Date.parse(b.firstTime));
    this.live.pause(true);
    this.layer.now = () => this.time;
    this.onEnter();
    this.el.progress.disabled = false;
    this.el.stop.disabled = false;
    this.seek(0);
    this.resume();
  }

  resume() {
    this.playing = true;
    this.el.play.disabled = true;
    this.el.pause.disabled = false;
    this.lastFrame = performance.now();
    requestAnimationFrame(now => this.frame(now));
  }

  pause() {
    this.playing = false;
    this.el.play.disabled = false;
    this.el.pause.disabled = true;
  }

  stop() {
    this.pause();
    this.data = null;
    this.layer.now = () => this.live.dataNow();
    this.el.progress.disabled = true;
    this.el.stop.disabled = true;
    this.el.status.textContent = '';
    this.el.alerts.replaceChildren();
    this.store.clear();
    this.live.pause(false);
    this.onExit();
  }

  /** Jumps to a fraction of the period: the picture is rebuilt from its start. */
  seek(fraction) {
    this.store.clear();
    this.next = 0;
    this.nextAlert = 0;
    this.el.alerts.replaceChildren();
    this.advanceTo(this.data.fromMillis + fraction * (this.data.toMillis - this.data.fromMillis));
  }

  frame(now) {
    if (!this.playing || !this.data) return;
    const speed = Number(this.el.speed.value);
    const time = Math.min(this.data.toMillis, this.time + (now - this.lastFrame) * speed);
    this.lastFrame = now;
    this.advanceTo(time);
    if (time >= this.data.toMillis) {
      this.pause();
      this.el.status.textContent = t('replay.ended', { time: formatTime(time), vessels: this.store.byId.size });
      return;
    }
    requestAnimationFrame(next => this.frame(next));
  }

  advanceTo(time) {
    this.time = time;
    const { positions, views } = this.data;
    while (this.next < positions.length && positions[this.next][1] <= time) {
      const [id, timeMillis, latitude, longitude, speedKnots, courseDegrees] = positions[this.next++];
      if (this.store.byId.has(id)) {
        this.store.move(id, latitude, longitude, timeMillis, speedKnots, courseDegrees);
      } else {
        const view = views.get(id) || { id };
        this.store.update({ ...view, position: { latitude, longitude, time: new Date(timeMillis).toISOString(), speedKnots, courseDegrees } });
      }
    }
    while (this.nextAlert < this.alerts.length && Date.parse(this.alerts[this.nextAlert].firstTime) <= time) {
      this.el.alerts.prepend(alertItem(this.alerts[this.nextAlert++], alert => this.onAlert(alert)));
    }
    this.el.progress.value = String(Math.round(1000 * (time - this.data.fromMillis) / (this.data.toMillis - this.data.fromMillis)));
    this.el.status.textContent = t('replay.at', { time: formatTime(time), vessels: this.store.byId.size, positions: this.next });
    this.layer.dataChanged();
  }
}
