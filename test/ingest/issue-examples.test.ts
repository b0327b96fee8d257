import { describe, expect, it } from 'vitest';
import type { KnownPerson, Span } from '../../src/ingest/draft.js';
import { extractReadout } from '../../src/ingest/extract.js';
import { defaultInitiatives } from '../../src/ingest/lexicon/initiative-catalog.js';
import { expectDraftConsistentWith } from './draft-assertions.js';
import { loadFixtures, scoreReadout, scoredFields } from './fixture-scoring.js';

// The texts of issue 9 that an earlier extractor got wrong, each a fixture (test/fixtures/readouts/issue-examples)
// with the values the issue states, and the cases it names besides: a weekday opening the lead, a Markdown headline,
// a stored person found by a name in another script.

const options = { initiatives: defaultInitiatives, people: [] };

describe.each(loadFixtures('issue-examples'))('issue example $slug', ({ slug, text, expected }) => {
  const draft = extractReadout(text, { ...options, publishedAt: expected.publishedAt, publisher: expected.publisher });

  it('gives a valid draft with one meeting', () => {
    expectDraftConsistentWith(text, draft);
    expect(draft.meetings).toHaveLength(1);
  });

  it('reads every field as the issue states it', () => {
    const score = scoreReadout(text, draft, expected);
    for (const field of scoredFields) {
      const { truePositives, predicted, expected: wanted } = score.fields[field];
      expect([field, truePositives, predicted], slug).toEqual([field, wanted, wanted]);
    }
  });
});

describe('what issue 9 names besides', () => {
  const at = (text: string, span: Span | null) => (span ? text.slice(span.start, span.end) : null);

  it('resolves "On Thursday" against the dateline and says so in the basis and confidence', () => {
    const { text } = loadFixtures('issue-examples').find((f) => f.slug === 'jp-takeda-marsudi-2022-06-09')!;
    const [meeting] = extractReadout(text, options).meetings;
    expect(meeting).toMatchObject({ date: '2022-06-09', datePrecision: 'day', dateBasis: 'weekday', kind: 'video_call' });
    expect(at(text, meeting!.dateSpan)).toBe('Thursday');
    expect(meeting!.dateConfidence).toBeLessThan(0.9);
    expect(meeting!.participants.map((p) => [p.name, p.countryCode])).toEqual([
      ['Hiroshi Takeda', 'JP'],
      ['Retno Marsudi', 'ID'],
    ]);
  });

  it.each([
    ['On Monday, Foreign Minister Anna Berg met Foreign Minister Pekka Laine of Finland in Stockholm.', '2024-05-13'],
    ['On Monday Foreign Minister Anna Berg met with Finnish Foreign Minister Pekka Laine in Stockholm.', '2024-05-13'],
    ['Last Friday, Foreign Minister Anna Berg held talks with Finnish Foreign Minister Pekka Laine in Stockholm.', '2024-05-10'],
    ['Yesterday Foreign Minister Anna Berg received Finnish Foreign Minister Pekka Laine in Stockholm.', '2024-05-14'],
  ])('never takes a weekday or a relative day for a person: %s', (lead, date) => {
    const text = `Foreign Minister meets Finnish counterpart\n\nSTOCKHOLM, 15 May 2024 – ${lead}`;
    const [meeting] = extractReadout(text, options).meetings;
    expect(meeting?.participants.map((p) => p.name)).toEqual(['Anna Berg', 'Pekka Laine']);
    expect(meeting?.date).toBe(date);
    expect(meeting?.city).toBe('Stockholm');
  });

  it.each(['# ', '## ', '### '])('takes a Markdown heading (%s) as the title, without its marker', (marker) => {
    const text = `${marker}Minister Aydin receives Kazakh counterpart\n\nMinister of Foreign Affairs Kemal Aydin held a meeting with Kazakh Foreign Minister Murat Nurtleu in Ankara on 11 October 2023.`;
    const draft = extractReadout(text, options);
    expect(draft.title).toBe('Minister Aydin receives Kazakh counterpart');
    expect(draft.titleSpan).toEqual({ start: marker.length, end: text.indexOf('\n') });
    expect(draft.meetings[0]?.participants.map((p) => p.name)).toEqual(['Kemal Aydin', 'Murat Nurtleu']);
  });

  it.each([
    ['Mukhtar Tleuberdi', 'Latin, another transliteration'],
    ['Mukhtar Tileuberdy', 'Latin, another transliteration'],
    ['Мұхтар Тілеуберді', 'Kazakh Cyrillic'],
    ['Мухтар Тлеуберди', 'Russian Cyrillic'],
  ])('links %s (%s) to the stored Mukhtar Tileuberdi', (printed) => {
    const tileuberdi: KnownPerson = {
      id: '0190a0b0-0000-7000-8000-000000000002',
      name: 'Mukhtar Tileuberdi',
      aliases: ['Tleuberdi'],
      countryCode: 'KZ',
    };
    const text = `Wang Yi meets Kazakh Foreign Minister\n\nOn 15 July 2021, Foreign Minister Wang Yi met with Kazakh Foreign Minister ${printed} in Tashkent.`;
    const draft = extractReadout(text, { initiatives: [], people: [tileuberdi] });
    const guest = draft.meetings[0]?.participants.find((p) => p.countryCode === 'KZ');
    expect(guest).toMatchObject({ personId: tileuberdi.id, name: 'Mukhtar Tileuberdi', printedName: printed });
  });
});
