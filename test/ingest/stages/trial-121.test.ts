import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

// New-user trial 121's extraction classes (its draft-limit class is in draft-limits.test.ts).

const base: ExtractOptions = { initiatives: [], people: [] };
const speakersOf = (text: string) =>
  extractReadout(text, base).meetings.map((m) =>
    m.statements.map((s) => (s.speakerKey ? m.participants.find((p) => p.key === s.speakerKey)?.name : s.kind)),
  );

describe('an office two participants hold, named by the words of one title', () => {
  it.each([
    [
      'Secretary of State Marco Rubio spoke on 3 March 2025 with Saudi Arabian Foreign Minister Faisal bin Farhan.',
      'The Foreign Minister emphasized the importance of the two-state solution.',
      'Faisal bin Farhan',
    ],
    [
      'Foreign Secretary David Lammy spoke with Japanese Foreign Minister Takeshi Iwaya on 3 March 2025.',
      'The Minister said Japan would continue to support Ukraine.',
      'Takeshi Iwaya',
    ],
    [
      'Foreign Secretary David Lammy spoke with Japanese Foreign Minister Takeshi Iwaya on 3 March 2025.',
      'The Foreign Secretary said the UK would continue to support Ukraine.',
      'David Lammy',
    ],
  ])('"%s %s" → %s', (lead, sentence, speaker) => {
    expect(speakersOf(`${lead} ${sentence}`)).toEqual([[speaker]]);
  });

  it('two holders whose titles both have the words keep the one who spoke last', () => {
    const text =
      'Foreign Minister Anna Alpha of Chile met Foreign Minister Bruno Beta of Peru in Lima on 3 May 2021. Bruno Beta said trade had grown. The Foreign Minister added that talks would go on.';
    expect(speakersOf(text)).toEqual([['Bruno Beta', 'Bruno Beta']]);
  });
});

describe("a page's label before the headline", () => {
  const body = '\n\nSecretary of State Antony Blinken spoke with Chinese Foreign Minister Wang Yi on 3 March 2023.';
  it.each(['Readout: ', 'READOUT | ', 'Press Release – ', 'Media Note: ', 'Statement - '])('"%s…" is no part of the title', (label) => {
    const text = `${label}Secretary Blinken’s Call with Foreign Minister Wang Yi${body}`;
    const draft = extractReadout(text, base);
    for (const { title, titleSpan } of [draft, draft.meetings[0]!]) {
      expect(title).toBe('Secretary Blinken’s Call with Foreign Minister Wang Yi');
      expect(text.slice(titleSpan!.start, titleSpan!.end)).toBe(title);
    }
  });

  it('a headline that only opens with such a word keeps it', () => {
    const text = `Statement by the Foreign Ministers of Japan and China${body}`;
    expect(extractReadout(text, base).title).toBe('Statement by the Foreign Ministers of Japan and China');
  });
});

describe('a meeting the text names, held with several counterparts', () => {
  const people =
    'Secretary of State Antony Blinken, Foreign Minister Penny Wong of Australia and External Affairs Minister S. Jaishankar of India';
  it.each([
    ["hosted the Quad Foreign Ministers' Meeting with", 'multilateral'],
    ['chaired the ASEAN-Japan Ministerial Meeting with', 'multilateral'],
    ['convened the Indo-Pacific Dialogue with', 'multilateral'],
  ])('"%s A, B and C" is one meeting of all four', (phrase, kind) => {
    const draft = extractReadout(`Tokyo, 29 July 2024. Foreign Minister Yoko Kamikawa of Japan ${phrase} ${people}.`, base);
    expect(draft.meetings.map((m) => [m.kind, m.participants.length])).toEqual([[kind, 4]]);
  });

  it('"bilateral talks on the margins of the Non-Aligned Summit with A, B and C" stay one meeting each (blind-19)', () => {
    const draft = extractReadout(
      `Belgrade, 11 October 2021. Foreign Minister Mevlüt Çavuşoğlu held bilateral talks on the margins of the Non-Aligned Summit with ${people}.`,
      base,
    );
    expect(draft.meetings).toHaveLength(3);
  });
});

// Trial 121's Quad readout: people who "took part" or "also participated", the sentence ending there, and a delegation's
// leader who did, were left out of the meeting.
describe('people who took part, said at the end of the sentence', () => {
  const lead = 'On 4 March 2024, Foreign Minister Anna Berg met Foreign Minister Pekka Laine in Oslo.';
  const namesOf = (text: string) => extractReadout(text, base).meetings.map((m) => m.participants.map((p) => p.name));
  it.each([
    ['Deputy Minister Kim Hyun also took part.', 'Kim Hyun'],
    ['Deputy Minister Kim Hyun also participated.', 'Kim Hyun'],
    ['Deputy Minister Kim Hyun participated virtually.', 'Kim Hyun'],
    ['Deputy Minister Kim Hyun also attended.', 'Kim Hyun'],
    ['A delegation led by Deputy Minister Kim Hyun also took part in the talks.', 'Kim Hyun'],
    ['The Korean delegation, headed by Deputy Minister Kim Hyun, also took part.', 'Kim Hyun'],
  ])('"%s" seats %s', (sentence, name) => {
    expect(namesOf(`${lead} ${sentence}`)).toEqual([['Anna Berg', 'Pekka Laine', name]]);
  });

  it('"A, B and C took part." after a summit its host hosted', () => {
    const text =
      "On 4 March 2024, Prime Minister Narendra Modi hosted the Quad Leaders' Summit in New Delhi. President Joseph Biden, Prime Minister Anthony Albanese and Prime Minister Fumio Kishida took part.";
    expect(namesOf(text)).toEqual([['Narendra Modi', 'Joseph Biden', 'Anthony Albanese', 'Fumio Kishida']]);
  });

  it.each([
    // Neighbours that stay as they were: a meeting still to come, and someone who took part in another event.
    ['Deputy Minister Kim Hyun will take part.', ['Anna Berg', 'Pekka Laine']],
    ['Deputy Minister Kim Hyun took part in the G20 summit last year.', ['Anna Berg', 'Pekka Laine']],
  ])('"%s" seats no one more', (sentence, names) => {
    expect(namesOf(`${lead} ${sentence}`)[0]).toEqual(names);
  });
});
