import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

// New-user trial 137's extractor findings, each as its class with texts written for it (not the trial's) and the
// neighbours that keep their reading.

const base: ExtractOptions = { initiatives: [], people: [], publishedAt: '2025-03-04' };
const draft = (text: string) => extractReadout(text, base);

describe('F1: a meeting announced in the future tense, with its day between "will" and the verb, is not drafted', () => {
  it.each([
    [
      'a meeting noun after "will on <day> host"',
      'Windhoek, 4 March 2025\n\nThe Minister of Foreign Affairs, Ms Anna Shaanika, will on Friday, 7 March 2025, host the Minister of Foreign Affairs of Zambia, Mr Peter Banda, for the Joint Commission preparatory meeting in Windhoek.',
    ],
    ['"will on <day> meet"', 'Foreign Minister Anna Berg will on Monday, 10 March, meet Finnish Foreign Minister Pekka Laine in Helsinki.'],
    [
      '"will next week receive … for talks"',
      'President Maria Lopes will next week receive President Joao Silva of Angola for talks on the railway corridor.',
    ],
  ])('%s', (_case, text) => {
    const result = draft(text);
    expect(result.meetings).toEqual([]);
    expect(result.warnings.join(' ')).toMatch(/still to come/);
  });

  it.each([
    [
      'the meeting held, its host to host a summit later',
      'Foreign Minister Anna Shaanika, who will host the summit next year, met Foreign Minister Peter Banda of Zambia in Windhoek on 3 March 2025.',
    ],
    [
      'a meeting held for a preparatory meeting',
      'Foreign Minister Anna Shaanika hosted Foreign Minister Peter Banda of Zambia on Monday for the Joint Commission preparatory meeting in Windhoek.',
    ],
  ])('%s stays a meeting', (_case, text) => {
    expect(draft(text).meetings).toHaveLength(1);
  });
});

describe("F6: a country's own spelling of its cities, syllables apart", () => {
  it.each([
    ['Ha Noi', 'Hanoi'],
    ['Hai Phong', 'Haiphong'],
  ])('"in %s" places the meeting in Viet Nam, in %s', (printed, listed) => {
    const [meeting] = draft(
      `Foreign Minister Bui Van Nam held talks with Foreign Minister Kim Ji-ho of the Republic of Korea in ${printed} on 3 March 2025.`,
    ).meetings;
    expect([meeting?.city, meeting?.countryCode]).toEqual([listed, 'VN']);
  });

  it('"New Port" (two English words) is still no city of one word', () => {
    const [meeting] = draft('Foreign Minister Anna Berg met Foreign Minister Pekka Laine in New Port on 3 March 2025.').meetings;
    expect(meeting?.countryCode ?? null).not.toBe('US');
  });
});

describe('F6: a short family name in capitals after the country a title ends on', () => {
  it.each([
    ['Minister of Foreign Affairs of the Republic of Korea CHO Hyun', 'Cho Hyun', 'KR'],
    ['Deputy Prime Minister and Minister of Foreign Affairs of Viet Nam BUI Thanh Son', 'Bui Thanh Son', 'VN'],
  ])('"%s"', (printed, name, country) => {
    const [meeting] = draft(`${printed} met Minister for Foreign Affairs of Japan IWAYA Takeshi in Tokyo on 3 March 2025.`).meetings;
    expect(meeting?.participants.map((p) => [p.name, p.countryCode])).toContainEqual([name, country]);
  });

  it('an office abbreviated after a demonym stays an office: "Latvian MP Ināra Mūrniece"', () => {
    const [meeting] = draft('President Anna Berg met Latvian MP Ināra Mūrniece in Riga on 3 March 2025.').meetings;
    expect(meeting?.participants.map((p) => p.name)).not.toContain('MP Ināra Mūrniece');
  });
});
