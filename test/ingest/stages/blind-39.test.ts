import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { defaultInitiatives } from '../../../src/ingest/lexicon/initiative-catalog.js';

// Classes found while tuning on blind set 39, each written as the class with its variants and, where a neighbouring
// case must not change, that case.

const base: ExtractOptions = { initiatives: defaultInitiatives, people: [], publishedAt: '2024-05-17' };
const draftOf = (text: string, options: Partial<ExtractOptions> = {}) => extractReadout(text, { ...base, ...options });
const participants = (text: string) => draftOf(text).meetings.flatMap((m) => m.participants);
const speakers = (text: string) =>
  draftOf(text).meetings.flatMap((m) =>
    m.statements
      .filter((s) => s.kind !== 'narrative')
      .map((s) => (s.kind === 'joint' ? 'joint' : m.participants.find((p) => p.key === s.speakerKey)?.name)),
  );

describe('a meeting noun held, not planned, in a sentence that plans something else, is the cue of a readout with no meeting verb', () => {
  const body = (sentence: string) =>
    `Botswana and Namibia will deepen their cooperation, President Mokgweetsi Masisi announced.\n${sentence}\nPresident Masisi reaffirmed his commitment to working with President Nangolo Mbumba.\nPresident Mbumba stated that both nations would work together.`;
  it.each([
    'Responding to a question about the scheduled joint operations during a press conference following official talks in Swakopmund, President Masisi said peace mattered.',
    'Asked about the planned border post at a press conference after the talks in Swakopmund, President Masisi said peace mattered.',
  ])('"%s"', (sentence) => {
    const meetings = draftOf(body(sentence)).meetings;
    expect(meetings).toHaveLength(1);
    expect(meetings[0]?.participants.map((p) => p.name).sort()).toEqual(['Mokgweetsi Masisi', 'Nangolo Mbumba']);
  });

  it.each([
    'The official talks in Swakopmund are scheduled for next month, President Masisi said.',
    'President Masisi said talks in Swakopmund will be held next month.',
  ])('talks still to come are no cue: "%s"', (sentence) => {
    const text = `Botswana and Namibia will deepen their cooperation, President Mokgweetsi Masisi announced.\n${sentence}\nPresident Masisi reaffirmed his commitment to working with President Nangolo Mbumba.`;
    expect(draftOf(text).meetings).toHaveLength(0);
  });
});

describe('"…, X announced" and other verbs of speech tag a sentence with its speaker, whatever its subject', () => {
  it.each(['announced', 'declared', 'affirmed', 'observed', 'warned', 'acknowledged', 'assured', 'maintained'])(
    '"The two countries will hold joint exercises, President Masisi %s."',
    (verb) => {
      const text = `President Mokgweetsi Masisi met President Nangolo Mbumba in Swakopmund on Thursday.\nThe two countries will hold joint exercises every year, President Masisi ${verb}.`;
      expect(speakers(text)).toEqual(['Mokgweetsi Masisi']);
    },
  );

  it('without a tag, the two countries as subject stay joint', () => {
    const text = `President Mokgweetsi Masisi met President Nangolo Mbumba in Swakopmund on Thursday.\nThe two countries will hold joint exercises every year.`;
    expect(speakers(text)).toEqual(['joint']);
  });
});

describe('"the country’s President X" is of the country the sentence named before it', () => {
  it.each([
    ['arrived today in Nigeria for two days of talks with the country’s President Muhammadu Buhari', 'Muhammadu Buhari', 'NG'],
    ["arrived today in Ghana for talks with the country's President Nana Akufo-Addo", 'Nana Akufo-Addo', 'GH'],
    ['arrived in Kenya, then met the host country’s President William Ruto', 'William Ruto', 'KE'],
  ])('"%s"', (clause, name, country) => {
    const text = `President Julius Maada Bio of Sierra Leone ${clause}.`;
    expect(participants(text).find((p) => p.name === name)?.countryCode).toBe(country);
  });

  it('no country named before: none guessed', () => {
    const text = 'President Julius Maada Bio of Sierra Leone held talks with the country’s President Muhammadu Buhari.';
    expect(participants(text).find((p) => p.name === 'Muhammadu Buhari')?.countryCode ?? null).toBeNull();
  });
});

describe('where a report was issued is not where the meeting was', () => {
  it.each([
    'According to a State House report in Freetown, speaking at their meeting, President Buhari said they had much in common.',
    'In a statement issued in Freetown, speaking at their meeting, President Buhari said they had much in common.',
    'According to a press release from Freetown, at their meeting President Buhari said they had much in common.',
  ])('"%s"', (sentence) => {
    const text = `President Julius Maada Bio of Sierra Leone met President Muhammadu Buhari of Nigeria.\n${sentence}`;
    expect(draftOf(text).meetings[0]?.city ?? null).toBeNull();
  });

  it('"met in Freetown" still places it', () => {
    const text = 'President Julius Maada Bio of Sierra Leone met President Muhammadu Buhari of Nigeria in Freetown.';
    expect(draftOf(text).meetings[0]?.city).toBe('Freetown');
  });
});

describe('"the two presidents", "both prime ministers", "the heads of state": the sides together', () => {
  it.each([
    'On Tuesday evening, at a cocktail and informal dinner reception, the two Presidents briefly met.',
    'On Wednesday, at the State House, both prime ministers held talks.',
    'Later, at a dinner, the heads of state met again.',
  ])('what they did, told as narrative, is no passage: "%s"', (sentence) => {
    const text = `President Irfaan Ali met President Chandrikapersad Santokhi in Georgetown on Monday.\n${sentence}`;
    expect(speakers(text)).toEqual([]);
  });

  it.each([
    'The two presidents agreed to expand trade.',
    'Both presidents agreed to expand trade.',
    'The presidents agreed to expand trade.',
    'Both prime ministers reaffirmed their commitment to the partnership.',
    'The two premiers agreed to expand trade.',
    'The heads of state acknowledged the progress made.',
    'The two heads of government discussed regional security.',
    'During a meeting in Moscow, host of the regional summit, the two premiers agreed to expand joint actions.',
    'During the talks in Moscow, the two presidents agreed to expand joint actions.',
    'At the meeting, both heads of state welcomed the growth of trade.',
  ])('"%s"', (sentence) => {
    const text = `President Sauli Niinistö met President Vladimir Putin in Moscow on Friday.\n${sentence}`;
    expect(speakers(text)).toEqual(['joint']);
  });
});

describe('who tags a call with its source is no party to it', () => {
  it.each([
    'the presidential spokesman Bassam Rady said on Saturday',
    'presidential spokesman Bassam Rady said',
    'Ambassador Bassam Rady announced',
    'the official Bassam Rady told reporters',
  ])('"…, %s"', (tag) => {
    const text = `President Abdel Fattah El Sisi held a phone call with his Palestinian counterpart Mahmoud Abbas, ${tag}.`;
    expect(participants(text).map((p) => p.name)).toEqual(['Abdel Fattah El Sisi', 'Mahmoud Abbas']);
  });

  it('a third party listed after a comma without a tag stays', () => {
    const text =
      'President Abdel Fattah El Sisi held talks with President Mahmoud Abbas, King Abdullah II and Prime Minister Mohammed Shtayyeh.';
    expect(participants(text).map((p) => p.name)).toContain('Mohammed Shtayyeh');
  });
});
