import { api } from './api.js';
import { h } from './dom.js';

// After a commit: a link to each meeting, and the first one read back from the API as stored — participants by the
// names of the people they were linked to, statements by speaker, initiatives by name.

const include = 'include=participants,statements,initiatives';

export async function showCommitted(list, container, meetings) {
  list.replaceChildren(
    ...meetings.map((meeting) =>
      h('li', {}, h('a', { href: `/v1/meetings/${meeting.id}?${include}` }, `${meeting.title} (${meeting.date})`), ` · id ${meeting.id}`),
    ),
  );
  container.replaceChildren(h('p', {}, 'Reading the meeting back…'));
  const first = meetings[0];
  if (!first) return container.replaceChildren();
  const meeting = await api('GET', `/v1/meetings/${first.id}?${include}`);
  const people = new Map(
    await Promise.all(meeting.participants.map(async (p) => [p.personId, (await api('GET', `/v1/people/${p.personId}`)).name])),
  );
  const initiatives = await Promise.all(meeting.initiatives.map((link) => api('GET', `/v1/initiatives/${link.initiativeId}`)));
  const speakerOf = (participantId) => {
    const participant = meeting.participants.find((p) => p.id === participantId);
    return participant ? people.get(participant.personId) : null;
  };
  const entry = (term, ...description) => [h('dt', {}, term), h('dd', {}, ...description)];
  container.replaceChildren(
    h('h3', {}, `As stored: ${meeting.title}`),
    h(
      'dl',
      { class: 'readback' },
      entry('Date', meeting.date),
      entry('Kind', meeting.kind.replaceAll('_', ' ')),
      entry('Place', [meeting.city, meeting.countryCode].filter(Boolean).join(', ') || 'not recorded'),
    ),
    h('h4', {}, 'Participants'),
    h(
      'ul',
      { class: 'participants' },
      meeting.participants.map((p) =>
        h(
          'li',
          {},
          h('strong', { class: 'person-name' }, people.get(p.personId) ?? p.printedName),
          [p.title, p.countryCode ?? p.organization, p.role.replaceAll('_', ' ')]
            .filter(Boolean)
            .map((part) => ` · ${part}`)
            .join(''),
          h('span', { class: 'hint' }, ` (printed “${p.printedName}”)`),
        ),
      ),
    ),
    h('h4', {}, 'Statements'),
    h(
      'ol',
      {},
      meeting.statements.map((s) => h('li', {}, s.speakerId ? h('strong', {}, `${speakerOf(s.speakerId) ?? 'unknown'}: `) : null, s.text)),
    ),
    h('h4', {}, 'Initiatives'),
    h(
      'ul',
      {},
      meeting.initiatives.map((link, index) => h('li', {}, `${initiatives[index]?.name ?? link.initiativeId} (${link.status})`)),
    ),
  );
}
