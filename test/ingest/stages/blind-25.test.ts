import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

// Classes found while tuning on blind set 24's successor, blind set 25, after its first run (each written as the class,
// with its variants).

const base: ExtractOptions = { initiatives: [], people: [], publishedAt: '2021-01-22' };
const namesOf = (text: string) => extractReadout(text, base).meetings.map((m) => m.participants.map((p) => p.name).sort());
const peopleOf = (text: string) =>
  extractReadout(text, base).meetings.map((m) => m.participants.map((p) => [p.name, p.title, p.countryCode]));

describe('credentials received "of", "from" or "presented by" an envoy', () => {
  it.each([
    'President Milorad Dodik received on Friday the letter of credence presented by new Ambassador of the Russian Federation Igor Kalabukhov.',
    'President Milorad Dodik received the letters of credence of the new Ambassador of the Russian Federation, Igor Kalabukhov, on Friday.',
    'President Milorad Dodik received the credentials of new Ambassador of the Russian Federation Igor Kalabukhov.',
    'President Milorad Dodik received a copy of the credentials of new Ambassador of the Russian Federation Igor Kalabukhov.',
    'President Milorad Dodik received the letter of credence from new Ambassador of the Russian Federation Igor Kalabukhov.',
    'President Milorad Dodik received the credentials presented by new Ambassador of the Russian Federation Igor Kalabukhov.',
    'President Milorad Dodik received the credential letters of new Ambassador of the Russian Federation Igor Kalabukhov.',
    'President Milorad Dodik on Friday received the letters of accreditation of new Ambassador of the Russian Federation Igor Kalabukhov.',
  ])('%s', (text) => {
    expect(namesOf(text)).toEqual([['Igor Kalabukhov', 'Milorad Dodik']]);
  });
});

describe('a full name without a title that opens a sentence of the body, right before its meeting verb, is its subject', () => {
  const headline = 'Presidency chairman receives new ambassador\n\n';
  it.each([
    'Milorad Dodik met Igor Kalabukhov on Friday.',
    'Milorad Dodik received on Friday the new Ambassador of Russia, Igor Kalabukhov.',
    'On Friday, Milorad Dodik met Igor Kalabukhov.',
    'Milorad Dodik also met with Igor Kalabukhov in Sarajevo.',
    'Milorad Dodik held talks with Russian Ambassador Igor Kalabukhov.',
  ])('%s', (text) => {
    expect(namesOf(headline + text)).toEqual([['Igor Kalabukhov', 'Milorad Dodik']]);
  });

  it.each([
    // a capitalised phrase in a title-case line is no person
    ['Presidency Chairman Receives Letters of Credence of Ambassador Igor Kalabukhov', [['Igor Kalabukhov']]],
    // a name that does not open its clause is left to the other rules
    ['The office of Milorad Dodik received Russian Ambassador Igor Kalabukhov on Friday.', [['Igor Kalabukhov']]],
  ])('not: %s', (text, expected) => {
    expect(namesOf(`Note\n\n${text}`)).toEqual(expected);
  });
});

describe('a body the lexicon does not know, then "of" and a country, is part of the title', () => {
  it.each([
    [
      'Chairman of the Presidency of Bosnia and Herzegovina Milorad Dodik received Russian Ambassador Igor Kalabukhov.',
      'Chairman of the Presidency',
      'BA',
    ],
    [
      'Speaker of the Seimas of Lithuania Viktorija Čmilytė-Nielsen received Russian Ambassador Igor Kalabukhov.',
      'Speaker of the Seimas',
      'LT',
    ],
    [
      'President of the Storting of Norway Masud Gharahkhani received Russian Ambassador Igor Kalabukhov.',
      'President of the Storting',
      'NO',
    ],
  ])('%s', (text, title, country) => {
    const [host] = peopleOf(text)[0] ?? [];
    expect(host?.slice(1)).toEqual([title, country]);
  });
});

describe('an initial of one or two letters written onto the name ("Kh.Battulga") is part of it', () => {
  it.each([
    ['On September 17, President Kh.Battulga received Ambassador of Indonesia Djauhari Oratmangun.', 'Kh.Battulga'],
    ['President Ts.Elbegdorj met Russian Foreign Minister Sergey Lavrov in Ulaanbaatar.', 'Ts.Elbegdorj'],
    ['President U.Khurelsukh received Ambassador of Indonesia Djauhari Oratmangun.', 'U.Khurelsukh'],
    ['Foreign Minister D.Tsogtbaatar received Ambassador of Indonesia Djauhari Oratmangun.', 'D.Tsogtbaatar'],
  ])('%s', (text, name) => {
    const names = namesOf(text);
    expect(names).toHaveLength(1);
    expect(names[0]).toContain(name);
    expect(names[0]).toHaveLength(2);
  });

  it('a sentence that ends in an abbreviation followed by a space still ends there', () => {
    const text =
      'Foreign Minister Sergey Lavrov met President Ts.Elbegdorj in Ulaanbaatar. Lavrov said Russia valued its ties with the U.S. He also met Prime Minister J.Erdenebat.';
    expect(extractReadout(text, base).meetings.flatMap((m) => m.participants.map((p) => p.name))).toEqual(
      expect.arrayContaining(['Ts.Elbegdorj', 'Sergey Lavrov']),
    );
  });
});

