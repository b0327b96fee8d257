import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { findCandidateMentions } from '../../../src/ingest/linking/initiative-candidates.js';

// Classes new-user trial 116 found in readouts its user wrote, each with its variants and the neighbouring case that
// must not change.

const base: ExtractOptions = { initiatives: [], people: [] };

describe('a demonym or region adjective before a lower-case noun ends a programme name before it', () => {
  const namesIn = (text: string) => findCandidateMentions(text, 0, text.length, []).map((m) => m.name);
  it.each([
    ['the Southern Gas Corridor for European energy security', 'Southern Gas Corridor'],
    ['the Middle Corridor for Asian trade routes', 'Middle Corridor'],
    ['the Strategic Partnership Programme for Kazakh students', 'Strategic Partnership Programme'],
  ])('%s → %s', (phrase, name) => {
    expect(namesIn(`Minister Bayramov noted the importance of ${phrase}.`)).toEqual([name]);
  });

  it.each([
    ['the Programme for European Integration.', 'Programme for European Integration'],
    ['the Los Angeles Declaration on Migration and Protection commitments.', 'Los Angeles Declaration on Migration and Protection'],
    ['the International Fund for Saving the Aral Sea currently chaired by Turkmenistan.', 'International Fund for Saving the Aral Sea'],
  ])('a name that ends in a noun stays whole: %s', (phrase, name) => {
    expect(namesIn(`Minister Bayramov noted the importance of ${phrase}`)).toEqual([name]);
  });
});

describe('a range of days in the headline dates the readout after its last day', () => {
  it('"Official visit …, 3–6 March 2025": "On 4 March" and "On 5 March" are both in it', () => {
    const text =
      'Official visit of the President of Finland to Japan, 3–6 March 2025\n\n' +
      'TOKYO – President Alexander Stubb paid an official visit to Japan on 3–6 March 2025. On 4 March, he held talks with Prime Minister Shigeru Ishiba. ' +
      'On 5 March, President Stubb met with Foreign Minister Takeshi Iwaya.';
    expect(extractReadout(text, base).meetings.map((m) => m.date)).toEqual(['2025-03-04', '2025-03-05']);
  });

  it('a single day in the headline is the reference as it was', () => {
    const text =
      'Visit of the President of Finland to Japan, 3 March 2025\n\nTOKYO – On 2 March, President Alexander Stubb held talks with Prime Minister Shigeru Ishiba.';
    expect(extractReadout(text, base).meetings.map((m) => m.date)).toEqual(['2025-03-02']);
  });
});

describe('a day its month does not have is named in the warning', () => {
  it.each(['on 31 February 2024', 'on February 30, 2023', 'on 31st April 2021'])('"%s"', (phrase) => {
    const draft = extractReadout(`Foreign Minister Ana Silva met Foreign Minister Kenji Mori of Japan in Lisbon ${phrase}.`, base);
    expect(draft.meetings[0]?.date).toBeNull();
    expect(draft.warnings).toEqual([
      `meeting 1 (/meetings/0) has no date: the text gives "${phrase.slice(3)}", a day that month does not have; correct it in the draft`,
    ]);
  });

  it('29 February of a leap year is a date', () => {
    expect(
      extractReadout('Foreign Minister Ana Silva met Foreign Minister Kenji Mori of Japan in Lisbon on 29 February 2024.', base).meetings[0]
        ?.date,
    ).toBe('2024-02-29');
  });
});

describe('a relative clause names who spoke', () => {
  const lead =
    'Foreign Secretary meets Brazilian Foreign Minister\n\n' +
    'The Foreign Secretary Jane Holloway and Brazilian Minister of Foreign Affairs Carlos Mendes met in Rio de Janeiro on 4 March 2024.\n\n';
  const speakersOf = (sentence: string): (string | null)[] => {
    const [meeting] = extractReadout(lead + sentence, base).meetings;
    const names = new Map(meeting?.participants.map((p) => [p.key, p.name]));
    return (meeting?.statements ?? [])
      .filter((s) => s.kind !== 'narrative')
      .map((s) => (s.speakerKey ? (names.get(s.speakerKey) ?? s.speakerKey) : null));
  };

  it.each([
    // between the subject and its verb
    ['Holloway, who stressed the importance of trade, said the UK welcomed the Strategic Dialogue.', 'Jane Holloway'],
    ['Mendes, who arrived in London on Sunday, noted that Brazil would host COP30.', 'Carlos Mendes'],
    // the clause's own verb reports speech, in a sentence that tells the meeting
    ['The talks were also attended by Defence Minister Richard Marles, who stressed that security ties were deepening.', 'Richard Marles'],
    ['The visit was prepared by Deputy Minister Ana Costa, who noted that the two countries had signed twelve agreements.', 'Ana Costa'],
    // and in one that does not
    [
      'Later in the day the delegation toured the port with Carlos Mendes, who thanked the United Kingdom for its support.',
      'Carlos Mendes',
    ],
  ])('%s → %s', (sentence, speaker) => {
    expect(speakersOf(sentence)).toEqual([speaker]);
  });

  it.each([
    // a relative clause that tells what someone did, not what they said
    'The talks were also attended by Defence Minister Richard Marles, who arrived in Rio on Sunday.',
    'The talks were also attended by Ambassador Ana Costa, who called on the Foreign Secretary the day before.',
    // in a sentence that tells the meeting, a clause without "that" does not make a speaker ("received X, who conveyed greetings")
    'The talks were also attended by Ambassador Ana Costa, who conveyed the greetings of the President.',
  ])('no speaker: %s', (sentence) => {
    expect(speakersOf(sentence)).toEqual([]);
  });
});
