/* global document, CSS */
import { field, h } from './dom.js';
import { countryControl, orNull, selectControl, textControl } from './controls.js';
import { personLookup } from './person-lookup.js';

// The form of one draft meeting: when and where, who (each participant linked to a stored person or not), who said
// what, the initiatives, and whether it is a meeting already recorded (a candidate to attach to). Every control writes
// into `meeting`, the draft that the commit sends.

const kinds = ['meeting', 'talks', 'phone_call', 'video_call', 'sideline_meeting', 'visit', 'multilateral'];
const precisions = ['day', 'month', 'year'];
const roles = ['host', 'guest', 'third_party'];
const statementKinds = ['reported', 'joint', 'narrative'];
const statuses = ['proposed', 'discussed', 'supported', 'agreed', 'signed', 'implemented'];
const label = (value) => value.replaceAll('_', ' ');

function participantFields(meeting, m, p, changed, rename) {
  const participant = meeting.participants[p];
  const id = `m${m}-p${p}`;
  const at = `/draft/meetings/${m}/participants/${p}`;
  const bound = (member, extra = {}) => ({
    id: `${id}-${member}`,
    pointer: `${at}/${member}`,
    value: participant[member],
    changed,
    ...extra,
  });
  const nameSet = (value) => {
    participant.name = value.trim();
    // One the editor added is printed as they name them (the API wants a printed name).
    if (addedByEditor.has(participant)) participant.printedName = participant.name;
    rename(participant.key, participant.name);
  };
  return h(
    'fieldset',
    { class: 'participant' },
    h(
      'legend',
      {},
      addedByEditor.has(participant)
        ? `Participant ${p + 1} (added by the editor)`
        : `Participant ${p + 1} (printed “${participant.printedName}”)`,
    ),
    h(
      'div',
      { class: 'row' },
      field('Name', textControl(bound('name', { set: nameSet, autocomplete: 'off' }))),
      field('Title', textControl(bound('title', { set: (value) => (participant.title = orNull(value)) }))),
    ),
    h(
      'div',
      { class: 'row' },
      field('Country', countryControl(bound('countryCode', { set: (value) => (participant.countryCode = value) }))),
      field('Organisation', textControl(bound('organization', { set: (value) => (participant.organization = orNull(value)) }))),
      field(
        'Role',
        selectControl(bound('role', { choices: roles.map((role) => [role, label(role)]), set: (value) => (participant.role = value) })),
      ),
    ),
    personLookup({ id: `${id}-person`, participant, changed }),
  );
}

function statementFields(meeting, m, s, changed) {
  const statement = meeting.statements[s];
  const id = `m${m}-s${s}`;
  const at = `/draft/meetings/${m}/statements/${s}`;
  const speakers = [['', 'nobody (joint or narrative)'], ...meeting.participants.map((p) => [p.key, p.name])];
  const speaker = selectControl({
    id: `${id}-speaker`,
    pointer: `${at}/speakerKey`,
    choices: speakers,
    value: statement.speakerKey ?? '',
    set: (value) => (statement.speakerKey = value || null),
    changed,
    'aria-describedby': `${id}-text`,
    class: 'speaker',
  });
  const kind = selectControl({
    id: `${id}-kind`,
    pointer: `${at}/kind`,
    choices: statementKinds,
    value: statement.kind,
    set: (value) => (statement.kind = value),
    changed,
    'aria-describedby': `${id}-text`,
  });
  return h(
    'fieldset',
    { class: 'statement' },
    h('legend', {}, `Statement ${s + 1}`),
    h('blockquote', { id: `${id}-text` }, statement.text),
    h('div', { class: 'row' }, field('Speaker', speaker), field('Kind', kind)),
  );
}

function initiativeFields(meeting, m, i, changed, rerender) {
  const initiative = meeting.initiatives[i];
  const id = `m${m}-i${i}`;
  const at = `/draft/meetings/${m}/initiatives/${i}`;
  const remove = () => {
    meeting.initiatives.splice(i, 1);
    rerender(`m${m}-initiatives`);
  };
  const candidate = initiative.isCandidate ? 'Not in the catalogue yet: committing adds it.' : null;
  const slug = textControl({
    id: `${id}-slug`,
    pointer: `${at}/slug`,
    value: initiative.slug,
    set: (v) => (initiative.slug = v.trim()),
    changed,
  });
  const status = selectControl({
    id: `${id}-status`,
    pointer: `${at}/status`,
    choices: statuses,
    value: initiative.status,
    set: (v) => (initiative.status = v),
    changed,
  });
  return h(
    'fieldset',
    { class: 'initiative' },
    h('legend', {}, `Initiative: ${initiative.name}`),
    candidate ? h('p', { class: 'hint' }, candidate) : null,
    h('div', { class: 'row' }, field('Slug', slug), field('Status', status)),
    h('button', { type: 'button', class: 'remove', onclick: remove }, `Remove ${initiative.name}`),
  );
}

