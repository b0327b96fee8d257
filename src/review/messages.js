/* global CSS */
import { h } from './dom.js';

// What the page says after a request, in the form's live region: progress, success, or the API's problem with a link
// to each field it points at (the field is marked aria-invalid).

export function showStatus(region, ...content) {
  region.replaceChildren(h('p', { class: 'status' }, ...content));
}

/** The control a JSON Pointer names, or the first control under it ("/draft/meetings/0/participants/1"). */
function controlAt(form, pointer) {
  for (let path = pointer; path; path = path.slice(0, path.lastIndexOf('/'))) {
    const exact = form.querySelector(`[data-pointer="${CSS.escape(path)}"]`);
    if (exact) return exact;
    const under = form.querySelector(`[data-pointer^="${CSS.escape(`${path}/`)}"]`);
    if (under) return under;
  }
  return null;
}

/** Unmarks every field of `form` a problem marked invalid. */
export function clearInvalid(form) {
  for (const invalid of form?.querySelectorAll('[aria-invalid]') ?? []) invalid.removeAttribute('aria-invalid');
}

/** The problem, with each of its errors linked to its control in `form`; `mapPointer` maps a sent pointer to the form's. */
export function showProblem(region, problem, form, mapPointer = (pointer) => pointer) {
  clearInvalid(form);
  const errors = problem.errors.map((error) => {
    const pointer = mapPointer(error.pointer ?? '');
    const control = form && pointer ? controlAt(form, pointer) : null;
    if (!control) return h('li', {}, pointer ? `${pointer}: ${error.message}` : error.message);
    control.setAttribute('aria-invalid', 'true');
    const label = form.querySelector(`label[for="${CSS.escape(control.id)}"]`)?.textContent ?? pointer;
    const focus = (event) => {
      event.preventDefault();
      control.focus();
    };
    return h('li', {}, h('a', { href: `#${control.id}`, onclick: focus }, `${label}: ${error.message}`));
  });
  const heading = h(
    'p',
    { class: 'problem-title', tabindex: '-1' },
    problem.status ? `${problem.title} (${problem.status})` : problem.title,
  );
  region.replaceChildren(
    h(
      'div',
      { class: 'problem' },
      heading,
      problem.detail ? h('p', {}, problem.detail) : null,
      errors.length ? h('ul', {}, errors) : null,
      problem.requestId ? h('p', { class: 'hint' }, `Request id ${problem.requestId}`) : null,
    ),
  );
  heading.focus();
}
