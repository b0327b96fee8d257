import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from './helpers/app.js';
import { setupSql } from './helpers/db.js';
import { createInitiativeRow, meetingBody } from './helpers/factories.js';

// Keyset paging over ties: every list walked 7 items at a time returns exactly the items of its one-page listing
// (no skip, no repeat), and a page requested with a cursor from far into the walk holds exactly the items that follow
// it. The data is made of ties: four dates, three creation and update instants, repeated names and positions, one
// instant for every audit event of a meeting, identical statements (equal search scores).
let ctx: TestContext;
let parts: string;
let everywhere: string;
beforeAll(async () => {
  ctx = await createTestContext();
  const sql = (text: string) => setupSql(ctx.url, text);
  await sql(`INSERT INTO people (id, name, country_code, created_at, updated_at)
    SELECT gen_random_uuid(), (ARRAY['Ana Lima', 'Bo Chen', 'Cai Wen'])[1 + g % 3], (ARRAY['KZ', 'CN', 'RU'])[1 + g % 3],
      TIMESTAMPTZ '2024-01-01' + (g % 3) * INTERVAL '1 hour', TIMESTAMPTZ '2025-01-01' + (g % 2) * INTERVAL '1 hour'
    FROM generate_series(1, 45) g`);
  await sql(`INSERT INTO people (id, name, country_code) VALUES (gen_random_uuid(), 'Everywhere Person', 'UZ')`);
  await sql(`INSERT INTO initiatives (id, slug, name, category, created_at, updated_at)
    SELECT gen_random_uuid(), 'tie-' || lpad(g::text, 2, '0'), (ARRAY['Alpha initiative', 'Beta initiative'])[1 + g % 2],
      (ARRAY['economy', 'ÉCONOMY', 'health'])[1 + g % 3], TIMESTAMPTZ '2024-01-01' + (g % 3) * INTERVAL '1 hour',
      TIMESTAMPTZ '2025-01-01' + (g % 2) * INTERVAL '1 hour'
    FROM generate_series(1, 40) g`);
  await sql(`INSERT INTO meetings (id, title, kind, date, country_code, created_at, updated_at)
    SELECT gen_random_uuid(), 'Tied meeting ' || g, (ARRAY['talks', 'visit', 'meeting'])[1 + g % 3]::"MeetingKind",
      DATE '2021-01-01' + (g % 4) * 30, (ARRAY['CN', 'UZ', 'RU'])[1 + g % 3],
      TIMESTAMPTZ '2024-01-01' + (g % 3) * INTERVAL '1 hour', TIMESTAMPTZ '2025-01-01' + (g % 3) * INTERVAL '1 hour'
    FROM generate_series(1, 90) g`);
  await sql(`INSERT INTO participants (id, meeting_id, person_id, country_code, role, position)
    SELECT gen_random_uuid(), m.id, p.id, p.country_code, 'guest', 0
    FROM (SELECT id, row_number() OVER (ORDER BY id) AS g FROM meetings) m
    JOIN (SELECT id, country_code, row_number() OVER (ORDER BY id) AS g FROM people WHERE name <> 'Everywhere Person') p ON p.g = 1 + m.g % 45`);
  await sql(`INSERT INTO participants (id, meeting_id, person_id, country_code, role, position)
    SELECT gen_random_uuid(), m.id, (SELECT id FROM people WHERE name = 'Everywhere Person'), NULL, 'host', 1
    FROM meetings m WHERE m.title LIKE '%0' OR m.title LIKE '%5'`);
  await sql(`INSERT INTO meeting_initiatives (id, meeting_id, initiative_id, status)
    SELECT gen_random_uuid(), m.id, (SELECT id FROM initiatives WHERE slug = 'tie-07'), 'agreed' FROM meetings m WHERE m.date < DATE '2021-03-01'`);
  await sql(`INSERT INTO statements (id, meeting_id, kind, text, position)
    SELECT gen_random_uuid(), id, 'narrative', 'The sides agreed on vaccine supplies.', 0 FROM meetings`);
  await sql(`INSERT INTO source_documents (id, text, sha256, created_at)
    SELECT gen_random_uuid(), 'Readout ' || g, encode(sha256(('Readout ' || g)::bytea), 'hex'), TIMESTAMPTZ '2024-01-01' + (g % 3) * INTERVAL '1 hour'
    FROM generate_series(1, 30) g`);
  // A meeting with many parts, written by the API in one transaction: its links and audit events share one instant.
  await createInitiativeRow(ctx.prisma);
  const body = meetingBody({
    participants: Array.from({ length: 20 }, (_, index) => ({ key: `p${index}`, person: { name: `Delegate ${index}` }, role: 'guest' })),
    statements: Array.from({ length: 20 }, (_, index) => ({ speakerKey: `p${index}`, text: `Statement ${index}` })),
    initiatives: Array.from({ length: 20 }, (_, index) => ({
      initiative: `tie-${String(index + 1).padStart(2, '0')}`,
      status: 'discussed',
    })),
  });
  const created = await ctx.app.inject({ method: 'POST', url: '/v1/meetings', payload: body });
  expect(created.statusCode).toBe(201);
  parts = `/v1/meetings/${created.json<{ id: string }>().id}`;
  await sql(`UPDATE participants SET position = position / 5 WHERE meeting_id = '${parts.split('/').at(-1)}'`);
  everywhere = (await ctx.prisma.person.findFirstOrThrow({ where: { name: 'Everywhere Person' } })).id;
});
afterAll(async () => ctx.close());

