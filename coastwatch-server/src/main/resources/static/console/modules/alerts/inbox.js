// The alert inbox: in triage order (what needs action first, by severity, then the newest), in pages
// with their totals, filters (state, severity, rule, vessel, zone, time), severity colours; acknowledge / escalate / resolve / false
// alarm with a comment; the alert's history; the evidence track on the map; live alerts from the
// WebSocket, with a banner (which opens its alert) and a sound for a critical one.
import { get, getGeoJson, post, query } from '../../api.js';
import { renderFacts, throttled } from '../../dom.js';
import { currentLanguage, formatNumber, formatTime, has, t } from '../../i18n.js';
import { alertFinding, alertTitle, alertItem, isOpen, ruleLabel, vesselLabel } from '../../shared/alert-line.js';
import { labelIn, ruleType, ruleTypeIds } from '../../shared/catalogue.js';
import { renderTimeline } from '../../shared/timeline.js';
import { alertFigures } from '../../shared/figures.js';
import { compareForTriage, needsAction, oneLinePerEncounter, pageInTriageOrder } from '../../shared/triage.js';

/** Alerts per page unless the officer chose another length. */
const PAGE = 50;
const BATCH_MILLIS = 250;
const LIST_MILLIS = 1000;
const BANNER_TITLES = 3;

export class AlertInbox {
  constructor(map, elements, { filters, onVesselsAlerting, onShowVessel, onSelect, onOpenFromBanner, onPage, onCount, zoneName }) {
    /** The filters and the page as the URL holds them (times as epoch ms, '' for none). */
    this.filters = filters;
    this.onPage = onPage;
    this.zoneNames = zoneName;
    this.onSelect = onSelect;
    this.onOpenFromBanner = onOpenFromBanner;
    this.onCount = onCount;
    this.map = map;
    this.el = elements;
    this.onVesselsAlerting = onVesselsAlerting;
    this.onShowVessel = onShowVessel;
    this.known = new Map();
    this.pending = new Map();
    /** Ids of the critical alerts announced so far, oldest first. */
    this.alarmed = [];
    /** Critical alerts not to announce: those open when the page started, and those announced. */
    this.announced = new Set();
    this.flushTimer = null;
    this.loads = 0;
    this.renderListSoon = throttled(() => this.renderList(), LIST_MILLIS);
    this.shown = [];
    this.total = null;
    this.selected = null;
    this.evidence = L.layerGroup().addTo(map);
    this.audio = null;
    ruleTypeIds().forEach(slug => {
      const option = document.createElement('option');
      option.value = slug;
      option.textContent = ruleLabel(slug);
      elements.rule.append(option);
    });
    elements.detail.querySelectorAll('[data-action]').forEach(button =>
      button.addEventListener('click', () => this.act(button.dataset.action)));
    elements.list.addEventListener('keydown', event => this.onListKey(event));
    elements.previous.addEventListener('click', () => this.onPage(Math.max(0, this.page() - 1)));
    elements.next.addEventListener('click', () => this.onPage(this.page() + 1));
    elements.bannerClose.addEventListener('click', () => { elements.banner.hidden = true; });
    elements.bannerText.addEventListener('click', () => {
      elements.banner.hidden = true;
      if (this.alarmed.length) this.onOpenFromBanner(this.alarmed[this.alarmed.length - 1]);
    });
  }

  /** Allows sound: browsers let a page play audio only after a user gesture (the login). */
  enableSound() {
    if (!this.audio && window.AudioContext) this.audio = new AudioContext();
  }

  async start() {
    const open = await get(`api/v1/alerts${query({ state: 'open', limit: 1000 })}`);
    open.alerts.forEach(alert => {
      this.known.set(alert.id, alert);
      if (alert.severity === 'critical') this.announced.add(alert.id);
    });
    await this.load();
  }

  /** The page shown, from 0. */
  page() {
    return Number(this.filters().page) || 0;
  }

  /** The page's length. */
  pageSize() {
    return Number(this.filters().size) || PAGE;
  }

