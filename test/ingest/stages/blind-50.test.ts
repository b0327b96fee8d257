import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { defaultInitiatives } from '../../../src/ingest/lexicon/initiative-catalog.js';

// Classes found while tuning on blind set 50 (after its first run), each written as the class with its variants and,
// where a neighbouring case must not change, that case.

const base: ExtractOptions = { initiatives: defaultInitiatives, people: [], publishedAt: '2020-11-07' };
const lead = 'Prime Minister Prayut Chan-o-cha and his Vietnamese counterpart Nguyen Xuan Phuc held a telephone conversation on Friday.';
const statementsOf = (sentence: string) =>
  (extractReadout(`${lead}\n\n${sentence}`, base).meetings[0]?.statements ?? []).map((s) => s.kind);

describe('two countries as the subject speak together, also with an auxiliary or a longer name', () => {
  it.each([
    'Thailand and Vietnam reaffirmed their determination to deepen bilateral cooperation.',
    'Thailand and Vietnam have reaffirmed their determination to deepen bilateral cooperation.',
    'Thailand and Vietnam have also agreed to hold the Joint Cabinet Retreat next year.',
    'Thailand and the United States have reaffirmed their determination to deepen cooperation.',
    'Viet Nam and Thailand have jointly reaffirmed their determination to deepen cooperation.',
  ])('%s', (sentence) => {
    expect(statementsOf(sentence)).toEqual(['joint']);
  });

  it.each([
    // Past facts, not what the two said: a verb outside the speech lexicon after an auxiliary or a longer name.
    'Thailand and Vietnam have passed a watershed in their relationship.',
    'Thailand and Viet Nam established diplomatic relations in 1976.',
    // A list's comma closes the clause before the verb.
    'The ministers met the ambassadors of Japan, Laos and Vietnam, reported the correspondent.',
    // A comma inside a list of countries opens no clause: "Laos and Vietnam have affirmed" is not its subject.
    'Thailand, Cambodia, Laos and Vietnam have affirmed their commitment to the Mekong.',
  ])('not: %s', (sentence) => {
    expect(statementsOf(sentence)).not.toContain('joint');
  });
});
