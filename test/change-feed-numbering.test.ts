import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestContext } from './helpers/app.js';

// The change feed numbers each transaction's audit events at commit (the audit_events_number trigger). Numbering must
// not read what earlier transactions left behind: before, it found a transaction's events as "seq IS NULL", a scan that
// also passed over every dead unnumbered version of every earlier event until VACUUM removed it (issue 12: 270 ms at
// every commit, under the lock that serialises commits, after 215,000 events on a server that had not vacuumed).

const ctx = useTestContext();
let client: pg.Client;
beforeAll(async () => {
  await ctx.reset();
  client = new pg.Client({ connectionString: ctx.url });
  await client.connect();
  // No vacuum runs while this test runs: the dead versions stay.
  await client.query('ALTER TABLE audit_events SET (autovacuum_enabled = false)');
});
afterAll(async () => {
  await client.query('ALTER TABLE audit_events RESET (autovacuum_enabled)');
  await client.end();
});

const insertEvents = (count: number) =>
  client.query(
    `INSERT INTO audit_events (id, action, record_type, record_id, after)
     SELECT gen_random_uuid(), 'update', 'meeting', gen_random_uuid(), jsonb_build_object('n', n) FROM generate_series(1, $1) AS n
     ORDER BY 1`,
    [count],
  );

/** Pages of audit_events (table and indexes) the current transaction asked for so far. */
async function pagesRead(): Promise<number> {
  const { rows } = await client.query<{ pages: string }>(
    `SELECT sum(pg_stat_get_xact_blocks_fetched(c.oid))::text AS pages FROM pg_class c
     WHERE c.oid = 'audit_events'::regclass OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid = 'audit_events'::regclass)`,
  );
  return Number(rows[0]!.pages);
}

describe('numbering the change feed at commit', () => {
  /** Pages the numbering of a transaction of three events reads. */
  async function numberingPages(): Promise<number> {
    await client.query('BEGIN');
    try {
      await insertEvents(3);
      const before = await pagesRead();
      // The deferred numbering runs now, as it would at the commit.
      await client.query('SET CONSTRAINTS ALL IMMEDIATE');
      return (await pagesRead()) - before;
    } finally {
      await client.query('COMMIT');
    }
  }

  it("reads as much after thousands of events as before them: only the transaction's own", async () => {
    const fresh = await numberingPages();
    // 4,000 events numbered: 4,000 dead versions no vacuum has removed.
    for (let batch = 0; batch < 4; batch++) await insertEvents(1000);
    const later = await numberingPages();
    // Measured: about 45 pages, and a dozen more once each of the four indexes has grown a level (index upkeep of three
    // updated rows); the scan of "seq IS NULL" read 33, then 231 — a page per 20-odd dead versions.
    expect(later - fresh).toBeLessThan(60);
  });

  it("numbers a transaction's events consecutively, in the order it inserted them, after those committed before", async () => {
    const {
      rows: [last],
    } = await client.query<{ seq: string }>('SELECT coalesce(max(seq), 0)::text AS seq FROM audit_events');
    await client.query('BEGIN');
    const ids: string[] = [];
    for (let n = 0; n < 5; n++) {
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO audit_events (id, action, record_type, record_id, after) VALUES (gen_random_uuid(), 'create', 'meeting', gen_random_uuid(), '{}') RETURNING id`,
      );
      ids.push(rows[0]!.id);
    }
    await client.query('COMMIT');
    const { rows } = await client.query<{ id: string; seq: string }>(
      'SELECT id, seq::text FROM audit_events WHERE id = ANY($1) ORDER BY seq',
      [ids],
    );
    expect(rows.map((row) => row.id)).toEqual(ids);
    expect(rows.map((row) => BigInt(row.seq) - BigInt(last!.seq))).toEqual([1n, 2n, 3n, 4n, 5n]);
  });
});
