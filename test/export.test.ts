import { parse } from 'csv-parse/sync';
import supertest from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvCell } from '../src/http/export/csv-cells.js';
import { asText } from './helpers/text-body.js';
import { useTestContext } from './helpers/app.js';
import { exportRows, fillExportDataset, loneFeedSummary, loneReturnSummary, trickySummary, trickyTitle } from './helpers/export-dataset.js';

// Every exportable list, exported whole as CSV and NDJSON, against the same list read page by page as JSON.

const ctx = useTestContext();
beforeAll(async () => fillExportDataset(ctx.url));

const api = () => supertest(ctx.app.server);
type Item = Record<string, unknown> & { id: string };

interface ExportableList {
  name: string;
  path: string;
  filter: string;
  columns: string[];
  expected: number;
}

const lists: ExportableList[] = [
  {
    name: 'meetings',
    path: '/v1/meetings',
    filter: 'country=KZ',
    columns: [
      'id',
      'title',
      'kind',
      'date',
      'datePrecision',
      'startTime',
      'timezone',
      'city',
      'countryCode',
      'parentId',
      'summary',
      'sourceDocumentId',
      'version',
      'createdAt',
      'updatedAt',
    ],
    expected: exportRows,
  },
  {
    name: 'people',
    path: '/v1/people',
    filter: 'country=KZ',
    columns: ['id', 'name', 'aliases', 'countryCode', 'identifiers', 'version', 'createdAt', 'updatedAt', 'score'],
    expected: exportRows,
  },
  {
    name: 'initiatives',
    path: '/v1/initiatives',
    filter: 'category=Health',
    columns: ['id', 'slug', 'name', 'aliases', 'category', 'description', 'version', 'createdAt', 'updatedAt', 'score'],
    expected: exportRows,
  },
  {
    name: 'search',
    path: '/v1/search?q=cooperation',
    filter: 'country=KZ',
    columns: ['type', 'id', 'meetingId', 'score', 'snippet', 'title', 'date', 'datePrecision', 'speakerId', 'slug'],
    expected: exportRows,
  },
  {
    name: 'participants',
    path: '/v1/participants',
    filter: 'country=KZ',
    columns: [
      'id',
      'meetingId',
      'personId',
      'title',
      'countryCode',
      'organization',
      'role',
      'printedName',
      'printedTitle',
      'position',
      'version',
      'createdAt',
      'updatedAt',
    ],
    expected: exportRows,
  },
  {
    name: 'statements',
    path: '/v1/statements',
    filter: 'country=KZ',
    columns: ['id', 'meetingId', 'speakerId', 'kind', 'text', 'position', 'topics', 'version', 'createdAt', 'updatedAt'],
    expected: exportRows,
  },
  {
    name: 'meeting-initiatives',
    path: '/v1/meeting-initiatives',
    filter: 'country=KZ',
    columns: [
      'id',
      'meetingId',
      'initiativeId',
      'status',
      'description',
      'committedParties',
      'statementId',
      'version',
      'createdAt',
      'updatedAt',
    ],
    expected: exportRows,
  },
];

const withQuery = (path: string, query: string) => (query ? `${path}${path.includes('?') ? '&' : '?'}${query}` : path);

/** The whole list as the JSON pages give it, 100 at a time. */
async function allPages(path: string): Promise<Item[]> {
  const items: Item[] = [];
  let cursor: string | null = null;
  do {
    const page = await api()
      .get(withQuery(path, `limit=100${cursor ? `&cursor=${cursor}` : ''}`))
      .expect(200);
    items.push(...(page.body.data as Item[]));
    cursor = page.body.nextCursor as string | null;
  } while (cursor);
  return items;
}

const text = (format: string, path: string, accept?: string) => {
  const request = api().get(withQuery(path, accept ? '' : `format=${format}`));
  if (accept) request.set('accept', accept);
  return asText(request);
};

const csvRecords = (body: string) => parse<Record<string, string>>(body, { columns: true, record_delimiter: '\r\n' });
const ndjsonItems = (body: string) =>
  body
    .split('\n')
    .slice(0, -1)
    .map((line) => JSON.parse(line) as Item);

