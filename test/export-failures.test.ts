import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { poolOf } from '../src/db/prisma.js';
import { useTestContext } from './helpers/app.js';

// An export that fails after its first bytes must fail visibly, one the client abandons must end its transaction and
// give its connection back, and every export is one snapshot (db/snapshot.ts). 1,000 meetings with 40 KB summaries
// (40 MB of CSV) outgrow every socket buffer, so the server is still exporting while the client holds off reading.

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
  // The export's own session: the one of this database, other than ours, inside a transaction.
  const exportSessions = async () =>
    (
      await admin.query<{ pid: number; state: string }>(
        `SELECT pid, state FROM pg_stat_activity
         WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'
           AND xact_start IS NOT NULL`,
      )
    ).rows;

  it('a database failure after the first bytes aborts the transfer: the client sees an incomplete response', async () => {
    const { response } = await firstChunk('/v1/meetings?format=csv');
    expect(response.statusCode).toBe(200);
    // The connection of the export's snapshot breaks: its next batch fails.
    const sessions = await exportSessions();
    expect(sessions).toHaveLength(1);
    await admin.query('SELECT pg_terminate_backend($1)', [sessions[0]!.pid]);
    const outcome = await rest(response);
    expect(outcome.complete).toBe(false);
    expect(outcome.bytes).toBeLessThan(1000 * 40_000);
  });

  it('the same export runs to completion when nothing fails', async () => {
    const { response } = await firstChunk('/v1/meetings?format=ndjson');
    const outcome = await rest(response);
    expect(outcome.complete).toBe(true);
    expect(outcome.bytes).toBeGreaterThan(1000 * 40_000);
  });

  it('a client that goes away ends the export: its transaction ends and its connection goes back to the pool', async () => {
    const pool = poolOf(ctx.prisma)!;
    const { response, request } = await firstChunk('/v1/meetings?format=csv');
    expect(await exportSessions()).toHaveLength(1);
    expect(pool.totalCount - pool.idleCount).toBe(1);
    request.destroy();
    await new Promise((resolve) => response.once('close', resolve));
    // The server learns of it when its end of the socket closes — on a loaded machine, a while after the client's.
    while ((await exportSessions()).length > 0) await new Promise((resolve) => setTimeout(resolve, 20));
    while (pool.totalCount - pool.idleCount > 0) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ctx.app.exportSlots.active).toBe(0);
  });

  it('an export is one snapshot: rows moved, deleted or added while it streams are as they were when it began', async () => {
    const before = (await admin.query<{ id: string }>('SELECT id::text FROM meetings ORDER BY date DESC, id DESC')).rows.map(
      (row) => row.id,
    );
    const chunks: Buffer[] = [];
    const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
      http
        .get(`${base}/v1/meetings?format=ndjson`, (answer) => {
          answer.once('data', () => {
            answer.pause();
            resolve(answer);
          });
          answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        })
        .on('error', reject);
    });
    // The export sorts by date, newest first, and has sent the first batch at most. The oldest meeting moves to the
    // top (where the export has been), the newest to the bottom (where it has not), one not yet sent is deleted and
    // one is added: read page by page, the first would be skipped, the second sent twice, the third missing.
    await admin.query(`UPDATE meetings SET date = DATE '2030-01-01' WHERE id = $1`, [before.at(-1)]);
    await admin.query(`UPDATE meetings SET date = DATE '1990-01-01' WHERE id = $1`, [before[0]]);
    await admin.query(`DELETE FROM meetings WHERE id = $1`, [before[500]]);
    await admin.query(`INSERT INTO meetings (id, title, kind, date) VALUES (gen_random_uuid(), 'Added', 'talks', DATE '2000-01-01')`);
    try {
      const ended = new Promise((resolve) => response.once('end', resolve));
      response.resume();
      await ended;
      const ids = Buffer.concat(chunks)
        .toString('utf8')
        .trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as { id: string }).id);
      expect(ids).toEqual(before);
    } finally {
      await admin.query(`DELETE FROM meetings WHERE title = 'Added'`);
    }
  });
});
