import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '../src/generated/prisma/client.js';
import { hitsSql, pageSql, rankWindowSize, summarySql, type SearchCriteria } from '../src/modules/search/search.sql.js';
import { facetNames, hitTypes } from '../src/modules/search/search.schemas.js';
import { createTestContext, type TestContext } from './helpers/app.js';
import { setupSql } from './helpers/db.js';

// The search must use the GIN indexes of the search migration. Real plans (no enable_seqscan tricks) over a few
// thousand generated rows in which one record in a hundred holds the searched word.
let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  const topics = "(ARRAY['trade', 'energy', 'security', 'climate', 'culture', 'transport', 'finance'])";
  // VACUUM, as autovacuum would, also moves the bulk-inserted entries out of the GIN pending lists, which the
  // planner otherwise prices as a scan of every pending page.
  await setupSql(
    ctx.url,
    `
    INSERT INTO people (id, name, country_code) SELECT gen_random_uuid(), 'Person ' || g, 'KZ' FROM generate_series(1, 50) g`,
    `
    INSERT INTO meetings (id, title, kind, date, country_code, summary)
    SELECT gen_random_uuid(), 'Talks number ' || g || ' on ' || ${topics}[1 + g % 7], 'talks', DATE '2010-01-01' + g,
      (ARRAY['CN', 'KZ', 'RU', 'US'])[1 + g % 4],
      'Consultations on ' || ${topics}[1 + g % 5] || CASE WHEN g % 100 = 0 THEN ' and vaccines' ELSE '' END
    FROM generate_series(1, 3000) g`,
    `
    INSERT INTO participants (id, meeting_id, person_id, country_code, role)
    SELECT gen_random_uuid(), m.id, (SELECT id FROM people ORDER BY id LIMIT 1), 'KZ', 'guest' FROM meetings m`,
    `
    INSERT INTO statements (id, meeting_id, kind, text, position)
    SELECT gen_random_uuid(), m.id, 'narrative',
      'The sides discussed ' || ${topics}[1 + n] || ' cooperation on day ' || (m.date - DATE '2010-01-01')
        || CASE WHEN ((m.date - DATE '2010-01-01') * 3 + n) % 100 = 0 THEN ', pandemic vaccines and supplies' ELSE '' END, n
    FROM meetings m, generate_series(0, 2) n`,
    `
    INSERT INTO initiatives (id, slug, name, aliases, description)
    SELECT gen_random_uuid(), 'initiative-' || g, 'Initiative ' || g || ' on ' || ${topics}[1 + g % 7],
      ARRAY['Programme ' || g], 'Catalogue entry' || CASE WHEN g % 100 = 0 THEN ' for vaccines' ELSE '' END
    FROM generate_series(1, 3000) g`,
    `
    INSERT INTO meeting_initiatives (id, meeting_id, initiative_id, status)
    SELECT gen_random_uuid(), m.id, i.id, 'discussed'
    FROM (SELECT id, row_number() OVER (ORDER BY id) AS r FROM meetings) m
    JOIN (SELECT id, row_number() OVER (ORDER BY id) AS r FROM initiatives) i USING (r)`,
    'VACUUM ANALYZE',
  );
});
afterAll(async () => ctx.close());

async function plan(sql: Prisma.Sql): Promise<string> {
  const rows = await ctx.prisma.$queryRaw<Array<{ 'QUERY PLAN': string }>>(Prisma.sql`EXPLAIN ${sql}`);
  return rows.map((row) => row['QUERY PLAN']).join('\n');
}

const indexes = {
  statement: 'statements_search_vector_idx',
  meeting: 'meetings_search_vector_idx',
  initiative: 'initiatives_search_vector_idx',
};
const everyIndex = Object.values(indexes);

let everyonesPerson: string;
const criteria: Array<[string, () => SearchCriteria]> = [
  ['no filters', () => ({ q: 'vaccines' })],
  ['a phrase with an exclusion', () => ({ q: '"pandemic vaccines" -trade' })],
  ['meeting filters', () => ({ q: 'vaccines', from: '2012-01-01', to: '2016-12-31', country: ['KZ', 'US'], kind: ['talks'] })],
  ['a person at every meeting', () => ({ q: 'vaccines', person: [everyonesPerson] })],
  ['a type-ahead prefix', () => ({ q: 'vacc*' })],
  ['words and a prefix', () => ({ q: 'pandemic vacc*' })],
  ['accents and another case', () => ({ q: 'VÁCCINES' })],
];
// A filter matching one meeting is better served from its btree indexes; the plan must still avoid full scans.
const selective: Array<[string, SearchCriteria]> = [
  ['an initiative of one meeting', { q: 'vaccines', initiative: ['initiative-100'] }],
  ['a person of no meeting', { q: 'vaccines', person: ['01900000-0000-7000-8000-000000000000'] }],
];
const fullScan = /Seq Scan on (statements|meetings|initiatives|meeting_initiatives|participants) /;

describe('the search queries use the GIN indexes', () => {
  beforeAll(async () => {
    everyonesPerson = (await ctx.prisma.participant.findFirstOrThrow()).personId;
  });

  const newest = { below: null, size: rankWindowSize };
  it.each(criteria)('page query, %s', async (_, query) => {
    const text = await plan(pageSql(query(), newest, undefined, 21));
    for (const index of everyIndex) expect(text).toContain(index);
  });

  it.each(criteria)('total and facets, %s', async (_, query) => {
    const text = await plan(summarySql(query(), facetNames));
    for (const index of everyIndex) expect(text).toContain(index);
  });

  it.each(selective)('page, total and facets with a selective filter: %s', async (_, query) => {
    expect(await plan(pageSql(query, newest, undefined, 21))).not.toMatch(fullScan);
    expect(await plan(summarySql(query, facetNames))).not.toMatch(fullScan);
  });

  it('page query after a cursor, in a window read before', async () => {
    const window = { lo: '01900000-0000-7000-8000-000000000000', hi: 'ffffffff-ffff-7fff-bfff-ffffffffffff' };
    const after = { score: 0.5, type: 'statement' as const, id: '01900000-0000-7000-8000-000000000000' };
    const text = await plan(pageSql({ q: 'vaccines' }, window, after, 21));
    for (const index of everyIndex) expect(text).toContain(index);
  });

  it('page query of the window below another', async () => {
    const text = await plan(
      pageSql({ q: 'vaccines' }, { below: 'ffffffff-ffff-7fff-bfff-ffffffffffff', size: rankWindowSize }, undefined, 21),
    );
    for (const index of everyIndex) expect(text).toContain(index);
  });

  // "cooperation" is in every statement: ranking them all would read the whole table on every page. The window reads
  // the newest hits by primary key instead, and stops at the window's size.
  it('a word in every statement: the window is read newest first by primary key, not ranked whole', async () => {
    const text = await plan(pageSql({ q: 'cooperation', type: ['statement'] }, { below: null, size: 100 }, undefined, 21));
    expect(text).toContain('Index Scan Backward using statements_pkey');
    expect(text).not.toMatch(fullScan);
  });

  it.each(hitTypes)('a single type: %s', async (type) => {
    const text = await plan(hitsSql({ q: 'vaccines', type: [type] }));
    expect(text).toContain(indexes[type]);
  });
});
