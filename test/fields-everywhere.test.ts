import { readFileSync } from 'node:fs';
import supertest from 'supertest';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestContext } from './helpers/app.js';
import { createInitiativeRow, meetingBody } from './helpers/factories.js';

// Sparse fieldsets (`fields=`) on every GET that answers records, driven by one table of those operations. The table
// is checked against openapi.yaml: a GET of the contract that answers records and is not in the table fails here, and
// so does one that takes no `fields`. Each operation answers only the members named (and its key), refuses an unknown
// name with a 400 pointing at it, keeps its cursors working under a fieldset, gives each fieldset its own ETag (gets)
// and narrows its export's columns (lists that export).

type Parameter = { name?: string; in?: string; $ref?: string; schema?: { pattern?: string } };
type Operation = { operationId: string; parameters?: Parameter[]; responses: Record<string, unknown> };
type Doc = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown> } };
const openapi = parse(readFileSync(new URL('../openapi.yaml', import.meta.url), 'utf8')) as Doc;
const resolve = (ref: string): unknown =>
  ref
    .split('/')
    .slice(1)
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], openapi);
const parameter = (p: Parameter): Parameter => (p.$ref ? (resolve(p.$ref) as Parameter) : p);

// Not records: aggregates (stats, the comparison of a meeting's sources), the change feed and its stream, API keys,
// and a meeting's audit trail.
const notRecords = (path: string, operation: Operation) =>
  /^\/v1\/(stats|changes|keys)(\/|$)/.test(path) || ['listMeetingHistory', 'compareMeetingSources'].includes(operation.operationId);
const recordGets = Object.entries(openapi.paths)
  .filter(([path]) => path.startsWith('/v1/'))
  .flatMap(([path, item]) => (item.get && !notRecords(path, item.get) ? [[item.get.operationId, path, item.get] as const] : []));

interface Ids {
  meeting: string;
  participant: string;
  statement: string;
  link: string;
  person: string;
  document: string;
}

interface Row {
  url: (ids: Ids) => string;
  /** Two members of the record other than its key. */
  fields: [string, string];
  /** The members a fieldset always keeps: `id`, a position's `title`, a search hit's `type` and `id`. */
  key?: string[];
  /** One record (a get, with an ETag), or a page of them (`data`) that continues with a cursor. */
  shape: 'get' | 'page' | 'all';
  exports?: boolean;
}

const table: Record<string, Row> = {
  listMeetings: { url: () => '/v1/meetings', fields: ['title', 'date'], shape: 'page', exports: true },
  getMeeting: { url: (ids) => `/v1/meetings/${ids.meeting}`, fields: ['title', 'date'], shape: 'get' },
  listParticipants: { url: (ids) => `/v1/meetings/${ids.meeting}/participants`, fields: ['title', 'role'], shape: 'page' },
  getParticipant: {
    url: (ids) => `/v1/meetings/${ids.meeting}/participants/${ids.participant}`,
    fields: ['title', 'role'],
    shape: 'get',
  },
  listStatements: { url: (ids) => `/v1/meetings/${ids.meeting}/statements`, fields: ['text', 'kind'], shape: 'page' },
  getStatement: { url: (ids) => `/v1/meetings/${ids.meeting}/statements/${ids.statement}`, fields: ['text', 'kind'], shape: 'get' },
  listMeetingInitiatives: { url: (ids) => `/v1/meetings/${ids.meeting}/initiatives`, fields: ['status', 'initiativeId'], shape: 'page' },
  getMeetingInitiative: {
    url: (ids) => `/v1/meetings/${ids.meeting}/initiatives/${ids.link}`,
    fields: ['status', 'initiativeId'],
    shape: 'get',
  },
  listAllParticipants: { url: () => '/v1/participants', fields: ['title', 'meetingId'], shape: 'page', exports: true },
  listAllStatements: { url: () => '/v1/statements', fields: ['text', 'meetingId'], shape: 'page', exports: true },
  listAllMeetingInitiatives: { url: () => '/v1/meeting-initiatives', fields: ['status', 'meetingId'], shape: 'page', exports: true },
  listPeople: { url: () => '/v1/people', fields: ['name', 'aliases'], shape: 'page', exports: true },
  getPerson: { url: (ids) => `/v1/people/${ids.person}`, fields: ['name', 'aliases'], shape: 'get' },
  listInitiatives: { url: () => '/v1/initiatives', fields: ['name', 'slug'], shape: 'page', exports: true },
  getInitiative: { url: () => '/v1/initiatives/covid-19-vaccine-supply', fields: ['name', 'slug'], shape: 'get' },
  listDocuments: { url: () => '/v1/documents', fields: ['sha256', 'meetingIds'], shape: 'page' },
  getDocument: { url: (ids) => `/v1/documents/${ids.document}`, fields: ['text', 'sha256'], shape: 'get' },
  listMeetingSources: {
    url: (ids) => `/v1/meetings/${ids.meeting}/sources`,
    fields: ['role', 'publisher'],
    key: ['documentId'],
    shape: 'all',
  },
  listPersonPositions: {
    url: (ids) => `/v1/people/${ids.person}/positions`,
    fields: ['meetings', 'firstDate'],
    key: ['title'],
    shape: 'all',
  },
  listInitiativeTimeline: { url: () => '/v1/initiatives/covid-19-vaccine-supply/timeline', fields: ['status', 'date'], shape: 'page' },
  searchRecords: { url: () => '/v1/search?q=vaccines', fields: ['title', 'score'], key: ['type', 'id'], shape: 'page', exports: true },
};
const rows = Object.entries(table).map(([operationId, row]) => ({ operationId, key: ['id'], ...row }));
const withFields = (url: string, query: string) => `${url}${url.includes('?') ? '&' : '?'}${query}`;
const keys = (record: object) => Object.keys(record).sort();

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
const ids = {} as Ids;

