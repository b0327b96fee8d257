import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultInitiatives } from '../../src/ingest/lexicon/initiative-catalog.js';
import { expectDraftConsistentWith } from './draft-assertions.js';
import {
  addScores,
  draftOfFixture,
  f1,
  fixtureSets,
  fixturesDir,
  knownPeople,
  loadFixtures,
  recall,
  scoreReadout,
  scoredFields,
  type FieldScore,
  type Fixture,
  type FixtureSet,
  type ScoredField,
} from './fixture-scoring.js';

// The real readouts of test/fixtures/readouts against their hand-checked expected results. Every draft must be valid
// and every span equal to its slice of the text. The scores per set must not fall below the floors here: they sit a
// few points under what the extractor reached when they were set, so a change that loses ground on any set fails.
// The honest estimate of accuracy on unseen text is each blind set's first run, kept in EVALUATION.md.

const people = knownPeople();
const draftOf = (fixture: Fixture) => draftOfFixture(fixture, people);

type Floor = Partial<Record<ScoredField | 'date recall' | 'city recall', number>> & { empty: number };
const floors: Record<FixtureSet, Floor> = {
  development: {
    meetings: 0.93,
    participants: 0.91,
    speakers: 0.76,
    'date recall': 0.87,
    'city recall': 0.84,
    initiatives: 0.6,
    empty: 0,
  },
  'blind-1': { meetings: 0.89, participants: 0.84, speakers: 0.74, 'date recall': 0.72, 'city recall': 0.7, initiatives: 0.38, empty: 0 },
  'blind-2': { meetings: 0.83, participants: 0.77, speakers: 0.67, 'date recall': 0.71, 'city recall': 0.67, initiatives: 0.33, empty: 0 },
  'blind-3': { meetings: 0.84, participants: 0.8, speakers: 0.74, 'date recall': 0.69, 'city recall': 0.58, initiatives: 0.23, empty: 0 },
  'blind-4': { meetings: 0.89, participants: 0.79, speakers: 0.69, 'date recall': 0.75, 'city recall': 0.72, initiatives: 0.31, empty: 0 },
  'blind-5': { meetings: 0.9, participants: 0.83, speakers: 0.74, 'date recall': 0.83, 'city recall': 0.85, initiatives: 0.27, empty: 0 },
  'blind-6': { meetings: 0.87, participants: 0.82, speakers: 0.74, 'date recall': 0.83, 'city recall': 0.72, initiatives: 0.31, empty: 0 },
  'blind-7': { meetings: 0.89, participants: 0.86, speakers: 0.78, 'date recall': 0.83, 'city recall': 0.77, initiatives: 0.31, empty: 0 },
  'blind-8': { meetings: 0.88, participants: 0.84, speakers: 0.73, 'date recall': 0.66, 'city recall': 0.85, initiatives: 0.24, empty: 1 },
  'blind-9': { meetings: 0.89, participants: 0.82, speakers: 0.74, 'date recall': 0.85, 'city recall': 0.7, initiatives: 0.5, empty: 0 },
  'blind-10': { meetings: 0.92, participants: 0.84, speakers: 0.74, 'date recall': 0.88, 'city recall': 0.87, initiatives: 0.42, empty: 0 },
  'blind-11': { meetings: 0.92, participants: 0.8, speakers: 0.77, 'date recall': 0.8, 'city recall': 0.73, initiatives: 0.31, empty: 0 },
  'blind-12': { meetings: 0.96, participants: 0.88, speakers: 0.84, 'date recall': 0.64, 'city recall': 0.82, initiatives: 0.64, empty: 0 },
  'blind-13': { meetings: 0.9, participants: 0.79, speakers: 0.71, 'date recall': 0.78, 'city recall': 0.67, initiatives: 0.25, empty: 0 },
  'blind-14': { meetings: 0.9, participants: 0.78, speakers: 0.76, 'date recall': 0.72, 'city recall': 0.65, initiatives: 0.33, empty: 0 },
  'blind-15': { meetings: 0.87, participants: 0.81, speakers: 0.74, 'date recall': 0.75, 'city recall': 0.59, initiatives: 0.32, empty: 0 },
  'blind-16': { meetings: 0.93, participants: 0.84, speakers: 0.7, 'date recall': 0.75, 'city recall': 0.83, initiatives: 0.21, empty: 0 },
  'blind-17': { meetings: 0.88, participants: 0.81, speakers: 0.66, 'date recall': 0.67, 'city recall': 0.8, initiatives: 0.43, empty: 0 },
  'blind-18': { meetings: 0.78, participants: 0.75, speakers: 0.68, 'date recall': 0.63, 'city recall': 0.53, initiatives: 0.35, empty: 1 },
  'blind-19': { meetings: 0.8, participants: 0.73, speakers: 0.68, 'date recall': 0.79, 'city recall': 0.74, initiatives: 0.5, empty: 2 },
  'blind-20': { meetings: 0.8, participants: 0.74, speakers: 0.6, 'date recall': 0.6, 'city recall': 0.65, initiatives: 0.3, empty: 4 },
  'blind-21': { meetings: 0.9, participants: 0.79, speakers: 0.71, 'date recall': 0.8, 'city recall': 0.84, initiatives: 0.33, empty: 0 },
  'blind-22': { meetings: 0.9, participants: 0.84, speakers: 0.74, 'date recall': 0.85, 'city recall': 0.77, initiatives: 0.5, empty: 0 },
  'blind-23': { meetings: 0.83, participants: 0.73, speakers: 0.7, 'date recall': 0.48, 'city recall': 0.66, initiatives: 0.34, empty: 1 },
  'blind-24': { meetings: 0.7, participants: 0.69, speakers: 0.56, 'date recall': 0.52, 'city recall': 0.53, initiatives: 0.2, empty: 1 },
  'blind-25': { meetings: 0.8, participants: 0.67, speakers: 0.6, 'date recall': 0.43, 'city recall': 0.85, initiatives: 0.29, empty: 1 },
  'blind-26': { meetings: 0.85, participants: 0.79, speakers: 0.78, 'date recall': 0.74, 'city recall': 0.65, initiatives: 0.31, empty: 0 },
  'blind-27': { meetings: 0.81, participants: 0.8, speakers: 0.77, 'date recall': 0.87, 'city recall': 0.6, initiatives: 0.44, empty: 0 },
  'blind-28': { meetings: 0.7, participants: 0.68, speakers: 0.69, 'date recall': 0.33, 'city recall': 0.33, initiatives: 0.08, empty: 0 },
  'blind-29': { meetings: 0.87, participants: 0.81, speakers: 0.69, 'date recall': 0.65, 'city recall': 0.45, initiatives: 0.18, empty: 1 },
  'blind-30': { meetings: 0.85, participants: 0.76, speakers: 0.69, 'date recall': 0.41, 'city recall': 0.61, initiatives: 0.4, empty: 0 },
  'blind-31': { meetings: 0.89, participants: 0.85, speakers: 0.55, 'date recall': 0.47, 'city recall': 0.67, initiatives: 0.21, empty: 0 },
  'blind-32': { meetings: 0.9, participants: 0.88, speakers: 0.64, 'date recall': 0.8, 'city recall': 0.9, initiatives: 0.17, empty: 0 },
  'blind-33': { meetings: 0.85, participants: 0.82, speakers: 0.75, 'date recall': 0.6, 'city recall': 0.7, initiatives: 0.38, empty: 0 },
  'blind-34': { meetings: 0.85, participants: 0.84, speakers: 0.66, 'date recall': 0.85, 'city recall': 0.84, initiatives: 0.28, empty: 0 },
  'blind-35': { meetings: 0.9, participants: 0.78, speakers: 0.62, 'date recall': 0.75, 'city recall': 0.5, initiatives: 0.2, empty: 0 },
  'blind-36': { meetings: 0.9, participants: 0.85, speakers: 0.6, 'date recall': 0.75, 'city recall': 0.85, initiatives: 0.18, empty: 0 },
  'blind-37': { meetings: 0.85, participants: 0.9, speakers: 0.75, 'date recall': 0.9, 'city recall': 0.45, initiatives: 0.4, empty: 0 },
  'blind-38': { meetings: 0.85, participants: 0.85, speakers: 0.75, 'date recall': 0.95, 'city recall': 0.8, initiatives: 0.25, empty: 0 },
  'blind-39': { meetings: 0.8, participants: 0.85, speakers: 0.72, 'date recall': 0.95, 'city recall': 0.55, initiatives: 0.45, empty: 0 },
  'blind-40': { meetings: 0.8, participants: 0.78, speakers: 0.62, 'date recall': 0.8, 'city recall': 0.6, initiatives: 0.3, empty: 1 },
  'blind-41': { meetings: 0.85, participants: 0.77, speakers: 0.68, 'date recall': 0.85, 'city recall': 0.55, initiatives: 0.3, empty: 0 },
  'blind-42': { meetings: 0.9, participants: 0.85, speakers: 0.78, 'date recall': 0.95, 'city recall': 0.85, initiatives: 0.3, empty: 0 },
  'blind-43': { meetings: 0.9, participants: 0.9, speakers: 0.77, 'date recall': 0.95, 'city recall': 0.6, initiatives: 0.45, empty: 0 },
  'blind-44': { meetings: 0.9, participants: 0.85, speakers: 0.8, 'date recall': 0.65, 'city recall': 0.65, initiatives: 0.25, empty: 0 },
  'blind-45': { meetings: 0.95, participants: 0.88, speakers: 0.72, 'date recall': 0.95, 'city recall': 0.78, initiatives: 0.18, empty: 0 },
  'blind-46': { meetings: 0.84, participants: 0.72, speakers: 0.72, 'date recall': 0.88, 'city recall': 0.85, initiatives: 0.12, empty: 0 },
  'blind-47': { meetings: 0.88, participants: 0.75, speakers: 0.81, 'date recall': 0.8, 'city recall': 0.48, initiatives: 0.35, empty: 0 },
  'blind-48': { meetings: 0.95, participants: 0.92, speakers: 0.79, 'date recall': 0.75, 'city recall': 0.95, initiatives: 0.37, empty: 0 },
  'blind-49': { meetings: 0.89, participants: 0.88, speakers: 0.71, 'date recall': 0.75, 'city recall': 0.58, initiatives: 0.19, empty: 0 },
  'blind-50': { meetings: 0.9, participants: 0.8, speakers: 0.62, 'date recall': 0.43, 'city recall': 0.8, initiatives: 0.27, empty: 0 },
  'blind-51': { meetings: 0.93, participants: 0.9, speakers: 0.74, 'date recall': 0.5, 'city recall': 0.85, initiatives: 0.15, empty: 0 },
  'blind-52': { meetings: 0.85, participants: 0.62, speakers: 0.7, 'date recall': 0.78, 'city recall': 0.65, initiatives: 0.18, empty: 0 },
  'blind-53': { meetings: 0.95, participants: 0.88, speakers: 0.74, 'date recall': 0.95, 'city recall': 0.65, initiatives: 0.18, empty: 0 },
  'blind-54': { meetings: 0.9, participants: 0.85, speakers: 0.75, 'date recall': 0.95, 'city recall': 0.7, initiatives: 0.1, empty: 0 },
  'blind-55': { meetings: 0.92, participants: 0.85, speakers: 0.8, 'date recall': 0.9, 'city recall': 0.75, initiatives: 0.45, empty: 0 },
  'blind-56': { meetings: 0.9, participants: 0.8, speakers: 0.8, 'date recall': 0.85, 'city recall': 0.8, initiatives: 0.15, empty: 0 },
  // One readout of blind-57 is in Icelandic (is-palsson-gayoom): its draft is empty, with the warning that names the language.
  'blind-57': { meetings: 0.83, participants: 0.8, speakers: 0.69, 'date recall': 0.65, 'city recall': 0.84, initiatives: 0.38, empty: 1 },
  'blind-58': { meetings: 0.9, participants: 0.88, speakers: 0.79, 'date recall': 0.95, 'city recall': 0.8, initiatives: 0.28, empty: 0 },
  'blind-59': { meetings: 0.9, participants: 0.86, speakers: 0.58, 'date recall': 0.85, 'city recall': 0.9, initiatives: 0.17, empty: 0 },
  'blind-60': { meetings: 0.72, participants: 0.63, speakers: 0.6, 'date recall': 0.95, 'city recall': 0.75, initiatives: 0.2, empty: 0 },
  'blind-61': { meetings: 0.95, participants: 0.86, speakers: 0.62, 'date recall': 0.62, 'city recall': 0.75, initiatives: 0.4, empty: 0 },
  'blind-62': { meetings: 0.85, participants: 0.82, speakers: 0.48, 'date recall': 0.63, 'city recall': 0.78, initiatives: 0.2, empty: 1 },
  'blind-63': { meetings: 0.85, participants: 0.8, speakers: 0.68, 'date recall': 0.55, 'city recall': 0.78, initiatives: 0.2, empty: 0 },
  'blind-64': { meetings: 0.84, participants: 0.74, speakers: 0.72, 'date recall': 0.55, 'city recall': 0.6, initiatives: 0.2, empty: 0 },
  'blind-65': { meetings: 0.9, participants: 0.72, speakers: 0.66, 'date recall': 0.55, 'city recall': 0.55, initiatives: 0.25, empty: 1 },
  'blind-66': { meetings: 0.9, participants: 0.78, speakers: 0.7, 'date recall': 0.55, 'city recall': 0.55, initiatives: 0.38, empty: 0 },
  'blind-67': { meetings: 0.85, participants: 0.68, speakers: 0.44, 'date recall': 0.5, 'city recall': 0.65, initiatives: 0.35, empty: 0 },
  'blind-68': { meetings: 0.88, participants: 0.78, speakers: 0.68, 'date recall': 0.8, 'city recall': 0.72, initiatives: 0.35, empty: 0 },
  'blind-69': { meetings: 0.93, participants: 0.88, speakers: 0.78, 'date recall': 0.95, 'city recall': 0.8, initiatives: 0.48, empty: 0 },
  'blind-70': { meetings: 0.95, participants: 0.93, speakers: 0.55, 'date recall': 0.65, 'city recall': 0.9, initiatives: 0.18, empty: 0 },
  'blind-71': { meetings: 0.85, participants: 0.8, speakers: 0.5, 'date recall': 0.45, 'city recall': 0.5, initiatives: 0.18, empty: 1 },
  'blind-72': { meetings: 0.9, participants: 0.9, speakers: 0.6, 'date recall': 0.8, 'city recall': 0.65, initiatives: 0.1, empty: 2 },
  'blind-73': { meetings: 0.95, participants: 0.9, speakers: 0.85, 'date recall': 0.75, 'city recall': 0.9, initiatives: 0.35, empty: 0 },
  'blind-74': { meetings: 0.95, participants: 0.9, speakers: 0.7, 'date recall': 0.7, 'city recall': 0.75, initiatives: 0.4, empty: 0 },
  'blind-75': { meetings: 0.9, participants: 0.87, speakers: 0.76, 'date recall': 0.7, 'city recall': 0.8, initiatives: 0.5, empty: 0 },
  'blind-76': { meetings: 0.93, participants: 0.92, speakers: 0.75, 'date recall': 0.8, 'city recall': 0.7, initiatives: 0.5, empty: 0 },
  'blind-77': { meetings: 0.92, participants: 0.9, speakers: 0.58, 'date recall': 0.9, 'city recall': 0.85, initiatives: 0.42, empty: 0 },
  'blind-78': { meetings: 0.95, participants: 0.93, speakers: 0.66, 'date recall': 0.95, 'city recall': 0.95, initiatives: 0.25, empty: 0 },
  'blind-79': { meetings: 0.96, participants: 0.89, speakers: 0.71, 'date recall': 0.8, 'city recall': 0.95, initiatives: 0.4, empty: 0 },
  'blind-80': { meetings: 0.94, participants: 0.92, speakers: 0.76, 'date recall': 0.8, 'city recall': 0.84, initiatives: 0.3, empty: 0 },
  'blind-81': { meetings: 0.85, participants: 0.83, speakers: 0.75, 'date recall': 0.78, 'city recall': 0.48, initiatives: 0.43, empty: 0 },
  'blind-82': { meetings: 0.84, participants: 0.73, speakers: 0.71, 'date recall': 0.68, 'city recall': 0.52, initiatives: 0.37, empty: 0 },
  'blind-83': { meetings: 0.91, participants: 0.84, speakers: 0.68, 'date recall': 0.89, 'city recall': 0.51, initiatives: 0.52, empty: 0 },
  'blind-84': { meetings: 0.82, participants: 0.78, speakers: 0.71, 'date recall': 0.91, 'city recall': 0.71, initiatives: 0.38, empty: 0 },
  'blind-85': { meetings: 0.94, participants: 0.84, speakers: 0.73, 'date recall': 1, 'city recall': 0.71, initiatives: 0.26, empty: 1 },
  'blind-86': { meetings: 0.96, participants: 0.78, speakers: 0.78, 'date recall': 1, 'city recall': 0.62, initiatives: 0.46, empty: 0 },
  'blind-87': { meetings: 0.9, participants: 0.82, speakers: 0.8, 'date recall': 0.57, 'city recall': 0.69, initiatives: 0.25, empty: 0 },
  // Speakers below the first run's 0.64: the bilateral found after it took a summit's statements (EVALUATION.md).
  'blind-88': { meetings: 0.88, participants: 0.72, speakers: 0.6, 'date recall': 1, 'city recall': 0.81, initiatives: 0.31, empty: 0 },
  'blind-89': { meetings: 0.87, participants: 0.67, speakers: 0.68, 'date recall': 1, 'city recall': 0.8, initiatives: 0.27, empty: 1 },
  'blind-90': { meetings: 0.9, participants: 0.75, speakers: 0.75, 'date recall': 0.8, 'city recall': 0.9, initiatives: 0.33, empty: 0 },
  'readout-pairs': {
    meetings: 0.95,
    participants: 0.95,
    speakers: 0.9,
    'date recall': 0.95,
    'city recall': 0.95,
    initiatives: 0.4,
    empty: 0,
  },
};

