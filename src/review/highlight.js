import { h } from './dom.js';

// The readout's text with every fact of the draft marked at its span. Spans nest (a name inside a statement) and may
// cross; a span that crosses the end of an enclosing one is split there, so the marks always form a tree.

/** The facts of a draft as spans: [{ start, end, kind, label, target }] (target: the id of the control that edits it). */
export function factsOf(draft) {
  const facts = [];
  draft.meetings.forEach((meeting, m) => {
    const which = draft.meetings.length > 1 ? ` (meeting ${m + 1})` : '';
    const add = (span, kind, label, target) => {
      if (span && span.end > span.start) facts.push({ start: span.start, end: span.end, kind, label: `${label}${which}`, target });
    };
    const nameOf = (key) => meeting.participants.find((participant) => participant.key === key)?.name ?? 'nobody named';
    add(meeting.titleSpan, 'heading', `Meeting title: ${meeting.title ?? ''}`, `m${m}-title`);
    add(meeting.dateSpan, 'date', `Date: ${meeting.date ?? 'not set'}`, `m${m}-date`);
    add(meeting.kindSpan, 'kind', `Kind: ${meeting.kind}`, `m${m}-kind`);
    add(meeting.locationSpan, 'place', `Place: ${[meeting.city, meeting.countryCode].filter(Boolean).join(', ')}`, `m${m}-city`);
    meeting.participants.forEach((participant, p) => {
      add(participant.span, 'person', `Participant: ${participant.name}`, `m${m}-p${p}-name`);
      add(participant.titleSpan, 'title', `Title of ${participant.name}: ${participant.title ?? ''}`, `m${m}-p${p}-title`);
    });
    meeting.statements.forEach((statement, s) => {
      const speaker = statement.speakerKey ? ` by ${nameOf(statement.speakerKey)}` : '';
      add(statement.span, 'statement', `Statement (${statement.kind})${speaker}`, `m${m}-s${s}-speaker`);
    });
    meeting.initiatives.forEach((initiative, i) => {
      add(initiative.span, 'initiative', `Initiative: ${initiative.name} (${initiative.status})`, `m${m}-i${i}-slug`);
    });
  });
  return facts;
}

const ordered = (spans) => [...spans].sort((a, b) => a.start - b.start || b.end - a.end);

function mark(fact) {
  // Focusable, so that a highlight leads to its control from the keyboard as from the mouse (Enter or Space).
  return h('mark', { class: `hl hl-${fact.kind}`, title: fact.label, 'data-target': fact.target, tabindex: '0' });
}

function renderRange(parent, text, from, to, spans) {
  let cursor = from;
  let rest = ordered(spans);
  while (rest.length) {
    const [first, ...others] = rest;
    if (first.start > cursor) parent.append(text.slice(cursor, first.start));
    const inside = [];
    const after = [];
    for (const span of others) {
      if (span.start >= first.end) after.push(span);
      else if (span.end <= first.end) inside.push(span);
      else {
        inside.push({ ...span, end: first.end });
        after.push({ ...span, start: first.end });
      }
    }
    const element = mark(first);
    renderRange(element, text, first.start, first.end, inside);
    parent.append(element);
    cursor = first.end;
    rest = ordered(after);
  }
  if (cursor < to) parent.append(text.slice(cursor, to));
}

/** Fills `container` with `text`, each fact a <mark> with a class for its kind and a title saying what it is. */
export function renderHighlighted(container, text, facts) {
  container.replaceChildren();
  const inText = facts.filter((fact) => fact.start >= 0 && fact.end <= text.length);
  renderRange(container, text, 0, text.length, inText);
}
