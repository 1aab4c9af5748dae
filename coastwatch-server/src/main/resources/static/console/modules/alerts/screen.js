// @ts-check
// Cảnh báo: the alert inbox beside the live map — filters (state, severity, rule, vessel, zone or
// station area, time), the selected alert's detail with its actions first (always in view, whatever the
// list's length), its history, then the list in pages (tiếp nhận, báo cấp trên, xử lý xong, cảnh báo
// sai). Deep links: "#/alerts/<id>" selects an alert, "?state=&severity=&rule=&vessel=&zone=&from=&to=&page=&size="
// are the filters, the page and its length (times as epoch ms). Mounted at log-in, so that critical alerts are
// announced and the badge counted whichever screen is open.
import { applyToDocument, formatTime, t } from '../../i18n.js';
import { parseVietnamTime } from '../../format.js';
import { Picker, vesselSource } from '../../shared/picker.js';
import { AlertInbox } from './inbox.js';

/** The filters in the URL, with their defaults (the open alerts of any severity and rule, the first page). */
const FILTERS = /** @type {const} */ ({ state: 'open', severity: '', rule: '', vessel: '', zone: '', from: '', to: '', page: '', size: '' });
/** The zone kind of the Border Guard stations' areas (địa bàn), listed first in the zone filter. */
const STATION_AREA = 'aor';