/** The small blind sets (11 to 15 readouts): blind-28 and every set from blind-30 on. */
const smallSet = (set: string) => {
  const number = /^blind-(\d+)$/.exec(set)?.[1];
  return number !== undefined && (Number(number) === 28 || Number(number) >= 30);
};

describe.each(fixtureSets)('fixture set %s', (set) => {
  const fixtures = loadFixtures(set);
  const drafts = fixtures.map((fixture) => ({ fixture, draft: draftOf(fixture) }));

  it('holds real readouts, each with its source and publisher', () => {
    // A blind set holds 25 or more (blind-27's annotator ran out of time at 27; blind-28 and blind-30 on are
    // small sets of 11 to 15, taken at the end of a session or to check a session's fixes); the pairs are seven meetings' two readouts and two false candidates.
    expect(fixtures.length).toBeGreaterThanOrEqual(set === 'readout-pairs' ? 16 : smallSet(set) ? 10 : 25);
    for (const { slug, expected } of fixtures) {
      expect(expected.publisher, slug).toBeTruthy();
      if (!slug.startsWith('cn-wang-yi-tileuberdi')) expect(expected.sourceUrl, slug).toMatch(/^https?:\/\//);
    }
  });

  it('gives a valid draft for every readout, every span equal to its slice of the text', () => {
    for (const { fixture, draft } of drafts) {
      expect(
        draft.warnings.filter((warning) => warning.startsWith('the extractor failed')),
        fixture.slug,
      ).toEqual([]);
      expectDraftConsistentWith(fixture.text, draft);
    }
  });

  it('gives every confidence in hundredths (products of weights rounded, not 0.7200000000000001)', () => {
    for (const { fixture, draft } of drafts) {
      const confidences = [...JSON.stringify(draft).matchAll(/"(?:\w*C|c)onfidence":(-?[\d.e-]+)/g)].map((match) => Number(match[1]));
      expect(
        confidences.filter((value) => Math.round(value * 100) / 100 !== value),
        fixture.slug,
      ).toEqual([]);
    }
  });

  it('scores at or above its floors', () => {
    const totals = Object.fromEntries(scoredFields.map((field) => [field, { truePositives: 0, predicted: 0, expected: 0 }])) as Record<
      ScoredField,
      FieldScore
    >;
    let empty = 0;
    for (const { fixture, draft } of drafts) {
      const score = scoreReadout(fixture.text, draft, fixture.expected);
      for (const field of scoredFields) addScores(totals[field], score.fields[field]);
      if (score.empty) empty++;
      expect(score.spans.valid, fixture.slug).toBe(score.spans.total);
    }
    const { empty: emptyFloor, ...fields } = floors[set];
    const measured = (field: string): number | null =>
      field === 'date recall' ? recall(totals.date) : field === 'city recall' ? recall(totals.city) : f1(totals[field as ScoredField]);
    for (const [field, floor] of Object.entries(fields)) expect(measured(field), `${set} ${field}`).toBeGreaterThanOrEqual(floor);
    expect(empty, `${set}: empty drafts`).toBeLessThanOrEqual(emptyFloor);
  });
});

describe('the development set', () => {
  // Readouts the extractor reads entirely right: every field of every meeting. They must stay so.
  const exact = [
    'cn-wang-yi-blinken-2023-02-03',
    'cn-wang-yi-kamilov-2019-08-19',
    'cn-wang-yi-tileuberdi-2021-07-15',
    'jp-kamikawa-park-2024-01-05',
    'kz-nurtleu-kamikawa-2023',
    'ru-lavrov-cavusoglu-2017-02-09',
    'ru-lavrov-kerry-2015-08-13',
    'ru-lavrov-kerry-2016-06-04',
    'ru-lavrov-tillerson-2017-05-05',
    'uk-foreign-secretary-lavrov-2021-06-17',
    'us-blinken-ebrard-2022-09-12',
  ];
  const fixtures = loadFixtures('development');

  it.each(exact)('%s is read entirely right', (slug) => {
    const fixture = fixtures.find((candidate) => candidate.slug === slug);
    expect(fixture, slug).toBeDefined();
    const score = scoreReadout(fixture!.text, draftOf(fixture!), fixture!.expected);
    for (const field of scoredFields) {
      const { truePositives, predicted, expected } = score.fields[field];
      expect([field, truePositives, predicted], slug).toEqual([field, expected, expected]);
    }
  });
});

describe('the annotation guide', () => {
  it('lists every catalogue slug, so that annotators who never read the code can use them', () => {
    const guide = readFileSync(`${fixturesDir}ANNOTATING.md`, 'utf8');
    for (const initiative of defaultInitiatives) expect(guide, initiative.slug).toContain(`| \`${initiative.slug}\` |`);
  });
});
