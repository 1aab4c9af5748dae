// @ts-check
// The API's refusals as an officer reads them: a problem detail's field errors
// (`errors: [{field, code, message}]`, docs/development.md "API") mapped to messages `error.<code>`
// of the bundles, with the server's English message only as the last resort. Pure functions.

/**
 * @typedef {{ field: string, code: string, message?: string }} FieldError
 */

/**
 * The message of one field error: the bundle's `error.<code>` when it has one (with {field}), else the
 * server's message, else the code.
 * @param {FieldError} error
 * @param {(key: string, params?: Record<string, string | number>) => string} translate
 * @param {(key: string) => boolean} has
 */
export function fieldMessage(error, translate, has) {
  const key = `error.${error.code}`;
  return has(key) ? translate(key, { field: error.field }) : error.message || error.code;
}

/**
 * The field errors of a problem detail, by field name (several per field joined with "; ").
 * @param {{ errors?: FieldError[] } | null | undefined} problem
 * @param {(key: string, params?: Record<string, string | number>) => string} translate
 * @param {(key: string) => boolean} has
 * @returns {Map<string, string>}
 */
export function messagesByField(problem, translate, has) {
  /** @type {Map<string, string>} */
  const byField = new Map();
  for (const error of problem?.errors || []) {
    const text = fieldMessage(error, translate, has);
    byField.set(error.field, byField.has(error.field) ? `${byField.get(error.field)}; ${text}` : text);
  }
  return byField;
}
