import { parse } from 'csv-parse/sync';
import supertest from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { asText } from './helpers/text-body.js';
import { useTestContext } from './helpers/app.js';
import { meetingBody } from './helpers/factories.js';

// The meeting filters — q, status, speaker, organization, hasDocument, sourcePublisher, and initiative and kind in any case — with the
// same names and meaning on every list, export, search and stats route: each route × each filter, against what the
// dataset says the filter keeps. Then the filters' own rows on the part tables, and their 400s everywhere.

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);

interface Created {
  id: string;
  participants: Array<{ personId: string; countryCode: string | null }>;
  statements: unknown[];
  initiatives: Array<{ initiativeId: string; status: string }>;
}
const meetings: Created[] = [];
const slugOf = new Map<string, string>();
let wang: string;
let lavrov: string;

const person = (key: string, name: string, country: string, extra: Record<string, unknown> = {}) => ({
  key,
  person: { name, countryCode: country },
  countryCode: country,
  role: 'guest',
  ...extra,
});
const nowhere = { city: undefined, countryCode: undefined, timezone: undefined };

beforeAll(async () => {
  for (const [slug, name] of [
    ['covid-19-vaccine-supply', 'COVID-19 vaccine supply'],
    ['belt-and-road-initiative', 'Belt and Road Initiative'],
  ] as const) {
    slugOf.set((await api().post('/v1/initiatives').send({ slug, name }).expect(201)).body.id, slug);
  }
  const document = (
    await api()
      .post('/v1/documents')
      .send({ text: 'Lavrov received a delegation.', publisher: 'Ministry of Foreign Affairs of the Russian Federation' })
      .expect(201)
  ).body;
  const swiss = (
    await api()
      .post('/v1/documents')
      .send({ text: 'Weber met the delegations.', publisher: 'Swiss FDFA (Département fédéral)' })
      .expect(201)
  ).body;
  const bodies = [
    // 0: Tashkent — Wang Yi speaks of vaccines; covid agreed.
    meetingBody({ title: 'Talks in Tashkent', summary: 'Pandemic cooperation.' }),
    // 1: Moscow — a visit from a document; Lavrov speaks; belt and road discussed.
    meetingBody({
      title: 'Talks in Moscow',
      kind: 'visit',
      city: 'Moscow',
      countryCode: 'RU',
      timezone: 'Europe/Moscow',
      sourceDocumentId: document.id,
      participants: [person('p', 'Sergey Lavrov', 'RU', { role: 'host' })],
      statements: [{ speakerKey: 'p', text: 'Russia supports the corridor.' }],
      initiatives: [{ initiative: 'belt-and-road-initiative', status: 'discussed' }],
    }),
    // 2: Paris — a phone call with the OSCE about security; nothing said, nothing linked.
    meetingBody({
      title: 'Talks in Paris',
      kind: 'phone_call',
      summary: 'Security in Europe.',
      ...nowhere,
      participants: [person('p', 'Jean Martin', 'FR', { organization: 'OSCE' })],
      statements: [],
      initiatives: [],
    }),
    // 3: Geneva — multilateral, the United Nations (an organisation whose name holds a comma); a joint statement on
    // vaccines; covid proposed.
    meetingBody({
      title: 'Talks in Geneva',
      kind: 'multilateral',
      city: 'Geneva',
      countryCode: 'CH',
      timezone: 'Europe/Zurich',
      participants: [person('p', 'Anna Weber', 'CH', { organization: 'United Nations, Geneva Office' })],
      statements: [{ speakerKey: null, kind: 'joint', text: 'Vaccines for all, in solidarity.' }],
      initiatives: [{ initiative: 'covid-19-vaccine-supply', status: 'proposed' }],
    }),
  ];
  for (const body of bodies) meetings.push((await api().post('/v1/meetings').send(body).expect(201)).body as Created);
  // Geneva has a further readout attached (as a commit with `attach` adds one): sourcePublisher looks at every source.
  await ctx.prisma.meetingSource.create({ data: { meetingId: meetings[3]!.id, documentId: swiss.id, role: 'attached' } });
  wang = meetings[0]!.participants[0]!.personId;
  lavrov = meetings[1]!.participants[0]!.personId;
});

