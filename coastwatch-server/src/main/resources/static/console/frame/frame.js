// @ts-check
// The frame: the navigation between the parts of the work, one screen module each (modules/<id>/screen.js,
// listed in screens.js), deep links in the URL's fragment, and the screens a person's roles may open.
// Screens of layout 'map' share the live picture and fill the side panel beside it; screens of layout
// 'page' take the whole area. Every screen is mounted once at log-in (so that, for instance, the alert
// inbox keeps listening while another screen is open) and shown when its route is in the URL.
import { applyToDocument, onLanguageChange, t } from '../i18n.js';
import { mayOpen } from './roles.js';
import { formatPlace, parsePlace } from './router.js';

/**
 * What a screen module exports as `screen`.
 * @typedef {object} Screen
 * @property {string} id its folder under modules/, the prefix of its bundle's keys (`<id>.title` names it)
 * @property {string} route the first segment of its URL: "#/<route>[/<id>][?…]"
 * @property {number | null} order its place in the navigation, or null when it is reached from other screens only
 * @property {readonly string[] | '*'} roles the role slugs that may open it ('*': everyone signed in)
 * @property {'map' | 'page'} layout beside the live map, or the whole area
 * @property {(element: HTMLElement, context: any) => ScreenInstance} mount builds the screen into element, once
 */

/**
 * What mount returns: each method optional.
 * @typedef {object} ScreenInstance
 * @property {(place: import('./router.js').Place) => void} [show] the screen's route is in the URL (again)
 * @property {() => void} [hide] another screen is shown
 * @property {() => void} [render] the language changed: redraw what is not marked data-i18n
 * @property {Promise<unknown>} [ready] settles when the screen's first data is loaded
 */

const FALLBACK_ROUTE = 'map';

export class Frame {
  /**
   * @param {Screen[]} screens every screen module, allowed or not
   * @param {{ nav: HTMLElement, picture: HTMLElement, side: HTMLElement, page: HTMLElement }} elements
   */
  constructor(screens, elements) {
    this.screens = screens;
    this.el = elements;
    /** @type {Map<string, { screen: Screen, element: HTMLElement, instance: ScreenInstance }>} */
    this.mounted = new Map();
    /** @type {string | null} */
    this.current = null;
    /** @type {((layout: string) => void)[]} */
    this.layoutListeners = [];
  }

  /**
   * Offers and mounts the screens the roles may open, then shows the URL's screen.
   * @param {string[]} roles the person's role slugs
   * @param {object} context what the screens share (the live picture, navigate, …); mount may add to it
   * @returns {Promise<unknown>} settles when every mounted screen's first data is loaded
   */
  start(roles, context) {
    this.allowed = this.screens.filter(screen => mayOpen(roles, screen.roles));
    const shared = Object.assign(context, {
      navigate: this.navigate.bind(this),
      setBadge: this.setBadge.bind(this),
      isShown: (/** @type {string} */ id) => this.current === id,
    });
    for (const screen of this.allowed) {
      const element = document.createElement('section');
      element.className = screen.layout === 'map' ? 'panel screen' : 'page-screen screen';
      element.dataset.screen = screen.id;
      element.hidden = true;
      (screen.layout === 'map' ? this.el.side : this.el.page).append(element);
      this.mounted.set(screen.route, { screen, element, instance: screen.mount(element, shared) || {} });
    }
    this.renderNav();
    onLanguageChange(() => this.mounted.forEach(({ instance }) => instance.render?.()));
    window.addEventListener('hashchange', () => this.route());
    this.route();
    return Promise.all([...this.mounted.values()].map(({ instance }) => instance.ready));
  }

  renderNav() {
    const items = this.allowed.filter(screen => screen.order !== null)
      .sort((a, b) => Number(a.order) - Number(b.order))
      .map(screen => {
        const link = document.createElement('a');
        link.href = formatPlace(screen.route);
        link.dataset.nav = screen.id;
        const label = document.createElement('span');
        label.dataset.i18n = `${screen.id}.title`;
        const badge = document.createElement('span');
        badge.className = 'count';
        badge.dataset.badge = screen.id;
        link.append(label, badge);
        return link;
      });
    this.el.nav.replaceChildren(...items);
    applyToDocument(this.el.nav);
  }

  /**
   * Puts a place in the URL (which shows it); the same URL again shows it again.
   * @param {string} route
   * @param {string | number | null} [id]
   * @param {Record<string, string>} [params]
   */
  navigate(route, id = null, params = {}) {
    const hash = formatPlace(route, id, params);
    if (location.hash === hash) this.route();
    else location.hash = hash;
  }

  /**
   * The count on a screen's navigation entry (empty: none shown).
   * @param {string} id
   * @param {number | string} count
   */
  setBadge(id, count) {
    const badge = this.el.nav.querySelector(`[data-badge="${id}"]`);
    if (badge) badge.textContent = count ? String(count) : '';
  }

  /**
   * Calls listener(layout) whenever the layout changes ('map' or 'page'): the map needs its size again.
   * @param {(layout: string) => void} listener
   */
  onLayout(listener) {
    this.layoutListeners.push(listener);
  }

  /** Shows the screen of the URL; an unknown route or one the roles may not open shows the map and says so. */
  route() {
    const place = parsePlace(location.hash, FALLBACK_ROUTE);
    let entry = this.mounted.get(place.route);
    if (!entry) {
      const known = this.screens.some(screen => screen.route === place.route);
      this.notice(t(known ? 'frame.notAllowed' : 'frame.unknownPlace', { place: place.route }));
      entry = this.mounted.get(FALLBACK_ROUTE) || [...this.mounted.values()][0];
      if (!entry) return;
    } else {
      this.notice('');
    }
    const { screen } = entry;
    const previous = this.current ? [...this.mounted.values()].find(m => m.screen.id === this.current) : null;
    if (previous && previous.screen.id !== screen.id) {
      previous.element.hidden = true;
      previous.instance.hide?.();
    }
    const layoutChanged = !previous || previous.screen.layout !== screen.layout;
    this.current = screen.id;
    entry.element.hidden = false;
    this.el.picture.hidden = screen.layout !== 'map';
    this.el.page.hidden = screen.layout !== 'page';
    document.body.dataset.screen = screen.id;
    this.el.nav.querySelectorAll('a').forEach(link => {
      if (link.dataset.nav === screen.id) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    });
    if (layoutChanged) this.layoutListeners.forEach(listener => listener(screen.layout));
    entry.instance.show?.(place);
  }

  /** @param {string} text */
  notice(text) {
    const notice = document.getElementById('frame-notice');
    if (notice) { notice.textContent = text; notice.hidden = !text; }
  }
}