describe.each(lists)('export of $name', (list) => {
  it.each([
    ['no Accept', undefined],
    ['Accept: application/json', 'application/json'],
    ['Accept: text/csv', 'text/csv'],
    ['Accept: application/x-ndjson', 'application/x-ndjson'],
    ['Accept: text/html (406)', 'text/html'],
  ])('says its answer depends on Accept (Vary: Accept) with %s', async (_, accept) => {
    const request = api().get(withQuery(list.path, 'limit=1'));
    const response = await (accept ? request.set('accept', accept) : request);
    expect(response.headers.vary).toMatch(/\bAccept\b/);
  });

  // A range with parameters matches a representation sent with them (RFC 9110 §12.5.1); others do not.
  it.each([
    ['text/csv; charset=utf-8', 'text/csv'],
    ['text/csv; header=present', 'text/csv'],
    ['text/csv;charset=UTF-8;header=present', 'text/csv'],
    ['application/x-ndjson; charset=utf-8', 'application/x-ndjson'],
    // NDJSON by its other names (a trial's PostgREST-style client sent these): the same lines, as application/x-ndjson.
    ['application/ndjson', 'application/x-ndjson'],
    ['application/jsonl', 'application/x-ndjson'],
    ['application/json; charset=utf-8', 'application/json'],
    ['text/csv; charset=iso-8859-1', null],
    ['application/x-ndjson; charset=utf-16', null],
  ])('Accept: %s → %s', async (accept, type) => {
    const response = await api().get(withQuery(list.path, 'limit=1')).set('accept', accept);
    if (type === null) {
      expect(response.status).toBe(406);
      expect(response.body).toMatchObject({ code: 'not_acceptable' });
    } else {
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(new RegExp(`^${type.replace('/', '\\/')};`));
    }
  });

  it('CSV (RFC 4180, CRLF, header row) parses back to the rows of the JSON list, in its order, past a page and a batch', async () => {
    const [pages, response] = await Promise.all([allPages(list.path), text('csv', list.path).expect(200)]);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="${list.name}.csv"`);
    const body = response.body as string;
    expect(body.split('\r\n')[0]).toBe(list.columns.join(','));
    expect(body.endsWith('\r\n')).toBe(true);
    const records = csvRecords(body);
    expect(pages).toHaveLength(list.expected);
    expect(records).toEqual(pages.map((item) => Object.fromEntries(list.columns.map((column) => [column, csvCell(item[column])]))));
  });

  it('NDJSON has one JSON object per line, each the item of the JSON list', async () => {
    const [pages, response] = await Promise.all([allPages(list.path), text('ndjson', list.path).expect(200)]);
    expect(response.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="${list.name}.ndjson"`);
    expect(ndjsonItems(response.body as string)).toEqual(pages);
  });

  it("applies the list's filters and is chosen by Accept as well as by format", async () => {
    const path = withQuery(list.path, list.filter);
    const [pages, csv, ndjson] = await Promise.all([
      allPages(path),
      text('csv', path, 'text/csv').expect(200),
      text('ndjson', path, 'application/x-ndjson').expect(200),
    ]);
    expect(pages.length).toBeGreaterThan(100);
    expect(pages.length).toBeLessThan(list.expected);
    expect(csvRecords(csv.body as string).map((record) => record.id)).toEqual(pages.map((item) => item.id));
    expect(ndjsonItems(ndjson.body as string).map((item) => item.id)).toEqual(pages.map((item) => item.id));
  });

  it('continues after the cursor of a JSON page', async () => {
    const first = await api().get(withQuery(list.path, 'limit=100')).expect(200);
    const rest = await text('ndjson', withQuery(list.path, `cursor=${first.body.nextCursor}`)).expect(200);
    const ids = ndjsonItems(rest.body as string).map((item) => item.id);
    expect(ids).toHaveLength(list.expected - 100);
    expect(ids).not.toContain((first.body.data as Item[])[99]!.id);
  });
});

