// Runs the readout extractor over every fixture in test/fixtures/readouts and prints precision and recall per field,
// per fixture and overall. It reports; it never fails the build (the unit tests do the asserting).
import { extractReadout } from '../src/ingest/extract.js';
import { defaultInitiatives } from '../src/ingest/initiative-catalog.js';
import {
  addScores,
  knownPeople,
  loadFixtures,
  precision,
  recall,
  scoreDraft,
  scoredFields,
  type FieldScore,
  type ScoredField,
} from '../test/ingest/fixture-scoring.js';

const emptyScore = (): FieldScore => ({ truePositives: 0, predicted: 0, expected: 0 });
const percent = (value: number | null): string => (value === null ? '  n/a' : `${(value * 100).toFixed(0).padStart(4)}%`);
const counts = (score: FieldScore): string => `${score.truePositives}/${score.predicted}/${score.expected}`;

const fixtures = loadFixtures();
const people = knownPeople();
const slugWidth = Math.max(...fixtures.map((fixture) => fixture.slug.length), 7);
const cellWidth = 13;

type Totals = Record<ScoredField, FieldScore>;
const newTotals = (): Totals => Object.fromEntries(scoredFields.map((field) => [field, emptyScore()])) as Totals;
const overall = { all: newTotals(), development: newTotals(), blind: newTotals() };

console.log(`Readout extraction over ${fixtures.length} fixtures (cells: correct/extracted/expected; * = annotated blind)\n`);
console.log(['fixture'.padEnd(slugWidth + 2), ...scoredFields.map((f) => f.padStart(cellWidth)), '   P    R'].join(' '));
let totalMilliseconds = 0;
for (const fixture of fixtures) {
  const started = performance.now();
  const draft = extractReadout(fixture.text, { publishedAt: fixture.expected.publishedAt, initiatives: defaultInitiatives, people });
  totalMilliseconds += performance.now() - started;
  const scores = scoreDraft(draft, fixture.expected);
  const fixtureTotal = emptyScore();
  const subset = fixture.expected.annotatedBlind ? overall.blind : overall.development;
  for (const field of scoredFields) {
    addScores(overall.all[field], scores[field]);
    addScores(subset[field], scores[field]);
    addScores(fixtureTotal, scores[field]);
  }
  const cells = scoredFields.map((field) => counts(scores[field]).padStart(cellWidth));
  const label = `${fixture.expected.annotatedBlind ? '* ' : '  '}${fixture.slug}`;
  console.log([label.padEnd(slugWidth + 2), ...cells, percent(precision(fixtureTotal)), percent(recall(fixtureTotal))].join(' '));
}

printFieldTable('All fixtures', overall.all);
printFieldTable('Development fixtures (used while building the extractor)', overall.development);
printFieldTable('Blind-annotated fixtures (expected results written before the extractor first ran on them)', overall.blind);
console.log(`\nExtraction time: ${totalMilliseconds.toFixed(1)} ms for ${fixtures.length} readouts`);

function printFieldTable(heading: string, totals: Totals): void {
  console.log(`\n${heading}`);
  console.log(['field'.padEnd(14), 'correct', 'extracted', 'expected', 'precision', 'recall'].join('  '));
  const grand = emptyScore();
  for (const field of scoredFields) {
    addScores(grand, totals[field]);
    console.log(row(field, totals[field]));
  }
  console.log(row('all fields', grand));
}

function row(label: string, score: FieldScore): string {
  return [
    label.padEnd(14),
    String(score.truePositives).padStart(7),
    String(score.predicted).padStart(9),
    String(score.expected).padStart(8),
    percent(precision(score)).padStart(9),
    percent(recall(score)).padStart(6),
  ].join('  ');
}
