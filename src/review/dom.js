/* global document */
// A few helpers to build the page with the DOM API: text always goes in as text, never as HTML.

/** An element with attributes (`on*` functions become listeners, `false`/null leave the attribute out) and children. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (name === 'value') element.value = value;
    else if (name === 'checked') element.checked = Boolean(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...children.flat(Infinity).filter((child) => child !== null && child !== undefined && child !== false));
  return element;
}

/** A labelled control, with a hint the control is described by. */
export function field(label, control, hint) {
  const hintId = hint ? `${control.id}-hint` : null;
  if (hintId) control.setAttribute('aria-describedby', hintId);
  return h(
    'div',
    { class: 'field' },
    h('label', { for: control.id }, label),
    control,
    hint ? h('p', { id: hintId, class: 'hint' }, hint) : null,
  );
}

/** A select of `choices` ([value, label] pairs or plain values) with `selected` chosen. */
export function select(attributes, choices, selected) {
  return h(
    'select',
    attributes,
    choices.map((choice) => {
      const [value, label] = Array.isArray(choice) ? choice : [choice, choice];
      return h('option', { value, selected: value === selected ? 'selected' : false }, label);
    }),
  );
}
