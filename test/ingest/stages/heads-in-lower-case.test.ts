import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { speakerOf } from './speaker-of.js';

// A head of state or government named by the office in lower case, as agencies and translated readouts print it ("The
// head of state noted …", "the head of the Kazakh state", "the Bulgarian head of state", blind-33/36/39/41/47/77), or as
// "the Kazakh leader" at the start of a sentence, is the participant who holds it — one who speaks. A head of state of a
// country does not take the office of its head of government ("The head of the Senegalese government" after "the
// President of the Republic of Senegal, Bassirou Diomaye Faye", blind-33). And what a White House or a Kremlin says
// someone did ("initiated the call", "phoned") is not that person's words. The texts are written for the classes.

const base: ExtractOptions = { initiatives: [], people: [] };
const lead =
  'ASTANA, 12 May 2023 – President of Kazakhstan Kassym-Jomart Tokayev received Foreign Minister of Uzbekistan Bakhtiyor Saidov at the Akorda.\n\n';

describe('a head of state or government in lower case, or a country’s leader at the start of a sentence', () => {
  it.each([
    ['The head of state noted the high level of strategic partnership.', 'Kassym-Jomart Tokayev'],
    ['The head of the Kazakh state noted the high level of strategic partnership.', 'Kassym-Jomart Tokayev'],
    ['The Kazakh head of state noted the high level of strategic partnership.', 'Kassym-Jomart Tokayev'],
    ['The Kazakh leader noted the high level of strategic partnership.', 'Kassym-Jomart Tokayev'],
    ['Later, the Kazakh leader noted the high level of strategic partnership.', 'Kassym-Jomart Tokayev'],
    ['According to the head of the Kazakh state, the partnership is strategic.', 'Kassym-Jomart Tokayev'],
    ['The Uzbek leader conveyed greetings from President Shavkat Mirziyoyev.', 'Bakhtiyor Saidov'],
    // The neighbours that kept their reading.
    ['The Head of State noted the high level of strategic partnership.', 'Kassym-Jomart Tokayev'],
    ['The Uzbek minister conveyed greetings from President Shavkat Mirziyoyev.', 'Bakhtiyor Saidov'],
  ])('%s', (sentence, speaker) => {
    expect(speakerOf(`${lead}${sentence}`, sentence)).toBe(speaker);
  });

  it.each([
    ['the head of the delegation', 'The head of the delegation noted the high level of strategic partnership.'],
    ['a head of a department', 'A head of department noted the high level of strategic partnership.'],
  ])('%s is no head of state', (_, sentence) => {
    const draft = extractReadout(`${lead}${sentence}`, base);
    expect(draft.meetings[0]?.participants.map((p) => p.name)).toEqual(['Kassym-Jomart Tokayev', 'Bakhtiyor Saidov']);
    expect(speakerOf(`${lead}${sentence}`, sentence)).toBe(null);
  });

  it('the head of a government is the untitled one who acts, not the head of state of the same country', () => {
    const text =
      'Abidjan, 3 March 2025 – Ousmane Sonko was received in audience by the President of the Republic of Côte d’Ivoire, Alassane Ouattara, at his private residence at Riviera Golf.\n\n' +
      'Ousmane Sonko conveyed fraternal greetings from the President of the Republic of Senegal, Bassirou Diomaye Faye. ' +
      'The head of the Senegalese government also reiterated his country’s commitment to bilateral cooperation.';
    const meeting = extractReadout(text, base).meetings[0];
    const sonko = meeting?.participants.find((p) => p.name === 'Ousmane Sonko');
    expect(sonko?.countryCode).toBe('SN');
    expect(meeting?.participants.some((p) => p.name.startsWith('Head of'))).toBe(false);
    expect(speakerOf(text, 'The head of the Senegalese government')).toBe('Ousmane Sonko');
  });

  it('an office of a country whose one person named before holds no title is still that person', () => {
    const text =
      'On Friday Vladimir Putin had a telephone conversation with President of the United States of America Barack Obama.\n\n' +
      'The President of Russia described the sanctions as counterproductive.';
    expect(speakerOf(text, 'The President of Russia described')).toBe('Vladimir Putin');
  });
});

describe('what an office says someone did', () => {
  const call =
    'MOSCOW, 1 March 2014 – President of Russia Vladimir Putin had a telephone conversation with President of the United States Barack Obama.\n\n';
  it.each([
    ['The White House said Putin initiated the call.', null],
    ['Putin phoned Obama after the meeting in Geneva.', null],
    // The neighbour: a verb of speech after the office is still the speaker's.
    ['The White House said Obama stressed the importance of diplomacy.', 'Barack Obama'],
  ])('%s', (sentence, speaker) => {
    expect(speakerOf(`${call}${sentence}`, sentence)).toBe(speaker);
  });
});
