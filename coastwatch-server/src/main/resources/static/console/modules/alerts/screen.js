// @ts-check
// Cảnh báo: the alert inbox beside the live map — filters, the selected alert's detail with its
// actions first (always in view, whatever the list's length), its history, then the list (tiếp nhận, báo cấp trên, xử lý xong, cảnh báo sai). Deep links:
// "#/alerts/<id>" selects an alert, "?state=&severity=&rule=" are the filters. Mounted at log-in, so
// that critical alerts are announced and the badge counted whichever screen is open.
import { applyToDocument } from '../../i18n.js';
import { AlertInbox } from './inbox.js';

/** The filters in the URL, with their defaults (the open alerts of any severity and rule). */
const FILTERS = /** @type {const} */ ({ state: 'open', severity: '', rule: '' });

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
          <option value="false_alarm" data-i18n="state.false_alarm"></option>
          <option value="" data-i18n="alerts.all"></option>
        </select>
        <select id="alert-severity" name="severity" data-i18n-aria="alerts.severity">
          <option value="" data-i18n="alerts.anySeverity"></option>
          <option value="critical" data-i18n="severity.critical"></option>
          <option value="warning" data-i18n="severity.warning"></option>
          <option value="info" data-i18n="severity.info"></option>
        </select>
        <select id="alert-rule" name="rule" data-i18n-aria="alerts.rule"><option value="" data-i18n="alerts.anyRule"></option></select>
      </div>
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
      <ol id="alert-list" class="alert-list"></ol>`;
    const $ = (/** @type {string} */ id) => /** @type {any} */ (element.querySelector(`#${id}`));
    const selects = { state: $('alert-state'), severity: $('alert-severity'), rule: $('alert-rule') };
    const filters = () => ({ state: selects.state.value, severity: selects.severity.value, rule: selects.rule.value });
    let loadedFilters = JSON.stringify(filters()); // inbox.start() loads with the selects' defaults
    const inbox = new AlertInbox(context.map, {
      state: selects.state, severity: selects.severity, rule: selects.rule, status: $('alerts-status'),
      list: $('alert-list'), detail: $('alert-detail'), detailTitle: $('alert-detail-title'),
      detailFacts: $('alert-detail-facts'), vessel: $('alert-vessel'), comment: $('alert-comment'),
      error: $('alert-action-error'), history: $('alert-history'), held: $('alert-held'),
      banner: document.getElementById('banner'), bannerText: document.getElementById('banner-text'),
      bannerClose: document.getElementById('banner-close'),
    }, {
      onVesselsAlerting: (/** @type {Set<number>} */ ids) => context.layer.setAlerting(ids),
      onShowVessel: (/** @type {number} */ id) => context.layer.select(id),
      onSelect: (/** @type {number} */ id) => context.navigate('alerts', id, filters()),
      onOpenFromBanner: (/** @type {number} */ id) => context.navigate('alerts', id, filters()),
      onCount: (/** @type {number} */ count) => context.setBadge('alerts', count),
      zoneName: (/** @type {string} */ id) => context.zones.name(id),
    });
    applyToDocument(element);
    Object.values(selects).forEach(select =>
      select.addEventListener('change', () => context.navigate('alerts', inbox.selected?.id ?? null, filters())));
    context.inbox = inbox;
    return {
      ready: inbox.start().catch(error => { $('alerts-status').textContent = error.message; }),
      show(place) {
        for (const [name, fallback] of Object.entries(FILTERS)) {
          selects[/** @type {keyof typeof selects} */ (name)].value = place.params[name] ?? fallback;
        }
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
