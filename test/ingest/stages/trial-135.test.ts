import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { topicsOf } from '../../../src/ingest/assemble/topics.js';

// New-user trial 135's extractor findings, each as its class with texts written for it (not the trial's) and the
// neighbours that keep their reading.

const base: ExtractOptions = { initiatives: [], people: [], publishedAt: '2024-07-20' };
const meeting = (text: string) => extractReadout(text, base).meetings[0];
const speakers = (text: string) => {
  const found = meeting(text);
  return (found?.statements ?? []).map((s) => (s.speakerKey ? found?.participants.find((p) => p.key === s.speakerKey)?.name : 'joint'));
};

describe('F1: "The latter" / "The former" is the one named last / first in the sentence before', () => {
  const met = 'Foreign Minister Ana Kovač met with the Foreign Minister of Montenegro, Filip Novak, in Ljubljana on 13 February 2024.';
  it.each([
    ['The latter thanked Slovenia for its support.', 'Filip Novak'],
    ['The former thanked Montenegro for the visit.', 'Ana Kovač'],
  ])('"%s"', (sentence, speaker) => {
    expect(speakers(`${met} ${sentence} Kovač said Slovenia remains a friend.`)).toEqual([speaker, 'Ana Kovač']);
  });

  it('"the latter" as no subject opens no passage', () => {
    expect(speakers(`${met} Both thanked the latter's team for the visit.`)).not.toContain('Filip Novak');
  });
});

describe('F3: a pronoun with a parenthetical of turn is the other side answering', () => {
  const met =
    'Foreign Minister Lena Berg met Foreign Minister Jan Nowak in Berlin on 2 July 2024. Nowak said that security is indivisible.';
  it.each([['She, for her part, said'], ['She, in turn, said'], ['She, in response, said']])('"%s"', (opening) => {
    expect(speakers(`${met} ${opening} that Germany stands with Poland.`)).toEqual(['Jan Nowak', 'Lena Berg']);
  });

  it('a plain "He said" stays with the speaker before', () => {
    expect(speakers(`${met} He said that Poland stands with Germany.`)).toEqual(['Jan Nowak', 'Jan Nowak']);
  });
});

describe('F4: a style before the office ("His Highness the Minister stressed …") is the office holder speaking', () => {
  it.each([['His Highness the Minister'], ['His Excellency the Minister'], ['H.E. the Minister']])('"%s stressed …"', (subject) => {
    const text = `Foreign Minister Prince Faisal bin Farhan received Turkish Foreign Minister Hakan Fidan in Riyadh on 21 January 2024. During the reception, they reviewed bilateral relations. ${subject} stressed the Kingdom's position on Gaza.`;
    expect(speakers(text)).toEqual(['joint', 'Prince Faisal bin Farhan']);
  });
});

describe("F5: a national minister's portfolio that names an organisation is not the organisation's office", () => {
  it.each([
    ['Spanish Minister of Foreign Affairs, European Union and Cooperation José Manuel Albares', 'ES', null],
    ['Irish Minister for European Affairs Thomas Byrne', 'IE', null],
    ['Minister of State for EU Affairs Thomas Byrne of Ireland', 'IE', null],
    ['EU High Representative Josep Borrell', null, 'European Union'],
    ['ASEAN Secretary-General Kao Kim Hourn', null, 'ASEAN'],
  ])('"%s"', (guest, countryCode, organization) => {
    const found = meeting(`Foreign Minister Wang Yi met ${guest} in Beijing on 3 May 2024.`);
    expect(found?.participants[1]).toMatchObject({ countryCode, organization });
  });
});

describe("F16: a region inside a country's name is the country", () => {
  it.each([
    ['Pandor stressed that South Africa supports a ceasefire.', ['South Africa']],
    ['They discussed Africa and the Middle East.', ['Africa', 'Middle East']],
    ['They discussed West Africa and the Central African Republic.', ['Central African Republic', 'West Africa']],
  ])('%s', (text, topics) => {
    expect(topicsOf(text, new Set())).toEqual(topics);
  });
});

describe('F8: "today spoke with" and a sentence of what the two discussed is a call', () => {
  const text = (after: string) =>
    `October 3, 2023 - Ottawa, Ontario - Global Affairs Canada\n\nThe Honourable Anne Roy, Minister of Foreign Affairs, today spoke with Laura Vega, Secretary of Foreign Affairs of Mexico.\n\nMinister Roy and Secretary Vega discussed preparations for the leaders' summit.${after}`;

  it('a phone call, placed nowhere', () => {
    expect(meeting(text(''))).toMatchObject({ kind: 'phone_call', city: null });
  });

  it.each([[' They met on the margins of the summit in Ottawa.'], [' The two ministers later toured the museum together.']])(
    'not when the text tells of presence:%s',
    (after) => {
      expect(meeting(text(after))?.kind).not.toBe('phone_call');
    },
  );
});

describe('F12: a first line that only heads the page is no title', () => {
  const body =
    '\n\nExternal Affairs Minister Anil Rao received Foreign Minister Omar Saleh of the United Arab Emirates in New Delhi on 3 May 2024.';
  it.each([
    ['NEW DELHI, Tuesday'],
    ['RIYADH, Sunday 10 Rajab 1445 H, corresponding to 21 January 2024'],
    ['Baku, March 12, AZERTAC'],
    ['Ministry of External Affairs of India'],
    ['Embassy of India in the United Arab Emirates'],
    ['PRESS STATEMENT'],
  ])('"%s"', (line) => {
    const draft = extractReadout(`${line}${body}`, base);
    expect(draft.title).toBeNull();
    expect(draft.meetings[0]?.title).toBe('Meeting: Anil Rao, Omar Saleh');
  });

  it.each([
    ['Minister Rao receives UAE Foreign Minister'],
    ['Ministry of External Affairs hosts UAE Foreign Minister'],
    ['New Delhi, a partner: Minister Rao receives his UAE counterpart'],
  ])('a headline stays the title: "%s"', (line) => {
    expect(extractReadout(`${line}${body}`, base).title).toBe(line);
  });
});
