// Runs the readout extractor over the fixtures in test/fixtures/readouts and prints precision, recall and F1 per
// field for each set separately — the development set (used while building the extractor) and the blind sets
// (annotated before the extractor first ran on them; EVALUATION.md keeps each first run) — with the share of empty
// drafts, span validity, a calibration table of the confidences, and the time taken: per set, for the whole corpus,
// and for one 1 MB text. It reports; it never fails the build (the unit tests do the asserting).
//   npm run eval:ingest [-- --set development|blind-1|…|blind-18|readout-pairs] [--detail]
import { loadavg } from 'node:os';
import { extractReadout } from '../src/ingest/extract.js';
import { defaultInitiatives } from '../src/ingest/lexicon/initiative-catalog.js';
import {
  addScores,
  draftOfFixture,
  f1,
  fixtureSets,
  knownPeople,
  loadFixtures,
  precision,
  recall,
  scoreReadout,
  scoredFields,
  type CalibrationPoint,
  type FieldScore,
  type FixtureSet,
  type ScoredField,
} from '../test/ingest/fixture-scoring.js';

const args = process.argv.slice(2);
const only = args.includes('--set') ? (args[args.indexOf('--set') + 1] as FixtureSet) : null;
const detail = args.includes('--detail');
const people = knownPeople();
const setLabels: Record<FixtureSet, string> = {
  development: 'Development set (used while building the extractor)',
  'blind-1': 'Blind set 1 (annotated before any extractor ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-2': 'Blind set 2 (annotated before any extractor ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-3': 'Blind set 3 (annotated before any extractor ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-4': 'Blind set 4 (annotated before any extractor ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-5': 'Blind set 5 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-6': 'Blind set 6 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-7': 'Blind set 7 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-8': 'Blind set 8 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-9': 'Blind set 9 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-10':
    'Blind set 10 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-11':
    'Blind set 11 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-12':
    'Blind set 12 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-13':
    'Blind set 13 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-14':
    'Blind set 14 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-15':
    'Blind set 15 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-16':
    'Blind set 16 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-17':
    'Blind set 17 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-18':
    'Blind set 18 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-19':
    'Blind set 19 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-20':
    'Blind set 20 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-21':
    'Blind set 21 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-22':
    'Blind set 22 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-23':
    'Blind set 23 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-24':
    'Blind set 24 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-25':
    'Blind set 25 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-26':
    'Blind set 26 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-27':
    'Blind set 27 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-28':
    'Blind set 28 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-29':
    'Blind set 29 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-30':
    'Blind set 30 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-31':
    'Blind set 31 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-32':
    'Blind set 32 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-33':
    'Blind set 33 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-34':
    'Blind set 34 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-35':
    'Blind set 35 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-36':
    'Blind set 36 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-37':
    'Blind set 37 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-38':
    'Blind set 38 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-39':
    'Blind set 39 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-40':
    'Blind set 40 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-41':
    'Blind set 41 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-42':
    'Blind set 42 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-43':
    'Blind set 43 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-44':
    'Blind set 44 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-45':
    'Blind set 45 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-46':
    'Blind set 46 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-47':
    'Blind set 47 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-48':
    'Blind set 48 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-49':
    'Blind set 49 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-50':
    'Blind set 50 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-51':
    'Blind set 51 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-52': 'Blind set 52 (annotated before the extractor first ran on it; its first run is in EVALUATION.md)',
  'blind-53': 'Blind set 53 (annotated before the extractor first ran on it; its first run is in EVALUATION.md)',
  'blind-54': 'Blind set 54 (annotated before the extractor first ran on it; its first run is in EVALUATION.md)',
  'blind-55': 'Blind set 55 (annotated before the extractor first ran on it; its first run is in EVALUATION.md)',
  'blind-56': 'Blind set 56 (annotated before the extractor first ran on it; its first run is in EVALUATION.md)',
  'blind-57': 'Blind set 57 (annotated before the extractor first ran on it; its first run is in EVALUATION.md)',
  'blind-58': 'Blind set 58 (annotated before the extractor first ran on it; its first run is in EVALUATION.md)',
  'blind-59': 'Blind set 59 (annotated before the extractor first ran on it; its first run is in EVALUATION.md)',
  'blind-60': 'Blind set 60 (annotated before the extractor first ran on it; its first run is in EVALUATION.md)',
  'blind-61': 'Blind set 61 (annotated before the extractor first ran on it; its first run is in EVALUATION.md)',
  'blind-62': 'Blind set 62 (annotated before the extractor first ran on it; its first run is in EVALUATION.md)',
  'blind-63': 'Blind set 63 (annotated before the extractor first ran on it; its first run is in EVALUATION.md)',
  'blind-64': 'Blind set 64 (annotated before the extractor first ran on it; its first run is in EVALUATION.md)',
  'blind-65': 'Blind set 65 (annotated before the extractor first ran on it; its first run is in EVALUATION.md)',
  'blind-66': 'Blind set 66 (annotated before the extractor first ran on it; its first run is in EVALUATION.md)',
  'blind-67': 'Blind set 67 (annotated before the extractor first ran on it; its first run is in EVALUATION.md)',
  'blind-68': 'Blind set 68 (annotated before the extractor first ran on it; its first run is in EVALUATION.md)',
  'blind-69': 'Blind set 69 (annotated before the extractor first ran on it; its first run is in EVALUATION.md)',
  'blind-70': 'Blind set 70 (annotated before the extractor first ran on it; its first run is in EVALUATION.md)',
  'blind-71': 'Blind set 71 (annotated before the extractor first ran on it; its first run is in EVALUATION.md)',
  'blind-72': 'Blind set 72 (annotated before any extractor ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-73': 'Blind set 73 (annotated before any extractor ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-74': 'Blind set 74 (annotated before any extractor ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-75': 'Blind set 75 (annotated before any extractor ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-76': 'Blind set 76 (annotated before any extractor ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-77': 'Blind set 77 (annotated before any extractor ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-78': 'Blind set 78 (annotated before any extractor ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-79':
    'Blind set 79 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-80':
    'Blind set 80 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-81':
    'Blind set 81 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-82':
    'Blind set 82 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-83':
    'Blind set 83 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-84':
    'Blind set 84 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-85':
    'Blind set 85 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-86':
    'Blind set 86 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-87':
    'Blind set 87 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-88':
    'Blind set 88 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-89':
    'Blind set 89 (annotated before the extractor first ran on it; its first run is in EVALUATION.md, since then used for tuning)',
  'blind-90': 'Blind set 90 (annotated before the extractor first ran on it; its first run is in EVALUATION.md)',
  'readout-pairs':
    'Readout pairs (both sides of one meeting, test/fixtures/readout-pairs; annotated before the extractor first ran on them; first run in EVALUATION.md)',
};
const percent = (value: number | null): string => (value === null ? '  n/a' : `${(value * 100).toFixed(0).padStart(4)}%`);

