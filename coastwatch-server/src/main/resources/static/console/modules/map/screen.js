// @ts-check
// Bản đồ: the live picture with its layers beside it — the zones by kind with a toggle each, the vessel
// symbols' legend — and the way to replay a past period. The map itself is the frame's live picture,
// shared with every screen of layout 'map'.
import { applyToDocument, t } from '../../i18n.js';
import { KINDS } from '../../vessel-kind.js';

/** @type {import('../../frame/frame.js').Screen} */
export const screen = {
  id: 'map',
  route: 'map',
  order: 1,
  roles: '*',
  layout: 'map',
  mount(element, context) {
    element.innerHTML = `
      <h2 data-i18n="layers.title"></h2>
      <h3 data-i18n="layers.zones"></h3>
      <ul id="zone-legend" class="legend"></ul>
      <p id="zones-status" class="muted"></p>
      <h3 data-i18n="layers.vessels"></h3>
      <ul id="vessel-legend" class="legend"></ul>
      <p><a id="map-replay" href="#/replay" data-i18n="map.replay"></a></p>`;
    applyToDocument(element);
    const legend = /** @type {HTMLElement} */ (element.querySelector('#vessel-legend'));
    context.zones.attachLegend(element.querySelector('#zone-legend'), element.querySelector('#zones-status'));
    const renderVesselLegend = () => legend.replaceChildren(...vesselLegend());
    renderVesselLegend();
    return {
      render() {
        context.zones.renderLegend();
        renderVesselLegend();
      },
    };
  },
};

/** The legend's lines: a swatch and a name per kind, then what faded and ringed symbols mean. */
function vesselLegend() {
  const items = Object.entries(KINDS).map(([kind, colour]) => {
    const item = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.borderColor = '#111';
    swatch.style.background = colour;
    item.append(swatch, t(`kind.${kind}`));
    return item;
  });
  const stale = Object.assign(document.createElement('li'), { textContent: t('legend.stale') });
  const alerting = Object.assign(document.createElement('li'), { textContent: t('legend.alerting') });
  const cluster = Object.assign(document.createElement('li'), { textContent: t('legend.cluster') });
  return [...items, stale, alerting, cluster];
}
