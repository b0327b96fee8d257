import { readFileSync, writeFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildApp } from '../src/app.js';
import { listMigrationNames } from '../src/db/schema-engine.js';
import { createTestContext, testConfig, type TestContext } from './helpers/app.js';
import { initiativeCatalogue, meetingBody, tileuberdiPerson } from './helpers/factories.js';

// Robustness: driven by openapi.yaml, every operation gets a bounded, deterministic set of hostile inputs (query and
// path parameters, headers, JSON bodies, whole-body shapes, forged cursors, extreme-but-valid values). Whatever the
// input, the answer must be < 500, and every 4xx must be problem+json with a `code` and the `requestId`.
// ROBUSTNESS_LOG_LEVEL=error shows the server's log (with the stack of any 500) while running this file.

// ---------------------------------------------------------------------------------------------------------------
// The contract

interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header';
  schema?: { type?: string | string[] };
}
interface Operation {
  operationId: string;
  method: 'get' | 'post' | 'patch' | 'delete';
  path: string;
  parameters: Parameter[];
  bodyTypes: string[];
  /** The response statuses the contract declares for the operation. */
  statuses: Set<number>;
}
type Doc = {
  paths: Record<
    string,
    Record<
      string,
      {
        operationId: string;
        parameters?: unknown[];
        requestBody?: { content: Record<string, unknown> };
        responses?: Record<string, unknown>;
      }
    >
  >;
};

const openapi = parse(readFileSync(new URL('../openapi.yaml', import.meta.url), 'utf8')) as Doc;
const deref = (value: unknown): unknown => {
  const ref = (value as { $ref?: string }).$ref;
  return ref
    ? ref
        .split('/')
        .slice(1)
        .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], openapi)
    : value;
};
const operations: Operation[] = Object.entries(openapi.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => ['get', 'post', 'patch', 'delete'].includes(method))
    .map(([method, op]) => ({
      operationId: op.operationId,
      method: method as Operation['method'],
      path,
      parameters: (op.parameters ?? []).map((p) => deref(p) as Parameter),
      bodyTypes: Object.keys(op.requestBody?.content ?? {}),
      statuses: new Set(Object.keys(op.responses ?? {}).map(Number)),
    })),
);
const declaredStatuses = new Map(operations.map((operation) => [operation.operationId, operation.statuses]));

// ---------------------------------------------------------------------------------------------------------------
// Hostile values

/** A value sent verbatim: raw query text (already percent-encoded or deliberately malformed) or raw JSON text. */
class Raw {
  constructor(readonly text: string) {}
}
const raw = (text: string) => new Raw(text);

const uuids: Array<[string, string]> = [
  ['uuid-v1', 'c232ab00-9414-11ec-b3c8-9f6bdeced846'],
  ['uuid-v2', '000003e8-9414-21ec-8b00-325096b39f47'],
  ['uuid-v3', '5df41881-3aed-3515-88a7-2f4a814cf09e'],
  ['uuid-v4', '919108f7-52d1-4320-9bac-f847db4148a8'],
  ['uuid-v5', '2ed6657d-e927-568b-95e1-2665a8aea6a2'],
  ['uuid-v6', '1ec9414c-232a-6b00-b3c8-9f6bdeced846'],
  ['uuid-v7', '017f22e2-79b0-7cc3-98c4-dc0c0c07398f'],
  ['uuid-v8', '320c3d4d-cc00-875b-8ec9-32d5f69181c0'],
  ['uuid-nil', '00000000-0000-0000-0000-000000000000'],
  ['uuid-max', 'ffffffff-ffff-ffff-ffff-ffffffffffff'],
  ['uuid-max-v7', 'ffffffff-ffff-7fff-bfff-ffffffffffff'],
  ['uuid-upper', '017F22E2-79B0-7CC3-98C4-DC0C0C07398F'],
  ['uuid-v0', '017f22e2-79b0-0cc3-98c4-dc0c0c07398f'],
  ['uuid-v9', '017f22e2-79b0-9cc3-98c4-dc0c0c07398f'],
  ['uuid-bad-variant', '017f22e2-79b0-7cc3-c8c4-dc0c0c07398f'],
  ['uuid-braces', '{017f22e2-79b0-7cc3-98c4-dc0c0c07398f}'],
  ['uuid-no-hyphens', '017f22e279b07cc398c4dc0c0c07398f'],
  ['uuid-urn', 'urn:uuid:017f22e2-79b0-7cc3-98c4-dc0c0c07398f'],
];

const dates: Array<[string, string]> = [
  ['date-0001', '0001-01-01'],
  ['date-9999', '9999-12-31'],
  ['date-month-13', '2021-13-01'],
  ['date-leap', '2020-02-29'],
  ['date-not-leap', '2021-02-29'],
  ['date-1900-02-29', '1900-02-29'],
  ['date-year-0', '0000-01-01'],
  ['date-year-0-leap', '0000-02-29'],
  ['date-zeros', '0000-00-00'],
  ['date-expanded-year', '+275760-09-13'],
  ['date-5-digit', '10000-01-01'],
  ['instant-9999', '9999-12-31T23:59:59.999999999+23:59'],
  ['instant-0000', '0000-01-01T00:00:00Z'],
  ['instant-0001-offset', '0001-01-01T00:00:00+23:59'],
  ['instant-hour-25', '2021-07-15T25:00:00Z'],
  ['instant-epoch', '1970-01-01T00:00:00Z'],
  ['instant-no-zone', '2021-07-15T10:00:00'],
];

/** Values for any query or path parameter. */
const paramValues: Array<[string, string | Raw]> = [
  ['empty', ''],
  ['space', ' '],
  ['whitespace', '\t\r\n '],
  ['long-10k', 'a'.repeat(10_000)],
  ['long-10k-astral', '𝕏'.repeat(5_000)],
  ['emoji', '😀🇰🇿👨‍👩‍👧'],
  ['rtl', '\u202Eمحمد\u202C'],
  ['combining', 'Z̴̡̢͇a̵l̶g̷o̸'.repeat(3)],
  ['zero-width', '\u200B\uFEFF'],
  ['neg', '-1'],
  ['zero', '0'],
  ['1e309', '1e309'],
  ['int32+1', '2147483648'],
  ['2^53+1', '9007199254740993'],
  ['float', '1.5'],
  ['hex', '0x10'],
  ['NaN', 'NaN'],
  ['Infinity', 'Infinity'],
  ['bool', 'true'],
  ['json-object', '{"a":1}'],
  ['json-array', '[1,2]'],
  ['null', 'null'],
  ['sql', "' OR 1=1 --"],
  ['sql-stacked', '1; DROP TABLE meetings; --'],
  ['like-wildcards', '%_\\'],
  ['tsquery-operators', '!(&|:*<->'],
  ['regex', '.*(a+)+$'],
  ['traversal', '../../../../etc/passwd'],
  ['traversal-windows', '..\\..\\windows\\win.ini'],
  ['html', '<script>alert(1)</script>'],
  ['commas', ',,,'],
  ['comma-list-long', 'KZ,'.repeat(2_000)],
  ['enum-lookalike', 'participants,statements,initiatives,provenance,bogus'],
  ['proto', '__proto__'],
  ['constructor', 'constructor'],
  ...dates,
  ...uuids,
  ['raw-percent', raw('%')],
  ['raw-bad-escape', raw('%zz')],
  ['raw-overlong-nul', raw('%C0%80')],
  ['raw-lone-surrogate', raw('%ED%A0%80')],
  ['raw-invalid-utf8', raw('%FF%FE')],
  ['raw-plus', raw('a+b')],
];

