// The vessel search in the frame's header (name, MMSI, call sign, registration number; the server
// ignores case, diacritics and separators): suggestions while typing, each with its kind and flag,
// arrow keys to move through them, Enter to open the only match.
import { get, query } from '../api.js';
import { countryName } from '../format.js';
import { currentLanguage, t } from '../i18n.js';
import { vesselKind, vesselLabel } from '../vessel-kind.js';

export class Search {
  constructor(form, input, results, onChoose) {
    this.input = input;
    this.results = results;
    this.onChoose = onChoose;
    form.addEventListener('submit', event => { event.preventDefault(); clearTimeout(this.timer); this.run(true); });
    input.addEventListener('input', () => { clearTimeout(this.timer); this.timer = setTimeout(() => this.run(false), 250); });
    input.addEventListener('keydown', event => {
      if (event.key === 'ArrowDown') { event.preventDefault(); this.results.querySelector('button')?.focus(); }
      if (event.key === 'Escape') this.close();
    });
    results.addEventListener('keydown', event => {
      const buttons = [...results.querySelectorAll('button')];
      const index = buttons.indexOf(document.activeElement);
      if (event.key === 'ArrowDown') { event.preventDefault(); buttons[Math.min(index + 1, buttons.length - 1)]?.focus(); }
      if (event.key === 'ArrowUp') { event.preventDefault(); (index <= 0 ? input : buttons[index - 1]).focus(); }
      if (event.key === 'Escape') { this.close(); input.focus(); }
    });
  }

  close() {
    this.results.hidden = true;
  }

  async run(chooseSingle) {
    const text = this.input.value.trim();
    if (text.length < 2) { this.close(); return; }
    const page = await get(`api/v1/vessels${query({ q: text, size: 20 })}`);
    if (chooseSingle && page.vessels.length === 1) {
      this.close();
      this.onChoose(page.vessels[0].id);
      return;
    }
    const items = page.vessels.map(vessel => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = [vesselLabel(vessel), t(`kind.${vesselKind(vessel)}`), countryName(vessel.flag, currentLanguage()),
        vessel.mmsi, vessel.registrationNumber].filter(Boolean).join(' · ');
      button.addEventListener('click', () => { this.close(); this.onChoose(vessel.id); });
      item.append(button);
      return item;
    });
    if (!items.length) {
      const item = document.createElement('li');
      item.className = 'muted';
      item.textContent = t('search.none');
      items.push(item);
    }
    this.results.replaceChildren(...items);
    this.results.hidden = false;
  }
}
