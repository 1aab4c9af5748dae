// Small DOM and timing helpers shared by the panels.

/**
 * action, run at most once every millis: a call within that time is postponed to its end (several
 * such calls run it once).
 */
export function throttled(action, millis) {
  let last = -Infinity;
  let timer = null;
  return () => {
    const wait = last + millis - performance.now();
    if (wait <= 0) {
      last = performance.now();
      action();
    } else if (!timer) {
      timer = setTimeout(() => { timer = null; last = performance.now(); action(); }, wait);
    }
  };
}

/**
 * Fills a <dl> with [label, value, key] rows; key (optional) goes into the value's data-fact. When the
 * list already holds the same rows (a live panel redrawn), only the texts that changed are replaced:
 * the elements stay, with the officer's selection and the screen reader's place.
 */
export function renderFacts(list, rows) {
  const same = list.children.length === 2 * rows.length
    && rows.every(([label, , key], i) => list.children[2 * i].textContent === label && (list.children[2 * i + 1].dataset.fact || '') === (key || ''));
  if (same) {
    rows.forEach(([, value], i) => {
      const definition = list.children[2 * i + 1];
      if (definition.textContent !== String(value)) definition.textContent = value;
    });
    return;
  }
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