beforeAll(async () => {
  await createInitiativeRow(ctx.prisma);
  await createInitiativeRow(ctx.prisma, 'belt-and-road-initiative', 'Belt and Road Initiative');
  const first = (
    await api()
      .post('/v1/meetings')
      .send(
        meetingBody({
          initiatives: [
            { initiative: 'covid-19-vaccine-supply', status: 'agreed', statementIndex: 0, committedParties: ['CN'] },
            { initiative: 'belt-and-road-initiative', status: 'discussed' },
          ],
        }),
      )
      .expect(201)
  ).body;
  const wang = first.participants[0].personId as string;
  await api()
    .post('/v1/meetings')
    .send({
      title: 'Wang Yi holds talks on vaccines',
      kind: 'talks',
      date: '2022-03-01',
      participants: [{ key: 'wang', personId: wang, title: 'Foreign Minister', countryCode: 'CN', role: 'host' }],
      statements: [{ speakerKey: 'wang', text: 'China will keep sending vaccines.' }],
      initiatives: [{ initiative: 'covid-19-vaccine-supply', status: 'implemented', statementIndex: 0 }],
    })
    .expect(201);
  const document = await api().post('/v1/documents').set('content-type', 'text/plain').send('Wang Yi met Mukhtar Tileuberdi.').expect(201);
  await api().post('/v1/documents').set('content-type', 'text/plain').send('Wang Yi spoke with a minister.').expect(201);
  // The first meeting has a source, for its sources list.
  await api()
    .patch(`/v1/meetings/${first.id}`)
    .set('if-match', `"v${first.version}"`)
    .send({ sourceDocumentId: document.body.id })
    .expect(200);
  Object.assign(ids, {
    meeting: first.id,
    participant: first.participants[0].id,
    statement: first.statements[0].id,
    link: first.initiatives[0].id,
    person: wang,
    document: document.body.id,
  });
});

