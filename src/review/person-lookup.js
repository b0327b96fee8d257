import { api } from './api.js';
import { h } from './dom.js';

// Linking a participant to a stored person: GET /v1/people?q=<name> (fuzzy, best match first), then the editor picks
// one (the participant carries its personId) or none (the commit creates the person).

export function personLookup({ id, participant, changed }) {
  const status = h('p', { id: `${id}-status`, class: 'hint person-status' });
  const results = h('div', { id: `${id}-results`, class: 'person-results', 'aria-live': 'polite' });
  const showStatus = (person) => {
    status.textContent = participant.personId
      ? `Linked to the stored person ${person?.name ?? participant.personId}: the stored person's name is kept; Unlink to store the name above as a new person.`
      : 'Not linked: committing creates a new person with this name.';
    unlink.hidden = !participant.personId;
  };
  const link = (person) => {
    participant.personId = person?.id ?? null;
    showStatus(person);
    changed();
  };
  const unlink = h('button', { type: 'button', onclick: () => link(null) }, 'Unlink');

  async function find() {
    results.replaceChildren(h('p', {}, `Looking up “${participant.name}”…`));
    try {
      const page = await api('GET', `/v1/people?q=${encodeURIComponent(participant.name)}&limit=5`);
      const name = `${id}-choice`;
      const option = (person, index) => {
        const optionId = `${id}-choice-${index}`;
        const about = person
          ? [person.countryCode, person.aliases?.length ? `also ${person.aliases.join(', ')}` : null].filter(Boolean).join('; ')
          : 'a new person is created';
        const checked = (person?.id ?? null) === participant.personId;
        return h(
          'div',
          { class: 'choice' },
          h('input', { type: 'radio', id: optionId, name, checked, onchange: () => link(person) }),
          h('label', { for: optionId }, person ? person.name : 'None of them', about ? h('span', { class: 'hint' }, ` (${about})`) : null),
        );
      };
      results.replaceChildren(
        page.data.length
          ? h(
              'fieldset',
              {},
              h('legend', {}, `Stored people like “${participant.name}”`),
              page.data.map(option),
              option(null, page.data.length),
            )
          : h('p', {}, `No stored person is named like “${participant.name}”.`),
      );
    } catch (problem) {
      results.replaceChildren(h('p', { class: 'problem' }, `${problem.title}: ${problem.detail}`));
    }
  }

  showStatus(null);
  // A participant the extractor matched to a stored person: say who, by name.
  if (participant.personId)
    void api('GET', `/v1/people/${participant.personId}`).then(
      (person) => person.id === participant.personId && showStatus(person),
      () => undefined,
    );
  const button = h('button', { type: 'button', id: `${id}-find`, onclick: () => void find() }, 'Find stored person');
  return h('div', { class: 'person-lookup' }, status, h('div', { class: 'buttons' }, button, unlink), results);
}
