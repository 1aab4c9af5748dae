// @ts-check
// Forms that show the API's refusals beside the fields they name (problem details' `errors`), and the
// refusal's general message above the buttons. Fields are found by their name attribute.
import { ApiError } from '../api.js';
import { has, t } from '../i18n.js';
import { messagesByField } from './problem.js';

/**
 * Clears the form's messages, then shows those of an error from the API: each field error under its
 * field (and the field marked aria-invalid), the rest in the form's [data-form-error] element.
 * @param {HTMLFormElement} form
 * @param {unknown} error
 */
export function showErrors(form, error) {
  clearErrors(form);
  const general = form.querySelector('[data-form-error]');
  const problem = error instanceof ApiError ? error.problem : null;
  const byField = messagesByField(problem, t, has);
  for (const [field, text] of byField) {
    const input = form.elements.namedItem(field);
    if (input instanceof HTMLElement) {
      input.setAttribute('aria-invalid', 'true');
      const note = document.createElement('span');
      note.className = 'field-error';
      note.dataset.fieldError = field;
      note.textContent = text;
      input.insertAdjacentElement('afterend', note);
      byField.delete(field);
    }
  }
  const rest = [...byField.values()];
  if (general) {
    general.textContent = rest.length ? rest.join('; ') : problem?.errors?.length ? '' : error instanceof Error ? error.message : String(error);
  }
}

/** @param {HTMLFormElement} form */
export function clearErrors(form) {
  form.querySelectorAll('.field-error').forEach(note => note.remove());
  form.querySelectorAll('[aria-invalid]').forEach(input => input.removeAttribute('aria-invalid'));
  const general = form.querySelector('[data-form-error]');
  if (general) general.textContent = '';
}
