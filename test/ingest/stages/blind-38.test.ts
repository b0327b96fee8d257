import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { defaultInitiatives } from '../../../src/ingest/lexicon/initiative-catalog.js';

// Classes found while tuning on blind set 38, each written as the class with its variants and, where a neighbouring
// case must not change, that case.

const base: ExtractOptions = { initiatives: defaultInitiatives, people: [], publishedAt: '2023-09-14' };
const draftOf = (text: string, options: Partial<ExtractOptions> = {}) => extractReadout(text, { ...base, ...options });
const participants = (text: string, options: Partial<ExtractOptions> = {}) =>
  draftOf(text, options).meetings.flatMap((m) => m.participants);

describe('a title after a dash, however spaced, is the name’s before it', () => {
  it.each([
    ['Hon. Barnaba Marial Benjamin -Minister of Presidential Affairs', 'Barnaba Marial Benjamin', 'Minister of Presidential Affairs'],
    ['Hon. Dr. Martin Elia Lomuro- Minister of Cabinet Affairs', 'Martin Elia Lomuro', 'Minister of Cabinet Affairs'],
    ['Hon. James Pitia Morgan - Minister of Foreign Affairs', 'James Pitia Morgan', 'Minister of Foreign Affairs'],
    ['Hon. James Pitia Morgan – Minister of Foreign Affairs', 'James Pitia Morgan', 'Minister of Foreign Affairs'],
  ])('"%s"', (member, name, title) => {
    const text = `President Yoweri Museveni met President Salva Kiir at State House Entebbe today. The South Sudan delegation included ${member}, among others.`;
    const found = participants(text).find((p) => p.name === name);
    expect(found?.title).toBe(title);
  });

  it('a hyphenated name broken after its hyphen stays one name ("Natalie Campbell- Rodriques")', () => {
    const text = 'Foreign Minister Kamina Johnson Smith met Ambassador Natalie Campbell- Rodriques in Kingston today.';
    expect(participants(text).map((p) => p.printedName)).toContain('Natalie Campbell- Rodriques');
  });

  it('one capitalised word before a dash is no name: a headline credits what it quotes', () => {
    const text =
      'Why Some Federal Workers Have Not Received Salaries - Finance Minister\n\nPresident Muhammadu Buhari met President Nana Akufo-Addo in Abuja today.';
    expect(participants(text).map((p) => p.name)).not.toContain('Salaries');
  });
});

describe('a delegation named by a country of several words is of that country', () => {
  it.each([
    ['The South Sudan delegation included Hon. Barnaba Marial Benjamin.', 'SS'],
    ['The Sri Lanka delegation included Mr Ali Sabry.', 'LK'],
    ['The Sudan delegation included Hon. Barnaba Marial Benjamin.', 'SD'],
  ])('"%s"', (sentence, country) => {
    const text = `President Yoweri Museveni met President Salva Kiir at State House Entebbe today. ${sentence}`;
    const member = participants(text).find((p) => /Benjamin|Sabry/.test(p.name));
    expect(member?.countryCode).toBe(country);
  });

  it.each([
    ['the South Sudan delegation', 'SS'],
    ['the Sudan delegation', 'SD'],
    ['the Sri Lanka delegation', 'LK'],
  ])('who leads %s is of its country', (delegation, country) => {
    const text = `President Yoweri Museveni received ${delegation} headed by Barnaba Marial Benjamin at State House Entebbe today.`;
    expect(participants(text).find((p) => p.name === 'Barnaba Marial Benjamin')?.countryCode).toBe(country);
  });
});

describe('"the prime ministers of A, X, and B, Y": each name after its country', () => {
  it.each([
    [
      'The prime ministers of Barbados, Mia Mottley, and Cuba, Manuel Marrero, met in Nassau on 16 August.',
      { 'Mia Mottley': 'BB', 'Manuel Marrero': 'CU' },
    ],
    [
      'He met his counterparts from Greece, Nikos Kotzias; the Netherlands, Bert Koenders; and Denmark, Kristian Jensen, in Brussels on 19 May.',
      { 'Nikos Kotzias': 'GR', 'Bert Koenders': 'NL', 'Kristian Jensen': 'DK' },
    ],
    // The names follow the list of countries: in its order, not the last country's.
    [
      'The Foreign Ministers of Armenia and Greece, Edward Nalbandian and Dimitris Avramopoulos, held talks in Athens on 15 March.',
      { 'Edward Nalbandian': 'AM', 'Dimitris Avramopoulos': 'GR' },
    ],
    [
      'The Foreign Ministers of Azerbaijan, Georgia and Turkey, Elmar Mammadyarov, Davit Zalkaliani and Mevlut Çavuşoğlu, respectively, met in Istanbul on 29 October.',
      { 'Elmar Mammadyarov': 'AZ', 'Davit Zalkaliani': 'GE', 'Mevlut Çavuşoğlu': 'TR' },
    ],
  ])('"%s"', (text, countries) => {
    const found = Object.fromEntries(
      participants(`Foreign Minister Ana Silva said so. ${text}`)
        .filter((p) => p.name in countries)
        .map((p) => [p.name, p.countryCode]),
    );
    expect(found).toEqual(countries);
  });
});