  /**
   * The page for the filters as they are now, in triage order over all pages (every severity in rank
   * order when none is chosen); an answer overtaken by a later load (filters changed meanwhile) is dropped.
   */
  async load() {
    const { state, severity, rule, vessel, zone, from, to } = this.filters();
    const asked = ++this.loads;
    const size = this.pageSize();
    const offset = this.page() * size;
    const common = { state, ruleType: rule, vessel, zone, from, to };
    const slice = (/** @type {string} */ chosen, /** @type {number} */ at, /** @type {number} */ limit) =>
      get(`api/v1/alerts${query({ ...common, severity: chosen, limit, offset: at })}`);
    try {
      const page = severity ? await slice(severity, offset, size) : await pageInTriageOrder(slice, offset, size);
      if (asked !== this.loads) return;
      page.alerts.forEach(alert => this.known.set(alert.id, alert));
      this.shown = oneLinePerEncounter(page.alerts.slice().sort(compareForTriage));
      this.total = page.total;
    } catch (error) {
      if (asked !== this.loads) return;
      this.shown = [];
      this.total = null;
      this.el.status.textContent = t('alerts.unavailable', { reason: error.message });
    }
    this.render();
  }

  /** Whether an alert passes the filters (as the server's list filters it). */
  matches(alert) {
    const { state, severity, rule, vessel, zone, from, to } = this.filters();
    const stillHolding = alert.endedTime ? Date.parse(alert.endedTime) : Date.parse(alert.lastTime);
    return (!state || (state === 'open' ? isOpen(alert) : alert.state === state))
      && (!severity || alert.severity === severity)
      && (!rule || alert.ruleType === rule)
      && (!vessel || alert.vessel.id === vessel || alert.otherVessel?.id === vessel)
      && (!zone || alert.zone?.id === zone)
      && (!from || !alert.endedTime || stillHolding >= Number(from))
      && (!to || Date.parse(alert.firstTime) <= Number(to));
  }

  /** A vessel's name for the vessel filter: the live picture's, else its id. */
  vesselLabel(id) {
    return vesselLabel(id);
  }

  /**
   * A new, changed or transitioned alert from the WebSocket: gathered and applied together at most
   * every BATCH_MILLIS, so that thousands of alert updates a minute cost one list redraw each time.
   */
  receive(alert) {
    this.pending.set(alert.id, alert);
    if (!this.flushTimer) this.flushTimer = setTimeout(() => this.flush(), BATCH_MILLIS);
  }

  flush() {
    this.flushTimer = null;
    const batch = [...this.pending.values()];
    this.pending.clear();
    this.apply(batch);
  }

  /**
   * Applies new states of alerts: the alarm for each critical one not announced yet (once, whether a
   * list load saw it first or not), the list, the marks on the map.
   */
  apply(alerts) {
    const alarming = [];
    for (const alert of alerts) {
      const before = this.known.get(alert.id);
      this.known.set(alert.id, alert);
      if (alert.severity === 'critical' && isOpen(alert) && !this.announced.has(alert.id)) {
        this.announced.add(alert.id);
        alarming.push(alert);
      }
      if (!before && this.total !== null && this.matches(alert)) this.total++;
      if (before && this.total !== null && this.matches(before) && !this.matches(alert)) this.total--;
      if (this.selected && this.selected.id === alert.id) this.selected = { ...alert, history: this.selected.history };
    }
    // the first page takes in what is new; a later page keeps its alerts (their new states), so that it does not shift under the officer
    const changed = new Map(alerts.map(alert => [alert.id, alert]));
    const arriving = this.page() === 0 ? alerts : alerts.filter(alert => this.shown.some(shown => shown.id === alert.id));
    this.shown = oneLinePerEncounter(this.shown.filter(alert => !changed.has(alert.id))
      .concat(arriving.filter(alert => this.matches(alert)))
      .sort(compareForTriage))
      .slice(0, this.pageSize());
    if (alarming.length) this.alarm(alarming);
    this.renderMarks();
    this.renderListSoon();
  }

  /** The banner (naming the first few of the alerts) and a tone; the ids go to {@link #alarmed}. */
  alarm(alerts) {
    const titles = alerts.slice(0, BANNER_TITLES).map(alertTitle).join(' · ');
    const more = alerts.length > BANNER_TITLES ? ` (+${alerts.length - BANNER_TITLES})` : '';
    this.el.bannerText.textContent = t('alerts.criticalBanner', { title: titles + more });
    this.el.banner.hidden = false;
    alerts.forEach(alert => this.alarmed.push(alert.id));
    if (this.audio) {
      this.audio.resume();
      const start = this.audio.currentTime;
      [0, 0.35, 0.7].forEach(offset => {
        const tone = this.audio.createOscillator();
        const gain = this.audio.createGain();
        tone.frequency.value = 880;
        gain.gain.value = 0.2;
        tone.connect(gain).connect(this.audio.destination);
        tone.start(start + offset);
        tone.stop(start + offset + 0.2);
      });
    }
  }

