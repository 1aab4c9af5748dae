// WS /api/v1/live: subscribes with the map's bounding box (padded), resubscribes when the view moves,
// reconnects with a growing wait when the connection drops; hands vessel and alert messages on.
const MAX_RATE_PER_SECOND = 10000;

export class LiveFeed {
  constructor(map, { onVessel, onAlert, onState }) {
    this.map = map;
    this.onVessel = onVessel;
    this.onAlert = onAlert;
    this.onState = onState;
    this.retryMillis = 1000;
    this.stopped = true;
    this.paused = false;
    this.stats = { messages: 0, handlingMillis: 0 };
    map.on('moveend', () => this.subscribe());
  }

  start() {
    this.stopped = false;
    this.connect();
  }

  /** Closes the connection for good (log-out): no "disconnected" state, no reconnection. */
  stop() {
    this.stopped = true;
    const socket = this.socket;
    this.socket = null;
    if (socket) socket.close();
  }

  /** While paused (replay), vessel updates are ignored; alerts still arrive. */
  pause(paused) {
    this.paused = paused;
  }

  connect() {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const socket = new WebSocket(`${scheme}://${location.host}${location.pathname.replace(/[^/]*$/, '')}api/v1/live`);
    this.socket = socket;
    this.onState('connecting');
    socket.onopen = () => { this.retryMillis = 1000; this.onState('connected'); this.subscribe(); };
    socket.onmessage = event => {
      const started = performance.now();
      this.receive(JSON.parse(event.data));
      this.stats.messages++;
      this.stats.handlingMillis += performance.now() - started;
    };
    socket.onclose = () => {
      if (socket !== this.socket) return; // closed by stop()
      this.onState('disconnected');
      if (!this.stopped) {
        setTimeout(() => { if (!this.stopped) this.connect(); }, this.retryMillis);
        this.retryMillis = Math.min(this.retryMillis * 2, 30000);
      }
    };
  }

  subscribe() {
    if (!this.socket || this.socket.readyState !== WebSocket.OPEN) return;
    const bounds = this.map.getBounds().pad(0.25);
    const bbox = [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()]
      .map((value, i) => Math.max(i % 2 ? -90 : -180, Math.min(i % 2 ? 90 : 180, value)));
    this.socket.send(JSON.stringify({ bbox, maxRatePerSecond: MAX_RATE_PER_SECOND }));
  }

  receive(message) {
    if (message.type === 'vessel') {
      if (!this.paused) this.onVessel(message.vessel);
    } else if (message.type === 'alert') {
      this.onAlert(message.alert);
    } else if (message.type === 'error') {
      this.onState('error', message.message);
    }
  }
}
