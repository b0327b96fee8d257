import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { defaultInitiatives } from '../../../src/ingest/lexicon/initiative-catalog.js';

// Classes found while tuning on blind set 43, each written as the class with its variants and, where a neighbouring
// case must not change, that case.

const base: ExtractOptions = { initiatives: defaultInitiatives, people: [], publishedAt: '2023-01-20' };
const names = (text: string) => extractReadout(text, base).meetings.map((m) => m.participants.map((p) => p.name).sort());
const lead = 'Danish Foreign Minister Lars Rasmussen arrived in Nuuk on Tuesday for a three-day visit.\n';

describe("a meeting on the agenda of someone's visit is theirs", () => {
  it.each([
    ['Central to his agenda was a discussion with Greenland’s Minister of Foreign Affairs, Vivian Motzfeldt, about cooperation.'],
    ["Central to Rasmussen's agenda was a discussion with Greenland’s Minister of Foreign Affairs, Vivian Motzfeldt."],
    ['His programme also included talks with Greenland’s Minister of Foreign Affairs, Vivian Motzfeldt.'],
    ["Rasmussen's three-day visit included a meeting with Greenland’s Minister of Foreign Affairs, Vivian Motzfeldt."],
    ['On his schedule was a meeting with Greenland’s Minister of Foreign Affairs, Vivian Motzfeldt.'],
  ])('%s', (sentence) => {
    expect(names(lead + sentence)).toEqual([['Lars Rasmussen', 'Vivian Motzfeldt']]);
  });
});

describe('a meeting "held with" someone, in a sentence that names no one before it, is the principal’s', () => {
  it.each([
    ['A similar discussion was also had with the Faroese Minister of Foreign Affairs, Høgni Hoydal.'],
    ['Talks were also held with the Faroese Minister of Foreign Affairs, Høgni Hoydal.'],
    ['Consultations were conducted with the Faroese Minister of Foreign Affairs, Høgni Hoydal.'],
  ])('%s', (sentence) => {
    expect(names(lead + sentence)).toEqual([['Høgni Hoydal', 'Lars Rasmussen']]);
  });

  it('a sentence that names the host before it keeps its own subject', () => {
    expect(
      names(lead + 'At the Foreign Ministry, Prime Minister Mute Egede said talks were held with Minister Høgni Hoydal.'),
    ).not.toContainEqual(['Høgni Hoydal', 'Lars Rasmussen']);
  });
});
