// The Coastwatch console: log-in, then the frame — the navigation between the parts of the work, one
// screen module each (frame/screens.js) — around the live picture that the map screens share: the map,
// the vessels, the zones and the live feed. Everything comes from this server (no internet).
import { del, get, post, useSession } from './api.js';
import { Frame } from './frame/frame.js';
import { rolesOf } from './frame/roles.js';
import { SCREENS } from './frame/screens.js';
import { ageParts } from './format.js';
import { applyToDocument, formatNumber, formatTime, loadLanguage, otherLanguage, t, useScreenBundles } from './i18n.js';
import { LiveFeed } from './live.js';
import { addPlaces, createMap, MeasureTool, trackCursor } from './map.js';
import { useVesselNames } from './shared/alert-line.js';
import { useCatalogue } from './shared/catalogue.js';
import { sourceHealth } from './shared/health.js';
import { Search } from './shared/vessel-search.js';
import { vesselLabel } from './vessel-kind.js';
import { VesselLayer, VesselStore } from './vessels.js';
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
  useScreenBundles(SCREENS.map(screen => screen.id));
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
  get('api/v1/session/providers').then(providers => $('login-providers').replaceChildren(...providers.map(provider => {
    // Signing in at the provider comes back to the console with a session: boot() then enters.
    const link = Object.assign(document.createElement('a'), { href: provider.loginUrl, className: 'button',
      textContent: t('login.provider', { name: provider.name }) });
    link.addEventListener('click', () => sessionStorage.setItem(SESSION_FLAG, '1'));
    return link;
  }))).catch(() => { /* no provider list: the password form alone */ });
}

async function login(event) {
  event.preventDefault();
  $('login-error').textContent = '';
  $('login-submit').disabled = true;
  try {
    const session = await post('api/v1/session', { username: $('login-username').value, password: $('login-password').value,
      code: $('login-code').value || undefined });
    useSession(session);
    sessionStorage.setItem(SESSION_FLAG, '1');
    $('login-password').value = '';
    await enter();
  } catch (error) {
    const needsCode = error.problem?.code?.startsWith('second-factor');
    $('login-code-label').hidden = !needsCode && $('login-code-label').hidden;
    $('login-error').textContent = needsCode ? t('login.codeNeeded') : error.status === 401 ? t('login.failed') : error.message;
  } finally {
    $('login-submit').disabled = false;
  }
}

async function enter() {
  const session = await get('api/v1/session');
  const roles = rolesOf(session);
  $('login').hidden = true;
  $('app').hidden = false;
  $('user').textContent = `${session.username} (${roles.map(role => t(`role.${role}`)).join(', ')})`;
  // the detection catalogue before any screen names a rule, a figure or a severity
  useCatalogue(await get('api/v1/rules/types'));
  const picture = await livePicture(await get('api/v1/console'));
  const frame = new Frame(SCREENS, { nav: $('nav'), picture: $('picture'), side: $('side'), page: $('page') });
  frame.onLayout(layout => { if (layout === 'map') picture.map.invalidateSize({ animate: false }); });
  picture.layer.onSelect = id => { if (!picture.measure.active) frame.navigate('vessels', id); };
  new Search($('search-form'), $('search-input'), $('search-results'), id => frame.navigate('vessels', id, { pan: '1' }));
  setUpKeys(picture.measure, frame);
  $('logout').addEventListener('click', async () => {
    picture.live.stop();
    await del('api/v1/session').catch(() => {});
    sessionStorage.removeItem(SESSION_FLAG);
    location.reload();
  });
  /** What the screens share; they add to it (the inbox, the vessel panel, the replay). */
  const context = Object.assign(picture, { roles });
  const screensReady = frame.start(roles, context);
  // the print head's marking: the command's (setting coastwatch.console.print-marking), as written in either language
  $('print-marking').textContent = picture.settings.printMarking || '';
  setInterval(() => {
    $('clock').textContent = clockText(context);
    printHead(context, session);
    $('vessel-count').textContent = t('status.vessels', {
      count: formatNumber(picture.store.vesselCount(), 0), drawn: formatNumber(picture.layer.stats.drawn, 0),
      thinned: formatNumber(picture.layer.stats.thinned, 0), clusters: formatNumber(picture.layer.stats.clusters, 0),
    });
  }, 1000);
  watchHealth(picture);
  await Promise.all([picture.zones.load(), picture.reloadVessels(), screensReady]);
  const toggleWall = setUpWallMode(picture);
  document.addEventListener('keydown', event => {
    const typing = ['INPUT', 'TEXTAREA', 'SELECT'].includes(document.activeElement.tagName);
    if (!typing && event.key === 'w' && !event.ctrlKey && !event.altKey && !event.metaKey) toggleWall();
  });
  picture.live.start();
  applyToDocument();
  window.coastwatch = { ...context, frame, perf };
  document.body.dataset.ready = 'true';
}