describe('a body that reports for someone is no person, and what it reports is the speaker’s', () => {
  const lead = 'President Gotabaya Rajapaksa met Indian Foreign Minister S Jaishankar in New Delhi on 29 November.';
  it.each([
    'President’s Media Unit stated that the Indian Foreign Minister hailed President Rajapaksa for his visit.',
    'The Presidential Media Division said that the Indian Foreign Minister hailed President Rajapaksa for his visit.',
    'The Press Bureau noted that Minister Jaishankar hailed President Rajapaksa for his visit.',
    'The Ministry said that the Indian Foreign Minister hailed President Rajapaksa for his visit.',
  ])('"%s"', (sentence) => {
    const [meeting] = draftOf(`${lead}\n\n${sentence}`, { publishedAt: '2019-11-29' }).meetings;
    expect(meeting?.participants.map((p) => p.name).sort()).toEqual(['Gotabaya Rajapaksa', 'S Jaishankar']);
    const jaishankar = meeting?.participants.find((p) => p.name === 'S Jaishankar');
    expect(meeting?.statements.filter((s) => s.kind !== 'narrative').map((s) => s.speakerKey)).toEqual([jaishankar?.key]);
  });

  it('a meeting a press unit reports ("The Presidential Media Division said that X met with Y") is a meeting', () => {
    const text =
      'The Presidential Media Division said that Sri Lankan President Gotabaya Rajapaksa met with Indian Prime Minister Narendra Modi a short while ago for bilateral discussions.';
    expect(draftOf(text).meetings.map((m) => m.participants.map((p) => p.name))).toEqual([['Gotabaya Rajapaksa', 'Narendra Modi']]);
  });
});

describe('a candidate initiative’s name', () => {
  const slugs = (sentence: string) =>
    draftOf(`Foreign Minister Enrique Manalo met Foreign Minister Retno Marsudi in Manila on 3 May 2024.\n\n${sentence}`).meetings.flatMap(
      (m) => m.initiatives.map((i) => i.slug),
    );
  it.each([
    ['They affirmed the United Nations Convention on the Law of the Sea.', 'united-nations-convention-on-the-law-of-the-sea'],
    ['They discussed the Convention on the Rights of the Child.', 'convention-on-the-rights-of-the-child'],
    ['Addressing the Forum on Mitigation, Manalo spoke of climate finance.', 'forum-on-mitigation'],
    ['Attending the Summit on Climate Finance, Manalo spoke of adaptation.', 'summit-on-climate-finance'],
  ])('"%s" → %s', (sentence, slug) => {
    expect(slugs(sentence)).toContain(slug);
  });

  it('two names joined by "and the" stay two', () => {
    const found = slugs('They recalled the L.A. Declaration on Migration and Protection and the Agricultural Producers Declaration.');
    expect(found).toContain('agricultural-producers-declaration');
    expect(found.some((slug) => slug.includes('protection-and'))).toBe(false);
  });
});

describe('a title in apposition after "the visiting"', () => {
  it.each([
    ['Amir Ohana, the visiting Speaker of the Israeli Parliament', 'Amir Ohana', 'IL'],
    ['Amir Ohana, the Speaker of the Israeli Parliament', 'Amir Ohana', 'IL'],
    ['Retno Marsudi, the visiting Foreign Minister of Indonesia', 'Retno Marsudi', 'ID'],
  ])('"%s"', (named, name, country) => {
    const text = `Georgian Foreign Minister Ilia Darchiashvili on Monday discussed bilateral cooperation with ${named}, in Tbilisi.`;
    const found = participants(text).find((p) => p.name === name);
    expect([found?.title !== null, found?.countryCode]).toEqual([true, country]);
  });
});

describe('a city naming the meeting ("in the Tbilisi meeting") places it', () => {
  const lead = 'Georgian Foreign Minister Ilia Darchiashvili on Monday discussed bilateral cooperation with Foreign Minister Eli Cohen';
  it.each([
    [`${lead}, hailing the partnership in the Tbilisi meeting.`, 'Tbilisi'],
    [`${lead}, hailing the partnership at the Tbilisi talks.`, 'Tbilisi'],
    // A city that opens an accord's or a group's name is no place of the meeting.
    [`${lead}, hailing the partnership in the Minsk format.`, null],
    [`${lead}, hailing the partnership in the Tbilisi Declaration.`, null],
  ])('"%s"', (text, city) => {
    expect(draftOf(text).meetings[0]?.city).toBe(city);
  });
});