  render() {
    this.el.rule.querySelectorAll('option').forEach(option => { if (option.value) option.textContent = ruleLabel(option.value); });
    this.renderList();
    this.renderMarks();
  }

  /**
   * The list and the selected alert's detail: at most every LIST_MILLIS for live updates. The alert
   * that had the keyboard focus keeps it across the redraw (finding 17).
   */
  renderList() {
    const focused = this.el.list.contains(document.activeElement)
      ? /** @type {HTMLElement} */ (document.activeElement).dataset.alertId : null;
    const items = this.shown.map(alert => {
      const item = alertItem(alert, selected => this.onSelect(selected.id));
      if (this.selected && this.selected.id === alert.id) item.firstChild.setAttribute('aria-current', 'true');
      return item;
    });
    this.el.list.replaceChildren(...items);
    if (focused) /** @type {HTMLElement | null} */ (this.el.list.querySelector(`[data-alert-id="${focused}"]`))?.focus();
    this.renderPager();
    if (this.selected) this.renderDetail();
  }

  /** Which alerts of how many the page shows ("1–50 / 234 cảnh báo"), and the page buttons. */
  renderPager() {
    if (this.total === null) return;
    const size = this.pageSize();
    const first = this.page() * size;
    // the range counts alerts; the lines may be fewer (one line per encounter)
    this.el.status.textContent = this.shown.length ? t('alerts.shown', { first: formatNumber(first + 1, 0),
      last: formatNumber(Math.min(first + size, this.total), 0), total: formatNumber(this.total, 0) })
      : t('alerts.none', { total: formatNumber(this.total, 0) });
    this.el.page.textContent = t('alerts.pageOf', { page: this.page() + 1, pages: Math.max(1, Math.ceil(this.total / size)) });
    this.el.previous.disabled = this.page() === 0;
    this.el.next.disabled = first + size >= this.total;
  }

  /**
   * Keys in the list: ↓ / ↑ (or j / k) move to the next / previous alert and open it, Home / End the
   * first / last; t takes the open alert in hand (Tiếp nhận), e escalates it (báo cấp trên).
   * @param {KeyboardEvent} event
   */
  onListKey(event) {
    if (event.ctrlKey || event.altKey || event.metaKey) return;
    const buttons = /** @type {HTMLElement[]} */ ([...this.el.list.querySelectorAll('[data-alert-id]')]);
    const index = buttons.indexOf(/** @type {HTMLElement} */ (document.activeElement));
    const moves = { ArrowDown: index + 1, j: index + 1, ArrowUp: index - 1, k: index - 1, Home: 0, End: buttons.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      const next = buttons[Math.max(0, Math.min(buttons.length - 1, moves[event.key]))];
      if (next) { next.focus(); next.click(); }
    } else if (event.key === 't' || event.key === 'e') {
      const action = event.key === 't' ? 'acknowledge' : 'escalate';
      const button = /** @type {HTMLButtonElement} */ (this.el.detail.querySelector(`[data-action="${action}"]`));
      if (this.selected && !button.disabled) { event.preventDefault(); event.stopPropagation(); this.act(action); }
    }
  }

  /**
   * After the live feed was down: the open alerts again (those raised meanwhile are counted, announced
   * when critical), then the list.
   */
  async resync() {
    const open = await get(`api/v1/alerts${query({ state: 'open', limit: 1000 })}`);
    this.apply(open.alerts);
    await this.load();
  }

  /**
   * While the server cannot be reached, the actions are held (their buttons disabled) and say why.
   * @param {boolean} offline
   */
  setOffline(offline) {
    this.offline = offline;
    if (this.selected) this.renderDetail();
  }

  /** The count of new alerts that need action, and the vessels ringed on the map (open alerts that need action). */
  renderMarks() {
    let fresh = 0;
    const alerting = new Set();
    for (const alert of this.known.values()) {
      if (isOpen(alert) && needsAction(alert)) {
        alerting.add(Number(alert.vessel.id));
        if (alert.state === 'new') fresh++;
      }
    }
    this.onCount(fresh);
    this.onVesselsAlerting(alerting);
  }

  /** Selects an alert by id (a deep link or a click): its detail with its history, its evidence on the map. */
  async selectById(id) {
    if (this.selected && String(this.selected.id) === String(id)) return;
    try {
      await this.select(await get(`api/v1/alerts/${id}`));
    } catch (error) {
      this.el.error.textContent = error.message;
    }
  }

  async select(alert) {
    this.selected = alert;
    this.el.error.textContent = '';
    this.el.comment.value = '';
    this.render();
    this.onShowVessel(Number(alert.vessel.id), false);
    await this.showEvidence(alert.id);
  }

