import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createPrisma, type Db } from '../src/db/prisma.js';
import { statementNames } from '../src/db/statement-names.js';
import { Prisma } from '../src/generated/prisma/client.js';
import { cloneDatabase, databaseUrl, dropDatabase } from './helpers/db.js';

// The SQL the API sends again and again is prepared once per connection (src/db/statement-names.ts): what the
// generator names, and what a client of createPrisma leaves prepared on its one connection.

describe('statementNames', () => {
  it('names a text the second time it is seen, with the same name from then on', () => {
    const name = statementNames();
    expect(name({ sql: 'SELECT 1' })).toBeUndefined();
    const second = name({ sql: 'SELECT 1' });
    expect(second).toMatch(/^dm_[\w-]{22}$/);
    expect(name({ sql: 'SELECT 1' })).toBe(second);
    expect(name({ sql: 'SELECT 2' })).toBeUndefined();
  });

  it('never names full-text search, whose plan depends on its words', () => {
    const name = statementNames();
    const search = "SELECT 1 WHERE to_tsvector('x') @@ websearch_to_tsquery($1)";
    for (let time = 0; time < 5; time++) expect(name({ sql: search })).toBeUndefined();
  });

  it('names at most `limit` texts and forgets texts seen once past its bound', () => {
    const name = statementNames(2);
    for (const sql of ['A', 'A', 'B', 'B']) name({ sql });
    expect(name({ sql: 'C' })).toBeUndefined();
    expect(name({ sql: 'C' })).toBeUndefined();
    expect(name({ sql: 'A' })).toMatch(/^dm_/);
  });
});

describe('a client of createPrisma', () => {
  let name: string;
  let prisma: Db;
  beforeAll(async () => {
    name = await cloneDatabase(inject('templateDatabase'));
    prisma = createPrisma(databaseUrl(name), 1);
  });
  afterAll(async () => {
    await prisma.$disconnect();
    await dropDatabase(name);
  });

  const prepared = () => prisma.$queryRaw<Array<{ statement: string }>>`SELECT statement FROM pg_prepared_statements`;

  it('runs a repeated statement as a prepared one, with each execution its own values', async () => {
    const answers = [];
    for (const value of [1, 2, 3]) answers.push(await prisma.$queryRaw<Array<{ n: number }>>`SELECT ${value}::int + 1 AS n`);
    expect(answers).toEqual([[{ n: 2 }], [{ n: 3 }], [{ n: 4 }]]);
    const statements = (await prepared()).map((row) => row.statement);
    expect(statements).toContain('SELECT $1::int + 1 AS n');
    expect(statements.some((statement) => statement.includes('tsquery'))).toBe(false);
  });

  it('keeps a one-off statement and search unprepared', async () => {
    await prisma.$queryRaw(Prisma.sql`SELECT ${'once'}::text AS once`);
    for (let time = 0; time < 3; time++) await prisma.$queryRaw`SELECT to_tsquery('simple', ${'word'})::text AS q`;
    const statements = (await prepared()).map((row) => row.statement);
    expect(statements.some((statement) => statement.includes('AS once'))).toBe(false);
    expect(statements.some((statement) => statement.includes('to_tsquery'))).toBe(false);
  });
});