describe('the table of operations that take fields=', () => {
  it('is every GET of the contract that answers records', () => {
    expect(recordGets.map(([operationId]) => operationId).sort()).toEqual(Object.keys(table).sort());
  });

  it.each(recordGets)('%s (%s) declares fields, its names in a pattern, and a sparse answer', (_, path, operation) => {
    const fields = (operation.parameters ?? []).map(parameter).find((p) => p.in === 'query' && p.name === 'fields');
    expect(fields?.schema?.pattern).toBeDefined();
    expect(new RegExp(fields!.schema!.pattern!).test('nonsense')).toBe(false);
    const refs = [...JSON.stringify(operation.responses['200']).matchAll(/"#\/components\/schemas\/(\w+)"/g)].map((match) => match[1]!);
    const answers = [...refs, ...refs.flatMap((ref) => [...JSON.stringify(openapi.components.schemas[ref]).matchAll(/schemas\/(\w+)"/g)])];
    expect(answers.join(' '), path).toMatch(/\w+Fields\b/);
  });
});

describe.each(rows)('$operationId with fields=', ({ url, fields: [field], key, shape }) => {
  const records = (body: { data?: object[] }) => (shape === 'get' ? [body] : body.data!);

  it('answers only the members named, and its key', async () => {
    const whole = await api().get(url(ids)).expect(200);
    expect(records(whole.body).length).toBeGreaterThan(0);
    expect(keys(records(whole.body)[0]!).length).toBeGreaterThan(2);
    const sparse = await api()
      .get(withFields(url(ids), `fields=${field}`))
      .expect(200);
    expect(records(sparse.body).map(keys)).toEqual(records(whole.body).map(() => [field, ...key].sort()));
  });

  it('refuses an unknown name with a 400 problem pointing at it', async () => {
    const response = await api()
      .get(withFields(url(ids), `fields=${field},bogus`))
      .expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.errors[0]).toMatchObject({ in: 'query', pointer: '/fields/1' });
    expect(response.body.errors[0].message).toContain(field);
  });
});

// Only the checks that apply to an operation are generated for it (no skipped tests): ETags on gets, cursors on pages,
// columns on the operations that export.
describe.each(rows.filter((row) => row.shape === 'get'))('$operationId with fields= (a get)', ({ url, fields: [field, other] }) => {
  it('has an ETag per fieldset, each answering If-None-Match', async () => {
    const whole = (await api().get(url(ids)).expect(200)).headers.etag as string;
    const sparse = (
      await api()
        .get(withFields(url(ids), `fields=${field},${other}`))
        .expect(200)
    ).headers.etag as string;
    const respelled = (
      await api()
        .get(withFields(url(ids), `fields=${other},${field}`))
        .expect(200)
    ).headers.etag;
    const another = (
      await api()
        .get(withFields(url(ids), `fields=${field}`))
        .expect(200)
    ).headers.etag;
    expect(respelled).toBe(sparse);
    expect(new Set([whole, sparse, another]).size).toBe(3);
    await api()
      .get(withFields(url(ids), `fields=${field},${other}`))
      .set('If-None-Match', sparse)
      .expect(304);
    await api()
      .get(withFields(url(ids), `fields=${field}`))
      .set('If-None-Match', sparse)
      .expect(200);
  });
});

describe.each(rows.filter((row) => row.shape === 'page'))('$operationId with fields= (a page)', ({ url, fields: [field, other], key }) => {
  it('pages on with a cursor under a fieldset, even another one', async () => {
    const first = await api()
      .get(withFields(url(ids), `limit=1&fields=${field}`))
      .expect(200);
    expect(first.body.data.map(keys)).toEqual([[field, ...key].sort()]);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const next = await api()
      .get(withFields(url(ids), `limit=1&fields=${other}&cursor=${first.body.nextCursor}`))
      .expect(200);
    expect(next.body.data.map(keys)).toEqual([[other, ...key].sort()]);
    const keyOf = (record: Record<string, unknown>) => key.map((member) => record[member]);
    expect(keyOf(next.body.data[0])).not.toEqual(keyOf(first.body.data[0]));
  });
});

describe.each(rows.filter((row) => row.exports))('$operationId with fields= (an export)', ({ url, fields: [field, other], key }) => {
  it('narrows an export to the columns named (and its key)', async () => {
    const csv = await api()
      .get(withFields(url(ids), `format=csv&fields=${field}`))
      .expect(200);
    expect(csv.text.split('\r\n')[0]!.split(',').sort()).toEqual([field, ...key].sort());
    const ndjson = await api()
      .get(withFields(url(ids), `format=ndjson&fields=${other}`))
      .buffer(true)
      .expect(200);
    const lines = (ndjson.text || (ndjson.body as Buffer).toString()).trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    expect(new Set(lines.map((line: string) => keys(JSON.parse(line)).join(',')))).toEqual(new Set([[other, ...key].sort().join(',')]));
  });
});