let corpusMilliseconds = 0;
// CPU time as well as wall time: on a loaded machine the wall time says more about the neighbours than about us.
let corpusCpuMicroseconds = 0;
let corpusReadouts = 0;
for (const set of fixtureSets.filter((s) => only === null || s === only)) {
  const fixtures = loadFixtures(set);
  const totals = Object.fromEntries(scoredFields.map((field) => [field, { truePositives: 0, predicted: 0, expected: 0 }])) as Record<
    ScoredField,
    FieldScore
  >;
  const calibration: CalibrationPoint[] = [];
  let empty = 0;
  const failures: string[] = [];
  let spans = { valid: 0, total: 0 };
  let milliseconds = 0;
  for (const fixture of fixtures) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const draft = draftOfFixture(fixture, people);
    milliseconds += performance.now() - started;
    const used = process.cpuUsage(cpu);
    corpusCpuMicroseconds += used.user + used.system;
    const score = scoreReadout(fixture.text, draft, fixture.expected);
    for (const field of scoredFields) addScores(totals[field], score.fields[field]);
    calibration.push(...score.calibration);
    if (score.empty) empty++;
    if (draft.warnings.some((warning) => warning.startsWith('the extractor failed'))) failures.push(fixture.slug);
    spans = { valid: spans.valid + score.spans.valid, total: spans.total + score.spans.total };
    if (detail) {
      const cells = scoredFields.map(
        (field) => `${field}:${score.fields[field].truePositives}/${score.fields[field].predicted}/${score.fields[field].expected}`,
      );
      console.log(`${fixture.slug.padEnd(44)} ${cells.join(' ')}`);
    }
  }
  console.log(`\n${setLabels[set]}: ${fixtures.length} readouts`);
  console.log(['field'.padEnd(13), 'correct', 'extracted', 'expected', 'precision', 'recall', '   F1'].join('  '));
  for (const field of scoredFields) console.log(row(field, totals[field]));
  if (failures.length) console.log(`the extractor threw on: ${failures.join(', ')}`);
  console.log(`empty drafts: ${empty} of ${fixtures.length}; spans equal to their slice of the text: ${spans.valid} of ${spans.total}`);
  console.log(`extraction time: ${milliseconds.toFixed(0)} ms for ${fixtures.length} readouts`);
  printCalibration(calibration);
  corpusMilliseconds += milliseconds;
  corpusReadouts += fixtures.length;
}
console.log(
  `\nwhole corpus: ${corpusReadouts} readouts in ${corpusMilliseconds.toFixed(0)} ms, ${(corpusCpuMicroseconds / 1000).toFixed(0)} ms of CPU (the first includes loading the gazetteer; load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')})`,
);
if (only === null) printWarmCorpusTime();
printLargeTextTime();

