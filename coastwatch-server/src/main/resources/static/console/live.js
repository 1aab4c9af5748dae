// @ts-check
// WS /api/v1/live: subscribes with the map's bounding box (padded), resubscribes when the view moves,
// reconnects with a growing wait when the connection drops; hands vessel and alert messages on.
// The server beats every few seconds with its clock and the newest data's event time: without any
// message for OFFLINE_MILLIS the feed calls itself offline (a frozen server keeps the socket open, so
// the socket's state alone would still say "connected") and opens a new connection; when a connection
// opens after a drop, onResync reloads what may have been missed meanwhile.
const MAX_RATE_PER_SECOND = 10000;
/** Without any message (vessel, alert or heartbeat) for this long, the feed is offline. */
export const OFFLINE_MILLIS = 10000;
const WATCH_MILLIS = 1000;

/**
 * @typedef {{ onVessel: (view: any) => void, onAlert: (alert: any) => void,
 *   onState: (state: string, message?: string) => void, onOffline: (offline: boolean) => void,
 *   onResync: () => void }} LiveHandlers
 */

export class LiveFeed {
  /**
   * @param {any} map the Leaflet map whose view is the subscription's box
   * @param {LiveHandlers} handlers
   */
  constructor(map, { onVessel, onAlert, onState, onOffline, onResync }) {
    this.map = map;
    this.onVessel = onVessel;
    this.onAlert = onAlert;
    this.onState = onState;
    this.onOffline = onOffline;
    this.onResync = onResync;
    this.retryMillis = 1000;
    this.stopped = true;
    this.paused = false;
    this.offline = false;
    /** Whether a connection was lost since the last one opened: the next one resynchronises. */
    this.dropped = false;
    /** @type {WebSocket | null} */
    this.socket = null;
    this.lastMessageMillis = 0;
    /** The newest data's event time (UNIX ms), or null before any. */
    this.dataMillis = /** @type {number | null} */ (null);
    /** The server's clock minus the browser's, from the last heartbeat (the browser's may be wrong). */
    this.serverOffsetMillis = 0;
    this.stats = { messages: 0, handlingMillis: 0 };
    this.watch = 0;
    map.on('moveend', () => this.subscribe());
  }

  start() {
    this.stopped = false;
    this.lastMessageMillis = Date.now();
    this.connect();
    this.watch = window.setInterval(() => this.watchSilence(), WATCH_MILLIS);
  }

  /**
   * Closes the connection until start() (log-out): the state "stopped", no reconnection; the next
   * connection resynchronises.
   */
  stop() {
    this.stopped = true;
    window.clearInterval(this.watch);
    this.dropped = true;
    const socket = this.socket;
    this.socket = null;
    socket?.close();
    this.onState('stopped');
  }

  /**
   * While paused (replay), vessel updates are ignored; alerts still arrive.
   * @param {boolean} paused
   */
  pause(paused) {
    this.paused = paused;
  }

  connect() {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const socket = new WebSocket(`${scheme}://${location.host}${location.pathname.replace(/[^/]*$/, '')}api/v1/live`);
    this.socket = socket;
    this.onState('connecting');
    socket.onopen = () => {
      if (socket !== this.socket) return;
      this.retryMillis = 1000;
      this.onState('connected');
      this.subscribe();
      if (this.dropped) {
        this.dropped = false;
        this.onResync();
      }
    };
    socket.onmessage = event => {
      if (socket !== this.socket) return;
      const started = performance.now();
      this.heard();
      this.receive(JSON.parse(event.data));
      this.stats.messages++;
      this.stats.handlingMillis += performance.now() - started;
    };
    socket.onclose = () => {
      if (socket !== this.socket) return; // a connection given up by watchSilence or stop()
      this.dropped = true;
      this.onState('disconnected');
      if (!this.stopped) {
        setTimeout(() => { if (!this.stopped && socket === this.socket) this.connect(); }, this.retryMillis);
        this.retryMillis = Math.min(this.retryMillis * 2, 30000);
      }
    };
  }

  /** A message came: the feed is online again if it was not. */
  heard() {
    this.lastMessageMillis = Date.now();
    if (this.offline) {
      this.offline = false;
      this.onOffline(false);
    }
  }

  /** Silence for OFFLINE_MILLIS: offline, and a new connection (the old one may never say it is dead). */
  watchSilence() {
    if (this.stopped || this.offline || Date.now() - this.lastMessageMillis < OFFLINE_MILLIS) return;
    this.offline = true;
    this.dropped = true;
    this.onOffline(true);
    const silent = this.socket;
    this.socket = null;
    silent?.close();
    this.connect();
  }

  subscribe() {
    if (!this.socket || this.socket.readyState !== WebSocket.OPEN) return;
    const bounds = this.map.getBounds().pad(0.25);
    const bbox = [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()]
      .map((value, i) => Math.max(i % 2 ? -90 : -180, Math.min(i % 2 ? 90 : 180, value)));
    this.socket.send(JSON.stringify({ bbox, maxRatePerSecond: MAX_RATE_PER_SECOND }));
  }

  /** @param {any} message */
  receive(message) {
    if (message.type === 'vessel') {
      if (!this.paused) this.onVessel(message.vessel);
      this.noteData(Date.parse(message.vessel.lastSeen));
    } else if (message.type === 'alert') {
      this.onAlert(message.alert);
    } else if (message.type === 'heartbeat') {
      const server = Date.parse(message.serverTime);
      if (Number.isFinite(server)) this.serverOffsetMillis = server - Date.now();
      this.noteData(Date.parse(message.dataTime));
    } else if (message.type === 'error') {
      this.onState('error', message.message);
    }
  }

  /**
   * Keeps the newest data time.
   * @param {number} millis an event time, UNIX ms (NaN: none)
   */
  noteData(millis) {
    if (Number.isFinite(millis) && (this.dataMillis === null || millis > this.dataMillis)) this.dataMillis = millis;
  }

  /**
   * The newest data's event time and its age now by the server's clock, or null before any data.
   * @param {number} [nowMillis] the browser's clock
   */
  dataAge(nowMillis = Date.now()) {
    if (this.dataMillis === null) return null;
    return { millis: this.dataMillis, ageMillis: Math.max(0, nowMillis + this.serverOffsetMillis - this.dataMillis) };
  }

  /**
   * The time ages are told by: the newest data's event time, or the server's clock when later (a
   * silent feed keeps ageing; a simulation running ahead of the clock keeps its own time).
   * @param {number} [nowMillis] the browser's clock
   */
  dataNow(nowMillis = Date.now()) {
    return Math.max(this.dataMillis ?? -Infinity, nowMillis + this.serverOffsetMillis);
  }
}
