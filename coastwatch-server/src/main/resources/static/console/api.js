// The server's REST API, with the session cookie and the CSRF header on state-changing requests.
// Errors become ApiError with the RFC 7807 problem (its detail as the message, its field errors kept).
let csrf = null;

export class ApiError extends Error {
  /**
   * @param {number} status
   * @param {{ detail?: string, title?: string, code?: string, errors?: { field: string, code: string, message?: string }[] } | null} problem
   */
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/** Remembers the CSRF header and token of the session (from POST/GET /api/v1/session). */
export function useSession(session) {
  csrf = session && session.csrfHeader ? { header: session.csrfHeader, token: session.csrfToken } : null;
}

function cookieToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : null;
}

export async function request(method, path, body, accept = 'application/json') {
  return send(method, path, body === undefined ? undefined : JSON.stringify(body), 'application/json', accept);
}

/** POSTs a file (a Blob) as it is, with its content type: an import. */
export const upload = (path, file, contentType) => send('POST', path, file, contentType, 'application/json');

async function send(method, path, body, contentType, accept) {
  const headers = { Accept: accept };
  if (body !== undefined) headers['Content-Type'] = contentType;
  if (method !== 'GET' && csrf) headers[csrf.header] = cookieToken() || csrf.token;
  const response = await fetch(path, { method, headers, body, credentials: 'same-origin' });
  if (response.status === 204) return null;
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

export const get = path => request('GET', path);
/** GET of a resource that is GeoJSON (zones, evidence, the base map). */
export const getGeoJson = path => request('GET', path, undefined, 'application/geo+json, application/json');
export const post = (path, body) => request('POST', path, body);
export const del = path => request('DELETE', path);

/** A query string from the defined, non-empty values of params. */
export function query(params) {
  const search = new URLSearchParams();
  Object.entries(params).forEach(([key, value]) => {
    if (value !== undefined && value !== null && value !== '') search.set(key, value);
  });
  const text = search.toString();
  return text ? `?${text}` : '';
}
