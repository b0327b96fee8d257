import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { defaultInitiatives } from '../../../src/ingest/lexicon/initiative-catalog.js';

// Classes found while tuning on blind set 37 and in the new-user trial of the same session (helper-86), each written as
// the class with its variants and, where a neighbouring case must not change, that case.

const base: ExtractOptions = { initiatives: defaultInitiatives, people: [], publishedAt: '2024-02-20' };
const draftOf = (text: string, options: Partial<ExtractOptions> = {}) => extractReadout(text, { ...base, ...options });
const names = (text: string) => draftOf(text).meetings.map((m) => m.participants.map((p) => p.name ?? p.printedName));

describe('the same office on both sides of "and" is two people’s', () => {
  it.each([
    ['The Taoiseach and Prime Minister Johnson had a bilateral meeting today.', 2],
    ['The President and President Lula held talks in Brasília today.', 2],
    ['Prime Minister Kishida and Prime Minister Albanese held a meeting in Tokyo today.', 2],
    ['The Foreign Minister and Foreign Minister Wang Yi held talks in Beijing today.', 2],
  ])('"%s"', (text, count) => {
    const [meeting] = draftOf(text).meetings;
    expect(meeting?.participants).toHaveLength(count);
  });

  it.each([
    'Deputy Prime Minister and Foreign Minister Mukhtar Tileuberdi',
    'Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman',
    'President and Chairman of the Council of Ministers Aleksandar Vucic',
  ])('a double office stays one person’s: "%s"', (office) => {
    const [meeting] = draftOf(`${office} met Foreign Minister Wang Yi in Beijing today.`).meetings;
    expect(meeting?.participants).toHaveLength(2);
  });
});

describe('a lower-case office after a country’s possessive, a name right after it, is that person’s', () => {
  it.each([
    ['Sweden’s leader Ulf Kristersson', 'SE'],
    ["Japan's prime minister Fumio Kishida", 'JP'],
    ["Russia's foreign minister Sergey Lavrov", 'RU'],
  ])('"%s"', (named, country) => {
    const text = `Prime Minister of Norway Jonas Gahr Støre and ${named} held discussions on Tuesday.`;
    const [meeting] = draftOf(text).meetings;
    expect(meeting?.participants.map((p) => p.countryCode)).toEqual(['NO', country]);
  });

  it('a possessive with an office and no name after it names no one', () => {
    expect(names('Sweden’s leader said on Tuesday that the talks with Prime Minister Jonas Gahr Støre went well.').flat()).not.toContain(
      'Said',
    );
  });
});
