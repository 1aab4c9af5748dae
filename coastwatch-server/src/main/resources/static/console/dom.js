// Small DOM helpers shared by the panels.

/** Fills a <dl> with [label, value, key] rows; key (optional) goes into the value's data-fact. */
export function renderFacts(list, rows) {
  list.replaceChildren(...rows.flatMap(([label, value, key]) => {
    const term = document.createElement('dt');
    term.textContent = label;
    const definition = document.createElement('dd');
    definition.textContent = value;
    if (key) definition.dataset.fact = key;
    return [term, definition];
  }));
}

/** Fills a list with one <li> of text per entry. */
export function renderTextItems(list, texts) {
  list.replaceChildren(...texts.map(text => Object.assign(document.createElement('li'), { textContent: text })));
}