/**
 * The whole corpus once more, in a process that has read it once: what a running server spends (its data loaded and
 * its code compiled), beside the first pass above, which includes both.
 */
function printWarmCorpusTime(): void {
  const all = fixtureSets.flatMap((set) => loadFixtures(set));
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const fixture of all) draftOfFixture(fixture, people);
  const used = process.cpuUsage(cpu);
  console.log(
    `whole corpus again, warm: ${all.length} readouts in ${(performance.now() - started).toFixed(0)} ms, ${((used.user + used.system) / 1000).toFixed(0)} ms of CPU`,
  );
}

/** One readout followed by a megabyte of other readouts' text, as a page with a long archive might be. */
function printLargeTextTime(): void {
  const all = fixtureSets.flatMap((set) => loadFixtures(set));
  const first = all[0];
  if (!first) return;
  let text = first.text;
  for (let i = 1; text.length < 1_000_000; i++) text += `\n\n${(all[i % all.length] as (typeof all)[number]).text}`;
  const started = performance.now();
  const draft = extractReadout(text, { publishedAt: first.expected.publishedAt, initiatives: defaultInitiatives, people });
  const elapsed = performance.now() - started;
  console.log(
    `one ${(text.length / 1e6).toFixed(2)} MB text: ${elapsed.toFixed(0)} ms, ${draft.meetings.length} meetings, warnings: ${draft.warnings.join('; ') || 'none'}`,
  );
  // The worst shapes found so far: one meeting sentence repeated to the bound (every sentence a frame, all in one
  // paragraph: 22 s when each frame scanned the sentences before it), and a run-on list of people.
  for (const unit of ['Minister Omicron met Minister Sigma. ', 'Minister Omicron met Minister Sigma and ', 'Minister C met Minister D. ']) {
    const repeated = unit.repeat(Math.ceil(200_000 / unit.length)).slice(0, 200_000);
    const began = performance.now();
    extractReadout(repeated, { publishedAt: null, initiatives: defaultInitiatives, people });
    console.log(`200,000 characters of "${unit.trim()}": ${(performance.now() - began).toFixed(0)} ms`);
  }
}

function row(label: string, score: FieldScore): string {
  return [
    label.padEnd(13),
    String(score.truePositives).padStart(7),
    String(score.predicted).padStart(9),
    String(score.expected).padStart(8),
    percent(precision(score)).padStart(9),
    percent(recall(score)).padStart(6),
    percent(f1(score)).padStart(5),
  ].join('  ');
}

function printCalibration(points: readonly CalibrationPoint[]): void {
  const bins: [number, number][] = [
    [0.9, 1.01],
    [0.8, 0.9],
    [0.7, 0.8],
    [0.5, 0.7],
    [0, 0.5],
  ];
  console.log('calibration (facts extracted, share right, by confidence):');
  for (const [low, high] of bins) {
    const inBin = points.filter((p) => p.confidence >= low && p.confidence < high);
    const right = inBin.filter((p) => p.correct).length;
    const byField = ['date', 'kind', 'location', 'participant', 'statement', 'initiative']
      .map((field) => {
        const own = inBin.filter((p) => p.field === field);
        return own.length === 0 ? null : `${field} ${own.filter((p) => p.correct).length}/${own.length}`;
      })
      .filter(Boolean)
      .join(', ');
    console.log(
      `  ${low.toFixed(1)}–${Math.min(high, 1).toFixed(1)}: ${String(inBin.length).padStart(4)} facts, ${percent(inBin.length ? right / inBin.length : null)} right  (${byField})`,
    );
  }
}