/** @type {import('../../frame/frame.js').Screen} */
export const screen = {
  id: 'alerts',
  route: 'alerts',
  order: 2,
  roles: '*',
  layout: 'map',
  mount(element, context) {
    element.innerHTML = `
      <div class="filters">
        <select id="alert-state" name="state" data-i18n-aria="alerts.state">
          <option value="open" data-i18n="alerts.open"></option>
          <option value="new" data-i18n="state.new"></option>
          <option value="acknowledged" data-i18n="state.acknowledged"></option>
          <option value="escalated" data-i18n="state.escalated"></option>
          <option value="resolved" data-i18n="state.resolved"></option>
          <option value="false-alarm" data-i18n="state.false-alarm"></option>
          <option value="" data-i18n="alerts.all"></option>
        </select>
        <select id="alert-severity" name="severity" data-i18n-aria="alerts.severity">
          <option value="" data-i18n="alerts.anySeverity"></option>
          <option value="critical" data-i18n="severity.critical"></option>
          <option value="warning" data-i18n="severity.warning"></option>
          <option value="info" data-i18n="severity.info"></option>
        </select>
        <select id="alert-rule" name="rule" data-i18n-aria="alerts.rule"><option value="" data-i18n="alerts.anyRule"></option></select>
        <select id="alert-zone" name="zone" data-i18n-aria="alerts.zone"><option value="" data-i18n="alerts.anyZone"></option></select>
        <span class="picker">
          <input id="alert-vessel-filter" type="search" autocomplete="off" data-i18n-placeholder="alerts.vesselFilter" data-i18n-aria="alerts.vesselFilter">
          <ul id="alert-vessel-choices" class="picker-results" hidden></ul>
        </span>
        <button type="button" id="alert-filters-clear" data-i18n="alerts.clearFilters"></button>
        <input id="alert-from" name="from" class="time-input" inputmode="numeric" data-i18n-placeholder="alerts.fromPlaceholder" data-i18n-aria="alerts.from">
        <input id="alert-to" name="to" class="time-input" inputmode="numeric" data-i18n-placeholder="alerts.toPlaceholder" data-i18n-aria="alerts.to">
      </div>
      <p id="alert-filter-error" class="error" role="alert"></p>
      <p id="alerts-status" class="muted"></p>
      <div id="alert-detail" class="alert-detail" hidden>
        <h3 id="alert-detail-title"></h3>
        <div class="actions">
          <button type="button" id="alert-ack" data-action="acknowledge" data-i18n="action.acknowledge"></button>
          <button type="button" id="alert-escalate" data-action="escalate" data-i18n="alerts.escalate"></button>
          <button type="button" id="alert-resolve" data-action="resolve" data-i18n="action.resolve"></button>
          <button type="button" id="alert-false" data-action="false-alarm" data-i18n="action.falseAlarm"></button>
        </div>
        <label><span data-i18n="alerts.comment"></span><textarea id="alert-comment" rows="2"></textarea></label>
        <p id="alert-held" class="error" data-i18n="alerts.held" hidden></p>
        <p id="alert-action-error" class="error" role="alert"></p>
        <dl id="alert-detail-facts" class="facts"></dl>
        <p><a id="alert-vessel" data-i18n="alerts.showVessel"></a></p>
        <h3 data-i18n="alerts.history"></h3>
        <ol id="alert-history" class="plain"></ol>
      </div>
      <ol id="alert-list" class="alert-list"></ol>
      <nav class="pager" data-i18n-aria="alerts.pages">
        <button type="button" id="alert-page-previous" data-i18n="alerts.previousPage"></button>
        <span id="alert-page"></span>
        <select id="alert-size" name="size" data-i18n-aria="alerts.pageSize">
          <option value="20" data-i18n="alerts.size20"></option>
          <option value="" data-i18n="alerts.size50"></option>
          <option value="100" data-i18n="alerts.size100"></option>
        </select>
        <button type="button" id="alert-page-next" data-i18n="alerts.nextPage"></button>
      </nav>`;
    const $ = (/** @type {string} */ id) => /** @type {any} */ (element.querySelector(`#${id}`));
    const selects = { state: $('alert-state'), severity: $('alert-severity'), rule: $('alert-rule'), zone: $('alert-zone'), size: $('alert-size') };
    const times = { from: $('alert-from'), to: $('alert-to') };
    const vesselInput = $('alert-vessel-filter');
    /** The filters as the URL holds them; the page starts again at the first whenever a filter changes. */
    const current = /** @type {Record<keyof typeof FILTERS, string>} */ ({ ...FILTERS });
    const filters = () => ({ ...current });
    /** @param {Partial<typeof current>} changed */
    const refilter = changed => {
      Object.assign(current, { page: '' }, changed);
      context.navigate('alerts', inbox.selected?.id ?? null, filters());
    };
    let loadedFilters = JSON.stringify(filters()); // inbox.start() loads with the defaults
    const inbox = new AlertInbox(context.map, {
      ...selects, status: $('alerts-status'), page: $('alert-page'), previous: $('alert-page-previous'), next: $('alert-page-next'),
      list: $('alert-list'), detail: $('alert-detail'), detailTitle: $('alert-detail-title'),
      detailFacts: $('alert-detail-facts'), vessel: $('alert-vessel'), comment: $('alert-comment'),
      error: $('alert-action-error'), history: $('alert-history'), held: $('alert-held'),
      banner: document.getElementById('banner'), bannerText: document.getElementById('banner-text'),
      bannerClose: document.getElementById('banner-close'),
    }, {
      filters,
      onVesselsAlerting: (/** @type {Set<number>} */ ids) => context.layer.setAlerting(ids),
      onShowVessel: (/** @type {number} */ id) => context.layer.select(id),
      onSelect: (/** @type {number} */ id) => context.navigate('alerts', id, filters()),
      onOpenFromBanner: (/** @type {number} */ id) => context.navigate('alerts', id, filters()),
      onPage: (/** @type {number} */ page) => { current.page = page ? String(page) : ''; context.navigate('alerts', inbox.selected?.id ?? null, filters()); },
      onCount: (/** @type {number} */ count) => context.setBadge('alerts', count),
      zoneName: (/** @type {string} */ id) => context.zones.name(id),
    });
    applyToDocument(element);
    Object.entries(selects).forEach(([name, select]) => select.addEventListener('change', () => refilter({ [name]: select.value })));
    Object.entries(times).forEach(([name, input]) => input.addEventListener('change', () => {
      const text = input.value.trim();
      const millis = text ? parseVietnamTime(text) : null;
      $('alert-filter-error').textContent = text && millis === null ? t('alerts.badTime', { text }) : '';
      if (!text || millis !== null) refilter({ [name]: millis === null ? '' : String(millis) });
    }));
    new Picker(vesselInput, $('alert-vessel-choices'), vesselSource, choice => {
      vesselInput.value = choice.label;
      refilter({ vessel: choice.id });
    });
    vesselInput.addEventListener('search', () => { if (!vesselInput.value) refilter({ vessel: '' }); });
    $('alert-filters-clear').addEventListener('click', () => {
      vesselInput.value = '';
      $('alert-filter-error').textContent = '';
      refilter({ ...FILTERS });
    });
    /** The zone filter's choices: the stations' areas first (địa bàn), then the other zones, by name. */
    const fillZones = () => {
      const zones = /** @type {any[]} */ (context.zones.features).map(feature => feature.properties);
      if (selects.zone.options.length > 1 || !zones.length) return;
      const groups = /** @type {[string, any[]][]} */ ([[t('alerts.stationAreas'), zones.filter(zone => zone.kind === STATION_AREA)],
        [t('alerts.otherZones'), zones.filter(zone => zone.kind !== STATION_AREA)]]);
      for (const [label, members] of groups) {
        if (!members.length) continue;
        const group = document.createElement('optgroup');
        group.label = label;
        members.sort((a, b) => String(a.name).localeCompare(String(b.name), 'vi'))
          .forEach(zone => group.append(new Option(zone.name || zone.id, zone.id)));
        selects.zone.append(group);
      }
    };
    context.inbox = inbox;
    return {
      ready: inbox.start().catch(error => { $('alerts-status').textContent = error.message; }),
      show(place) {
        fillZones();
        for (const name of /** @type {(keyof typeof FILTERS)[]} */ (Object.keys(FILTERS))) {
          current[name] = place.params[name] ?? FILTERS[name];
        }
        Object.entries(selects).forEach(([name, select]) => { select.value = current[/** @type {keyof typeof FILTERS} */ (name)]; });
        Object.entries(times).forEach(([name, input]) => {
          const millis = current[/** @type {'from' | 'to'} */ (name)];
          input.value = millis ? formatTime(Number(millis)) : '';
        });
        if (!current.vessel) vesselInput.value = '';
        else if (!vesselInput.value) vesselInput.value = inbox.vesselLabel(current.vessel);
        // the list again when the filters differ from those it was loaded with (a select changed, a link)
        const wanted = JSON.stringify(filters());
        if (wanted !== loadedFilters) { loadedFilters = wanted; inbox.load(); }
        if (place.id) inbox.selectById(place.id);
      },
      render() {
        inbox.render();
      },
    };
  },
};
