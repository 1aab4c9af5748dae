// The Coastwatch console: log-in, then the live map with vessels, zones, the alert inbox, the vessel
// panel, search, replay and the measuring tool. Everything comes from this server (no internet).
import { del, get, post, useSession } from './api.js';
import { AlertInbox } from './alerts.js';
import { applyToDocument, formatNumber, formatTime, loadLanguage, onLanguageChange, otherLanguage, t } from './i18n.js';
import { LiveFeed } from './live.js';
import { createMap, MeasureTool, trackCursor } from './map.js';
import { Replay } from './replay.js';
import { KINDS, VesselLayer, VesselStore } from './vessels.js';
import { Search, VesselPanel } from './vessel-panel.js';
import { ZoneLayers } from './zones.js';

const $ = id => document.getElementById(id);
const SESSION_FLAG = 'coastwatch.session';
const VESSEL_PAGE = 10000;

/** Frame times (requestAnimationFrame deltas) while measuring, for the browser tests and diagnosis. */
const perf = {
  deltas: [],
  running: false,
  start() {
    this.deltas = [];
    this.running = true;
    let last = performance.now();
    const frame = now => {
      if (!this.running) return;
      this.deltas.push(now - last);
      last = now;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  },
  stop() {
    this.running = false;
    const sorted = this.deltas.slice().sort((a, b) => a - b);
    const at = q => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    return { frames: sorted.length, medianMillis: at(0.5), p95Millis: at(0.95), maxMillis: sorted[sorted.length - 1] };
  },
};

async function boot() {
  await loadLanguage();
  document.querySelectorAll('.lang-switch').forEach(button =>
    button.addEventListener('click', () => loadLanguage(otherLanguage())));
  $('login-form').addEventListener('submit', login);
  if (sessionStorage.getItem(SESSION_FLAG)) {
    try {
      useSession(await get('api/v1/session'));
      await enter();
      return;
    } catch {
      sessionStorage.removeItem(SESSION_FLAG);
    }
  }
  showLogin();
}

function showLogin() {
  $('app').hidden = true;
  $('login').hidden = false;
  $('login-username').focus();
}

async function login(event) {
  event.preventDefault();
  $('login-error').textContent = '';
  $('login-submit').disabled = true;
  try {
    const session = await post('api/v1/session', { username: $('login-username').value, password: $('login-password').value });
    useSession(session);
    sessionStorage.setItem(SESSION_FLAG, '1');
    $('login-password').value = '';
    await enter();
  } catch (error) {
    $('login-error').textContent = error.status === 401 ? t('login.failed') : error.message;
  } finally {
    $('login-submit').disabled = false;
  }
}

async function enter() {
  const session = await get('api/v1/session');
  $('login').hidden = true;
  $('app').hidden = false;
  $('user').textContent = `${session.username} (${session.role})`;
  const settings = await get('api/v1/console');
  const map = await createMap($('map'), settings);
  const zones = new ZoneLayers(map, $('zone-legend'), $('zones-status'));
  const store = new VesselStore();
  const measure = new MeasureTool(map, $('measure-button'), $('measure-result'));
  const layer = new VesselLayer(store, {
    staleMillis: settings.staleAfterSeconds * 1000,
    onSelect: id => { if (!measure.active) openVessel(id, false); },
  }).addTo(map);
  store.onChange(() => layer.dataChanged());
  const panel = new VesselPanel(map, {
    empty: $('vessel-empty'), detail: $('vessel-detail'), title: $('vessel-title'), facts: $('vessel-facts'),
    zones: $('vessel-zones'), alerts: $('vessel-alerts'), period: $('track-period'), trackShow: $('track-show'),
    trackClear: $('track-clear'), trackStatus: $('track-status'),
    exports: { csv: $('export-csv'), geojson: $('export-geojson'), kml: $('export-kml'), gpx: $('export-gpx') },
  }, zones);

  async function openVessel(id, pan) {
    const vessel = await panel.open(id);
    layer.select(id);
    selectTab('vessel');
    if (pan && vessel.position) {
      map.setView([vessel.position.latitude, vessel.position.longitude], Math.max(map.getZoom(), 12), { animate: false });
    }
  }

  const inbox = new AlertInbox(map, {
    state: $('alert-state'), severity: $('alert-severity'), rule: $('alert-rule'), status: $('alerts-status'),
    list: $('alert-list'), count: $('alert-count'), detail: $('alert-detail'), detailTitle: $('alert-detail-title'),
    detailFacts: $('alert-detail-facts'), comment: $('alert-comment'), error: $('alert-action-error'),
    banner: $('banner'), bannerText: $('banner-text'), bannerClose: $('banner-close'),
  }, {
    onVesselsAlerting: ids => layer.setAlerting(ids),
    onShowVessel: id => { panel.open(id).then(() => layer.select(id)).catch(() => {}); },
  });
  inbox.enableSound();

  const live = new LiveFeed(map, {
    onVessel: view => store.update(view),
    onAlert: alert => inbox.receive(alert),
    onState: (state, message) => {
      $('live-state').textContent = message ? `${t(`live.${state}`)}: ${message}` : t(`live.${state}`);
      if (state === 'disconnected') checkSession(live);
    },
  });

  async function loadVessels() {
    store.clear();
    for (let page = 0; ; page++) {
      const result = await get(`api/v1/vessels?size=${VESSEL_PAGE}&page=${page}`);
      result.vessels.forEach(view => store.update(view));
      if ((page + 1) * VESSEL_PAGE >= result.total) break;
    }
  }

  const replay = new Replay({
    from: $('replay-from'), to: $('replay-to'), speed: $('replay-speed'), play: $('replay-play'), pause: $('replay-pause'),
    stop: $('replay-stop'), status: $('replay-status'), progress: $('replay-progress'), alerts: $('replay-alerts'),
  }, {
    store, layer, live,
    onEnter: () => setMode('replay'),
    onExit: () => { setMode('live'); loadVessels().then(() => live.subscribe()); },
    onAlert: alert => inbox.showEvidence(alert.id),
  });

  function setMode(mode) {
    $('mode').className = `mode ${mode}`;
    $('mode').dataset.i18n = `mode.${mode}`;
    $('mode').textContent = t(`mode.${mode}`);
  }

  new Search($('search-form'), $('search-input'), $('search-results'), id => openVessel(id, true));
  trackCursor(map, $('cursor'));
  renderVesselLegend();
  setUpTabs();
  setUpKeys(measure);
  $('logout').addEventListener('click', async () => {
    live.stop();
    await del('api/v1/session').catch(() => {});
    sessionStorage.removeItem(SESSION_FLAG);
    location.reload();
  });
  onLanguageChange(() => {
    inbox.render();
    zones.renderLegend();
    renderVesselLegend();
    panel.render();
  });
  setInterval(() => {
    $('clock').textContent = formatTime(replay.active ? replay.time : Date.now());
    $('vessel-count').textContent = t('status.vessels', {
      count: formatNumber(store.byId.size, 0), drawn: formatNumber(layer.stats.drawn, 0), thinned: formatNumber(layer.stats.thinned, 0),
    });
  }, 1000);

  await Promise.all([zones.load(), loadVessels(), inbox.start().catch(error => { $('alerts-status').textContent = t('alerts.unavailable', { reason: error.message }); })]);
  live.start();
  applyToDocument();
  window.coastwatch = { map, store, layer, live, perf, openVessel, replay, inbox, zones };
  document.body.dataset.ready = 'true';
}

/** After the live feed dropped: when the session has expired, back to the login page. */
async function checkSession(live) {
  try {
    await get('api/v1/session');
  } catch (error) {
    if (error.status === 401) {
      live.stop();
      sessionStorage.removeItem(SESSION_FLAG);
      location.reload();
    }
  }
}

function renderVesselLegend() {
  const items = Object.entries(KINDS).map(([kind, colour]) => {
    const item = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.borderColor = colour;
    swatch.style.background = colour;
    item.append(swatch, t(`kind.${kind}`));
    return item;
  });
  const stale = document.createElement('li');
  stale.textContent = t('legend.stale');
  const alerting = document.createElement('li');
  alerting.textContent = t('legend.alerting');
  $('vessel-legend').replaceChildren(...items, stale, alerting);
}

function selectTab(name) {
  document.querySelectorAll('[role="tab"]').forEach(tab => {
    const selected = tab.dataset.tab === name;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    $(`panel-${tab.dataset.tab}`).hidden = !selected;
  });
}

function setUpTabs() {
  const tabs = [...document.querySelectorAll('[role="tab"]')];
  tabs.forEach((tab, index) => {
    tab.addEventListener('click', () => selectTab(tab.dataset.tab));
    tab.addEventListener('keydown', event => {
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (step) {
        const next = tabs[(index + step + tabs.length) % tabs.length];
        selectTab(next.dataset.tab);
        next.focus();
      }
    });
  });
  selectTab('alerts');
}

/** Keys when not typing: / search, a v l r the panels, m the measuring tool. */
function setUpKeys(measure) {
  const tabKeys = { a: 'alerts', v: 'vessel', l: 'layers', r: 'replay' };
  document.addEventListener('keydown', event => {
    const typing = ['INPUT', 'TEXTAREA', 'SELECT'].includes(document.activeElement.tagName);
    if (typing || event.ctrlKey || event.altKey || event.metaKey) return;
    if (event.key === '/') { event.preventDefault(); $('search-input').focus(); }
    else if (event.key === 'm') measure.toggle();
    else if (tabKeys[event.key]) { selectTab(tabKeys[event.key]); $(`tab-${tabKeys[event.key]}`).focus(); }
  });
}

boot();
