// @ts-check
// Phát lại: the picture of a past period played back on the live map, "#/replay". The period is typed
// in Vietnam time (GMT+7). Leaving the screen does not stop a replay; "Về trực tiếp" does.
import { applyToDocument } from '../../i18n.js';
import { Replay } from './replay.js';

/** @type {import('../../frame/frame.js').Screen} */
export const screen = {
  id: 'replay',
  route: 'replay',
  order: null,
  roles: '*',
  layout: 'map',
  mount(element, context) {
    element.innerHTML = `
      <h2 data-i18n="replay.title"></h2>
      <label><span data-i18n="replay.from"></span><input id="replay-from" type="datetime-local" step="60"></label>
      <label><span data-i18n="replay.to"></span><input id="replay-to" type="datetime-local" step="60"></label>
      <p class="muted" data-i18n="replay.zone"></p>
      <label><span data-i18n="replay.speed"></span>
        <select id="replay-speed">
          <option value="10">10×</option><option value="60" selected>60×</option>
          <option value="300">300×</option><option value="1800">1800×</option>
        </select></label>
      <div class="actions">
        <button type="button" id="replay-play" data-i18n="replay.play"></button>
        <button type="button" id="replay-pause" data-i18n="replay.pause" disabled></button>
        <button type="button" id="replay-stop" data-i18n="replay.stop" disabled></button>
      </div>
      <p id="replay-status" class="muted" aria-live="polite"></p>
      <input id="replay-progress" type="range" min="0" max="1000" value="0" disabled data-i18n-aria="replay.progress">
      <h3 data-i18n="replay.alerts"></h3>
      <ol id="replay-alerts" class="alert-list"></ol>`;
    applyToDocument(element);
    const $ = (/** @type {string} */ id) => /** @type {any} */ (element.querySelector(`#${id}`));
    context.replay = new Replay({
      from: $('replay-from'), to: $('replay-to'), speed: $('replay-speed'), play: $('replay-play'), pause: $('replay-pause'),
      stop: $('replay-stop'), status: $('replay-status'), progress: $('replay-progress'), alerts: $('replay-alerts'),
    }, {
      store: context.store, layer: context.layer, live: context.live,
      onEnter: () => context.setMode('replay'),
      onExit: () => { context.setMode('live'); context.reloadLive(); },
      onAlert: (/** @type {{ id: number }} */ alert) => context.inbox?.showEvidence(alert.id),
    });
    return {
      show() {
        context.replay.suggestPeriod();
      },
    };
  },
};