describe('an office named first, its holder named later without a title, doing what officials do, is one person', () => {
  it.each([
    [
      'Prime Minister of Georgia held a farewell meeting with H.E. Petr Mikyska, Ambassador of the Czech Republic, today. Irakli Garibashvili noted that bilateral relations are advancing. The Head of Government of Georgia expressed his gratitude to the diplomat.',
      ['Irakli Garibashvili', 'Prime Minister', 'GE'],
    ],
    [
      'The Foreign Minister of Ghana received the Ambassador of Chad, Mahamat Ali Hassan, today. Samuel Ablakwa stressed the importance of the ECOWAS protocols.',
      ['Samuel Ablakwa', 'Foreign Minister', 'GH'],
    ],
    [
      'The President of Namibia met the Ambassador of Chad, Mahamat Ali Hassan, today. Netumbo Nandi-Ndaitwah welcomed the visit. The Head of State wished him success.',
      ['Netumbo Nandi-Ndaitwah', 'President', 'NA'],
    ],
  ])('%s', (text, host) => {
    const [people] = peopleOf(text);
    expect(people).toContainEqual(host);
    expect(people).toHaveLength(2);
  });

  it('a name that only appears, doing nothing, is not taken for the office', () => {
    const text =
      'The Prime Minister of Georgia held a farewell meeting with H.E. Petr Mikyska, Ambassador of the Czech Republic, today. The Irakli Garibashvili Foundation sponsored the reception.';
    expect(peopleOf(text)[0]?.map(([name]) => name)).not.toContain('Irakli Garibashvili');
  });
});

describe('a dateline that ends in a comma after its year ("Rabat, August 21, 2023, In a recent development, …")', () => {
  it.each([
    [
      'Rabat, August 21, 2023, In a recent development, Foreign Minister Nasser Bourita met his Indian counterpart Subrahmanyam Jaishankar yesterday.',
      '2023-08-20',
      'Rabat',
    ],
    [
      'Rabat, 21 August 2023, Foreign Minister Nasser Bourita met his Indian counterpart Subrahmanyam Jaishankar yesterday.',
      '2023-08-20',
      'Rabat',
    ],
    ['Rabat, August 21, 2023, Foreign Minister Nasser Bourita met his Indian counterpart Subrahmanyam Jaishankar.', '2023-08-21', 'Rabat'],
  ])('%s', (text, date, city) => {
    const [meeting] = extractReadout(text, { ...base, publishedAt: null }).meetings;
    expect([meeting?.date, meeting?.city]).toEqual([date, city]);
  });
});

describe('the language an outlet writes in names no country of it', () => {
  const text = 'Russian Deputy Foreign Minister Vladimir Titov met Norwegian State Secretary Tore Hattrem for talks in Oslo on Monday.';
  it.each([
    ['News in English (newsinenglish.no, Norway)', 'NO'],
    ['Norway Today, English edition', 'NO'],
    ['Russian service of a Norwegian broadcaster', 'NO'],
  ])('%s', (publisher, hostCountry) => {
    const [meeting] = extractReadout(text, { ...base, publisher, publishedAt: '2015-10-13' }).meetings;
    expect(meeting?.participants.filter((p) => p.role === 'host').map((p) => p.countryCode)).toEqual([hostCountry]);
  });
});

describe('a sentence that sets the meeting after an earlier one tells of the earlier one in the past', () => {
  const lead =
    'Foreign Secretary David Lammy met Irish Tánaiste Micheál Martin in London on Thursday to discuss the relationship between the two countries.';
  it.each([
    'It follows on from Prime Minister Sir Keir Starmer’s visit to Dublin last month and his trip to Brussels on Wednesday where he met with European Commission President Ursula von der Leyen.',
    'This comes after Prime Minister Sir Keir Starmer met with European Commission President Ursula von der Leyen in Brussels.',
    'The meeting builds on talks Prime Minister Sir Keir Starmer held with European Commission President Ursula von der Leyen.',
  ])('%s', (background) => {
    expect(namesOf(`${lead} ${background}`)).toEqual([['David Lammy', 'Micheál Martin']]);
  });

  it('a meeting told in a sentence of its own is still one', () => {
    const text = `${lead} Later, Prime Minister Sir Keir Starmer met with European Commission President Ursula von der Leyen in Brussels.`;
    expect(namesOf(text)).toHaveLength(2);
  });
});
