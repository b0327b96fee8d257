import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createPrisma, defaultDatabaseLimits, type Db } from '../src/db/prisma.js';
import { isConnectionLost, isDatabaseUnavailable } from '../src/db/faults.js';
import { sqlTransaction, transactionExpiredMessage, type SqlTx } from '../src/db/sql-transaction.js';
import { Prisma } from '../src/generated/prisma/client.js';
import { parseLsn } from '../src/db/wal-position.js';
import { refersToDeletedRow, toAppError } from '../src/http/problem.js';
import { useTestContext } from './helpers/app.js';

// sqlTransaction: raw SQL in one transaction on the client's pg pool (the nested create's path), or in Prisma's own
// interactive transaction for a client that is not createPrisma's. Both must commit, roll back, type rows and map
// errors alike; the pooled one must also survive a connection the server ends, and end a transaction past its limit.

const ctx = useTestContext();

// A client createPrisma did not make (as the read router's proxy over standbys is): sqlTransaction falls back to
// Prisma's interactive transaction.
const proxied = (db: Db): Db => new Proxy(db, {});
const kinds: Array<[string, () => Db]> = [
  ['on the pool', () => ctx.prisma],
  ["in Prisma's transaction", () => proxied(ctx.prisma)],
];

const personId = (n: number) => `0190a000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const insertPerson = (tx: SqlTx, n: number) =>
  tx.$executeRaw`INSERT INTO people (id, name) VALUES (CAST(${personId(n)} AS uuid), ${`Person ${n}`})`;
const peopleNamed = async (n: number) =>
  (await ctx.prisma.$queryRaw<unknown[]>`SELECT 1 FROM people WHERE id = CAST(${personId(n)} AS uuid)`).length;

describe.each(kinds)('sqlTransaction %s', (_kind, db) => {
  const base = _kind === 'on the pool' ? 100 : 200;

  it('commits what the work wrote and returns what it returns', async () => {
    const { result } = await sqlTransaction(db(), async (tx) => {
      await insertPerson(tx, base + 1);
      return tx.$queryRaw<Array<{ name: string }>>(Prisma.sql`SELECT name FROM people WHERE id = CAST(${personId(base + 1)} AS uuid)`);
    });
    expect(result).toEqual([{ name: `Person ${base + 1}` }]);
    expect(await peopleNamed(base + 1)).toBe(1);
  });

  it('rolls back everything when the work throws, rethrows its error and leaves the pool usable', async () => {
    const failure = new Error('the work failed');
    await expect(
      sqlTransaction(db(), async (tx) => {
        await insertPerson(tx, base + 2);
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await peopleNamed(base + 2)).toBe(0);
    expect((await sqlTransaction(db(), (tx) => tx.$queryRaw<unknown[]>`SELECT 1 AS one`)).result).toEqual([{ one: 1 }]);
  });

  // The X-Consistency-Token of a create is this position: past the commit's own WAL record, which the transaction
  // wrote after everything it inserted; the transaction that is not on the pool leaves it to the caller (null).
  it('returns the WAL position after its COMMIT', async () => {
    const { result: inside, position } = await sqlTransaction(db(), async (tx) => {
      await insertPerson(tx, base + 2);
      const [row] = await tx.$queryRaw<Array<{ lsn: string }>>`SELECT pg_current_wal_insert_lsn()::text AS lsn`;
      return parseLsn(row!.lsn)!;
    });
    const [now] = await ctx.prisma.$queryRaw<Array<{ lsn: string }>>`SELECT pg_current_wal_lsn()::text AS lsn`;
    if (_kind === 'on the pool') {
      expect(position).toBeGreaterThan(inside);
      expect(position).toBeLessThanOrEqual(parseLsn(now!.lsn)!);
    } else expect(position).toBeNull();
  });

  it("gives the rows and counts Prisma's $queryRaw and $executeRaw give", async () => {
    const sql = Prisma.sql`SELECT 9007199254740993::int8 AS big, DATE '2021-07-15' AS day, TIMESTAMPTZ '2021-07-15 10:00:00.123+05' AS at,
      ARRAY['a', 'b,c']::text[] AS words, '{"a":1}'::jsonb AS doc, 'phone_call'::"MeetingKind" AS kind`;
    const { result: inside } = await sqlTransaction(db(), (tx) => tx.$queryRaw<unknown[]>(sql));
    expect(inside).toEqual(await ctx.prisma.$queryRaw<unknown[]>(sql));
    const { result: count } = await sqlTransaction(db(), async (tx) => {
      await insertPerson(tx, base + 3);
      await insertPerson(tx, base + 4);
      return tx.$executeRaw`UPDATE people SET aliases = '{x}' WHERE id IN (CAST(${personId(base + 3)} AS uuid), CAST(${personId(base + 4)} AS uuid))`;
    });
    expect(count).toBe(2);
  });

  // Each violation as the create's raw statements meet it: the same problem as Prisma's own P2002 / P2003.
  it.each([
    ['a unique key taken', 409, false, (tx: SqlTx) => insertPerson(tx, base + 5).then(() => insertPerson(tx, base + 5))],
    [
      'a row that refers to one that is not there',
      422,
      true,
      (tx: SqlTx) =>
        tx.$executeRaw`INSERT INTO person_identifiers (id, person_id, scheme, value) VALUES (gen_random_uuid(), CAST(${personId(base + 9)} AS uuid), 'x', ${`v${base}`})`,
    ],
  ] as const)('maps %s to %i', async (_name, status, deleted, write) => {
    const error = await sqlTransaction(db(), write).catch((caught: unknown) => caught);
    expect(toAppError(error)?.status).toBe(status);
    expect(refersToDeletedRow(error)).toBe(deleted);
  });
});

describe('sqlTransaction on the pool, when the connection goes', () => {
  let db: Db;
  beforeAll(() => {
    db = createPrisma(ctx.url, 2, { ...defaultDatabaseLimits, transaction: 300 });
  });
  afterAll(async () => db.$disconnect());

  it('ends a transaction past its limit: rolled back, a lost connection (503), the pool usable again', async () => {
    const error = await sqlTransaction(db, async (tx) => {
      await insertPerson(tx, 301);
      await tx.$queryRaw`SELECT pg_sleep(5)`;
    }).catch((caught: unknown) => caught);
    expect((error as Error).message).toBe(transactionExpiredMessage);
    expect(isDatabaseUnavailable(error) && isConnectionLost(error)).toBe(true);
    expect(await peopleNamed(301)).toBe(0);
    expect((await sqlTransaction(db, (tx) => tx.$queryRaw<unknown[]>`SELECT 1 AS one`)).result).toEqual([{ one: 1 }]);
  });

  it('survives the server ending the connection mid-transaction (no uncaught error event), as a 503', async () => {
    const error = await sqlTransaction(db, async (tx) => {
      await insertPerson(tx, 302);
      const [backend] = await tx.$queryRaw<Array<{ pid: number }>>`SELECT pg_backend_pid() AS pid`;
      const admin = new pg.Client({ connectionString: ctx.url });
      await admin.connect();
      try {
        // With a timeout, pg_terminate_backend waits for the backend to have ended (PostgreSQL 14+).
        await admin.query('SELECT pg_terminate_backend($1, 60000)', [backend!.pid]);
      } finally {
        await admin.end();
      }
      await tx.$queryRaw`SELECT 1`;
    }).catch((caught: unknown) => caught);
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(await peopleNamed(302)).toBe(0);
    expect((await sqlTransaction(db, (tx) => tx.$queryRaw<unknown[]>`SELECT 1 AS one`)).result).toEqual([{ one: 1 }]);
  });
});
