import { describe, expect, it } from 'vitest';
import { extractReadout } from '../../src/ingest/extract.js';
import { defaultInitiatives } from '../../src/ingest/initiative-catalog.js';
import { foldKey } from '../../src/ingest/text-fold.js';
import { expectDraftConsistentWith } from './draft-assertions.js';
import { knownPeople, loadFixtures, pairParticipants, scoreDraft, type ScoredField } from './fixture-scoring.js';

// What the extractor cannot get from the text, per fixture, and why. For these fields the test only checks that what
// it does extract is not wrong; the expected files stay as the truth and the eval counts the misses.
const knownGaps: Record<string, Partial<Record<ScoredField | 'location', string>>> = {
  'uk-raab-lavrov-2021-06-17': { participants: 'the UK side is only "the Foreign Secretary", never named' },
  'us-blinken-lavrov-2021-05-19': { location: 'Reykjavik is not in the text' },
  'lk-herath-jaishankar-2024-10-04': { location: 'Colombo is not in the text, only "visit to Sri Lanka"' },
  'jp-kishida-abdrakhmanov-2017-05-01': { location: 'Ashgabat is not in the text, only "visit to Turkmenistan"' },
  'az-bayramov-cavusoglu-2021-12-19': { initiatives: 'the "3 + 3 cooperation format" is not capitalised or quoted' },
  'jp-okada-davutoglu-2010-07-05': { initiatives: 'the "Teheran agreement" is not capitalised' },
  'us-blinken-le-drian-2022-05': { initiatives: '"Global Food Security Call to Action" has no programme word' },
};

const fixtures = loadFixtures();
const people = knownPeople();

describe('real readouts against their hand-checked expected results', () => {
  it('has at least 8 real readouts besides the seed, each with its source', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(9);
    for (const { slug, expected } of fixtures) {
      if (!slug.startsWith('cn-wang-yi-tileuberdi')) expect(expected.sourceUrl, slug).toMatch(/^https?:\/\//);
    }
  });

  for (const fixture of fixtures) {
    const { slug, text, expected } = fixture;
    const gaps = knownGaps[slug] ?? {};
    describe(slug, () => {
      const draft = extractReadout(text, { publishedAt: expected.publishedAt, initiatives: defaultInitiatives, people });
      const scores = scoreDraft(draft, expected);

      it('gives a consistent draft whose spans point at the printed facts', () => {
        expectDraftConsistentWith(text, draft);
      });

      it('gets the date and kind', () => {
        expect(draft.date).toBe(expected.date);
        expect(draft.kind).toBe(expected.kind);
      });

      it('gets the place', () => {
        if (gaps.location) {
          if (draft.countryCode !== null) expect(draft.countryCode).toBe(expected.countryCode);
          if (draft.city !== null) expect(foldKey(draft.city)).toBe(foldKey(expected.city ?? ''));
          return;
        }
        expect(draft.countryCode).toBe(expected.countryCode);
        expect(draft.city === null ? null : foldKey(draft.city)).toBe(expected.city === null ? null : foldKey(expected.city));
      });

      it('gets the participants with titles, countries and roles', () => {
        const pairs = pairParticipants(draft, expected);
        expect(pairs).toHaveLength(draft.participants.length);
        if (!gaps.participants) expect(pairs).toHaveLength(expected.participants.length);
        for (const [extracted, wanted] of pairs) {
          expect(extracted.title === null ? null : foldKey(extracted.title), wanted.name).toBe(
            wanted.title === null ? null : foldKey(wanted.title),
          );
          expect(extracted.countryCode, wanted.name).toBe(wanted.countryCode);
          expect(extracted.role, wanted.name).toBe(wanted.role);
        }
      });

      it('attributes the statements in order', () => {
        expect(scores.speakers.truePositives).toBe(expected.statementSpeakers.length);
        expect(scores.speakers.predicted).toBe(expected.statementSpeakers.length);
      });

      it('finds the initiatives', () => {
        const found = draft.initiatives.map((i) => i.slug).sort();
        if (gaps.initiatives) {
          for (const slug of found) expect(expected.initiatives).toContain(slug);
          return;
        }
        expect(found).toEqual([...expected.initiatives].sort());
      });
    });
  }
});
