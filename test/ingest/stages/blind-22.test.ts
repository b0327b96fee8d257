import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

// Classes found while tuning on blind set 22, after its first run (each written as the class, with its variants).

const base: ExtractOptions = { initiatives: [], people: [] };
const peopleOf = (text: string) =>
  extractReadout(text, base).meetings.map((m) => m.participants.map((p) => [p.name, p.countryCode]).sort());

describe("a country's possessive before a full name marks a person of that country", () => {
  it.each([
    [
      "Korea's Yun Byung-se met China's Wang Yi in Seoul on March 21.",
      [
        ['Wang Yi', 'CN'],
        ['Yun Byung-se', 'KR'],
      ],
    ],
    [
      "At the meeting in Seoul, Korea's Yun Byung-se, China's Wang Yi and Japan's Fumio Kishida discussed cooperation.",
      [
        ['Fumio Kishida', 'JP'],
        ['Wang Yi', 'CN'],
        ['Yun Byung-se', 'KR'],
      ],
    ],
    [
      "India's Subrahmanyam Jaishankar held talks with Egypt's Sameh Shoukry in Cairo.",
      [
        ['Sameh Shoukry', 'EG'],
        ['Subrahmanyam Jaishankar', 'IN'],
      ],
    ],
    [
      "The Philippines' Enrique Manalo met Australia's Penny Wong on Monday.",
      [
        ['Enrique Manalo', 'PH'],
        ['Penny Wong', 'AU'],
      ],
    ],
  ])('%s', (text, people) => {
    expect(peopleOf(text)).toEqual([people]);
  });

  it.each(["Afghanistan's Neighboring Countries", "India's External Affairs", "Uzbekistan's Foreign Relations"])(
    '"%s" is no person',
    (phrase) => {
      const text = `Foreign Minister Bakhtiyor Saidov met Foreign Minister Sergey Lavrov in Samarkand. They discussed the meeting of ${phrase} held today.`;
      expect(peopleOf(text).map((people) => people.map(([name]) => name))).toEqual([['Bakhtiyor Saidov', 'Sergey Lavrov']]);
    },
  );
});

describe('a link to another story set inside the article does not end it', () => {
  const lead = 'Minister of Foreign Affairs Mulambo Haimbe held bilateral meetings in Accra with his African counterparts.';
  const second = 'Haimbe also met with Frederick Shava, Minister of Foreign Affairs and International Trade of the Republic of Zimbabwe.';
  it.each([
    'Read More: Minister Haimbe to represent President Hichilema at AU meeting',
    'READ MORE: Biden picks Ardern’s brain',
    'Also read: Zambia and Ghana sign visa waiver',
    'See also: AU summit opens in Accra',
  ])('"%s", then the article goes on', (link) => {
    const text = `${lead}\n\nIn a meeting with Thérèsa Wagner, Minister of State for Foreign Affairs of the Democratic Republic of Congo, the ministers reaffirmed their cordial relations.\n\n${link}\n\n${second}\n\nThey exchanged views on matters of mutual interest, including candidacies for international organisations.`;
    expect(peopleOf(text).map((people) => people.map(([name]) => name))).toEqual([
      ['Mulambo Haimbe', 'Thérèsa Wagner'],
      ['Frederick Shava', 'Mulambo Haimbe'],
    ]);
  });

  it('"Read more" and related headlines after the article are still no part of it', () => {
    const text = `${lead}\n\nIn a meeting with Thérèsa Wagner, Minister of State for Foreign Affairs of the Democratic Republic of Congo, the ministers reaffirmed their cordial relations.\n\nRead more:\n\nForeign Minister Sergey Lavrov met Foreign Minister Wang Yi in Beijing\n\nPresident Hichilema meets President Ruto`;
    expect(peopleOf(text).map((people) => people.map(([name]) => name))).toEqual([['Mulambo Haimbe', 'Thérèsa Wagner']]);
  });
});

describe('a word of tenure between a country’s possessive and a title', () => {
  it.each(['new', 'newly appointed', 'incoming', 'outgoing'])('"Ukraine’s %s foreign minister Andrii Sybiha" is Ukrainian', (tenure) => {
    const text = `Foreign Minister Margus Tsahkna had a phone conversation with Ukraine's ${tenure} foreign minister Andrii Sybiha on Friday.`;
    expect(peopleOf(text)).toEqual([
      [
        ['Andrii Sybiha', 'UA'],
        ['Margus Tsahkna', null],
      ],
    ]);
  });
});

describe('a phrase that opens the sentence ends at its comma', () => {
  it.each(['With his Finnish counterpart', 'Together with his Finnish counterpart', 'Alongside his Finnish counterpart'])(
    '"%s, Minister Tsahkna had a phone conversation with …": Tsahkna is not the Finnish counterpart (nor Finnish)',
    (opening) => {
      const text = `Foreign Minister Margus Tsahkna was on a visit to Helsinki, where he met with Finnish Prime Minister Petteri Orpo. ${opening}, Minister Tsahkna had a phone conversation with Ukrainian Foreign Minister Andrii Sybiha.`;
      const countries = extractReadout(text, base).meetings.flatMap((m) =>
        m.participants.filter((p) => p.name === 'Margus Tsahkna').map((p) => p.countryCode),
      );
      expect(countries.length).toBeGreaterThan(0);
      expect(countries).not.toContain('FI');
    },
  );
});
