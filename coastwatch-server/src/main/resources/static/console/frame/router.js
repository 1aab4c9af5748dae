// @ts-check
// Deep links: every screen has a URL of its own in the fragment, "#/<route>[/<id>][?key=value…]",
// so that an officer can send a colleague an alert ("#/alerts/1234") or a vessel ("#/vessels/574123456").
// Pure functions: no DOM.

/**
 * A place in the console: the screen's route, the id of the thing shown (or null), and further
 * parameters (filters).
 * @typedef {{ route: string, id: string | null, params: Record<string, string> }} Place
 */

/**
 * The place a fragment names; an empty or malformed fragment is the fallback route.
 * @param {string} hash location.hash, with or without its '#'
 * @param {string} fallback the route of the default screen
 * @returns {Place}
 */
export function parsePlace(hash, fallback) {
  const text = hash.replace(/^#/, '').replace(/^\//, '');
  const [path, search = ''] = text.split('?', 2);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  /** @type {Record<string, string>} */
  const params = {};
  new URLSearchParams(search).forEach((value, key) => { params[key] = value; });
  if (!parts.length) return { route: fallback, id: null, params };
  return { route: parts[0], id: parts.length > 1 ? parts.slice(1).join('/') : null, params };
}

/**
 * The fragment of a place, the inverse of {@link parsePlace} (parameters sorted, empty ones left out).
 * @param {string} route
 * @param {string | number | null} [id]
 * @param {Record<string, string | number | null | undefined>} [params]
 * @returns {string}
 */
export function formatPlace(route, id = null, params = {}) {
  const search = new URLSearchParams();
  Object.keys(params).sort().forEach(key => {
    const value = params[key];
    if (value !== null && value !== undefined && value !== '') search.set(key, String(value));
  });
  const query = search.toString();
  const idPart = id === null || id === undefined || id === '' ? '' : `/${encodeURIComponent(String(id))}`;
  return `#/${route}${idPart}${query ? `?${query}` : ''}`;
}
