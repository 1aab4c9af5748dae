// @ts-check
// Quản trị: the command's organisation as data and the audit log, for system administrators — the unit
// tree of a day with each unit's versions, the agencies, persons and resources, and the audit log
// filtered by record and account, with the export an inspector re-verifies. Deep links:
// "#/admin/<tab>" (units, agencies, persons, resources, audit), "?on=yyyy-mm-dd" the tree's day,
// "?entity=&entityId=&account=" the audit's filters.
import { applyToDocument } from '../../i18n.js';
import { TABS, AdminViews } from './views.js';

/** @type {import('../../frame/frame.js').Screen} */
export const screen = {
  id: 'admin',
  route: 'admin',
  order: 8,
  roles: ['system-admin'],
  layout: 'page',
  mount(element, context) {
    element.innerHTML = `
      <div class="page admin">
        <h2 data-i18n="admin.title"></h2>
        <div class="tabs" role="tablist">${TABS.map(tab =>
          `<button type="button" role="tab" id="admin-tab-${tab}" data-tab="${tab}" data-i18n="admin.tab.${tab}"></button>`).join('')}
        </div>
        <p id="admin-status" class="error" role="alert"></p>
        <div id="admin-view"></div>
      </div>`;
    applyToDocument(element);
    const views = new AdminViews(/** @type {HTMLElement} */ (element.querySelector('#admin-view')),
      /** @type {HTMLElement} */ (element.querySelector('#admin-status')),
      (/** @type {string} */ tab, /** @type {Record<string, string>} */ params) => context.navigate('admin', tab, params));
    element.querySelectorAll('[data-tab]').forEach(button => button.addEventListener('click', () =>
      context.navigate('admin', /** @type {HTMLElement} */ (button).dataset.tab, {})));
    /** @param {string} tab */
    const select = tab => element.querySelectorAll('[data-tab]').forEach(button =>
      button.setAttribute('aria-selected', String(/** @type {HTMLElement} */ (button).dataset.tab === tab)));
    return {
      show(place) {
        const tab = TABS.includes(place.id ?? '') ? /** @type {string} */ (place.id) : 'units';
        select(tab);
        views.show(tab, place.params);
      },
      render() {
        views.render();
      },
    };
  },
};
