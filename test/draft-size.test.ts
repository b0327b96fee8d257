import { beforeEach, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { maxDraftBytes } from '../src/ingest/draft.js';
import { extractReadout } from '../src/ingest/extract.js';
import { maxDraftBodyBytes } from '../src/modules/documents/documents.schemas.js';
import { useTestContext } from './helpers/app.js';

// Every draft the API gives can be sent back corrected: the routes that take a draft take one as large as the
// extractor returns, and the extractor keeps its drafts within that bound (meetings split off one sentence share the
// passages after it; past the bound each passage goes to one of them only).

const countries = ['Armenia', 'Moldova', 'Georgia', 'Norway', 'Finland', 'Sweden', 'Denmark', 'Estonia', 'Latvia', 'Lithuania'];
// Each shared sentence `words` words longer: bytes grow with the words, rows (and the commit's work) with the sentences.
const series = (count: number, sentences: number, words = 0) =>
  `VALLETTA, 6 December 2024 – Foreign Minister Ian Borg held separate bilateral meetings with the foreign ministers of ${countries
    .slice(0, count - 1)
    .join(', ')} and ${countries[count - 1]} on the sidelines of the OSCE Ministerial Council.\n\n` +
  Array.from(
    { length: sentences },
    (_, k) => `The ministers discussed cooperation in the field of energy, item ${k + 1}${' and networks'.repeat(words)}.`,
  ).join(' ');
const bytesOf = (value: unknown) => Buffer.byteLength(JSON.stringify(value));
const options = { initiatives: [], people: [], publishedAt: '2024-12-06' };

describe('the extractor keeps a draft within what can be sent back', () => {
  it('the routes that take a draft take the largest one with room to spare', () => {
    expect(maxDraftBodyBytes).toBeGreaterThan(maxDraftBytes);
  });

  it('a small series: what follows the split sentence is each meeting’s', () => {
    const draft = extractReadout(series(3, 3), options);
    expect(draft.meetings).toHaveLength(3);
    for (const meeting of draft.meetings) expect(meeting.statements).toHaveLength(3);
    expect(draft.warnings.join(' ')).not.toMatch(/larger than/);
  });

  it('a series whose shared passages would pass the bound: each passage once, with a warning', () => {
    const draft = extractReadout(series(10, 2600), options);
    expect(draft.meetings).toHaveLength(10);
    expect(bytesOf(draft)).toBeLessThanOrEqual(maxDraftBytes);
    expect(draft.warnings.join(' ')).toMatch(/larger than \d+ bytes/);
    expect(draft.meetings.reduce((sum, m) => sum + m.statements.length, 0)).toBe(2600);
  });
});

describe('a draft larger than the default body limit is sent back as it came', () => {
  const ctx = useTestContext();
  const api = () => supertest(ctx.app.server);
  beforeEach(() => ctx.reset());

  it.each([
    ['commit', 201],
    ['candidates', 200],
  ])('POST /v1/documents/{id}/%s', async (route, status) => {
    const document = (
      await api()
        .post('/v1/documents')
        // Few rows, many bytes: what is tested is the body limit, not how long a commit of thousands of rows takes.
        .send({ text: series(6, 20, 700) })
        .expect(201)
    ).body;
    const body = { draft: document.draft };
    expect(bytesOf(body)).toBeGreaterThan(1_048_576);
    await api().post(`/v1/documents/${document.id}/${route}`).send(body).expect(status);
  });
});