describe('"he was received by X": the one received is the readout’s principal (new-user trial)', () => {
  it.each([
    ['On 20 June, he was received by President William Ruto at State House.'],
    ['On 20 June, she was warmly received by President William Ruto at State House.'],
    ['Later, he was hosted by President William Ruto at State House.'],
  ])('"%s"', (sentence) => {
    const text = `Foreign Minister Sayyid Badr Albusaidi arrived in Nairobi on 19 June 2024 for an official visit to Kenya.\n\n${sentence}`;
    const [meeting] = draftOf(text, { publishedAt: '2024-06-22' }).meetings;
    expect(meeting?.participants.map((p) => [p.name, p.role])).toEqual([
      ['William Ruto', 'host'],
      ['Sayyid Badr Albusaidi', 'guest'],
    ]);
  });

  it('a headline’s pronoun stands for no one', () => {
    const text = 'He was received by President William Ruto\n\nForeign Minister Sayyid Badr Albusaidi visited Nairobi on 20 June 2024.';
    expect(draftOf(text).meetings.flatMap((m) => m.participants.map((p) => p.name))).not.toContain('Sayyid Badr Albusaidi');
  });
});

describe('a place in what someone says, outside the sentence that reports the meeting, is a topic (new-user trial)', () => {
  const lead = 'Omani Foreign Minister Sayyid Badr Albusaidi held talks with Kenyan Foreign Minister Musalia Mudavadi on 21 June 2024.';
  it.each([
    ['Albusaidi said Oman would invest in the port of Lamu.', null],
    ['Albusaidi said that Omani firms had invested in the port of Mombasa.', null],
    ['Mudavadi stressed that trade had grown in the city of Mombasa.', null],
    // Where they spoke, or a meeting told inside what was said, is where the meeting was.
    ['Albusaidi said in Nairobi that trade had grown.', 'Nairobi'],
    ['Albusaidi told reporters in Nairobi that trade had grown.', 'Nairobi'],
    ['Albusaidi said he hoped for progress as the two met in Nairobi.', 'Nairobi'],
  ])('"%s"', (sentence, city) => {
    expect(draftOf(`${lead}\n\n${sentence}`, { publishedAt: '2024-06-22' }).meetings[0]?.city ?? null).toBe(city);
  });
});

describe('a city printed right after a venue’s name, with or without a comma', () => {
  it.each([
    ['at State House Entebbe', 'Entebbe'],
    ['at State House, Entebbe', 'Entebbe'],
    ['at the Presidential Palace Dili', 'Dili'],
    ['at Lancaster House London', 'London'],
    // A weekday after a venue is no city.
    ['at the White House Monday', null],
  ])('"%s"', (venue, city) => {
    const text = `President Yoweri Museveni met President Salva Kiir ${venue} on 3 May 2023.`;
    expect(draftOf(text).meetings[0]?.city ?? null).toBe(city);
  });
});

describe('an unqualified title is the principal’s when the text qualifies the others by country', () => {
  const speakers = (text: string) => {
    const [meeting] = draftOf(text, { publishedAt: '2020-07-22' }).meetings;
    const name = (key: string | null) => meeting?.participants.find((p) => p.key === key)?.name ?? key;
    return meeting?.statements.filter((s) => s.kind !== 'narrative').map((s) => name(s.speakerKey));
  };
  it.each([
    'The premier said that Pakistan wants a relationship based on trust.',
    'Extending an invitation to the Bangladeshi prime minister to visit Pakistan, the premier said that Pakistan wants trust.',
    'The prime minister stressed that Pakistan wants trust.',
  ])('"%s"', (sentence) => {
    const text = `Prime Minister Imran Khan held a telephone call with Prime Minister Sheikh Hasina of Bangladesh on Tuesday.\n\n${sentence}`;
    expect(speakers(text)).toEqual(['Imran Khan']);
  });

  it('both qualified, or neither: the title stays nobody’s', () => {
    for (const lead of [
      'Pakistani Prime Minister Imran Khan held a telephone call with Prime Minister Sheikh Hasina of Bangladesh on Tuesday.',
      'Prime Minister Imran Khan held a telephone call with Prime Minister Sheikh Hasina on Tuesday.',
    ])
      expect(speakers(`${lead}\n\nThe premier said that Pakistan wants trust.`)).toEqual([]);
  });
});