/** Replacements for one property of a JSON body. */
const propertyValues: Array<[string, unknown]> = [
  ['null', null],
  ['true', true],
  ['zero', 0],
  ['neg', -1],
  ['float', 1.5],
  ['int32+1', 2147483648],
  ['2^53+1', raw('9007199254740993')],
  ['1e309', raw('1e309')],
  ['-1e309', raw('-1e309')],
  ['empty-string', ''],
  ['space', ' '],
  ['long-100k', 'x'.repeat(100_001)],
  ['emoji', '😀🇰🇿👨‍👩‍👧'],
  ['rtl', '\u202Eمحمد\u202C'],
  ['combining', 'Z̴̡̢͇a̵l̶g̷o̸'],
  ['lone-surrogate', raw('"\\ud800"')],
  ['sql', "' OR 1=1 --"],
  ['traversal', '../../../../etc/passwd'],
  ['empty-array', []],
  ['array-of-null', [null]],
  ['array-1000', Array.from({ length: 1_000 }, (_, i) => `item-${i}`)],
  ['empty-object', {}],
  ['nested-object', { a: { b: { c: [1, { d: null }] } } }],
  ['proto-object', raw('{"__proto__":{"polluted":true}}')],
  ['date-year-0', '0000-01-01'],
  ['date-9999', '9999-12-31'],
  ['uuid-nil', '00000000-0000-0000-0000-000000000000'],
  ['uuid-max', 'ffffffff-ffff-ffff-ffff-ffffffffffff'],
  ['uuid-v4', '919108f7-52d1-4320-9bac-f847db4148a8'],
];
/** The smaller set used for nested properties, to stay bounded. */
const nestedPropertyValues = propertyValues.filter(([name]) =>
  [
    'null',
    'neg',
    'int32+1',
    '2^53+1',
    '1e309',
    'empty-string',
    'long-100k',
    'lone-surrogate',
    'empty-object',
    'array-of-null',
    'uuid-nil',
    'date-year-0',
  ].includes(name),
);

const nest = (depth: number, open: string, close: string, leaf = '1') => open.repeat(depth) + leaf + close.repeat(depth);

// ---------------------------------------------------------------------------------------------------------------
// Sending and checking

interface Sent {
  operationId: string;
  label: string;
  method: string;
  url: string;
  status: number;
  ms: number;
  code?: string;
  contentType?: string;
  violation?: string;
}

interface RequestSpec {
  label: string;
  method: Operation['method'];
  url: string;
  body?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
}

let ctx: TestContext;
let app: FastifyInstance;
const sent: Sent[] = [];

/** JSON text with Raw values spliced in verbatim. */
function toJson(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, item: unknown) => {
    if (item instanceof Raw) {
      raws.push(item.text);
      return `\u0001RAW${raws.length - 1}\u0001`;
    }
    return item;
  });
  return text.replace(/"\\u0001RAW(\d+)\\u0001"/g, (_m, index: string) => raws[Number(index)]!);
}

// An event stream (GET /v1/changes/stream) never ends: its answer is taken from the status, the headers and the first
// bytes, and the connection is closed; anything else is read to the end and parsed as JSON when it is.
function firstBytesOfStreams(
  response: NodeJS.ReadableStream & { headers: Record<string, string | undefined>; destroy(): void },
  done: (error: null, body: unknown) => void,
) {
  const streaming = response.headers['content-type']?.startsWith('text/event-stream') ?? false;
  let text = '';
  response.setEncoding('utf8');
  response.on('data', (chunk: string) => {
    text += chunk;
    if (streaming) {
      response.destroy();
      done(null, {});
    }
  });
  response.on('end', () => {
    if (streaming) return;
    try {
      done(null, JSON.parse(text));
    } catch {
      done(null, text);
    }
  });
}

async function send(operationId: string, spec: RequestSpec): Promise<Sent> {
  let request = supertest(app.server)[spec.method](spec.url);
  if (operationId === 'streamChanges') request = request.buffer(true).parse(firstBytesOfStreams as never);
  for (const [name, value] of Object.entries(spec.headers ?? {})) request = request.set(name, value);
  if (spec.body !== undefined) {
    const text =
      spec.body instanceof Raw
        ? spec.body.text
        : typeof spec.body === 'string' && spec.contentType?.startsWith('text/')
          ? spec.body
          : toJson(spec.body);
    request = request.set('content-type', spec.contentType ?? 'application/json').send(text);
  }
  const started = performance.now();
  const response = await request;
  const ms = Math.round(performance.now() - started);
  const result: Sent = {
    operationId,
    label: spec.label,
    method: spec.method.toUpperCase(),
    url: spec.url.length > 200 ? `${spec.url.slice(0, 200)}…` : spec.url,
    status: response.status,
    ms,
  };
  const contentType: string | undefined = response.headers['content-type'];
  if (contentType) result.contentType = contentType;
  const body = response.body as { code?: unknown; requestId?: unknown } | undefined;
  if (typeof body?.code === 'string') result.code = body.code;
  // An empty path parameter makes the URL another path's (…/initiatives/ is the collection): its 404 or 405 is that
  // path's answer, not this operation's.
  const elsewhere = /\bpath \w+=empty\b/.test(spec.label) && (response.status === 404 || response.status === 405);
  if (!elsewhere && !declaredStatuses.get(operationId)?.has(response.status)) {
    result.violation = `${response.status} is not declared for ${operationId} in openapi.yaml`;
  } else if (response.status >= 500) {
    result.violation = `${response.status} ${String(body?.code)}`;
  } else if (response.status >= 400) {
    if (!contentType?.startsWith('application/problem+json')) result.violation = `${response.status} with content-type ${contentType}`;
    else if (typeof body?.code !== 'string' || typeof body.requestId !== 'string')
      result.violation = `${response.status} problem without code/requestId`;
  }
  sent.push(result);
  return result;
}

/** Runs specs with bounded concurrency (reads) or one by one (writes), and returns the violations. */
async function run(operation: Operation, specs: RequestSpec[], concurrency = operation.method === 'get' ? 8 : 1): Promise<string[]> {
  const results: Sent[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < specs.length) {
        const spec = specs[next++]!;
        results.push(await send(operation.operationId, spec));
      }
    }),
  );
  return results.filter((r) => r.violation).map((r) => `${r.method} ${r.url} [${r.label}] → ${r.violation}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Realistic data

const readout = readFileSync(new URL('../prisma/seed/wang-yi-tileuberdi-2021-07-15.txt', import.meta.url), 'utf8');

interface Ids {
  meetingId: string;
  participantId: string;
  participant2Id: string;
  statementId: string;
  linkId: string;
  personId: string;
  initiativeId: string;
  documentId: string;
  draft: Record<string, unknown>;
}
let ids: Ids;

async function post<T = Record<string, unknown>>(url: string, body: unknown, contentType = 'application/json'): Promise<T> {
  const response = await supertest(app.server)
    .post(url)
    .set('content-type', contentType)
    .send(body as object);
  if (response.status >= 300) throw new Error(`setup ${url}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as T;
}

