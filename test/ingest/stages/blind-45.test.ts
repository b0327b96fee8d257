import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { defaultInitiatives } from '../../../src/ingest/lexicon/initiative-catalog.js';

// Classes found while tuning on blind set 45, each written as the class with its variants and, where a neighbouring
// case must not change, that case.

const base: ExtractOptions = { initiatives: defaultInitiatives, people: [], publishedAt: '2023-10-02' };
const meetings = (text: string) => extractReadout(text, base).meetings;
const countries = (text: string) => meetings(text).map((m) => Object.fromEntries(m.participants.map((p) => [p.name, p.countryCode])));

describe('a demonym two states share means the one the readout names ("Congolese", "Dominican")', () => {
  it.each([
    [
      'Congo-Brazzaville: Gabonese President Brice Oligui Nguema met with Congolese Head of State Denis Sassou-Nguesso in Oyo on 1 October 2023.',
      'Denis Sassou-Nguesso',
      'CG',
    ],
    [
      'Gabonese President Brice Oligui Nguema met with Congolese President Denis Sassou-Nguesso in Oyo, Republic of the Congo, on 1 October 2023.',
      'Denis Sassou-Nguesso',
      'CG',
    ],
    // The Democratic Republic of the Congo named, or neither: the demonym's usual state.
    [
      'Angolan President João Lourenço met with Congolese President Félix Tshisekedi on 1 October 2023 to discuss the east of the DRC.',
      'Félix Tshisekedi',
      'CD',
    ],
    ['Angolan President João Lourenço met with Congolese President Félix Tshisekedi on 1 October 2023.', 'Félix Tshisekedi', 'CD'],
    [
      'Congolese President Félix Tshisekedi met Congo-Brazzaville’s President Denis Sassou-Nguesso and the DRC delegation on 1 October 2023.',
      'Félix Tshisekedi',
      'CD',
    ],
    [
      'Prime Minister Roosevelt Skerrit of Dominica met with Dominican Foreign Minister Roberto Álvarez in Roseau on 1 October 2023.',
      'Roberto Álvarez',
      'DM',
    ],
    [
      'Haitian Prime Minister Ariel Henry met with Dominican Foreign Minister Roberto Álvarez in Santo Domingo, Dominican Republic, on 1 October 2023.',
      'Roberto Álvarez',
      'DO',
    ],
    ['Haitian Prime Minister Ariel Henry met with Dominican Foreign Minister Roberto Álvarez on 1 October 2023.', 'Roberto Álvarez', 'DO'],
  ])('%s → %s of %s', (text, name, code) => {
    expect(countries(text)[0]?.[name]).toBe(code);
  });
});

describe('"met his counterparts from three countries … The trio of A, B and C arrived …": one table with all of them', () => {
  const lead =
    'President Bola Tinubu on Tuesday met his counterparts from three West African countries at the Presidential Villa, Abuja.\n\n';
  it.each([
    'The trio of Benin Republic President, Patrice Talon, Guinea Bissau President Umaro Sissoco Embalo, and his Niger Republic counterpart, Mohammed Bazoum, arrived at the State House at mid-day for a private meeting.',
    'The three leaders, Benin Republic President Patrice Talon, Guinea Bissau President Umaro Sissoco Embalo and Niger Republic President Mohammed Bazoum, were ushered to the president’s office.',
  ])('%s', (second) => {
    const [meeting, ...more] = extractReadout(lead + second, base).meetings;
    expect(more).toEqual([]);
    expect(meeting?.kind).toBe('multilateral');
    expect(Object.fromEntries(meeting!.participants.map((p) => [p.name, p.countryCode]))).toMatchObject({
      'Patrice Talon': 'BJ',
      'Umaro Sissoco Embalo': 'GW',
      'Mohammed Bazoum': 'NE',
    });
  });

  it('"The two leaders, along with X, …" after two people came together tells of those two, and splits nothing', () => {
    const text =
      'Today in Apia, New Zealand’s Foreign Minister, Winston Peters, and Samoa’s Prime Minister, Fiame Naomi Mata’afa, came together to sign a renewed Statement of Partnership. The two leaders, along with Minister of Health Dr Shane Reti, had arrived in Samoa on Monday.';
    const found = extractReadout(text, base).meetings;
    expect(found).toHaveLength(1);
    expect(found[0]!.participants.map((p) => p.name)).toEqual(expect.arrayContaining(['Winston Peters', 'Fiame Naomi Mata’afa']));
    expect(found[0]!.kind).not.toBe('multilateral');
  });
});

