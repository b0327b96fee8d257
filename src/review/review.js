/* global document, structuredClone */
import { api, apiKey, Problem } from './api.js';
import { h } from './dom.js';
import { meetingForm } from './draft-form.js';
import { factsOf, renderHighlighted } from './highlight.js';
import { clearInvalid, showProblem, showStatus } from './messages.js';
import { showCommitted } from './readback.js';

// The review page: POST /v1/documents → the draft, highlighted and in forms → POST /v1/documents/{id}/commit with the
// corrected draft and the meetings to attach to → the meetings read back.

const $ = (id) => document.getElementById(id);
const state = { document: null, draft: null, choices: [], leaveOut: [] };
const plural = (count, noun) => `${count} ${noun}${count === 1 ? '' : 's'}`;
const asProblem = (error) =>
  error instanceof Problem
    ? error
    : new Problem(0, { title: 'The page failed', detail: error instanceof Error ? error.message : String(error) });

function renderSource() {
  renderHighlighted($('source'), state.document.text, factsOf(state.draft));
}

function candidatesFor(m) {
  const found = state.document.candidates?.filter((candidate) => candidate.draftMeeting === m) ?? [];
  return found.length ? found : null;
}

function renderForms() {
  const rerender = (focusId) => {
    renderForms();
    renderSource();
    $(focusId)?.focus();
  };
  const forms = state.draft.meetings.map((meeting, m) =>
    meetingForm({ meeting, m, candidates: candidatesFor(m), state, changed: renderSource, rerender }),
  );
  // The extractor's warnings ("meeting 1 (/meetings/0) has no date the text states", "this does not look like a meeting readout").
  const warnings = state.draft.warnings ?? [];
  const notes = warnings.length
    ? [
        h(
          'div',
          { class: 'draft-warnings', role: 'note' },
          h('p', {}, 'The extractor warns:'),
          h('ul', {}, ...warnings.map((text) => h('li', {}, text))),
        ),
      ]
    : [];
  $('meetings').replaceChildren(...notes, ...(forms.length ? forms : [h('p', {}, 'The extractor found no meeting in this text.')]));
  // Nothing to commit without a meeting: the editor adds none here, so the button waits for another text.
  $('commit').disabled = forms.length === 0;
}

function load(stored) {
  state.document = stored;
  state.draft = structuredClone(stored.draft ?? { title: null, titleSpan: null, meetings: [], confidence: 0, warnings: [] });
  state.choices = state.draft.meetings.map(() => 'new');
  state.leaveOut = state.draft.meetings.map(() => false);
  $('commit-messages').replaceChildren();
  $('result').hidden = true;
  $('review').hidden = false;
  renderSource();
  renderForms();
}

async function extract(event) {
  event.preventDefault();
  const region = $('document-messages');
  const body = { text: $('text').value };
  for (const [id, member] of [
    ['publisher', 'publisher'],
    ['url', 'url'],
    ['published-at', 'publishedAt'],
  ])
    if ($(id).value.trim()) body[member] = $(id).value.trim();
  showStatus(region, 'Extracting…');
  try {
    const stored = await api('POST', '/v1/documents', body);
    load(stored);
    const committed = stored.meetingIds.length
      ? ` This text was committed before (${plural(stored.meetingIds.length, 'meeting')}); committing again is refused.`
      : '';
    showStatus(region, `The draft has ${plural(state.draft.meetings.length, 'meeting')}: check it below.${committed}`);
  } catch (error) {
    showProblem(region, asProblem(error), $('document-form'));
  }
}

async function commit(event) {
  event.preventDefault();
  const region = $('commit-messages');
  const button = $('commit');
  const kept = state.draft.meetings.map((meeting, index) => ({ meeting, index })).filter(({ index }) => !state.leaveOut[index]);
  const body = { draft: { ...state.draft, meetings: kept.map(({ meeting }) => meeting) } };
  const attach = kept.flatMap(({ index }, position) =>
    state.choices[index] === 'new' ? [] : [{ draftMeeting: position, meetingId: state.choices[index] }],
  );
  if (attach.length) body.attach = attach;
  // "No: create a new meeting", left chosen on a meeting the page lists as recorded already (a candidate with score 1),
  // is the editor's decision, taken with the candidates in view: the API refuses such a commit (409) unless told.
  if (kept.some(({ index }) => state.choices[index] === 'new' && (candidatesFor(index) ?? []).some((candidate) => candidate.score >= 1)))
    body.createDuplicates = true;
  // The API points into the draft it was sent, without the meetings left out; the form numbers all of them.
  const mapPointer = (pointer) =>
    pointer.replace(/^\/draft\/meetings\/(\d+)/, (whole, k) => `/draft/meetings/${kept[Number(k)]?.index ?? k}`);
  showStatus(region, 'Committing…');
  button.disabled = true;
  let meetings;
  try {
    meetings = (await api('POST', `/v1/documents/${state.document.id}/commit`, body)).data;
  } catch (error) {
    button.disabled = false;
    return showProblem(region, asProblem(error), $('draft-form'), mapPointer);
  }
  clearInvalid($('draft-form'));
  const created = meetings.length - attach.length;
  const parts = [
    created ? `${plural(created, 'new meeting')} created` : null,
    attach.length ? `${plural(attach.length, 'recorded meeting')} given this readout as a further source` : null,
  ].filter(Boolean);
  showStatus(region, `Committed: ${parts.join('; ')}.`);
  $('result').hidden = false;
  $('result-heading').focus();
  try {
    await showCommitted($('committed'), $('readback'), meetings);
  } catch (error) {
    showProblem($('readback'), asProblem(error));
  }
}

async function rematch() {
  const region = $('commit-messages');
  showStatus(region, 'Looking for recorded meetings…');
  try {
    const { data } = await api('POST', `/v1/documents/${state.document.id}/candidates`, { draft: state.draft });
    state.document.candidates = data;
    state.choices = state.choices.map((choice) => (data.some((candidate) => candidate.meetingId === choice) ? choice : 'new'));
    renderForms();
    showStatus(region, `${plural(data.length, 'recorded meeting')} may be the same as the draft's.`);
  } catch (error) {
    showProblem(region, asProblem(error), $('draft-form'));
  }
}

const keyInput = $('api-key');
keyInput.value = apiKey.get();
keyInput.addEventListener('input', () => apiKey.set(keyInput.value.trim()));
$('key-form').addEventListener('submit', (event) => event.preventDefault());
$('forget-key').addEventListener('click', () => {
  apiKey.set('');
  keyInput.value = '';
  keyInput.focus();
});
$('file').addEventListener('change', async (event) => {
  const file = event.target.files?.[0];
  if (file) $('text').value = await file.text();
});
$('document-form').addEventListener('submit', (event) => void extract(event));
$('draft-form').addEventListener('submit', (event) => void commit(event));
$('rematch').addEventListener('click', () => void rematch());
// A highlight leads to the control that edits its fact: a click, or Enter or Space on it.
$('source').addEventListener('click', (event) => {
  const target = event.target.closest('mark[data-target]')?.dataset.target;
  if (target) $(target)?.focus();
});
$('source').addEventListener('keydown', (event) => {
  const target = event.target.closest?.('mark[data-target]')?.dataset.target;
  if (!target || (event.key !== 'Enter' && event.key !== ' ')) return;
  event.preventDefault();
  $(target)?.focus();
});
// Enter in a field of the draft does not commit it (a browser submits a form on Enter in a text field): only the
// Commit button does.
$('draft-form').addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && event.target.tagName === 'INPUT' && event.target.type !== 'submit') event.preventDefault();
});
