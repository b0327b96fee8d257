import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

// New-user trial 123's extraction classes, with the neighbouring cases that must not change.

const base: ExtractOptions = { initiatives: [], people: [] };
const draftOf = (text: string) => extractReadout(text, base);
const people = (text: string) => draftOf(text).meetings.map((m) => m.participants.map((p) => [p.name, p.countryCode]));

describe('a family name that titles use as a qualifier', () => {
  it.each(['Urban', 'Urbán', 'Rural', 'Housing'])('"Foreign Minister Karin %s of Sweden" keeps it', (surname) => {
    const text = `On 4 September 2026, Foreign Minister David Duran of Spain met Foreign Minister Karin ${surname} of Sweden in Stockholm.`;
    expect(people(text)[0]).toContainEqual([`Karin ${surname}`, 'SE']);
  });

  it('and another Karin of the readout is not taken for her', () => {
    const text = [
      'On 1 September 2026, Foreign Minister Karin Kovacs of Romania met Foreign Minister Paul Weber of Germany in Berlin.',
      'On 4 September 2026, Foreign Minister David Duran of Spain met Foreign Minister Karin Urban of Sweden in Stockholm.',
    ].join('\n\n');
    expect(
      people(text)[1]
        ?.map(([name]) => name)
        .sort(),
    ).toEqual(['David Duran', 'Karin Urban']);
  });

  it.each([
    ['Foreign Minister Pekka Haavisto met Minister of Urban Development Anna Berg in Oslo on 3 May 2024.', ['Pekka Haavisto', 'Anna Berg']],
    ['Foreign Minister Pekka Haavisto met Anna Berg at the State Guest House in Oslo on 3 May 2024.', ['Pekka Haavisto', 'Anna Berg']],
  ])('neighbours stay: "%s"', (text, names) => {
    expect(people(text)[0]?.map(([name]) => name)).toEqual(names);
  });
});

describe('the parties of an agreement named after "between"', () => {
  it.each([
    'between the Ministry of Foreign and Diaspora Affairs of Kenya and the Ministry of Foreign Affairs of Brazil',
    'between the Government of Kenya and the Government of Brazil',
    'between Kenya and Brazil',
  ])('"… %s" are no part of its name, which is its parties’', (between) => {
    const text = `Cabinet Secretary Musalia Mudavadi of Kenya met Foreign Minister Mauro Vieira of Brazil in Nairobi on 6 May 2024. The two signed a Memorandum of Understanding on Political Consultations ${between}.`;
    const [initiative] = draftOf(text).meetings[0]!.initiatives;
    expect([initiative?.name, initiative?.slug]).toEqual([
      'Memorandum of Understanding on Political Consultations',
      'memorandum-of-understanding-on-political-consultations-br-ke',
    ]);
  });
});