/** Each filter with the meetings (indexes into `meetings`) it keeps. */
const filters: Array<[string, () => string, number[]]> = [
  ['q: a word of a statement, any form', () => 'q=vaccine', [0, 3]],
  ['q: a word of a summary', () => 'q=security', [2]],
  ['q: a word of a title', () => 'q=moscow', [1]],
  ['q: web-search syntax', () => `q=${encodeURIComponent('vaccines -solidarity')}`, [0]],
  // An exclusion is of the meeting as a whole: Tashkent's title and Tileuberdi's statement do not mention vaccines,
  // Wang Yi's does, so Tashkent is out.
  ['q: an exclusion, of the whole meeting', () => `q=${encodeURIComponent('talks -vaccines')}`, [1, 2]],
  ['q: only an exclusion', () => `q=${encodeURIComponent('-vaccines')}`, [1, 2]],
  ['q: stop words and an exclusion', () => `q=${encodeURIComponent('the -vaccines')}`, [1, 2]],
  ['q: signs and an exclusion', () => `q=${encodeURIComponent('!!! -vaccines')}`, [1, 2]],
  ['q: an excluded phrase and prefix', () => `q=${encodeURIComponent('talks -"in solidarity" -pandem*')}`, [1, 2]],
  ['q: only an excluded prefix', () => `q=${encodeURIComponent('-vacc*')}`, [1, 2]],
  ['q: a prefix before other words', () => `q=${encodeURIComponent('vacc* -solidarity')}`, [0]],
  ['q: an excluded prefix before a word', () => `q=${encodeURIComponent('-vacc* talks')}`, [1, 2]],
  ['status: one', () => 'status=agreed', [0]],
  ['status: a list, any case', () => 'status=AGREED,discussed', [0, 1]],
  ['status with initiative: the same link', () => 'initiative=covid-19-vaccine-supply&status=proposed', [3]],
  ['initiative: a slug in any case', () => 'initiative=COVID-19-Vaccine-Supply', [0, 3]],
  ['speaker: one person', () => `speaker=${wang}`, [0]],
  ['speaker: a list', () => `speaker=${lavrov},${wang}`, [0, 1]],
  ['organization: ignoring case', () => 'organization=osce', [2]],
  ['organization: a list', () => `organization=${encodeURIComponent('"united nations, geneva office",OSCE')}`, [2, 3]],
  // A name with a comma is written in double quotes (a CSV record); unquoted, it is two names that match nothing.
  ['organization: a name with a comma, quoted', () => `organization=${encodeURIComponent('"United Nations, Geneva Office"')}`, [3]],
  ['organization: a name with a comma, unquoted', () => `organization=${encodeURIComponent('United Nations, Geneva Office')}`, []],
  ['hasDocument=true', () => 'hasDocument=true', [1]],
  ['hasDocument=false', () => 'hasDocument=false', [0, 2, 3]],
  ['kind: any case', () => 'kind=VISIT,Multilateral', [1, 3]],
  ['sourcePublisher: part of the name, any case', () => 'sourcePublisher=RUSSIAN', [1]],
  ['sourcePublisher: an attached source, ignoring accents', () => 'sourcePublisher=departement', [3]],
  ['sourcePublisher: a list', () => `sourcePublisher=${encodeURIComponent('nobody,russian federation,fdfa')}`, [1, 3]],
  ['sourcePublisher: LIKE characters are literal', () => `sourcePublisher=${encodeURIComponent('%,_')}`, []],
];

const ndjson = async (path: string) => {
  const response = await asText(api().get(path)).expect(200);
  return (response.body as string)
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
};
/** An export as CSV (format= or Accept), parsed by a CSV parser: one record per row, by the header's names. */
const csv = async (path: string, accept?: string) => {
  const request = api().get(path);
  if (accept) request.set('accept', accept);
  const response = await asText(request)
    .expect(200)
    .expect('content-type', /^text\/csv/);
  return parse<Record<string, unknown>>(response.body as string, { columns: true });
};
const data = async (path: string) => (await api().get(path).expect(200)).body.data as Array<Record<string, unknown>>;
const sorted = (values: unknown[]) => [...new Set(values.map(String))].sort();

/** What a route returns for a filter, and what it should return when the filter keeps the meetings `kept`. */
interface Route {
  name: string;
  read: (filter: string) => Promise<string[]>;
  expected: (kept: Created[]) => string[];
  /** Filters whose name means something else here (search's q is the search itself). */
  skip?: (filter: string) => boolean;
}
const ids = (kept: Created[]) => sorted(kept.map((m) => m.id));
const meetingIdsOf = (rows: Array<Record<string, unknown>>) => sorted(rows.map((row) => row.meetingId ?? row.id));