let documentCounter = 0;
async function freshDocument(): Promise<{ id: string; draft: Record<string, unknown> }> {
  documentCounter += 1;
  return post(`/v1/documents`, { text: `${readout}\n\n(robustness copy ${documentCounter})`, publishedAt: '2021-07-16', language: 'en' });
}

beforeAll(async () => {
  ctx = await createTestContext();
  const level = process.env.ROBUSTNESS_LOG_LEVEL;
  app = level
    ? await buildApp(
        { ...testConfig, LOG_LEVEL: level as typeof testConfig.LOG_LEVEL },
        { prisma: ctx.prisma, expectedMigrations: await listMigrationNames() },
      )
    : ctx.app;
  await app.ready();

  for (const initiative of initiativeCatalogue) await post('/v1/initiatives', initiative);
  const target = await post<{ id: string }>('/v1/initiatives', {
    slug: 'patch-target',
    name: 'Patch target',
    aliases: ['pt'],
    category: 'test',
  });
  const initiatives = [
    { initiative: 'covid-19-vaccine-supply', status: 'agreed', statementIndex: 0, committedParties: ['CN'] },
    { initiative: 'nurly-zhol', status: 'discussed', statementIndex: 1 },
  ];
  const meeting = await post<{
    id: string;
    participants: Array<{ id: string }>;
    statements: Array<{ id: string }>;
    initiatives: Array<{ id: string }>;
  }>('/v1/meetings', meetingBody({ initiatives }));
  await post('/v1/meetings', meetingBody({ date: '2021-09-01', kind: 'talks', countryCode: 'KZ', initiatives }));
  await supertest(app.server).patch(`/v1/meetings/${meeting.id}`).send({ summary: 'History entry.' }).expect(200);
  const person = await post<{ id: string }>('/v1/people', tileuberdiPerson);
  // The meetings above created a Wang Yi of their own: this one is told apart by an identifier (POST /v1/people refuses a
  // second person nobody could tell from the first).
  await post('/v1/people', {
    name: 'Wang Yi',
    aliases: ['王毅'],
    countryCode: 'CN',
    identifiers: [{ scheme: 'wikidata', value: 'Q1000002' }],
  });
  const document = await post<{ id: string; draft: Record<string, unknown> }>('/v1/documents', readout, 'text/plain');
  await freshDocument();
  ids = {
    meetingId: meeting.id,
    participantId: meeting.participants[0]!.id,
    participant2Id: meeting.participants[1]!.id,
    statementId: meeting.statements[0]!.id,
    linkId: meeting.initiatives[0]!.id,
    personId: person.id,
    initiativeId: target.id,
    documentId: document.id,
    draft: document.draft,
  };
});

afterAll(async () => {
  const counts = new Map<string, number>();
  for (const s of sent) counts.set(s.operationId, (counts.get(s.operationId) ?? 0) + 1);
  const statuses = new Map<number, number>();
  for (const s of sent) statuses.set(s.status, (statuses.get(s.status) ?? 0) + 1);
  console.log(
    `robustness: ${sent.length} requests\n${[...counts].map(([op, n]) => `  ${op}: ${n}`).join('\n')}\n  statuses: ${JSON.stringify(Object.fromEntries(statuses))}`,
  );
  if (process.env.ROBUSTNESS_DUMP) writeFileSync(process.env.ROBUSTNESS_DUMP, JSON.stringify(sent, null, 1));
  if (app !== ctx.app) await app.close();
  await ctx.close();
});

// ---------------------------------------------------------------------------------------------------------------
// Per-operation cases

function validPathValue(operation: Operation, name: string): string {
  switch (name) {
    case 'meetingId':
      return ids.meetingId;
    case 'participantId':
      return ids.participant2Id;
    case 'statementId':
      return ids.statementId;
    case 'linkId':
      return ids.linkId;
    case 'personId':
      return ids.personId;
    case 'initiativeKey':
      return ids.initiativeId;
    case 'documentId':
      return ids.documentId;
    case 'keyId':
      // A key that does not exist: the sweep has no admin key, so every request stops at authentication anyway.
      return 'robustness-key';
    default:
      throw new Error(`no valid value for {${name}} in ${operation.operationId}`);
  }
}

const encodeValue = (value: string | Raw) => (value instanceof Raw ? value.text : encodeURIComponent(value));

function buildPath(operation: Operation, override?: [string, string | Raw]): string {
  return operation.path.replace(/\{(\w+)\}/g, (_m, name: string) =>
    override && override[0] === name ? encodeValue(override[1]) : encodeURIComponent(validPathValue(operation, name)),
  );
}

// A parameter name seen before (limit, cursor, meetingId, from, …) gets a seeded sample of the values, not all of them.
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(20210715);
const seenParameters = new Set<string>();
function valuesFor(parameter: Parameter): Array<[string, string | Raw]> {
  const key = `${parameter.in}:${parameter.name}`;
  if (!seenParameters.has(key)) {
    seenParameters.add(key);
    return paramValues;
  }
  return paramValues.filter(() => random() < 0.08);
}

function parameterCases(operation: Operation): RequestSpec[] {
  const specs: RequestSpec[] = [];
  const body = operation.bodyTypes.includes('application/json') ? {} : undefined;
  const withBody = (spec: RequestSpec): RequestSpec =>
    operation.method === 'post' || operation.method === 'patch' ? { ...spec, body: body ?? {} } : spec;
  for (const parameter of operation.parameters.filter((p) => p.in === 'path')) {
    for (const [label, value] of valuesFor(parameter)) {
      specs.push(
        withBody({
          label: `path ${parameter.name}=${label}`,
          method: operation.method,
          url: buildPath(operation, [parameter.name, value]),
        }),
      );
    }
  }
  if (operation.method !== 'get') return specs;
  const base = buildPath(operation);
  const query = operation.parameters.filter((p) => p.in === 'query');
  for (const parameter of query) {
    for (const [label, value] of valuesFor(parameter)) {
      specs.push({ label: `query ${parameter.name}=${label}`, method: 'get', url: `${base}?${parameter.name}=${encodeValue(value)}` });
    }
    specs.push({ label: `query ${parameter.name} repeated`, method: 'get', url: `${base}?${parameter.name}=1&${parameter.name}=2` });
    specs.push({ label: `query ${parameter.name}[] bracket`, method: 'get', url: `${base}?${parameter.name}[]=1&${parameter.name}[a]=2` });
    specs.push({ label: `query ${parameter.name} without value`, method: 'get', url: `${base}?${parameter.name}` });
  }
  specs.push({ label: 'unknown query parameter', method: 'get', url: `${base}?zzz=1` });
  specs.push({ label: 'query proto', method: 'get', url: `${base}?__proto__=1&constructor[prototype]=1` });
  specs.push({
    label: 'query 200 parameters',
    method: 'get',
    url: `${base}?${Array.from({ length: 200 }, (_, i) => `p${i}=${i}`).join('&')}`,
  });
  const names = new Set(query.map((p) => p.name));
  if (names.has('from') && names.has('to')) {
    specs.push({ label: 'from after to', method: 'get', url: `${base}?from=2022-01-01&to=2021-01-01` });
    specs.push({ label: 'from 0001 to 9999', method: 'get', url: `${base}?from=0001-01-01&to=9999-12-31` });
    specs.push({ label: 'from 0000 to 0000', method: 'get', url: `${base}?from=0000-01-01&to=0000-12-31` });
    if (names.has('interval')) {
      for (const interval of ['month', 'quarter', 'year']) {
        specs.push({
          label: `interval ${interval} 0001–9999`,
          method: 'get',
          url: `${base}?interval=${interval}&from=0001-01-01&to=9999-12-31`,
        });
        specs.push({
          label: `interval ${interval} 9999`,
          method: 'get',
          url: `${base}?interval=${interval}&from=9999-01-01&to=9999-12-31`,
        });
        specs.push({
          label: `interval ${interval} 0001`,
          method: 'get',
          url: `${base}?interval=${interval}&from=0001-01-01&to=0001-12-31`,
        });
      }
    }
  }
  if (names.has('q') && names.has('limit'))
    specs.push({ label: 'q + limit 100 + count', method: 'get', url: `${base}?q=a&limit=100${names.has('count') ? '&count=exact' : ''}` });
  if (names.has('q')) {
    for (const q of ['a', 'a'.repeat(200), '"unterminated', '-', 'OR', '""', '* * *', 'Tleuberdi 😀', 'ﷺ', 'ǅ']) {
      specs.push({ label: `q=${q.slice(0, 20)}`, method: 'get', url: `${base}?q=${encodeURIComponent(q)}` });
    }
  }
  return specs;
}

