// @ts-check
// Tàu: one vessel's panel beside the live map, "#/vessels/<id>" — reached from the map (a click on a
// symbol), the search, an alert. Not in the navigation: it needs a vessel. Its head (name, track, exports)
// stays at the top of the panel while the facts scroll under it (the review's finding 26).
import { applyToDocument } from '../../i18n.js';
import { VesselPanel } from './panel.js';

/** @type {import('../../frame/frame.js').Screen} */
export const screen = {
  id: 'vessel',
  route: 'vessels',
  order: null,
  roles: '*',
  layout: 'map',
  mount(element, context) {
    element.innerHTML = `
      <p id="vessel-empty" class="muted" data-i18n="vessel.none"></p>
      <p id="vessel-error" class="error" role="alert"></p>
      <div id="vessel-detail" hidden>
        <div class="vessel-head">
          <h2 id="vessel-title"></h2>
          <div class="row">
            <span data-i18n="vessel.track"></span>
            <select id="track-period" data-i18n-aria="vessel.trackPeriod">
              <option value="1" data-i18n="period.1h"></option>
              <option value="6" data-i18n="period.6h"></option>
              <option value="24" selected data-i18n="period.24h"></option>
              <option value="72" data-i18n="period.72h"></option>
            </select>
            <button type="button" id="track-show" data-i18n="vessel.showTrack"></button>
            <button type="button" id="track-clear" data-i18n="vessel.clearTrack"></button>
            <button type="button" id="vessel-follow" aria-pressed="false" data-i18n="vessel.follow"></button>
          </div>
          <p class="exports"><span data-i18n="vessel.export"></span>
            <a id="export-csv" download>CSV</a> <a id="export-geojson" download>GeoJSON</a>
            <a id="export-kml" download>KML</a> <a id="export-gpx" download>GPX</a></p>
          <p id="track-status" class="muted"></p>
          <ul id="track-legend" class="track-legend" hidden></ul>
        </div>
        <dl id="vessel-facts" class="facts"></dl>
        <h3 data-i18n="vessel.registry"></h3>
        <dl id="vessel-registry" class="facts"></dl>
        <h3 data-i18n="vessel.zones"></h3>
        <ul id="vessel-zones" class="plain"></ul>
        <h3 data-i18n="vessel.alerts"></h3>
        <ul id="vessel-alerts" class="plain"></ul>
      </div>`;
    applyToDocument(element);
    const $ = (/** @type {string} */ id) => /** @type {any} */ (element.querySelector(`#${id}`));
    const panel = new VesselPanel(context.map, {
      empty: $('vessel-empty'), detail: $('vessel-detail'), title: $('vessel-title'), facts: $('vessel-facts'),
      registry: $('vessel-registry'), zones: $('vessel-zones'), alerts: $('vessel-alerts'), period: $('track-period'), trackShow: $('track-show'),
      trackClear: $('track-clear'), trackStatus: $('track-status'), trackLegend: $('track-legend'), follow: $('vessel-follow'),
      exports: { csv: $('export-csv'), geojson: $('export-geojson'), kml: $('export-kml'), gpx: $('export-gpx') },
    }, context.zones, { store: context.store, dataNow: () => context.live.dataNow() });
    context.vesselPanel = panel;
    return {
      async show(place) {
        $('vessel-error').textContent = '';
        if (!place.id) return;
        const id = Number(place.id);
        if (panel.vessel?.id === id) return;
        try {
          const vessel = await panel.open(id);
          context.layer.select(id);
          if (place.params.pan !== undefined && vessel.position) {
            context.map.setView([vessel.position.latitude, vessel.position.longitude],
              Math.max(context.map.getZoom(), 12), { animate: false });
          }
        } catch (error) {
          $('vessel-error').textContent = error instanceof Error ? error.message : String(error);
        }
      },
      render() {
        panel.render();
      },
    };
  },
};