describe('export', () => {
  it('keeps quotes, commas, line breaks and other scripts, and defuses cells a spreadsheet would run as formulas', async () => {
    const body = (await text('csv', '/v1/meetings?sort=createdAt').expect(200)).body as string;
    // A field with a line break is quoted, a lone carriage return included (RFC 4180; some readers split rows on it).
    expect(body).toContain(`,"${loneReturnSummary}",`);
    expect(body).toContain(`,"${loneFeedSummary}",`);
    const meetings = csvRecords(body);
    const tricky = meetings.find((record) => record.title!.includes('HYPERLINK'))!;
    expect(tricky.title).toBe(`'${trickyTitle}`);
    expect(tricky.summary).toBe(`'${trickySummary}`);
    const people = csvRecords((await text('csv', '/v1/people').expect(200)).body as string);
    const person = people.find((record) => record.name!.includes('Mukhtar'))!;
    expect(person.name).toBe("'@Mukhtar Tileuberdi");
    expect(JSON.parse(person.aliases!)).toEqual(['-Tleuberdi', 'Мұхтар, "Тілеуберді"']);
    expect(person.identifiers).toBe('[]');
    const statements = csvRecords((await text('csv', '/v1/statements').expect(200)).body as string);
    const statement = statements.find((record) => record.text!.includes('calc'))!;
    expect(statement.text).toBe(`'=cmd|' /C calc'!A0 — cooperation, "quoted"\nand more`);
    expect(JSON.parse(statement.topics!)).toEqual(['economy', 'trade, "fair"']);
    // NDJSON is data, not a spreadsheet: the text as stored.
    const ndjson = ndjsonItems((await text('ndjson', '/v1/meetings').expect(200)).body as string);
    expect(ndjson.find((item) => item.summary === trickySummary)?.title).toBe(trickyTitle);
  });

  it('HEAD answers the headers of the export without its body', async () => {
    const head = await api().head('/v1/meetings?format=csv').expect(200);
    expect(head.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(head.headers['content-disposition']).toBe('attachment; filename="meetings.csv"');
    expect(head.text ?? '').toBe('');
    // No Content-Length: on HEAD it would have to be the GET body's length (RFC 9110 §8.6), not 0.
    expect(head.headers['content-length']).toBeUndefined();
    await api().head('/v1/meetings?format=csv&kind=nonsense').expect(400);
  });

  it('an empty result is the header row alone in CSV and an empty body in NDJSON', async () => {
    const csv = await text('csv', '/v1/meetings?from=2099-01-01').expect(200);
    expect(csv.body).toBe(`${lists[0]!.columns.join(',')}\r\n`);
    const ndjson = await text('ndjson', '/v1/meetings?from=2099-01-01').expect(200);
    expect(ndjson.body).toBe('');
  });

  it('answers 406 problem+json when Accept allows none of JSON, CSV and NDJSON; format wins over Accept', async () => {
    const refused = await api().get('/v1/meetings').set('accept', 'text/html').expect(406);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({ code: 'not_acceptable', status: 406 });
    await api()
      .get('/v1/meetings?limit=1')
      .set('accept', 'text/html, */*;q=0.1')
      .expect(200)
      .expect('content-type', /application\/json/);
    await api()
      .get('/v1/meetings?limit=1')
      .set('accept', 'text/csv;q=0.5, application/json')
      .expect(200)
      .expect('content-type', /application\/json/);
    await text('csv', '/v1/meetings?from=2099-01-01&format=csv', 'text/html')
      .expect(200)
      .expect('content-type', /text\/csv/);
  });

  it('answers 400 for an unknown format, and for count, include or facets, which do not apply to an export', async () => {
    const unknown = await api().get('/v1/meetings?format=xlsx').expect(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ in: 'query', pointer: '/format' })]);
    const counted = await api().get('/v1/meetings?format=csv&count=exact&include=participants').expect(400);
    expect(counted.body).toMatchObject({ code: 'validation_failed' });
    expect(counted.body.errors.map((error: { pointer: string }) => error.pointer)).toEqual(['/count', '/include']);
    const faceted = await api().get('/v1/search?q=cooperation&format=ndjson&facets=country').expect(400);
    expect(faceted.body.errors[0].pointer).toBe('/facets');
    // In the one form of every field problem (new-user trial 126).
    expect(faceted.body.detail).toMatch(/^query\/facets: does not apply to an export/);
    expect(counted.body.detail).toMatch(/^query\/count: does not apply to an export.*; query\/include: does not apply to an export/);
    await api().get('/v1/statements?format=csv&kind=nonsense').expect(400);
  });

  it('answers 400 problem+json, before any byte of the file, for a cursor of another query or a forged one', async () => {
    const { nextCursor } = (await api().get('/v1/meetings?limit=5').expect(200)).body;
    const other = await api().get(`/v1/meetings?format=csv&kind=talks&cursor=${nextCursor}`).expect(400);
    expect(other.body.code).toBe('invalid_cursor');
    const forged = Buffer.from(
      JSON.stringify({ q: JSON.parse(Buffer.from(nextCursor, 'base64url').toString()).q, k: ['x', 'y'] }),
    ).toString('base64url');
    const refused = await api().get(`/v1/meetings?format=ndjson&cursor=${forged}`).expect(400);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.headers['content-disposition']).toBeUndefined();
  });
});
