import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { defaultInitiatives } from '../../../src/ingest/lexicon/initiative-catalog.js';

// Classes found by new-user trial 110 (readouts the trial's user wrote), each with its variants and the neighbouring
// case that must not change.

const base: ExtractOptions = { initiatives: defaultInitiatives, people: [] };

describe('a format named after a city meets anywhere: the place is where the text says it met', () => {
  const cityOf = (text: string) => extractReadout(text, base).meetings[0]?.city ?? null;
  it.each([
    ['on the sidelines of the Bucharest Nine summit in Vilnius', 'Vilnius'],
    ['on the sidelines of the Weimar Triangle meeting in Paris', 'Paris'],
    ['at the Lublin Triangle ministerial in Kyiv', 'Kyiv'],
    ['on the margins of the Visegrad Four summit in Bratislava', 'Bratislava'],
    // A conference named after its city is held there.
    ['on the sidelines of the Munich Security Conference', 'Munich'],
  ])('%s → %s', (where, city) => {
    expect(cityOf(`Foreign Minister Johann Wadephul met with Estonian Foreign Minister Margus Tsahkna ${where} on 2 June 2025.`)).toBe(
      city,
    );
  });
});

describe('an organisation named before an office and its holder is who they are, not an initiative', () => {
  const slugsOf = (text: string) => extractReadout(text, base).meetings.flatMap((m) => m.initiatives.map((i) => i.slug));
  it.each([
    'Prime Minister Keir Starmer met European Commission President Ursula von der Leyen in Brussels on 19 May 2025.',
    'Prime Minister Keir Starmer met ASEAN Secretary-General Kao Kim Hourn in Jakarta on 19 May 2025.',
    'Prime Minister Keir Starmer met African Union Commission Chairperson Moussa Faki Mahamat in Addis Ababa on 19 May 2025.',
  ])('%s', (text) => {
    expect(slugsOf(text)).toEqual([]);
  });

  it('still links the organisation when it is what was discussed', () => {
    expect(
      slugsOf(
        'Prime Minister Keir Starmer met Prime Minister Mark Carney in London on 19 May 2025. They discussed the Comprehensive Economic and Trade Agreement.',
      ),
    ).not.toEqual([]);
  });
});

describe("a quotation's tag is the one at the end of the sentence, not a capitalised word and verb inside it", () => {
  const lead = 'Russian Foreign Minister Sergey Lavrov held talks in Moscow on 17 April 2025 with Iranian Foreign Minister Abbas Araghchi.';
  it.each([
    '"We reaffirmed our commitment to the Comprehensive Strategic Partnership Treaty," Lavrov told reporters after the talks.',
    '“Iran reaffirmed its commitment to dialogue,” Araghchi said.',
    '"We noted progress on the transport corridor," said Lavrov.',
  ])('%s', (quoted) => {
    const [meeting] = extractReadout(`${lead}\n\n${quoted} The talks lasted two hours and covered many topics.`, base).meetings;
    const statement = meeting?.statements.find((s) => s.text.startsWith(quoted.slice(0, 10)));
    const speaker = meeting?.participants.find((p) => p.key === statement?.speakerKey)?.name;
    expect(speaker).toBe(quoted.includes('Araghchi') ? 'Abbas Araghchi' : 'Sergey Lavrov');
  });
});

describe("with no publisher given, a line that is only a ministry's or a presidency's name says whose readout it is", () => {
  const body =
    'Foreign Minister Penny Wong met Indonesian Foreign Minister Sugiono in Jakarta on 12 March 2025. They discussed regional security.';
  const wongCountry = (text: string) =>
    extractReadout(text, base).meetings[0]?.participants.find((p) => p.name === 'Penny Wong')?.countryCode ?? null;
  it.each([
    ['above the headline', `Ministry of Foreign Affairs of Australia\n\nWong meets Indonesian counterpart\n\n${body}`, 'AU'],
    ['as the sign-off', `${body}\n\nMinistry of Foreign Affairs of Australia`, 'AU'],
    ['as a department', `${body}\n\nAustralian Department of Foreign Affairs and Trade`, 'AU'],
    ['a ministry naming no country', `${body}\n\nMinistry of Foreign Affairs`, null],
    [
      'after an office naming none',
      `Office of the Spokesperson\n\nWong meets Indonesian counterpart\n\n${body}\n\nMinistry of Foreign Affairs of Australia`,
      'AU',
    ],
    ['no such line', body, null],
  ])('%s', (_, text, code) => {
    expect(wongCountry(text)).toBe(code);
  });
});