interface Page {
  data: Array<Record<string, unknown> & { id: string }>;
  nextCursor: string | null;
  total?: number;
}

async function get(path: string, query: Record<string, string>): Promise<Page> {
  const response = await ctx.app.inject({ method: 'GET', url: path, query });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Page>();
}

// Lists that take count=exact are also checked against their total.
const uncounted = /\/(participants|statements|initiatives|history)$|^\/v1\/documents$/;

async function expectConsistentPaging(path: string, query: Record<string, string>) {
  const whole = await get(path, { ...query, limit: '100', ...(uncounted.test(path) ? {} : { count: 'exact' }) });
  expect(whole.nextCursor).toBeNull();
  const all = whole.data.map((item) => item.id);
  expect(all.length).toBe(whole.total ?? all.length);
  expect(all.length).toBeGreaterThan(7);
  const walked: string[] = [];
  const cursors: string[] = [];
  for (let cursor: string | null = null, pages = 0; pages === 0 || cursor; pages++) {
    const page: Page = await get(path, { ...query, limit: '7', ...(cursor ? { cursor } : {}) });
    walked.push(...page.data.map((item) => item.id));
    cursor = page.nextCursor;
    if (cursor) cursors.push(cursor);
    expect(pages).toBeLessThan(20);
  }
  expect(walked).toEqual(all);
  for (const [index, cursor] of cursors.entries()) {
    const deep = await get(path, { ...query, limit: '20', cursor });
    expect(deep.data.map((item) => item.id)).toEqual(all.slice(7 * (index + 1), 7 * (index + 1) + 20));
  }
  return whole.data;
}

// The one-page listing itself is in the sort's order with ties broken by id in the same direction.
function expectOrdered(items: Array<Record<string, unknown> & { id: string }>, sort: string) {
  const field = sort.replace('-', '');
  const sign = sort.startsWith('-') ? -1 : 1;
  const key = (item: Record<string, unknown> & { id: string }) => `${String(item[field])}|${item.id}`;
  const sorted = [...items].sort((a, b) => sign * (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  expect(items.map((item) => item.id)).toEqual(sorted.map((item) => item.id));
}

const meetingSorts = ['-date', 'date', 'createdAt', '-createdAt', 'updatedAt', '-updatedAt'];
const meetingFilters: Array<[string, () => Record<string, string>]> = [
  ['no filter', () => ({})],
  ['country=RU (the place or a participant)', () => ({ country: 'RU' })],
  ['country=KZ,UZ', () => ({ country: 'KZ,UZ' })],
  ['kind=talks,visit', () => ({ kind: 'talks,visit' })],
  ['person', () => ({ person: everywhere })],
  ['initiative', () => ({ initiative: 'tie-07' })],
  ['from and to', () => ({ from: '2021-01-31', to: '2021-04-01' })],
  ['updatedSince', () => ({ updatedSince: '2025-01-01T01:00:00Z' })],
];

describe('meetings: walking page by page equals the whole list, with ties on every sort key', () => {
  const cases = meetingFilters.flatMap(([name, filter]) =>
    meetingSorts.map((sort): [string, string, () => Record<string, string>] => [name, sort, filter]),
  );
  it.each(cases)('%s, sort=%s', async (_, sort, filter) => {
    const items = await expectConsistentPaging('/v1/meetings', { ...filter(), sort });
    expectOrdered(items, sort);
  });
});

describe("a meeting's parts and history", () => {
  it.each(['participants', 'statements', 'initiatives', 'history'])('%s', async (part) => {
    await expectConsistentPaging(`${parts}/${part}`, {});
  });
});

describe('people, initiatives, documents and search', () => {
  it.each([
    ...['name', '-name', 'createdAt', '-createdAt', 'updatedAt', '-updatedAt'].map((sort) => ['/v1/people', { sort }] as const),
    ['/v1/people', { country: 'KZ,CN' }],
    ['/v1/people', { q: 'Ana Lima' }],
    ...['name', '-name', 'slug', '-slug', 'createdAt', '-updatedAt'].map((sort) => ['/v1/initiatives', { sort }] as const),
    ['/v1/initiatives', { category: 'Economy' }],
    ['/v1/initiatives', { q: 'Alpha initiative' }],
    ['/v1/documents', {}],
    ['/v1/search', { q: 'vaccine supplies' }],
  ] as Array<[string, Record<string, string>]>)('%s %o', async (path, query) => {
    await expectConsistentPaging(path, query);
  });
});