/** Forged cursors: a real fingerprint (from a real next page) with hostile keys. */
async function cursorCases(operation: Operation): Promise<RequestSpec[]> {
  if (operation.method !== 'get' || !operation.parameters.some((p) => p.name === 'cursor')) return [];
  const base = buildPath(operation);
  const extra = operation.operationId === 'searchRecords' ? 'q=kazakhstan&' : '';
  const first = await supertest(app.server).get(`${base}?${extra}limit=1`);
  const nextCursor = (first.body as { nextCursor?: string | null }).nextCursor;
  const specs: RequestSpec[] = [];
  const payloads: Array<[string, unknown]> = [];
  if (nextCursor) {
    const real = JSON.parse(Buffer.from(nextCursor, 'base64url').toString('utf8')) as { q: string; k: unknown[] };
    const keys: Array<[string, unknown[]]> = [
      ['k-empty', []],
      ['k-nulls', [null, null]],
      ['k-strings', ['not-a-value', 'not-a-uuid']],
      ['k-numbers', [1e308, -1]],
      ['k-objects', [{}, []]],
      ['k-sql', ["' OR 1=1 --", "' OR 1=1 --"]],
      ['k-long', ['a'.repeat(10_000), 'b'.repeat(10_000)]],
      ['k-date-year-0', ['0000-01-01', real.k.at(-1)]],
      ['k-date-9999', ['+275760-09-13T00:00:00.000Z', real.k.at(-1)]],
      ['k-id-not-uuid', [...real.k.slice(0, -1), 'zzz']],
      ['k-id-nil', [...real.k.slice(0, -1), '00000000-0000-0000-0000-000000000000']],
      ['k-value-string', ['x', ...real.k.slice(1)]],
      ['k-value-number', [2147483648, ...real.k.slice(1)]],
      ['k-value-neg', [-1, ...real.k.slice(1)]],
      ['k-value-float', [1.5, ...real.k.slice(1)]],
      ['k-value-huge', [9007199254740992, ...real.k.slice(1)]],
      ['k-value-null', [null, ...real.k.slice(1)]],
      ['k-extra', [...real.k, 'extra', 'more']],
    ];
    for (const [label, k] of keys) payloads.push([label, { q: real.q, k }]);
    payloads.push(['q-wrong-type', { q: 1, k: real.k }]);
  }
  payloads.push(['not-object', [1, 2]], ['json-null', null], ['json-string', 'x']);
  for (const [label, payload] of payloads) {
    const cursor = Buffer.from(JSON.stringify(payload)).toString('base64url');
    specs.push({ label: `cursor ${label}`, method: 'get', url: `${base}?${extra}limit=1&cursor=${cursor}` });
  }
  for (const [label, cursor] of [
    ['cursor-garbage', '!!!!'],
    ['cursor-2049', 'a'.repeat(2049)],
    ['cursor-not-json', Buffer.from('{').toString('base64url')],
  ] as const) {
    specs.push({ label, method: 'get', url: `${base}?${extra}cursor=${encodeURIComponent(cursor)}` });
  }
  return specs;
}

function headerCases(operation: Operation): RequestSpec[] {
  const specs: RequestSpec[] = [];
  const etags = [
    '',
    '*',
    '"v1"',
    'W/"v1"',
    '"v99999999999999999999"',
    '"v-1"',
    '"v1-participants.statements.bogus"',
    '"vNaN"',
    'x'.repeat(8_000),
    '"v1", "v2", *',
  ];
  const names = operation.parameters.filter((p) => p.in === 'header').map((p) => p.name);
  if (names.includes('If-None-Match')) {
    for (const etag of etags)
      specs.push({
        label: `If-None-Match ${etag.slice(0, 30)}`,
        method: operation.method,
        url: buildPath(operation),
        headers: { 'If-None-Match': etag },
      });
  }
  if (names.includes('If-Match') && operation.method === 'patch') {
    for (const etag of etags)
      specs.push({
        label: `If-Match ${etag.slice(0, 30)}`,
        method: 'patch',
        url: buildPath(operation),
        body: {},
        headers: { 'If-Match': etag },
      });
  }
  if (names.includes('Idempotency-Key')) {
    for (const key of ['', ' ', 'x'.repeat(256), '"quoted"', 'a b', 'robustness-key']) {
      specs.push({
        label: `Idempotency-Key ${key.slice(0, 20)}`,
        method: operation.method,
        url: buildPath(operation),
        body: { unknownField: 1 },
        headers: { 'Idempotency-Key': key },
      });
    }
  }
  specs.push({
    label: 'X-Request-Id 10k',
    method: operation.method,
    url: buildPath(operation),
    headers: { 'X-Request-Id': 'r'.repeat(10_000) },
    ...(operation.method === 'post' || operation.method === 'patch' ? { body: { unknownField: 1 } } : {}),
  });
  return specs;
}

