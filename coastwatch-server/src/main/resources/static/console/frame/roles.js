// @ts-check
// The roles of the signed-in person, as the kebab-case slugs of coastwatch-operations' access Role,
// and which screens they may open. Pure functions: no DOM.

/** Every role, in the order of coastwatch-operations' Role. */
export const ROLES = Object.freeze(['system-admin', 'commander', 'duty-officer', 'station-officer',
  'staff-analyst', 'viewer', 'liaison']);

/**
 * The role slugs of a session: its `roles` per unit (`{ role, unitId, agencyId }` as
 * GET /api/v1/session serves them, or plain slugs / constant names such as DUTY_OFFICER), else its
 * single `role`. A role held in several units counts once; unknown names are left out.
 * @param {{ role?: string | null, roles?: (string | { role: string })[] | null }} session
 * @returns {string[]}
 */
export function rolesOf(session) {
  const names = Array.isArray(session.roles) ? session.roles.map(held => typeof held === 'string' ? held : held?.role)
    : session.role ? [session.role] : [];
  const slugs = names.filter(name => typeof name === 'string').map(name => name.toLowerCase().replace(/_/g, '-'));
  return [...new Set(slugs.filter(slug => ROLES.includes(slug)))];
}

/**
 * Whether a person with these roles may open a screen that admits `allowed` ('*' admits everyone signed in).
 * @param {string[]} roles
 * @param {readonly string[] | '*'} allowed
 */
export function mayOpen(roles, allowed) {
  return allowed === '*' || roles.some(role => allowed.includes(role));
}
