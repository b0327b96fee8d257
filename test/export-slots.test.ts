import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from './helpers/app.js';
import { setupSql } from './helpers/db.js';

// One process streams at most EXPORT_MAX_CONCURRENT exports: each holds a batch in memory until its client reads it,
// and forty slow readers ran the process out of heap (a trial's finding). 600 meetings with 40 KB summaries and long
// titles, each with 20 participants, a statement of 40 KB and twelve short ones, outgrow every socket buffer on every
// export route, so an export whose client does not read stays open.

let ctx: TestContext;
let base: string;
const limit = 2;

beforeAll(async () => {
  ctx = await createTestContext({ EXPORT_MAX_CONCURRENT: limit });
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
  await setupSql(
    ctx.url,
    `INSERT INTO people (id, name, country_code) SELECT gen_random_uuid(), 'Person ' || g, 'KZ' FROM generate_series(1, 20) g`,
    `INSERT INTO meetings (id, title, kind, date, summary)
      SELECT gen_random_uuid(), 'Meeting ' || g || ' ' || repeat('t', 400), 'talks', DATE '2020-01-01' + g, repeat('x', 40000)
      FROM generate_series(1, 600) g`,
    `INSERT INTO participants (id, meeting_id, person_id, country_code, role, title)
      SELECT gen_random_uuid(), m.id, p.id, 'KZ', 'guest', repeat('t', 290) FROM meetings m CROSS JOIN people p`,
    `INSERT INTO statements (id, meeting_id, kind, text, position)
      SELECT gen_random_uuid(), m.id, 'narrative', repeat('y ', 20000), 0 FROM meetings m`,
    // Search hits whose highlights cost little (a highlight of a 40 KB statement per hit would take a loaded machine
    // past the statement timeout), each row carrying its meeting's long title.
    `INSERT INTO statements (id, meeting_id, kind, text, position)
      SELECT gen_random_uuid(), m.id, 'narrative', 'The sides discussed grain exports.', n FROM meetings m, generate_series(1, 12) n`,
  );
});
afterAll(async () => ctx?.close());

interface Open {
  response: http.IncomingMessage;
  request: http.ClientRequest;
}

/** A GET whose response is paused after its first chunk (a client that stopped reading). */
function opened(path: string): Promise<Open> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${base}${path}`, (response) => {
      if (response.statusCode !== 200) return resolve({ response, request });
      response.once('data', () => {
        response.pause();
        resolve({ response, request });
      });
    });
    request.on('error', reject);
  });
}

async function answer(path: string): Promise<{ status: number; retryAfter: string | undefined; type: string | undefined; body: string }> {
  const response = await fetch(`${base}${path}`);
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after') ?? undefined,
    type: response.headers.get('content-type') ?? undefined,
    body: await response.text(),
  };
}

const until = async (condition: () => boolean) => {
  for (let tries = 0; tries < 500 && !condition(); tries += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
};

const routes = [
  '/v1/meetings?format=csv',
  '/v1/meetings?format=ndjson',
  '/v1/statements?format=csv',
  '/v1/participants?format=ndjson',
  '/v1/search?q=grain&format=csv',
];

describe(`at most ${limit} exports stream at once`, () => {
  it.each(routes)(
    '%s: the export past the limit is a 503 with Retry-After; pages still answer; a slot frees when a client leaves',
    async (path) => {
      const held = await Promise.all([opened(path), opened(path)]);
      try {
        expect(held.map((open) => open.response.statusCode)).toEqual([200, 200]);
        expect(ctx.app.exportSlots.active).toBe(limit);
        const refused = await answer(path);
        expect(refused.status).toBe(503);
        expect(refused.type).toMatch(/^application\/problem\+json/);
        expect(Number(refused.retryAfter)).toBeGreaterThan(0);
        expect(JSON.parse(refused.body)).toMatchObject({ code: 'service_unavailable' });
        // A JSON page is no export: it answers.
        expect((await answer('/v1/meetings?limit=1')).status).toBe(200);
        // HEAD of an export takes a slot only while it answers: refused now, like the GET.
        expect((await fetch(`${base}${path}`, { method: 'HEAD' })).status).toBe(503);
      } finally {
        for (const open of held) open.request.destroy();
      }
      await until(() => ctx.app.exportSlots.active === 0);
      const next = await opened(path);
      expect(next.response.statusCode).toBe(200);
      next.request.destroy();
      await until(() => ctx.app.exportSlots.active === 0);
    },
  );

  it('an export read to its end frees its slot; so do a HEAD and an export refused before its first batch', async () => {
    const whole = await answer('/v1/participants?format=csv&fields=id');
    expect(whole.status).toBe(200);
    expect((await fetch(`${base}/v1/meetings?format=csv`, { method: 'HEAD' })).status).toBe(200);
    expect((await answer('/v1/search?q=grain&format=csv&cursor=forged')).status).toBe(400);
    expect((await answer(`/v1/meetings?format=csv&initiative=no-such-initiative`)).status).toBeGreaterThanOrEqual(400);
    await until(() => ctx.app.exportSlots.active === 0);
  });
});