// Valid bodies, one per operation; `n` makes unique what must be unique.
function baseBody(operationId: string, n: number): Record<string, unknown> | undefined {
  switch (operationId) {
    case 'createMeeting':
      return meetingBody({ summary: 'Robustness', startTime: '10:30', parentId: null, sourceDocumentId: null, datePrecision: 'day' });
    case 'updateMeeting':
      return {
        title: 'Patched',
        kind: 'talks',
        date: '2021-07-16',
        datePrecision: 'day',
        startTime: '09:00',
        timezone: 'Asia/Almaty',
        city: 'Almaty',
        countryCode: 'KZ',
        parentId: null,
        summary: 'S',
        sourceDocumentId: null,
      };
    case 'createParticipant':
      return {
        person: { name: `Robust Person ${n}`, aliases: ['RP'], countryCode: 'KZ', identifiers: [{ scheme: 'robust', value: `rp-${n}` }] },
        title: 'Minister',
        countryCode: 'KZ',
        organization: 'MFA',
        role: 'third_party',
        printedName: 'R. Person',
        printedTitle: 'Minister',
      };
    case 'updateParticipant':
      return {
        title: 'Minister',
        countryCode: 'KZ',
        organization: 'MFA',
        role: 'guest',
        printedName: 'M. Tileuberdi',
        printedTitle: 'Minister',
        position: 1,
      };
    case 'createStatement':
      return { speakerId: ids.participantId, kind: 'reported', text: 'Robustness statement.', topics: ['robustness'], position: 5 };
    case 'updateStatement':
      return { speakerId: ids.participantId, kind: 'reported', text: 'Patched statement.', topics: ['a'], position: 0 };
    case 'createMeetingInitiative':
      return {
        initiative: n % 2 ? 'belt-and-road-initiative' : 'china-central-asia',
        status: 'proposed',
        committedParties: ['KZ'],
        statementId: ids.statementId,
      };
    case 'updateMeetingInitiative':
      return { status: 'signed', committedParties: ['CN', 'KZ'], statementId: ids.statementId };
    case 'createPerson':
      return { name: `Robust ${n}`, aliases: ['R'], countryCode: 'CN', identifiers: [{ scheme: 'robust', value: `p-${n}` }] };
    case 'updatePerson':
      return {
        name: 'Mukhtar Tileuberdi',
        aliases: ['Tleuberdi'],
        countryCode: 'KZ',
        identifiers: [{ scheme: 'wikidata', value: 'Q1000001' }],
      };
    case 'createInitiative':
      return { slug: `robust-${n}`, name: `Robust ${n}`, aliases: ['r'], category: 'test' };
    case 'updateInitiative':
      return { slug: 'patch-target', name: 'Patch target', aliases: ['pt'], category: 'test' };
    case 'createApiKey':
      return { name: `robustness-${n}`, scopes: ['read'] };
    case 'createDocument':
      return {
        text: `${readout}\n(body case ${n})`,
        url: 'https://example.org/readout',
        title: 'Readout',
        publisher: 'MFA',
        publishedAt: '2021-07-16',
        language: 'en',
        isTranslation: true,
      };
    case 'commitDocument':
      return { draft: structuredClone(ids.draft) };
    case 'findDocumentCandidates':
      return { draft: structuredClone(ids.draft) };
    default:
      return undefined;
  }
}

/** JSON Pointer-ish paths into a body: every property, descending into the first element of arrays, up to depth 4. */
function propertyPaths(value: unknown, prefix: Array<string | number> = [], depth = 0): Array<Array<string | number>> {
  if (depth >= 4 || value === null || typeof value !== 'object') return [];
  const entries: Array<[string | number, unknown]> = Array.isArray(value) ? (value.length ? [[0, value[0]]] : []) : Object.entries(value);
  return entries.flatMap(([key, item]) => [[...prefix, key], ...propertyPaths(item, [...prefix, key], depth + 1)]);
}

function setAt(body: unknown, path: Array<string | number>, value: unknown): unknown {
  const copy = structuredClone(body);
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}

