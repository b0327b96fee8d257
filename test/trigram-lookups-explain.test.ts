import { beforeEach, describe, expect, it } from 'vitest';
import { Prisma } from '../src/generated/prisma/client.js';
import { fuzzyInitiativesPageSql } from '../src/modules/initiatives/initiatives.list.js';
import { listInitiativesQuerySchema } from '../src/modules/initiatives/initiatives.schemas.js';
import { storedPeopleSql } from '../src/modules/documents/stored-people.js';
import { namesakeSql } from '../src/modules/people/namesakes.js';
import { fuzzyPeoplePageSql } from '../src/modules/people/people.list.js';
import { listPeopleQuerySchema } from '../src/modules/people/people.schemas.js';
import { useTestContext } from './helpers/app.js';
import { setupSql } from './helpers/db.js';

// Every lookup over a trigram text (person_trigram_text, initiative_trigram_text) is planned on the trigram GIN index,
// on a table of a few hundred rows as on one of thousands. The commit's lookup of a participant among stored people
// (storedPeopleSql) was written `LIKE ANY (SELECT …)`, a subquery no index can serve: every new participant read and
// folded the whole table (2.2 s each at 20,000 people), and a readout of 100 meetings could not commit within the
// transaction's 8 s on a loaded machine.
const ctx = useTestContext();
beforeEach(async () => ctx.reset());

const peopleQuery = (q: string) => fuzzyPeoplePageSql({ ...listPeopleQuerySchema.parse({ q }), q });
const initiativesQuery = (q: string) => fuzzyInitiativesPageSql({ ...listInitiativesQuerySchema.parse({ q }), q });

const lookups: Array<[string, Prisma.Sql, string]> = [
  ['GET /v1/people?q=Tileuberdy', peopleQuery('Tileuberdy'), 'people_trigram_idx'],
  ['GET /v1/people?q=TILEÚBERDI', peopleQuery('TILEÚBERDI'), 'people_trigram_idx'],
  ['GET /v1/people?q=tileu*', peopleQuery('tileu*'), 'people_trigram_idx'],
  ['GET /v1/people?q=Тілеуберді', peopleQuery('Тілеуберді'), 'people_trigram_idx'],
  ['GET /v1/initiatives?q=silk road', initiativesQuery('silk road'), 'initiatives_trigram_idx'],
  ['GET /v1/initiatives?q=SÍLK ROAD', initiativesQuery('SÍLK ROAD'), 'initiatives_trigram_idx'],
  ['GET /v1/initiatives?q=silk*', initiativesQuery('silk*'), 'initiatives_trigram_idx'],
  ['commit: "Mukhtar Tileuberdi"', storedPeopleSql('Mukhtar Tileuberdi', ['mukhtar', 'tileuberdi']), 'people_trigram_idx'],
  ['commit: "Wang Yi"', storedPeopleSql('Wang Yi', ['wang']), 'people_trigram_idx'],
  [
    'commit: "Sheikh Khalid bin Ahmed Al Marzouqi"',
    storedPeopleSql('Sheikh Khalid bin Ahmed Al Marzouqi', ['sheikh', 'khalid', 'ahmed', 'marzouqi']),
    'people_trigram_idx',
  ],
  ['POST /v1/people: a namesake of "Wang Yi"', namesakeSql('Wang Yi', 'CN'), 'people_trigram_idx'],
  [
    'PATCH /v1/people/{id}: a namesake of "Mukhtar Tileuberdi"',
    namesakeSql('Mukhtar Tileuberdi', null, '0190f3c4-0000-7000-8000-000000000000'),
    'people_trigram_idx',
  ],
];

async function store(rows: number): Promise<void> {
  await setupSql(
    ctx.url,
    `INSERT INTO people (id, name, aliases)
     SELECT gen_random_uuid(), 'Person ' || md5(i::text), ARRAY['Alias ' || md5((i * 7)::text)] FROM generate_series(1, ${rows}) AS i`,
    `INSERT INTO initiatives (id, slug, name, aliases)
     SELECT gen_random_uuid(), 'generated-' || i, 'Programme ' || md5(i::text), ARRAY['Scheme ' || md5((i * 7)::text)]
     FROM generate_series(1, ${rows}) AS i`,
    'ANALYZE people',
    'ANALYZE initiatives',
  );
}

describe.each([300, 3000])('over %i people and initiatives', (rows) => {
  it.each(lookups)('%s is planned on the trigram index', async (_, sql, index) => {
    await store(rows);
    const plan = await ctx.prisma.$transaction(async (tx) => {
      // The commit's lookup runs at this threshold (stored-people.ts), the lists at pg_trgm's default.
      await tx.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', '0.3', true)`;
      return tx.$queryRaw<unknown[]>(Prisma.sql`EXPLAIN (FORMAT JSON) ${sql}`);
    });
    expect(JSON.stringify(plan)).toContain(`"Index Name":"${index}"`);
    expect(JSON.stringify(plan)).not.toContain('"Node Type":"Seq Scan"');
  });
});

// The trigram texts are PL/pgSQL (migration trigram_text_plpgsql) and must give what the SQL definitions before them
// gave, which the indexes were built with: the folded names and aliases, then their romanized spelling when it differs.
it.each([
  ['Mukhtar Tileuberdi', null],
  ['Mukhtar Tileuberdi', []],
  ['Mevlüt Çavuşoğlu', ['Mevlut Cavusoglu', 'ÇAVUŞOĞLU']],
  ['Батбаярын Энхтуяа', ['Enkhtuyaa']],
  ['Νίκος Δένδιας', null],
  ['王毅', ['Wang Yi']],
  ['', null],
])('person_trigram_text(%j, %j) is the folded text and its romanized spelling', async (name, aliases) => {
  const [row] = await ctx.prisma.$queryRaw<
    Array<{ got: string | null; want: string | null; initiative: string | null; wantInitiative: string | null }>
  >`
    SELECT person_trigram_text(${name}, ${aliases}::text[]) AS got,
           (SELECT CASE WHEN romanize_text(folded) = folded THEN folded ELSE folded || ' ' || romanize_text(folded) END
              FROM (SELECT fold_text(${name} || coalesce(' ' || array_to_string(${aliases}::text[], ' '), '')) AS folded) AS t) AS want,
           initiative_trigram_text('slug-x', ${name}, ${aliases}::text[]) AS initiative,
           (SELECT CASE WHEN romanize_text(folded) = folded THEN folded ELSE folded || ' ' || romanize_text(folded) END
              FROM (SELECT fold_text(${name} || ' slug-x' || coalesce(' ' || array_to_string(${aliases}::text[], ' '), '')) AS folded) AS t) AS "wantInitiative"`;
  expect(row!.got).toBe(row!.want);
  expect(row!.initiative).toBe(row!.wantInitiative);
});
