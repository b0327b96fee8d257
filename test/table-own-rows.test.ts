import supertest from 'supertest';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestContext } from './helpers/app.js';
import { meetingBody } from './helpers/factories.js';

// README (Conventions → Filters): on the tables of parts, a filter naming the table's own rows keeps only those rows
// too. Each such filter on each table, as JSON pages and as an export, against a meeting with several rows of each
// table, only some of which the filter names (a new user got the BRICS link when asking for Belt and Road's).

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
let wang: string;
let tileuberdi: string;

beforeAll(async () => {
  await ctx.reset();
  for (const [slug, name] of [
    ['covid-19-vaccine-supply', 'COVID-19 vaccine supply'],
    ['belt-and-road-initiative', 'Belt and Road Initiative'],
    ['brics', 'BRICS'],
  ] as const)
    await api().post('/v1/initiatives').send({ slug, name }).expect(201);
  const body = meetingBody({
    initiatives: [
      { initiative: 'covid-19-vaccine-supply', status: 'agreed' },
      { initiative: 'belt-and-road-initiative', status: 'signed' },
      { initiative: 'brics', status: 'signed' },
    ],
  }) as Record<string, unknown> & { participants: Array<Record<string, unknown>> };
  body.participants[1] = { ...body.participants[1], organization: 'Eurasian Economic Union' };
  const created = (await api().post('/v1/meetings').send(body).expect(201)).body as { participants: Array<{ personId: string }> };
  [wang, tileuberdi] = created.participants.map((p) => p.personId) as [string, string];
});

type Row = Record<string, string | null>;
const tables: Array<[string, string, () => string, (rows: Row[]) => unknown]> = [
  ['/v1/participants', 'person=<one>', () => `person=${tileuberdi}`, (rows) => rows.map((r) => r.personId)],
  ['/v1/participants', 'person=<both>', () => `person=${wang},${tileuberdi}`, (rows) => rows.map((r) => r.personId).sort()],
  [
    '/v1/participants',
    'organization=eurasian%20economic%20union',
    () => 'organization=eurasian%20economic%20union',
    (rows) => rows.map((r) => r.organization),
  ],
  ['/v1/statements', 'speaker=<one>', () => `speaker=${wang}`, (rows) => rows.map((r) => r.text?.slice(0, 5))],
  [
    '/v1/meeting-initiatives',
    'initiative=belt-and-road-initiative',
    () => 'initiative=belt-and-road-initiative',
    (rows) => rows.map((r) => r.status),
  ],
  [
    '/v1/meeting-initiatives',
    'initiative=belt-and-road-initiative&status=signed',
    () => 'initiative=belt-and-road-initiative&status=signed',
    (rows) => rows.map((r) => r.status),
  ],
  [
    '/v1/meeting-initiatives',
    'initiative=brics,covid-19-vaccine-supply',
    () => 'initiative=brics,covid-19-vaccine-supply',
    (rows) => rows.map((r) => r.status).sort(),
  ],
  ['/v1/meeting-initiatives', 'status=signed', () => 'status=signed', (rows) => rows.map((r) => r.status)],
];
const expected = (query: string): unknown =>
  query.startsWith('person=') && query.includes(',')
    ? [wang, tileuberdi].sort()
    : query.startsWith('person=')
      ? [tileuberdi]
      : query.startsWith('organization=')
        ? ['Eurasian Economic Union']
        : query.startsWith('speaker=')
          ? ['China']
          : query === 'initiative=brics,covid-19-vaccine-supply'
            ? ['agreed', 'signed']
            : query === 'status=signed'
              ? ['signed', 'signed']
              : ['signed'];

describe('a filter that names rows of a table keeps only those rows', () => {
  it.each(tables)('%s?%s (JSON)', async (path, _label, query, pick) => {
    const rows = (await api().get(`${path}?${query()}`).expect(200)).body.data as Row[];
    expect(pick(rows)).toEqual(expected(query()));
  });

  it.each(tables)('%s?%s (CSV export)', async (path, _label, query, pick) => {
    const text = (await api().get(`${path}?${query()}&format=csv`).expect(200)).text;
    const rows = parseCsv<Row>(text, { columns: true }).map((row) =>
      Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value === '' ? null : value])),
    );
    expect(pick(rows)).toEqual(expected(query()));
  });
});