/**
 * The live picture the map screens share: the map with its tools, the zones, the vessels (store and
 * layer) and the live feed, and the mode (live or replay) shown in the header.
 */
async function livePicture(settings) {
  const map = await createMap($('map'), settings);
  const places = await addPlaces(map);
  const zones = new ZoneLayers(map);
  const store = new VesselStore();
  const measure = new MeasureTool(map, $('measure-button'), $('measure-result'), $('measure-speed'), (latlng, point) => {
    const vessel = layer.vesselAt(point); // a click on a vessel measures from or to it, its motion included
    return vessel ? { latlng: L.latLng(vessel.lat, vessel.lon), name: vesselLabel(vessel.view),
      knots: vessel.view.position?.speedKnots ?? null, course: vessel.view.position?.courseDegrees ?? null } : null;
  });
  const card = L.tooltip({ direction: 'top', offset: [0, -10], className: 'hover-card' });
  const layer = new VesselLayer(store, {
    staleMillis: settings.staleAfterSeconds * 1000,
    onHover: (vessel, latlng) => {
      if (!vessel) { map.closeTooltip(card); return; }
      card.setLatLng(latlng).setContent(hoverCard(vessel, picture.live.dataNow()));
      if (!map.hasLayer(card)) card.addTo(map);
    },
  }).addTo(map);
  store.onChange(() => layer.dataChanged());
  useVesselNames(id => { const vessel = store.byId.get(Number(id)); return vessel ? vesselLabel(vessel.view) : null; });
  trackCursor(map, $('cursor'));
  const picture = { settings, map, places, zones, store, layer, measure, live: null };
  picture.live = new LiveFeed(map, {
    onVessel: view => store.update(view),
    onAlert: alert => picture.inbox?.receive(alert),
    onState: (state, message) => {
      $('live-state').dataset.state = state;
      $('live-state').textContent = message ? `${t(`live.${state}`)}: ${message}` : t(`live.${state}`);
      if (state === 'disconnected') checkSession(picture.live);
    },
    onOffline: offline => showOffline(picture, offline),
    onResync: () => resync(picture),
  });
  layer.now = () => picture.live.dataNow(); // staleness by the data's time (finding 12)
  picture.reloadVessels = async () => {
    store.clear();
    for (let page = 0; ; page++) {
      const result = await get(`api/v1/vessels?size=${VESSEL_PAGE}&page=${page}`);
      result.vessels.forEach(view => store.update(view));
      if ((page + 1) * VESSEL_PAGE >= result.total) break;
    }
  };
  picture.reloadLive = () => picture.reloadVessels().then(() => picture.live.subscribe());
  picture.setMode = mode => {
    $('mode').className = `mode ${mode}`;
    $('mode').dataset.i18n = `mode.${mode}`;
    $('mode').textContent = t(`mode.${mode}`);
  };
  return picture;
}

/**
 * The hover card of a vessel (finding 25): its name, kind, speed, course and age, without a click.
 * @returns {HTMLElement}
 */
function hoverCard(vessel, nowMillis) {
  const card = document.createElement('div');
  const name = document.createElement('strong');
  name.textContent = vesselLabel(vessel.view);
  const age = ageParts(Math.max(0, nowMillis - vessel.seenMillis));
  const facts = [t(`kind.${vessel.kind}`),
    Number.isFinite(vessel.speedKnots) ? `${formatNumber(vessel.speedKnots, 1)} ${t('unit.kn')}` : null,
    Number.isFinite(vessel.courseDegrees) ? `${formatNumber(vessel.courseDegrees, 0)}°` : null,
    t(`age.${age.unit}`, { count: age.count })].filter(Boolean);
  card.append(name, document.createElement('br'), facts.join(' · '));
  return card;
}

const WALL_KEY = 'coastwatch.wall';
const WALL_SCALE = 1.8;

/**
 * Wall mode, for the operations room's large screen (finding 19): larger symbols and names, names from
 * a wider zoom, larger type, and the view fitted to the station areas. Remembered in the browser.
 */
function setUpWallMode(picture) {
  const button = $('wall-button');
  const apply = on => {
    document.body.dataset.wall = String(on);
    button.setAttribute('aria-pressed', String(on));
    picture.layer.setScale(on ? WALL_SCALE : 1);
    picture.map.invalidateSize({ animate: false });
    if (on) {
      const areas = picture.zones.features.filter(feature => feature.properties.kind === 'aor');
      if (areas.length) picture.map.fitBounds(L.geoJSON({ type: 'FeatureCollection', features: areas }).getBounds(), { animate: false });
    }
  };
  const toggle = () => {
    const on = document.body.dataset.wall !== 'true';
    localStorage.setItem(WALL_KEY, String(on));
    apply(on);
  };
  button.addEventListener('click', toggle);
  if (localStorage.getItem(WALL_KEY) === 'true') apply(true);
  return toggle;
}

