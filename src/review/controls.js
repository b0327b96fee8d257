import { h, select } from './dom.js';

// Controls bound to the draft: each writes its value into the model as the editor types and says so (`changed`). Each
// carries the JSON Pointer of its member in the commit body, so that a problem the API reports finds its control.

export const orNull = (value) => (value.trim() === '' ? null : value.trim());

export function textControl({ id, pointer, value, set, changed, ...attributes }) {
  const update = (event) => {
    set(event.target.value);
    changed();
  };
  return h('input', { id, type: 'text', 'data-pointer': pointer, value: value ?? '', oninput: update, ...attributes });
}

export function selectControl({ id, pointer, choices, value, set, changed, ...attributes }) {
  const update = (event) => {
    set(event.target.value);
    changed();
  };
  return select({ id, 'data-pointer': pointer, onchange: update, ...attributes }, choices, value);
}

/** A country code control: two letters, upper case in the model. */
export function countryControl({ set, ...options }) {
  return textControl({
    ...options,
    set: (value) => set(orNull(value)?.toUpperCase() ?? null),
    maxlength: 2,
    size: 3,
    autocapitalize: 'characters',
    autocomplete: 'off',
    class: 'short',
  });
}