function bodyCases(operation: Operation): Array<RequestSpec | ((n: number) => RequestSpec)> {
  if (!operation.bodyTypes.length) return [];
  const url = buildPath(operation);
  const method = operation.method;
  const specs: Array<RequestSpec | ((n: number) => RequestSpec)> = [];
  const sample = baseBody(operation.operationId, 0);
  if (!sample) throw new Error(`no base body for ${operation.operationId}`);
  for (const path of propertyPaths(sample)) {
    const values = path.length === 1 ? propertyValues : nestedPropertyValues;
    for (const [label, value] of values)
      specs.push((n) => ({
        label: `body /${path.join('/')}=${label}`,
        method,
        url,
        body: setAt(baseBody(operation.operationId, n), path, value),
      }));
    if (path.length === 1)
      specs.push((n) => {
        const body = structuredClone(baseBody(operation.operationId, n)!);
        delete body[path[0] as string];
        return { label: `body without /${path[0]}`, method, url, body };
      });
  }
  const shapes: Array<[string, string]> = [
    ['empty object', '{}'],
    ['array', '[]'],
    ['array of valid body', `[${toJson(sample)}]`],
    ['null', 'null'],
    ['number', '2147483648'],
    ['string', '"text"'],
    ['true', 'true'],
    ['empty', ''],
    ['truncated', toJson(sample).slice(0, 20)],
    ['trailing garbage', `${toJson(sample)} xyz`],
    ['two documents', `${toJson(sample)}${toJson(sample)}`],
    ['BOM', `\uFEFF${toJson(sample)}`],
    ['comments', `/* c */${toJson(sample)}`],
    ['single quotes', toJson(sample).replace(/"/g, "'")],
    ['proto key', toJson(sample).replace(/^\{/, '{"__proto__":{"polluted":true},')],
    ['constructor key', toJson(sample).replace(/^\{/, '{"constructor":{"prototype":{"polluted":true}},')],
    ['nested depth 1000 object', nest(1_000, '{"a":', '}')],
    ['nested depth 1000 array', nest(1_000, '[', ']')],
    ['nested depth 100k array', nest(100_000, '[', ']')],
    ['nested depth 100k object in property', `{"${Object.keys(sample)[0]}":${nest(100_000, '[', ']')}}`],
  ];
  for (const key of Object.keys(sample)) {
    const text = toJson(sample);
    shapes.push([`duplicated key ${key} (wrong type last)`, text.replace(/\}$/, `,"${key}":{"x":[1]}}`)]);
    shapes.push([`duplicated key ${key} (wrong type first)`, text.replace(/^\{/, `{"${key}":12345,`)]);
  }
  for (const [label, text] of shapes) specs.push({ label: `shape ${label}`, method, url, body: raw(text) });
  const wrongTypes: Array<[string, string]> = [
    ['text/plain', 'text/plain'],
    ['form', 'application/x-www-form-urlencoded'],
    ['multipart', 'multipart/form-data; boundary=x'],
    ['xml', 'application/xml'],
    ['json utf-16', 'application/json; charset=utf-16'],
    ['json bogus charset', 'application/json; charset=bogus'],
    ['json+ld', 'application/ld+json'],
    ['no subtype', 'application/'],
    ['garbage', ';;;=='],
  ];
  for (const [label, contentType] of wrongTypes)
    specs.push({ label: `content-type ${label}`, method, url, body: raw(toJson(sample)), contentType });
  return specs;
}

/** Extreme-but-valid bodies, and valid bodies that reference things that do not exist. */
function extremeCases(operation: Operation): Array<RequestSpec | ((n: number) => RequestSpec)> {
  const url = buildPath(operation);
  const long = (n: number, c = 'x') => c.repeat(n);
  const aliases = Array.from({ length: 50 }, (_, i) => `${i}${long(199, 'ä')}`.slice(0, 200));
  switch (operation.operationId) {
    case 'createMeeting':
      return [
        {
          label: 'extreme 100k statement text',
          method: 'post',
          url,
          body: meetingBody({ statements: [{ speakerKey: 'wang', text: long(100_000, 'w') }], initiatives: [] }),
        },
        {
          label: 'extreme 200 participants + 2000 statements',
          method: 'post',
          url,
          body: meetingBody({
            participants: Array.from({ length: 200 }, (_, i) => ({
              key: `p${i}`,
              person: { name: `Delegate ${i} ${long(150, 'n')}`, aliases: i === 0 ? aliases : [] },
              role: 'third_party',
              title: long(300, 't'),
            })),
            statements: Array.from({ length: 2_000 }, (_, i) => ({
              speakerKey: `p${i % 200}`,
              text: `Statement ${i}`,
              topics: i === 0 ? Array.from({ length: 50 }, (_, j) => `${j}${long(99, 'z')}`) : [],
            })),
            initiatives: [
              {
                initiative: 'nurly-zhol',
                status: 'agreed',
                statementIndex: 1_999,
                committedParties: Array.from({ length: 50 }, () => long(200, 'c')),
              },
            ],
          }),
        },
        { label: 'extreme dates 0001-01-01', method: 'post', url, body: meetingBody({ date: '0001-01-01', initiatives: [] }) },
        { label: 'extreme dates 9999-12-31', method: 'post', url, body: meetingBody({ date: '9999-12-31', initiatives: [] }) },
        { label: 'extreme date year 0', method: 'post', url, body: meetingBody({ date: '0000-02-29', initiatives: [] }) },
        {
          label: 'extreme date 2020-02-29 month precision',
          method: 'post',
          url,
          body: meetingBody({ date: '2020-02-29', datePrecision: 'month', initiatives: [] }),
        },
        {
          label: 'statementIndex 2^53-1',
          method: 'post',
          url,
          body: meetingBody({ initiatives: [{ initiative: 'nurly-zhol', status: 'agreed', statementIndex: 9007199254740991 }] }),
        },
        {
          label: 'statementIndex beyond statements',
          method: 'post',
          url,
          body: meetingBody({ initiatives: [{ initiative: 'nurly-zhol', status: 'agreed', statementIndex: 2 }] }),
        },
        {
          label: 'unknown initiative',
          method: 'post',
          url,
          body: meetingBody({ initiatives: [{ initiative: 'no-such-initiative', status: 'agreed' }] }),
        },
        {
          label: 'initiative by uuid unknown',
          method: 'post',
          url,
          body: meetingBody({ initiatives: [{ initiative: '919108f7-52d1-4320-9bac-f847db4148a8', status: 'agreed' }] }),
        },
        {
          label: 'same initiative twice',
          method: 'post',
          url,
          body: meetingBody({
            initiatives: [
              { initiative: 'nurly-zhol', status: 'agreed' },
              { initiative: 'nurly-zhol', status: 'signed' },
            ],
          }),
        },
        {
          label: 'unknown speakerKey',
          method: 'post',
          url,
          body: meetingBody({ statements: [{ speakerKey: 'nobody', text: 'x' }], initiatives: [] }),
        },
        {
          label: 'duplicate participant keys',
          method: 'post',
          url,
          body: meetingBody({
            participants: [
              { key: 'a', person: { name: 'A' }, role: 'host' },
              { key: 'a', person: { name: 'B' }, role: 'guest' },
            ],
            statements: [],
            initiatives: [],
          }),
        },
        {
          label: 'same personId twice',
          method: 'post',
          url,
          body: meetingBody({
            participants: [
              { key: 'a', personId: ids.personId, role: 'host' },
              { key: 'b', personId: ids.personId, role: 'guest' },
            ],
            statements: [],
            initiatives: [],
          }),
        },
        {
          label: 'personId and person both',
          method: 'post',
          url,
          body: meetingBody({
            participants: [{ key: 'a', personId: ids.personId, person: { name: 'A' }, role: 'host' }],
            statements: [],
            initiatives: [],
          }),
        },
        {
          label: 'unknown personId',
          method: 'post',
          url,
          body: meetingBody({
            participants: [{ key: 'a', personId: '919108f7-52d1-4320-9bac-f847db4148a8', role: 'host' }],
            statements: [],
            initiatives: [],
          }),
        },
        {
          label: 'unknown parentId',
          method: 'post',
          url,
          body: meetingBody({ parentId: '919108f7-52d1-4320-9bac-f847db4148a8', initiatives: [] }),
        },
        {
          label: 'unknown sourceDocumentId',
          method: 'post',
          url,
          body: meetingBody({ sourceDocumentId: '919108f7-52d1-4320-9bac-f847db4148a8', initiatives: [] }),
        },
        { label: 'timezone not IANA', method: 'post', url, body: meetingBody({ timezone: 'Mars/Olympus_Mons', initiatives: [] }) },
        { label: 'timezone offset', method: 'post', url, body: meetingBody({ timezone: '+05:00', initiatives: [] }) },
        { label: 'countryCode XX', method: 'post', url, body: meetingBody({ countryCode: 'XX', initiatives: [] }) },
        {
          label: 'duplicate identifiers in one body',
          method: 'post',
          url,
          body: meetingBody({
            participants: [
              {
                key: 'a',
                person: {
                  name: 'A',
                  identifiers: [
                    { scheme: 'wikidata', value: 'Q1' },
                    { scheme: 'wikidata', value: 'Q1' },
                  ],
                },
                role: 'host',
              },
            ],
            statements: [],
            initiatives: [],
          }),
        },
        {
          label: 'identifier of existing person',
          method: 'post',
          url,
          body: meetingBody({
            participants: [{ key: 'a', person: { name: 'A', identifiers: [{ scheme: 'wikidata', value: 'Q1000001' }] }, role: 'host' }],
            statements: [],
            initiatives: [],
          }),
        },
        {
          label: 'reported statement without speaker',
          method: 'post',
          url,
          body: meetingBody({ statements: [{ kind: 'reported', text: 'x' }], initiatives: [] }),
        },
        {
          label: 'joint statement with speaker',
          method: 'post',
          url,
          body: meetingBody({ statements: [{ kind: 'joint', speakerKey: 'wang', text: 'x' }], initiatives: [] }),
        },
      ];
    case 'createStatement':
      return [
        {
          label: 'extreme 100k text, position 2^31-1',
          method: 'post',
          url,
          body: { speakerId: ids.participantId, text: long(100_000, 's'), position: 2147483647 },
        },
        { label: 'position 2^31-1 again', method: 'post', url, body: { kind: 'narrative', text: 'n', position: 2147483647 } },
        {
          label: 'speaker of another meeting/unknown',
          method: 'post',
          url,
          body: { speakerId: '919108f7-52d1-4320-9bac-f847db4148a8', text: 'x' },
        },
        { label: 'speaker is a person id', method: 'post', url, body: { speakerId: ids.personId, text: 'x' } },
        {
          label: '50 topics of 100',
          method: 'post',
          url,
          body: { kind: 'joint', text: 'x', topics: Array.from({ length: 50 }, (_, i) => `${i}${long(99, 't')}`.slice(0, 100)) },
        },
      ];
    case 'updateStatement':
      return [
        { label: 'position 2^31-1', method: 'patch', url, body: { position: 2147483647 } },
        { label: 'text 100k', method: 'patch', url, body: { text: long(100_000, 'p') } },
        { label: 'speaker unknown', method: 'patch', url, body: { speakerId: '919108f7-52d1-4320-9bac-f847db4148a8' } },
        { label: 'speaker null while reported', method: 'patch', url, body: { speakerId: null } },
        { label: 'kind reported without speaker', method: 'patch', url, body: { speakerId: null, kind: 'reported' } },
      ];
    case 'updateParticipant':
      return [
        { label: 'position 2^31-1', method: 'patch', url, body: { position: 2147483647 } },
        { label: 'position 0', method: 'patch', url, body: { position: 0 } },
        {
          label: 'long printed fields',
          method: 'patch',
          url,
          body: { title: long(300), organization: long(200), printedName: long(200), printedTitle: long(300) },
        },
      ];
    case 'createParticipant':
      return [
        (n) => ({
          label: 'person with 50 aliases of 200',
          method: 'post',
          url,
          body: { person: { name: `Alias ${n}`, aliases }, role: 'guest' },
        }),
        { label: 'existing participant person', method: 'post', url, body: { personId: ids.personId, role: 'guest' } },
        { label: 'unknown personId', method: 'post', url, body: { personId: '919108f7-52d1-4320-9bac-f847db4148a8', role: 'guest' } },
        { label: 'personId and person', method: 'post', url, body: { personId: ids.personId, person: { name: 'x' }, role: 'guest' } },
        { label: 'neither personId nor person', method: 'post', url, body: { role: 'guest' } },
      ];
    case 'createPerson':
      return [
        (n) => ({
          label: '50 aliases of 200, 20 identifiers',
          method: 'post',
          url,
          body: {
            name: long(200, 'N'),
            aliases,
            identifiers: Array.from({ length: 20 }, (_, i) => ({ scheme: `s${i}${long(30, 'x')}`, value: `${n}-${i}-${long(150, 'v')}` })),
          },
        }),
        {
          label: 'duplicate identifier in body',
          method: 'post',
          url,
          body: {
            name: 'x',
            identifiers: [
              { scheme: 'wikidata', value: 'Q9' },
              { scheme: 'wikidata', value: 'Q9' },
            ],
          },
        },
        {
          label: 'existing identifier',
          method: 'post',
          url,
          body: { name: 'x', identifiers: [{ scheme: 'wikidata', value: 'Q1000001' }] },
        },
      ];
    case 'updatePerson':
      return [
        { label: '50 aliases of 200', method: 'patch', url, body: { aliases } },
        { label: 'identifiers null', method: 'patch', url, body: { identifiers: null } },
        { label: 'identifiers back', method: 'patch', url, body: { identifiers: [{ scheme: 'wikidata', value: 'Q1000001' }] } },
        {
          label: 'duplicate identifiers',
          method: 'patch',
          url,
          body: {
            identifiers: [
              { scheme: 'a', value: '1' },
              { scheme: 'a', value: '1' },
            ],
          },
        },
      ];
    case 'createInitiative':
      return [
        {
          label: '50 aliases of 200, slug 100',
          method: 'post',
          url,
          body: { slug: `${long(98, 'a')}-b`, name: long(200, 'I'), aliases, category: long(100, 'c') },
        },
        { label: 'slug that looks like a uuid', method: 'post', url, body: { slug: '919108f7-52d1-4320-9bac-f847db4148a8', name: 'x' } },
        { label: 'duplicate slug', method: 'post', url, body: { slug: 'nurly-zhol', name: 'x' } },
      ];
    case 'updateInitiative':
      return [
        { label: 'slug taken', method: 'patch', url, body: { slug: 'nurly-zhol' } },
        { label: 'slug uuid-like', method: 'patch', url, body: { slug: '919108f7-52d1-4320-9bac-f847db4148a8' } },
        { label: '50 aliases', method: 'patch', url, body: { aliases } },
      ];
    case 'createMeetingInitiative':
      return [
        { label: 'unknown initiative', method: 'post', url, body: { initiative: 'no-such', status: 'agreed' } },
        {
          label: 'unknown statement',
          method: 'post',
          url,
          body: { initiative: 'sco-heads-of-government-2021', status: 'agreed', statementId: '919108f7-52d1-4320-9bac-f847db4148a8' },
        },
        {
          label: '50 committed parties of 200',
          method: 'post',
          url,
          body: {
            initiative: 'sco-heads-of-government-2021',
            status: 'agreed',
            committedParties: Array.from({ length: 50 }, (_, i) => `${i}${long(199, 'p')}`.slice(0, 200)),
          },
        },
      ];
    case 'updateMeetingInitiative':
      return [{ label: 'unknown statement', method: 'patch', url, body: { statementId: '919108f7-52d1-4320-9bac-f847db4148a8' } }];
    case 'updateMeeting':
      return [
        { label: 'parent is itself', method: 'patch', url, body: { parentId: ids.meetingId } },
        { label: 'unknown parent', method: 'patch', url, body: { parentId: '919108f7-52d1-4320-9bac-f847db4148a8' } },
        { label: 'unknown source document', method: 'patch', url, body: { sourceDocumentId: '919108f7-52d1-4320-9bac-f847db4148a8' } },
        { label: 'date year 0', method: 'patch', url, body: { date: '0000-01-01' } },
        { label: 'date 9999-12-31', method: 'patch', url, body: { date: '9999-12-31' } },
        { label: 'date 0001-01-01', method: 'patch', url, body: { date: '0001-01-01' } },
        { label: 'timezone bogus', method: 'patch', url, body: { timezone: 'Not/AZone' } },
        {
          label: 'restore',
          method: 'patch',
          url,
          body: { date: '2021-07-15', timezone: 'Asia/Tashkent', title: 'Wang Yi meets Tileuberdi' },
        },
      ];
    case 'createDocument':
      return [
        { label: 'text/plain empty', method: 'post', url, body: raw(''), contentType: 'text/plain' },
        { label: 'text/plain blank', method: 'post', url, body: raw(' \n\t '), contentType: 'text/plain' },
        { label: 'text/plain binary', method: 'post', url, body: raw('\u0001\u0002\u0003\uFFFD\uFFFD'), contentType: 'text/plain' },
        { label: 'text/plain emoji + RTL', method: 'post', url, body: raw('😀 \u202Eمحمد\u202C Z̴̡̢͇a̵l̶g̷o̸'), contentType: 'text/plain' },
        { label: 'text/plain 1 MiB', method: 'post', url, body: raw(`${readout}\n${long(1_048_576, 'y')}`), contentType: 'text/plain' },
        { label: 'text/plain latin1 charset', method: 'post', url, body: raw('café'), contentType: 'text/plain; charset=latin1' },
        { label: 'text/plain utf-16 charset', method: 'post', url, body: raw('abc'), contentType: 'text/plain; charset=utf-16' },
        { label: 'json text 100k of one word', method: 'post', url, body: { text: long(100_000, 'a') } },
        {
          label: 'json text only dates',
          method: 'post',
          url,
          body: { text: 'On February 30, 2021 and on 0000-00-00 and Monday, 31 April 9999 they met.', publishedAt: '0001-01-01' },
        },
        {
          label: 'json publishedAt year 0',
          method: 'post',
          url,
          body: { text: 'On Monday Wang Yi met with Mukhtar Tileuberdi in Tashkent.', publishedAt: '0000-02-29' },
        },
        {
          label: 'json publishedAt 9999',
          method: 'post',
          url,
          body: { text: 'On December 31 Wang Yi met with Mukhtar Tileuberdi in Tashkent.', publishedAt: '9999-12-31' },
        },
        { label: 'json url javascript:', method: 'post', url, body: { text: 'x y z readout', url: 'javascript:alert(1)' } },
      ];
    default:
      return [];
  }
}

/** Commit: mutations of the extracted draft and of its first meeting; a fresh document replaces one that got committed. */
function commitCases(operation: Operation): Array<(n: number) => RequestSpec> {
  type Meeting = Record<string, unknown> & { participants: unknown[]; statements: unknown[]; initiatives: unknown[] };
  const first = (ids.draft as { meetings: Meeting[] }).meetings[0]!;
  const specs: Array<(n: number) => RequestSpec> = [];
  const withDraft = (label: string, change: (d: Record<string, unknown>) => unknown) =>
    specs.push(() => ({ label, method: 'post', url: buildPath(operation), body: { draft: change(structuredClone(ids.draft)) } }));
  const withMeeting = (label: string, change: (m: Meeting) => unknown) =>
    withDraft(label, (d) => ({ ...d, meetings: (d.meetings as Meeting[]).map((m, i) => (i === 0 ? change(m) : m)) }));
  withDraft('draft span beyond text', (d) => ({ ...d, titleSpan: { start: 2147483646, end: 2147483647 } }));
  withDraft('draft span end before start', (d) => ({ ...d, titleSpan: { start: 50, end: 10 } }));
  withDraft('draft warnings 10k', (d) => ({ ...d, warnings: Array.from({ length: 10_000 }, () => 'w') }));
  withDraft('draft confidence NaN-ish', (d) => ({ ...d, confidence: raw('1e309') }));
  withDraft('draft no meetings', (d) => ({ ...d, meetings: [] }));
  withDraft('draft meetings not a list', (d) => ({ ...d, meetings: first }));
  withDraft('draft the same meeting twice', (d) => ({ ...d, meetings: [first, first] }));
  withDraft('draft 1000 meetings', (d) => ({ ...d, meetings: Array.from({ length: 1000 }, () => first) }));
  withDraft('draft a meeting instead of a readout', () => first);
  withMeeting('meeting span empty', (m) => ({ ...m, dateSpan: { start: 5, end: 5 } }));
  withMeeting('meeting statementIndex 2^53-1', (m) => ({
    ...m,
    initiatives: (m.initiatives as Array<Record<string, unknown>>).map((i) => ({ ...i, statementIndex: 9007199254740991 })),
  }));
  withMeeting('meeting statement speakerKey unknown', (m) => ({
    ...m,
    statements: (m.statements as Array<Record<string, unknown>>).map((st) => ({ ...st, speakerKey: 'nobody' })),
  }));
  withMeeting('meeting participant personId unknown', (m) => ({
    ...m,
    participants: (m.participants as Array<Record<string, unknown>>).map((p) => ({
      ...p,
      personId: '919108f7-52d1-4320-9bac-f847db4148a8',
    })),
  }));
  withMeeting('meeting duplicate participant keys', (m) => ({
    ...m,
    participants: (m.participants as Array<Record<string, unknown>>).map((p) => ({ ...p, key: 'same' })),
  }));
  withMeeting('meeting initiative candidate with weird slug', (m) => ({
    ...m,
    initiatives: [{ ...(first.initiatives[0] as object), slug: 'Not A Slug!', isCandidate: true }],
  }));
  withMeeting('meeting initiative unknown non-candidate', (m) => ({
    ...m,
    initiatives: [{ ...(first.initiatives[0] as object), slug: 'no-such-initiative', isCandidate: false }],
  }));
  withMeeting('meeting title null', (m) => ({ ...m, title: null }));
  withMeeting('meeting date null', (m) => ({ ...m, date: null }));
  withMeeting('meeting date year 0', (m) => ({ ...m, date: '0000-01-01' }));
  withMeeting('meeting timezone bogus', (m) => ({ ...m, timezone: 'Bogus/Zone' }));
  withMeeting('meeting city 10k', (m) => ({ ...m, city: 'c'.repeat(10_000) }));
  withMeeting('meeting timezone 10k', (m) => ({ ...m, timezone: 't'.repeat(10_000) }));
  withMeeting('meeting statement text 200k', (m) => ({
    ...m,
    statements: [{ ...(first.statements[0] as object), text: 's'.repeat(200_000) }],
  }));
  withMeeting('meeting empty lists', (m) => ({ ...m, participants: [], statements: [], initiatives: [] }));
  specs.push(() => ({ label: 'body null', method: 'post', url: buildPath(operation), body: raw('null') }));
  specs.push(() => ({ label: 'body {}', method: 'post', url: buildPath(operation), body: {} }));
  return specs;
}

async function runOperation(operation: Operation): Promise<string[]> {
  const violations: string[] = [];
  violations.push(...(await run(operation, parameterCases(operation))));
  violations.push(...(await run(operation, await cursorCases(operation))));
  if (operation.method !== 'delete') violations.push(...(await run(operation, headerCases(operation), 1)));
  if (operation.operationId === 'createDocument') {
    // text/plain is the document endpoint's other body type; the JSON cases below cover the rest.
  }
  const generated = [...bodyCases(operation), ...extremeCases(operation)];
  if (operation.operationId === 'commitDocument') generated.push(...commitCases(operation));
  let n = 0;
  for (const make of generated) {
    n += 1;
    const spec = typeof make === 'function' ? make(n) : make;
    if (operation.operationId === 'commitDocument') spec.url = buildPath(operation);
    const result = await send(operation.operationId, spec);
    if (result.violation) violations.push(`${result.method} ${result.url} [${result.label}] → ${result.violation}`);
    if (operation.operationId === 'commitDocument' && result.status < 300) {
      const fresh = await freshDocument();
      ids.documentId = fresh.id;
    }
  }
  return violations;
}

// Reads and writes first, deletes last (they only ever get ids that match nothing, so the data stays in place).
const ordered = [...operations.filter((op) => op.method !== 'delete'), ...operations.filter((op) => op.method === 'delete')];

describe('robustness: hostile input never yields a 5xx, every 4xx is problem+json, every status is in the contract', () => {
  it('the contract has the operations this file expects', () => {
    expect(operations.length).toBeGreaterThanOrEqual(40);
    for (const operation of operations.filter((op) => op.bodyTypes.length))
      expect(baseBody(operation.operationId, 0), operation.operationId).toBeDefined();
  });

  // Hundreds of hostile requests per operation (createDocument runs the extractor on each): a few seconds on an idle
  // machine, a minute or more on one fully loaded. The runner's limit is a safety net, not a time the test asserts.
  for (const operation of ordered) {
    it(`${operation.method.toUpperCase()} ${operation.path} (${operation.operationId})`, async () => {
      const violations = await runOperation(operation);
      expect(violations).toEqual([]);
    }, 600_000);
  }

  it('DELETE with hostile If-Match on a throwaway person', async () => {
    const person = await post<{ id: string }>('/v1/people', { name: 'Throwaway' });
    const operation = operations.find((op) => op.operationId === 'deletePerson')!;
    const specs = ['', '"v99999999999999999999"', '"v-1"', 'x'.repeat(8_000), '"vNaN"', '*'].map((etag) => ({
      label: `If-Match ${etag.slice(0, 20)}`,
      method: 'delete' as const,
      url: `/v1/people/${person.id}`,
      headers: { 'If-Match': etag },
    }));
    expect(await run(operation, specs, 1)).toEqual([]);
  });
});