/**
 * The head of a printed page (finding 28): the marking (set at start), what is printed (the screen and the alert or
 * vessel open in it) and when, by the data's clock in Vietnam time, and who printed it. Kept current
 * with the clock, so that the browser's print (Ctrl+P) always has it.
 */
function printHead(context, session) {
  const screen = document.body.dataset.screen;
  const detail = screen === 'alerts' ? $('alert-detail-title')?.textContent
    : screen === 'vessel' ? $('vessel-title')?.textContent : '';
  const name = t(`${screen}.title`);
  $('print-title').textContent = detail ? `${name}: ${detail}` : name;
  $('print-time').textContent = t('print.time', {
    time: formatTime(context.live.dataNow(), { zone: true }), user: session.username,
  });
}

/**
 * The clock of the footer: the data's event time ("giờ dữ liệu") and its age by the server's clock, in
 * Vietnam time; in replay, the replayed moment.
 */
function clockText(context) {
  if (context.replay?.active) return t('status.replayTime', { time: formatTime(context.replay.time, { seconds: true, zone: true }) });
  const data = context.live.dataAge();
  if (!data) return t('status.noData');
  const age = ageParts(data.ageMillis);
  return t('status.dataTime', { time: formatTime(data.millis, { seconds: true, zone: true }), age: t(`age.${age.unit}`, { count: age.count }) });
}

const HEALTH_MILLIS = 30000;

/**
 * The data-health strip of the footer (finding 24): every HEALTH_MILLIS, the sources' statistics told
 * in words — the worst first, the others in its tooltip; "all sources normal" when nothing is wrong.
 */
function watchHealth(picture) {
  const memory = new Map();
  const strip = $('health');
  const check = async () => {
    let findings;
    try {
      const sources = await get('api/v1/sources');
      findings = sourceHealth(sources, picture.live.dataNow(), memory);
      if (!findings.length) {
        strip.dataset.level = 'ok';
        strip.textContent = t('health.ok', { count: sources.filter(source => source.enabled).length });
        strip.title = '';
        return;
      }
    } catch {
      return; // the offline banner speaks for a server out of reach
    }
    const texts = findings.map(finding => t(finding.key, finding.params));
    strip.dataset.level = findings[0].level;
    strip.textContent = texts.length > 1 ? `${texts[0]} (+${texts.length - 1})` : texts[0];
    strip.title = texts.join('\n');
  };
  check();
  setInterval(check, HEALTH_MILLIS);
}

/** Offline: the red banner naming the last data's time, the map greyed, the alert actions held. */
function showOffline(picture, offline) {
  document.body.dataset.offline = String(offline);
  const banner = $('offline-banner');
  banner.hidden = !offline;
  if (offline) {
    const data = picture.live.dataAge();
    banner.textContent = t('live.offline', { since: data ? formatTime(data.millis, { zone: true }) : '—' });
  }
  picture.inbox?.setOffline(offline);
}

/** The connection is back after a drop: vessels and alerts reloaded, so that nothing raised meanwhile is missed. */
async function resync(picture) {
  if (picture.replay?.active) {
    await picture.inbox?.resync();
  } else {
    await Promise.all([picture.reloadLive(), picture.inbox?.resync()]);
  }
  $('live-state').dataset.state = 'resynced';
  $('live-state').textContent = t('live.resynced', { time: formatTime(Date.now() + picture.live.serverOffsetMillis, { seconds: true }) });
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

/** Keys when not typing: / search, m the measuring tool; a alerts, l map layers, r replay, v the last vessel. */
function setUpKeys(measure, frame) {
  const routes = { a: 'alerts', l: 'map', r: 'replay' };
  document.addEventListener('keydown', event => {
    const typing = ['INPUT', 'TEXTAREA', 'SELECT'].includes(document.activeElement.tagName);
    if (typing || event.ctrlKey || event.altKey || event.metaKey) return;
    if (event.key === '/') { event.preventDefault(); $('search-input').focus(); }
    else if (event.key === 'm') measure.toggle();
    else if (routes[event.key]) frame.navigate(routes[event.key]);
    else if (event.key === 'v' && window.coastwatch?.vesselPanel?.vessel) frame.navigate('vessels', window.coastwatch.vesselPanel.vessel.id);
  });
}

boot();