  /** Draws an alert's evidence positions (LineString and Points) and brings them into view. */
  async showEvidence(id) {
    this.evidence.clearLayers();
    try {
      const collection = await getGeoJson(`api/v1/alerts/${id}/evidence`);
      const layer = L.geoJSON(collection, {
        style: { color: '#e53935', weight: 3 },
        pointToLayer: (feature, latlng) => L.circleMarker(latlng, { radius: 3, color: '#e53935', fillOpacity: 1 })
          .bindTooltip(formatTime(feature.properties.time)),
      }).addTo(this.evidence);
      const bounds = layer.getBounds();
      if (bounds.isValid()) this.map.fitBounds(bounds.pad(0.5), { maxZoom: 13, animate: false });
    } catch (error) {
      this.el.error.textContent = t('alerts.noEvidence', { reason: error.message });
    }
  }

  renderDetail() {
    const alert = this.selected;
    this.el.detail.hidden = false;
    this.el.detailTitle.textContent = alertTitle(alert);
    const facts = [
      ['alerts.severity', t(`severity.${alert.severity}`)], ['alerts.state', t(`state.${alert.state}`)],
      ['alerts.first', formatTime(alert.firstTime, { zone: true })], ['alerts.last', formatTime(alert.lastTime, { zone: true })],
      ['alerts.ended', alert.endedTime ? formatTime(alert.endedTime, { zone: true }) : t('alerts.ongoing')],
      ['alerts.zone', alert.zone ? alert.zone.name || this.zoneName(alert.zone.id) : '—'],
      ['alerts.finding', alertFinding(alert) || '—'],
    ].map(([key, value]) => [t(key), value, key]);
    const declared = ruleType(alert.ruleType)?.figures || [];
    const figures = alertFigures(alert).map(figure => {
      const label = declared.find(spec => spec.name === figure.name)?.label;
      return [label ? labelIn(label, currentLanguage()) : t('alerts.figure.other'), this.figureText(figure), `figure.${figure.name}`];
    });
    renderFacts(this.el.detailFacts, [...facts, ...figures]);
    this.el.vessel.href = `#/vessels/${alert.vessel.id}`;
    renderTimeline(this.el.history, (alert.history || []).map(entry => ({
      time: entry.time, who: entry.user, what: historyStep(entry.action), note: entry.comment,
    })), t('timeline.empty'));
    const open = isOpen(alert);
    const held = Boolean(this.offline);
    this.el.detail.querySelector('[data-action="escalate"]').disabled = held || !['new', 'acknowledged'].includes(alert.state);
    this.el.detail.querySelector('[data-action="acknowledge"]').disabled = held || alert.state !== 'new';
    this.el.detail.querySelectorAll('[data-action="resolve"], [data-action="false-alarm"]').forEach(b => { b.disabled = held || !open; });
    this.el.held.hidden = !held;
  }

  /** A zone's name (its id only when the zones do not know it). */
  zoneName(id) {
    return this.zoneNames(id) || id;
  }

  /**
   * A figure in words: a time in Vietnam time, a quantity with its unit.
   * @param {import('../../shared/figures.js').Figure} figure
   */
  figureText(figure) {
    switch (figure.kind) {
      case 'instant': return formatTime(figure.value, { zone: true });
      case 'quantity': return figure.unit === 'count' ? formatNumber(Number(figure.value), 0)
        : `${formatNumber(Number(figure.value), figure.unit === 'm' ? 0 : 1)} ${t(`unit.${figure.unit}`)}`;
      case 'yesNo': return t(figure.value ? 'alerts.yes' : 'alerts.no');
      default: return String(figure.value);
    }
  }

  async act(action) {
    if (!this.selected) return;
    this.el.error.textContent = '';
    try {
      const updated = await post(`api/v1/alerts/${this.selected.id}/${action}`, { comment: this.el.comment.value });
      this.el.comment.value = '';
      this.announced.add(updated.id); // the officer has it in hand: no banner for it
      this.apply([updated]);
      this.selected = await get(`api/v1/alerts/${updated.id}`);
      this.renderDetail();
    } catch (error) {
      this.el.error.textContent = error.message;
    }
  }
}

/** What a history step says: the engine's steps (created, severity-raised, assigned, ended) or the state a person moved it to. */
function historyStep(action) {
  if (has(`alerts.step.${action}`)) return t(`alerts.step.${action}`);
  return has(`state.${action}`) ? t(`state.${action}`) : action;
}