const routes: Route[] = [
  { name: 'GET /v1/meetings', read: async (f) => meetingIdsOf(await data(`/v1/meetings?${f}`)), expected: ids },
  {
    name: 'GET /v1/meetings (NDJSON export)',
    read: async (f) => meetingIdsOf(await ndjson(`/v1/meetings?format=ndjson&${f}`)),
    expected: ids,
  },
  {
    name: 'GET /v1/search',
    read: async (f) => meetingIdsOf(await data(`/v1/search?q=talks&type=meeting&${f}`)),
    expected: ids,
    skip: (f) => f.startsWith('q='),
  },
  {
    name: 'GET /v1/search (NDJSON export)',
    read: async (f) => meetingIdsOf(await ndjson(`/v1/search?q=talks&type=meeting&format=ndjson&${f}`)),
    expected: ids,
    skip: (f) => f.startsWith('q='),
  },
  {
    name: 'GET /v1/participants',
    read: async (f) => meetingIdsOf(await data(`/v1/participants?limit=100&${f}`)),
    expected: (kept) => ids(kept.filter((m) => m.participants.length)),
  },
  {
    name: 'GET /v1/participants (NDJSON export)',
    read: async (f) => meetingIdsOf(await ndjson(`/v1/participants?format=ndjson&${f}`)),
    expected: (kept) => ids(kept.filter((m) => m.participants.length)),
  },
  {
    name: 'GET /v1/meeting-initiatives',
    read: async (f) => meetingIdsOf(await data(`/v1/meeting-initiatives?limit=100&${f}`)),
    expected: (kept) => ids(kept.filter((m) => m.initiatives.length)),
  },
  {
    name: 'GET /v1/stats/meetings-over-time',
    read: async (f) => [String((await api().get(`/v1/stats/meetings-over-time?interval=year&${f}`).expect(200)).body.total)],
    expected: (kept) => [String(kept.length)],
  },
  {
    name: 'GET /v1/stats/top-people',
    read: async (f) => sorted((await data(`/v1/stats/top-people?limit=100&${f}`)).map((row) => row.personId)),
    expected: (kept) => sorted(kept.flatMap((m) => m.participants.map((p) => p.personId))),
  },
  {
    name: 'GET /v1/meetings (CSV export)',
    read: async (f) => meetingIdsOf(await csv(`/v1/meetings?format=csv&${f}`)),
    expected: ids,
  },
  {
    name: 'GET /v1/statements',
    read: async (f) => meetingIdsOf(await data(`/v1/statements?limit=100&${f}`)),
    expected: (kept) => ids(kept.filter((m) => m.statements.length)),
  },
  {
    name: 'GET /v1/statements (CSV export)',
    read: async (f) => meetingIdsOf(await csv(`/v1/statements?format=csv&${f}`)),
    expected: (kept) => ids(kept.filter((m) => m.statements.length)),
  },
  {
    name: 'GET /v1/participants (CSV export)',
    read: async (f) => meetingIdsOf(await csv(`/v1/participants?${f}`, 'text/csv')),
    expected: (kept) => ids(kept.filter((m) => m.participants.length)),
  },
  {
    name: 'GET /v1/meeting-initiatives (CSV export)',
    read: async (f) => meetingIdsOf(await csv(`/v1/meeting-initiatives?format=csv&${f}`)),
    expected: (kept) => ids(kept.filter((m) => m.initiatives.length)),
  },
  {
    name: 'GET /v1/search (CSV export)',
    read: async (f) => meetingIdsOf(await csv(`/v1/search?q=talks&type=meeting&format=csv&${f}`)),
    expected: ids,
    skip: (f) => f.startsWith('q='),
  },
  {
    // A status filter keeps the links in those statuses (below); in this dataset each kept meeting's links all are.
    name: 'GET /v1/stats/top-initiatives',
    read: async (f) => sorted((await data(`/v1/stats/top-initiatives?limit=100&${f}`)).map((row) => row.slug)),
    expected: (kept) => sorted(kept.flatMap((m) => m.initiatives.map((link) => slugOf.get(link.initiativeId)))),
  },
  {
    name: 'GET /v1/stats/network?level=person',
    read: async (f) =>
      sorted((await api().get(`/v1/stats/network?level=person&${f}`).expect(200)).body.nodes.map((n: { id: string }) => n.id)),
    expected: (kept) => sorted(kept.flatMap((m) => m.participants.map((p) => p.personId))),
  },
  {
    name: 'GET /v1/stats/network?level=country',
    read: async (f) =>
      sorted((await api().get(`/v1/stats/network?level=country&${f}`).expect(200)).body.nodes.map((n: { id: string }) => n.id)),
    expected: (kept) => sorted(kept.flatMap((m) => m.participants.map((p) => p.countryCode)).filter(Boolean)),
  },
  {
    name: 'GET /v1/initiatives/{key}/timeline',
    read: async (f) => meetingIdsOf(await data(`/v1/initiatives/covid-19-vaccine-supply/timeline?${f}`)),
    expected: (kept) => ids(kept.filter((m) => m.initiatives.some((link) => slugOf.get(link.initiativeId) === 'covid-19-vaccine-supply'))),
    // The path names the initiative: an initiative filter here is a 400 (timelines.test.ts).
    skip: (f) => f.startsWith('initiative='),
  },
  {
    name: 'GET /v1/stats/countries',
    read: async (f) => sorted((await data(`/v1/stats/countries?${f}`)).map((row) => row.countryCode)),
    expected: (kept) => sorted(kept.flatMap((m) => m.participants.map((p) => p.countryCode)).filter(Boolean)),
  },
];

