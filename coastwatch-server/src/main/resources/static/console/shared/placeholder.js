// @ts-check
// The honest placeholder of a part of the work not built yet ("chưa có"): its name, what it will hold,
// and that it is not there yet. A screen module of such a part exports placeholderScreen(...).
import { applyToDocument } from '../i18n.js';

/**
 * A screen that says it is not built yet.
 * @param {string} id the module's folder name and key prefix: its bundle holds `<id>.title` and `<id>.planned`
 * @param {number} order its place in the navigation
 * @param {readonly string[] | '*'} roles who may open it
 * @returns {import('../frame/frame.js').Screen}
 */
export function placeholderScreen(id, order, roles) {
  return {
    id, route: id, order, roles, layout: 'page',
    mount(element) {
      element.innerHTML = `<div class="placeholder" data-placeholder="${id}">
        <h2 data-i18n="${id}.title"></h2>
        <p class="not-built" data-i18n="frame.notBuilt"></p>
        <p data-i18n="${id}.planned"></p></div>`;
      applyToDocument(element);
      return {};
    },
  };
}
