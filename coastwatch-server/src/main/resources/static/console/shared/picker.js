// @ts-check
// A picker for a person, a vessel or a unit: type a few letters, choose from the list the source finds
// (arrow keys, Enter, Escape). The vessel source is the vessel search; persons and units come with the
// organisation's API (helper `access`/`org`), each a source of the same shape.
import { get, query } from '../api.js';
import { t } from '../i18n.js';

/**
 * @typedef {{ id: string, label: string, detail?: string }} Choice
 * @typedef {(text: string) => Promise<Choice[]>} ChoiceSource
 */

/** @type {ChoiceSource} */
export const vesselSource = async text => {
  const page = await get(`api/v1/vessels${query({ q: text, size: 20 })}`);
  return page.vessels.map((/** @type {any} */ vessel) => ({
    id: String(vessel.id),
    label: vessel.name || vessel.registrationNumber || String(vessel.mmsi || vessel.id),
    detail: [vessel.mmsi, vessel.callSign, vessel.registrationNumber].filter(Boolean).join(' · '),
  }));
};

export class Picker {
  /**
   * @param {HTMLInputElement} input where the officer types
   * @param {HTMLElement} results a <ul> under it
   * @param {ChoiceSource} source
   * @param {(choice: Choice) => void} onChoose
   */
  constructor(input, results, source, onChoose) {
    this.input = input;
    this.results = results;
    this.source = source;
    this.onChoose = onChoose;
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    this.timer = undefined;
    this.generation = 0;
    input.setAttribute('aria-autocomplete', 'list');
    input.addEventListener('input', () => { clearTimeout(this.timer); this.timer = setTimeout(() => this.run(false), 250); });
    input.addEventListener('keydown', event => {
      if (event.key === 'ArrowDown') { event.preventDefault(); this.buttons()[0]?.focus(); }
      if (event.key === 'Escape') this.close();
      if (event.key === 'Enter') { event.preventDefault(); clearTimeout(this.timer); this.run(true); }
    });
    results.addEventListener('keydown', event => {
      const buttons = this.buttons();
      const index = buttons.indexOf(/** @type {HTMLButtonElement} */ (document.activeElement));
      if (event.key === 'ArrowDown') { event.preventDefault(); buttons[Math.min(index + 1, buttons.length - 1)]?.focus(); }
      if (event.key === 'ArrowUp') { event.preventDefault(); (index <= 0 ? input : buttons[index - 1]).focus(); }
      if (event.key === 'Escape') { this.close(); input.focus(); }
    });
  }

  buttons() {
    return [...this.results.querySelectorAll('button')];
  }

  close() {
    this.results.hidden = true;
  }

  /** @param {boolean} chooseSingle choose at once when exactly one is found */
  async run(chooseSingle) {
    const text = this.input.value.trim();
    if (text.length < 2) { this.close(); return; }
    const generation = ++this.generation;
    const choices = await this.source(text);
    if (generation !== this.generation) return; // a later search overtook this one
    if (chooseSingle && choices.length === 1) {
      this.close();
      this.onChoose(choices[0]);
      return;
    }
    const items = choices.map(choice => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.choice = choice.id;
      button.textContent = choice.detail ? `${choice.label} · ${choice.detail}` : choice.label;
      button.addEventListener('click', () => { this.close(); this.onChoose(choice); });
      item.append(button);
      return item;
    });
    if (!items.length) items.push(Object.assign(document.createElement('li'), { className: 'muted', textContent: t('picker.none') }));
    this.results.replaceChildren(...items);
    this.results.hidden = false;
  }
}
