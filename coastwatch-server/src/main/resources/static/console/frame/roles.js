// @ts-check
// The roles of the signed-in person, as the kebab-case slugs of coastwatch-operations' access Role,
// and which screens they may open. Pure functions: no DOM.

/** Every role, in the order of coastwatch-operations' Role. */
export const ROLES = Object.freeze(['system-admin', 'commander', 'duty-officer', 'station-officer',
  'staff-analyst', 'viewer', 'liaison']);

/**
 * Today's accounts have one of the first version's roles (admin, operator, viewer); until accounts carry
 * roles per unit (docs/operations.md, "Access"), each maps to its nearest role.
 * @type {Readonly<Record<string, string>>}
 */
const LEGACY = Object.freeze({ admin: 'system-admin', operator: 'duty-officer', viewer: 'viewer' });

/**
 * The role slugs of a session: its `roles` (slugs, or constant names such as DUTY_OFFICER) when it has
 * them, else its single legacy `role` mapped. Unknown names are left out.
 * @param {{ role?: string | null, roles?: string[] | null }} session
 * @returns {string[]}
 */
export function rolesOf(session) {
  const names = Array.isArray(session.roles) ? session.roles : session.role ? [session.role] : [];
  const slugs = names.map(name => {
    const slug = name.toLowerCase().replace(/_/g, '-');
    return LEGACY[slug] ?? slug;
  });
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