describe('a meeting that is the purpose of a trip still to come is no meeting of the readout', () => {
  const lead =
    'Iranian Foreign Minister Mohammad Javad Zarif met his Norwegian counterpart Ine Marie Eriksen Søreide in Oslo on 22 August 2019.\n\n';
  const people = (text: string) => extractReadout(lead + text, base).meetings.map((m) => m.participants.map((p) => p.name).sort());
  it.each([
    'He will leave Norway for France to meet with French President Emmanuel Macron and Foreign Minister Jean-Yves Le Drian.',
    'Zarif is due to travel to Paris on Monday to hold talks with French President Emmanuel Macron.',
    'He plans to stop in Paris on his way home to meet French President Emmanuel Macron.',
  ])('%s', (second) => {
    expect(people(second)).toEqual([['Ine Marie Eriksen Søreide', 'Mohammad Javad Zarif']]);
  });

  it('a trip that took place, to meet someone, is a meeting', () => {
    expect(people('He then travelled to Paris on 23 August to meet with French President Emmanuel Macron.')).toHaveLength(2);
  });
});

describe('"A, and his counterpart, B, agreed …": two subjects with a comma before "and" speak together', () => {
  const speakersOf = (text: string) =>
    extractReadout(text, base).meetings.flatMap((m) =>
      m.statements
        .filter((s) => s.kind !== 'narrative')
        .map((s) => (s.speakerKey === null ? 'joint' : m.participants.find((p) => p.key === s.speakerKey)?.name)),
    );
  const lead = 'President Rodrigo Chaves met President Xiomara Castro of Honduras in San José on 20 June 2024.\n\n';
  it.each([
    ['The President of Costa Rica, Rodrigo Chaves, and his Honduran counterpart, Xiomara Castro, agreed to reactivate SICA.', ['joint']],
    ['Rodrigo Chaves, and his Honduran counterpart Xiomara Castro, stressed the need to reactivate SICA.', ['joint']],
    ['Chaves and her Honduran counterpart, Xiomara Castro, agreed to reactivate SICA.', ['joint']],
    // One subject, the other named in what it said: that subject speaks.
    ['Chaves said that SICA was stagnant, and that Castro shared the view.', ['Rodrigo Chaves']],
  ])('%s', (second, expected) => {
    expect(speakersOf(lead + second)).toEqual(expected);
  });
});

describe('"the heads of the two states" are the sides together', () => {
  const lead =
    'On July 24, 2020, a telephone conversation took place between President of Turkmenistan Gurbanguly Berdimuhamedov and President of the Republic of Uzbekistan Shavkat Mirziyoyev.\n\n';
  it.each([
    'Touching upon the pandemic, which has a negative impact on international economic relations, the heads of the two states noted the coordinated approach.',
    'The heads of the two fraternal countries also exchanged views on topical issues of the international agenda.',
    'The heads of both states stressed the importance of the Aral Sea.',
  ])('%s', (second) => {
    const [meeting] = extractReadout(lead + second, base).meetings;
    expect(meeting!.statements.filter((s) => s.kind !== 'narrative').map((s) => s.kind)).toEqual(['joint']);
  });
});

describe('"her Ethiopian counterpart to Kenya X": an envoy of the demonym’s country, accredited to the other', () => {
  const lead =
    'President Uhuru Kenyatta held talks with Ethiopian President Sahle-Work Zewde at State House, Nairobi, on March 12, 2020.\n\n';
  it.each([
    [
      'The meeting was attended by Kenya’s Ambassador to Ethiopia Catherine Mwangi and her Ethiopian counterpart to Kenya Meles Alem Tikea.',
      'Meles Alem Tikea',
      'ET',
    ],
    [
      'Also present were Ambassador Catherine Mwangi and her Ethiopian counterpart to the Republic of Kenya, Meles Alem Tikea.',
      'Meles Alem Tikea',
      'ET',
    ],
    // "counterpart from" still names the person's own country.
    ['Also present was Ambassador Catherine Mwangi and her counterpart from Ethiopia, Meles Alem Tikea.', 'Meles Alem Tikea', 'ET'],
  ])('%s', (second, name, code) => {
    const [meeting] = extractReadout(lead + second, base).meetings;
    const person = meeting!.participants.find((p) => p.name === name);
    expect(person).toMatchObject({ countryCode: code, role: 'guest' });
  });
});

describe('the day of a reporting verb ("revealed on Monday night that … he met …") dates the report, not the meeting', () => {
  const dated = (text: string) => extractReadout(text, { ...base, publishedAt: '2021-05-25' }).meetings.map((m) => m.date);
  it.each([
    'Haitian President Jovenel Moise revealed on Monday night that during his stay in Ecuador for the inauguration, he met with Dominican President Luis Abinader.',
    'Haitian President Jovenel Moise disclosed on Monday that during his stay in Ecuador he held talks with Dominican President Luis Abinader.',
    'Haitian President Jovenel Moise announced late on Monday evening that during the summit in Quito he met with Dominican President Luis Abinader.',
  ])('%s', (text) => {
    expect(dated(text)).toEqual([null]);
  });

  it('a day the meeting sentence gives the meeting is still its day', () => {
    expect(dated('Haitian President Jovenel Moise met with Dominican President Luis Abinader on Monday night in Quito.')).toEqual([
      '2021-05-24',
    ]);
  });
});