describe.each(routes)('the meeting filters on $name', (route) => {
  it.each(filters)('%s', async (_, filter, kept) => {
    if (route.skip?.(filter())) return;
    expect(await route.read(filter())).toEqual(route.expected(kept.map((index) => meetings[index]!)));
  });
});

describe('filters that name the rows of a table keep those rows too', () => {
  it('speaker on /v1/statements: only what those people said', async () => {
    const rows = await data(`/v1/statements?speaker=${wang}`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ meetingId: meetings[0]!.id, text: expect.stringContaining('vaccines') });
  });

  it('status on /v1/meeting-initiatives and on top-initiatives: only links in those statuses', async () => {
    const rows = await data('/v1/meeting-initiatives?status=proposed');
    expect(rows.map((row) => [row.meetingId, row.status])).toEqual([[meetings[3]!.id, 'proposed']]);
    const top = await data('/v1/stats/top-initiatives?status=Agreed');
    expect(top.map((row) => [row.slug, row.meetings])).toEqual([['covid-19-vaccine-supply', 1]]);
  });

  it('speaker on search: statement hits of those speakers only', async () => {
    const hits = await data(`/v1/search?q=vaccines&type=statement&speaker=${wang}`);
    expect(hits.map((hit) => hit.meetingId)).toEqual([meetings[0]!.id]);
  });
});

const everyRoute = [
  '/v1/meetings',
  '/v1/meetings?format=csv',
  '/v1/search?q=talks',
  '/v1/search?q=talks&format=ndjson',
  '/v1/participants',
  '/v1/statements',
  '/v1/meeting-initiatives?format=csv',
  '/v1/stats/meetings-over-time',
  '/v1/stats/top-people',
  '/v1/stats/top-initiatives',
  '/v1/stats/countries',
];
const with_ = (route: string, filter: string) => `${route}${route.includes('?') ? '&' : '?'}${filter}`;

describe.each(everyRoute)('a filter that names nothing on %s', (route) => {
  it('an unknown initiative slug or id is a 400 problem naming it, not an empty result', async () => {
    const missing = '0190f3c4-0000-7000-8000-000000000000';
    const response = await api()
      .get(with_(route, `initiative=covid-19-vaccine-supply,no-such-thing,${missing}`))
      .expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ code: 'validation_failed', status: 400 });
    expect(response.body.errors).toEqual([
      { in: 'query', pointer: '/initiative/1', message: 'no initiative with id or slug "no-such-thing"' },
      { in: 'query', pointer: '/initiative/2', message: `no initiative with id or slug "${missing}"` },
    ]);
  });

  it.each([
    ['kind=party', '/kind/0'],
    ['status=done', '/status/0'],
    ['speaker=wang', '/speaker/0'],
    ['hasDocument=yes', '/hasDocument'],
    ['organization=', '/organization/0'],
    ['organization=%22never%20closed', '/organization'],
    ['sourcePublisher=', '/sourcePublisher/0'],
  ])('%s is a 400 pointing at %s', async (filter, pointer) => {
    const response = await api().get(with_(route, filter)).expect(400);
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.errors[0].pointer).toBe(pointer);
  });
});

describe('q on meetings', () => {
  it('is validated as the search query is', async () => {
    expect((await api().get('/v1/meetings?q=').expect(400)).body.errors[0].pointer).toBe('/q');
    expect(
      (
        await api()
          .get(`/v1/meetings?q=${'a'.repeat(257)}`)
          .expect(400)
      ).body.errors[0].pointer,
    ).toBe('/q');
  });

  it.each(['the', '-*', '*', '-', '"', '-"', '- -', '-the', '!!!'])(
    'with nothing to search for (%s: stop words, or signs without a word) keeps nothing (200), as the search does',
    async (q) => {
      expect(await data(`/v1/meetings?q=${encodeURIComponent(q)}`)).toEqual([]);
      expect(await data(`/v1/search?q=${encodeURIComponent(q)}`)).toEqual([]);
    },
  );
});
