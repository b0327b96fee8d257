import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestContext } from './helpers/app.js';

// An export that fails after its first bytes must fail visibly, and one the client abandons must stop reading.
// 1,000 meetings with 40 KB summaries (40 MB of CSV) outgrow every socket buffer, so the server is still exporting
// while the client holds off reading.

const ctx = useTestContext();
let base: string;
let admin: pg.Client;

beforeAll(async () => {
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
  admin = new pg.Client({ connectionString: ctx.url });
  await admin.connect();
  await admin.query(`INSERT INTO meetings (id, title, kind, date, summary)
    SELECT gen_random_uuid(), 'Meeting ' || g, 'talks', DATE '2020-01-01' + g, repeat('x', 40000) FROM generate_series(1, 1000) g`);
});
afterAll(async () => admin.end());

/** A GET whose response is paused after its first chunk; resolves with the response and that chunk. */
function firstChunk(path: string): Promise<{ response: http.IncomingMessage; request: http.ClientRequest }> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${base}${path}`, (response) => {
      response.once('data', () => {
        response.pause();
        resolve({ response, request });
      });
    });
    request.on('error', reject);
  });
}

/** Reads the rest of a paused response: whether it arrived complete, and how many bytes came. */
function rest(response: http.IncomingMessage): Promise<{ complete: boolean; bytes: number }> {
  return new Promise((resolve) => {
    let bytes = 0;
    response.on('data', (chunk: Buffer) => (bytes += chunk.length));
    response.on('error', () => undefined);
    response.on('close', () => resolve({ complete: response.complete, bytes }));
    response.resume();
  });
}

describe('export failures', () => {
  it('a database failure after the first bytes aborts the transfer: the client sees an incomplete response', async () => {
    const { response } = await firstChunk('/v1/meetings?format=csv');
    expect(response.statusCode).toBe(200);
    // The next batch's statement fails: its table is gone.
    await admin.query('ALTER TABLE meetings RENAME TO meetings_away');
    try {
      const outcome = await rest(response);
      expect(outcome.complete).toBe(false);
      expect(outcome.bytes).toBeLessThan(1000 * 40_000);
    } finally {
      await admin.query('ALTER TABLE meetings_away RENAME TO meetings');
    }
  });

  it('the same export runs to completion when nothing fails', async () => {
    const { response } = await firstChunk('/v1/meetings?format=ndjson');
    const outcome = await rest(response);
    expect(outcome.complete).toBe(true);
    expect(outcome.bytes).toBeGreaterThan(1000 * 40_000);
  });

  it('a client that goes away stops the export: the statement in flight ends it, no other follows', async () => {
    // Statements of clients waiting on a lock (not autovacuum, which may come to analyze the table meanwhile).
    const lockWaiters = async () =>
      (
        await admin.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity
           WHERE datname = current_database() AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'
             AND backend_type = 'client backend'`,
        )
      ).rows[0]!.n;
    const { response, request } = await firstChunk('/v1/meetings?format=csv');
    // Hold the export's next batch on a lock, so that the client leaves while a statement of the export is in flight.
    await admin.query('BEGIN');
    await admin.query('LOCK TABLE meetings IN ACCESS EXCLUSIVE MODE');
    response.on('data', () => undefined);
    response.on('error', () => undefined);
    response.resume();
    while ((await lockWaiters()) === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    request.destroy();
    await new Promise((resolve) => response.once('close', resolve));
    // The server learns of it when its end of the socket closes — on a loaded machine, a while after the client's.
    // Only from then on is "no other statement follows" the export's to keep.
    const connections = () =>
      new Promise<number>((resolve, reject) => ctx.app.server.getConnections((error, count) => (error ? reject(error) : resolve(count))));
    while ((await connections()) > 0) await new Promise((resolve) => setTimeout(resolve, 20));
    await admin.query('ROLLBACK');
    // Locking again waits for the statement in flight, which is queued before us; from then on, a statement of the
    // export would wait on this lock.
    await admin.query('BEGIN');
    await admin.query('LOCK TABLE meetings IN ACCESS EXCLUSIVE MODE');
    try {
      for (let round = 0; round < 20; round += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(await lockWaiters()).toBe(0);
      }
    } finally {
      await admin.query('ROLLBACK');
    }
  });
});