function candidateChoices(candidates, m, state) {
  const name = `m${m}-match`;
  const option = (value, text, details) => {
    const optionId = `${name}-${value}`;
    const choose = () => (state.choices[m] = value);
    return h(
      'div',
      { class: 'choice' },
      h('input', { type: 'radio', id: optionId, name, value, checked: state.choices[m] === value, onchange: choose }),
      h('label', { for: optionId }, text),
      details,
    );
  };
  const evidence = ({ evidence: e, meetingId }) =>
    h(
      'ul',
      { class: 'evidence hint' },
      h('li', {}, e.dateDifferenceDays === 0 ? 'Same day' : `${e.dateDifferenceDays} day apart`),
      h('li', {}, `Kind: ${label(e.kind.draft)} here, ${label(e.kind.meeting)} recorded`),
      h('li', {}, `People in common: ${e.people.map((person) => person.name).join(', ') || 'none'}`),
      h('li', {}, `Place: ${label(e.place)}`),
      h('li', {}, h('a', { href: `/v1/meetings/${meetingId}?include=participants` }, 'The recorded meeting (JSON)')),
    );
  return h(
    'fieldset',
    { class: 'candidates' },
    h('legend', {}, 'Is this a meeting already recorded?'),
    option('new', 'No: create a new meeting'),
    candidates.map((candidate) =>
      option(
        candidate.meetingId,
        `Attach to this meeting: “${candidate.title}” (${candidate.date}), ${Math.round(candidate.score * 100)} % match`,
        evidence(candidate),
      ),
    ),
  );
}

// Someone the extractor missed (a trial finding: "Senator the Hon. Marise Payne" was dropped with a warning): a blank
// participant of the draft, with no span (the editor's, not the text's), focused for its name.
const addedByEditor = new WeakSet();
function addParticipant(meeting, m, rerender) {
  const keys = new Set(meeting.participants.map((p) => p.key));
  let n = meeting.participants.length + 1;
  while (keys.has(`p${n}`)) n++;
  const participant = {
    key: `p${n}`,
    name: '',
    title: null,
    countryCode: null,
    organization: null,
    role: 'guest',
    printedName: '',
    printedTitle: null,
    personId: null,
    span: null,
    titleSpan: null,
    confidence: 1,
  };
  addedByEditor.add(participant);
  meeting.participants.push(participant);
  rerender(`m${m}-p${meeting.participants.length - 1}-name`);
}

/** The fieldset of draft meeting `m`; `state` holds the editor's choices (attach, leave out). */
export function meetingForm({ meeting, m, candidates, state, changed, rerender }) {
  const at = `/draft/meetings/${m}`;
  const bound = (member, extra) => ({ id: `m${m}-${member}`, pointer: `${at}/${member}`, value: meeting[member], changed, ...extra });
  const rename = (key, name) => {
    for (const option of document.querySelectorAll(`#m${m}-fields select.speaker option[value="${CSS.escape(key)}"]`))
      option.textContent = name;
  };
  const date = textControl(bound('date', { type: 'date', set: (value) => (meeting.date = orNull(value)) }));
  const leaveOut = h('input', {
    type: 'checkbox',
    id: `m${m}-leave-out`,
    checked: state.leaveOut[m],
    onchange: (e) => (state.leaveOut[m] = e.target.checked),
  });
  const section = (id, title, items) => [h('h4', { id, tabindex: '-1' }, title), items.length ? items : h('p', { class: 'hint' }, 'None.')];
  return h(
    'fieldset',
    { class: 'meeting', id: `m${m}-fields` },
    h('legend', {}, `Meeting ${m + 1}`),
    h('div', { class: 'choice' }, leaveOut, h('label', { for: leaveOut.id }, 'Leave this meeting out of the commit')),
    field('Title', textControl(bound('title', { set: (value) => (meeting.title = orNull(value)), class: 'wide' }))),
    h(
      'div',
      { class: 'row' },
      field('Date', date),
      field('Date precision', selectControl(bound('datePrecision', { choices: precisions, set: (v) => (meeting.datePrecision = v) }))),
      field('Kind', selectControl(bound('kind', { choices: kinds.map((k) => [k, label(k)]), set: (v) => (meeting.kind = v) }))),
    ),
    h(
      'div',
      { class: 'row' },
      field('City', textControl(bound('city', { set: (value) => (meeting.city = orNull(value)) }))),
      field('Country', countryControl(bound('countryCode', { set: (value) => (meeting.countryCode = value) })), 'Two letters, e.g. KZ'),
    ),
    candidates ? candidateChoices(candidates, m, state) : null,
    section(
      `m${m}-participants`,
      'Participants',
      meeting.participants.map((_, p) => participantFields(meeting, m, p, changed, rename)),
    ),
    h('button', { type: 'button', id: `m${m}-add-participant`, onclick: () => addParticipant(meeting, m, rerender) }, 'Add a participant'),
    section(
      `m${m}-statements`,
      'Statements',
      meeting.statements.map((_, s) => statementFields(meeting, m, s, changed)),
    ),
    section(
      `m${m}-initiatives`,
      'Initiatives',
      meeting.initiatives.map((_, i) => initiativeFields(meeting, m, i, changed, rerender)),
    ),
  );
}
