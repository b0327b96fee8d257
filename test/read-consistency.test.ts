import { beforeAll, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { decodeConsistencyToken, encodeConsistencyToken, formatLsn, parseLsn } from '../src/db/wal-position.js';
import { createInitiativeRow, meetingBody } from './helpers/factories.js';
import { useTestContext } from './helpers/app.js';

// X-Consistency-Token on one database (no standby): every successful write carries it, replays too; a read accepts it
// or refuses a malformed one with a 400. The routing it drives across standbys is in read-replicas.test.ts.

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
beforeAll(async () => void (await createInitiativeRow(ctx.prisma)));

async function primaryPosition(): Promise<bigint> {
  const [row] = await ctx.prisma.$queryRaw<Array<{ lsn: string }>>`SELECT pg_current_wal_lsn()::text AS lsn`;
  return parseLsn(row!.lsn)!;
}

describe('WAL positions and tokens', () => {
  it('reads and writes pg_lsn text, and a token round-trips', () => {
    expect(parseLsn('0/3000148')).toBe(0x3000148n);
    expect(parseLsn('16/B374D848')).toBe((0x16n << 32n) + 0xb374d848n);
    expect(formatLsn((0x16n << 32n) + 0xb374d848n)).toBe('16/B374D848');
    expect(decodeConsistencyToken(encodeConsistencyToken(0x3000148n))).toBe(0x3000148n);
    for (const bad of ['', '0/', '/1', 'G/1', '123456789/0', '0/3000148 ']) expect(parseLsn(bad)).toBeNull();
    for (const bad of ['not a token', 'aGVsbG8', '!!!!', 'MC8z'.repeat(8)]) expect(decodeConsistencyToken(bad)).toBeNull();
  });
});

describe('X-Consistency-Token', () => {
  it('is on every 2xx answer to a write: at or past the commit, and no later than the primary is now', async () => {
    const before = await primaryPosition();
    const created = await api().post('/v1/meetings').send(meetingBody()).expect(201);
    const token = created.headers['x-consistency-token'] as string;
    const position = decodeConsistencyToken(token)!;
    expect(position).toBeGreaterThan(before);
    expect(position).toBeLessThanOrEqual(await primaryPosition());
    const patched = await api().patch(`/v1/meetings/${created.body.id}`).send({ summary: 'Changed.' }).expect(200);
    expect(decodeConsistencyToken(patched.headers['x-consistency-token'] as string)).toBeGreaterThan(position);
    const deleted = await api().delete(`/v1/meetings/${created.body.id}`).expect(204);
    expect(decodeConsistencyToken(deleted.headers['x-consistency-token'] as string)).not.toBeNull();
  });

  it('is on an Idempotency-Key replay too, at or past the first answer', async () => {
    const body = meetingBody({ title: 'Keyed meeting' });
    const first = await api().post('/v1/meetings').set('Idempotency-Key', 'consistency-replay').send(body).expect(201);
    const replay = await api().post('/v1/meetings').set('Idempotency-Key', 'consistency-replay').send(body).expect(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    const firstPosition = decodeConsistencyToken(first.headers['x-consistency-token'] as string)!;
    expect(decodeConsistencyToken(replay.headers['x-consistency-token'] as string)).toBeGreaterThanOrEqual(firstPosition);
  });

  it('is not on reads, nor on refused writes', async () => {
    const read = await api().get('/v1/meetings').expect(200);
    expect(read.headers['x-consistency-token']).toBeUndefined();
    const refused = await api().post('/v1/meetings').send({}).expect(400);
    expect(refused.headers['x-consistency-token']).toBeUndefined();
  });

  it('a read that sends one is served (here by the primary, the only database)', async () => {
    const created = await api()
      .post('/v1/meetings')
      .send(meetingBody({ title: 'Read it back' }))
      .expect(201);
    const token = created.headers['x-consistency-token'] as string;
    await api().get(`/v1/meetings/${created.body.id}`).set('X-Consistency-Token', token).expect(200);
    const list = await api().get('/v1/meetings').set('X-Consistency-Token', token).expect(200);
    expect(list.body.data.map((meeting: { id: string }) => meeting.id)).toContain(created.body.id);
  });

  it.each([['not-a-token'], ['aGVsbG8'], ['MC8zMDAwMTQ4'.repeat(3)], ['0/3000148']])(
    'a read with the malformed token %j is a 400 problem naming the header',
    async (token) => {
      const response = await api().get('/v1/meetings').set('X-Consistency-Token', token).expect(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({
        status: 400,
        code: 'validation_failed',
        errors: [{ in: 'header', pointer: '/x-consistency-token', message: expect.any(String) }],
      });
      expect(response.body.requestId).toBeTruthy();
    },
  );

  it('health probes ignore it', async () => {
    await api().get('/health/ready').set('X-Consistency-Token', 'not-a-token').expect(200);
  });
});

describe('a list read with X-Consistency-Token', () => {
  // Three meetings of 1903 (no other test dates one there), so a list of that year with limit=1 has next pages.
  const year = '/v1/meetings?from=1903-01-01&to=1903-12-31&limit=1';
  const cursorPayload = (cursor: string) =>
    JSON.parse(Buffer.from(cursor, 'base64url').toString()) as { q: string; k: unknown[]; w?: string };
  const withPayload = (cursor: string, change: Record<string, unknown>) =>
    Buffer.from(JSON.stringify({ ...cursorPayload(cursor), ...change })).toString('base64url');
  const tokens: string[] = [];
  beforeAll(async () => {
    for (const day of ['01', '02', '03']) {
      const created = await api()
        .post('/v1/meetings')
        .send(meetingBody({ title: `Paged 1903-03-${day}`, date: `1903-03-${day}` }))
        .expect(201);
      tokens.push(created.headers['x-consistency-token'] as string);
    }
  });

  it('gives cursors that carry its position on, page after page, with the cursor alone; without it they carry none', async () => {
    const [, , last] = tokens as [string, string, string];
    const first = await api().get(year).set('X-Consistency-Token', last).expect(200);
    expect(cursorPayload(first.body.nextCursor as string).w).toBe(formatLsn(decodeConsistencyToken(last)!));
    const second = await api()
      .get(`${year}&cursor=${first.body.nextCursor as string}`)
      .expect(200);
    expect(cursorPayload(second.body.nextCursor as string).w).toBe(formatLsn(decodeConsistencyToken(last)!));
    const third = await api()
      .get(`${year}&cursor=${second.body.nextCursor as string}`)
      .expect(200);
    expect([first, second, third].map((page) => page.body.data[0].title)).toEqual([
      'Paged 1903-03-03',
      'Paged 1903-03-02',
      'Paged 1903-03-01',
    ]);
    expect(third.body.nextCursor).toBeNull();

    const plain = await api().get(year).expect(200);
    expect(cursorPayload(plain.body.nextCursor as string)).not.toHaveProperty('w');
  });

  it('with the header and a cursor, the next cursor carries the later of the two positions', async () => {
    const [earlier, , later] = tokens as [string, string, string];
    const laterLsn = formatLsn(decodeConsistencyToken(later)!);
    const earlyCursor = (await api().get(year).set('X-Consistency-Token', earlier).expect(200)).body.nextCursor as string;
    const lateCursor = (await api().get(year).set('X-Consistency-Token', later).expect(200)).body.nextCursor as string;
    const headerLater = await api().get(`${year}&cursor=${earlyCursor}`).set('X-Consistency-Token', later).expect(200);
    expect(cursorPayload(headerLater.body.nextCursor as string).w).toBe(laterLsn);
    const cursorLater = await api().get(`${year}&cursor=${lateCursor}`).set('X-Consistency-Token', earlier).expect(200);
    expect(cursorPayload(cursorLater.body.nextCursor as string).w).toBe(laterLsn);
  });

  it('a cursor whose position was altered, added or is no WAL position → 400 invalid_cursor', async () => {
    const [, , last] = tokens as [string, string, string];
    const carrying = (await api().get(year).set('X-Consistency-Token', last).expect(200)).body.nextCursor as string;
    const plain = (await api().get(year).expect(200)).body.nextCursor as string;
    const position = decodeConsistencyToken(last)!;
    for (const cursor of [
      withPayload(carrying, { w: formatLsn(position + 1n) }),
      withPayload(carrying, { w: formatLsn(0n) }),
      withPayload(plain, { w: formatLsn(position) }),
      withPayload(carrying, { w: 'not a position' }),
      withPayload(carrying, { w: 42 }),
    ]) {
      const response = await api().get(`${year}&cursor=${cursor}`).expect(400);
      expect(response.body.code).toBe('invalid_cursor');
    }
    // The cursor as issued, and reused under another filter: the existing refusal.
    await api().get(`${year}&cursor=${carrying}`).expect(200);
    expect((await api().get(`${year}&kind=talks&cursor=${carrying}`).expect(400)).body.code).toBe('invalid_cursor');
  });

  it('so does search', async () => {
    const [, , last] = tokens as [string, string, string];
    const search = '/v1/search?q=Paged&type=meeting&from=1903-01-01&to=1903-12-31&limit=1';
    const first = await api().get(search).set('X-Consistency-Token', last).expect(200);
    expect(cursorPayload(first.body.nextCursor as string).w).toBe(formatLsn(decodeConsistencyToken(last)!));
    const second = await api()
      .get(`${search}&cursor=${first.body.nextCursor as string}`)
      .expect(200);
    expect(cursorPayload(second.body.nextCursor as string).w).toBe(formatLsn(decodeConsistencyToken(last)!));
  });
});

describe('the contract', () => {
  it('declares X-Consistency-Token on every read of records and on every 2xx answer to a write', () => {
    type Operation = {
      tags?: string[];
      parameters?: Array<{ $ref?: string }>;
      responses: Record<string, { headers?: object; content?: object }>;
    };
    const document = ctx.app.swagger() as unknown as { paths: Record<string, Record<string, Operation>> };
    let reads = 0;
    let writes = 0;
    for (const item of Object.values(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        if (method === 'get' && operation.tags?.[0] !== 'health') {
          reads += 1;
          expect(operation.parameters).toContainEqual({ $ref: '#/components/parameters/ConsistencyToken' });
        }
        if (['post', 'patch', 'delete'].includes(method)) {
          for (const [status, response] of Object.entries(operation.responses)) {
            if (!status.startsWith('2')) continue;
            // The NDJSON bulk create answers before its lines commit: the token is in its summary line instead.
            if (response.content && 'application/x-ndjson' in response.content) continue;
            writes += 1;
            expect(response.headers).toHaveProperty('X-Consistency-Token');
          }
        }
      }
    }
    expect(reads).toBeGreaterThan(10);
    expect(writes).toBeGreaterThan(10);
  });
});
