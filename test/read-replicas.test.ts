import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openReadRouter } from '../src/db/database.js';
import { createPrisma, type Db } from '../src/db/prisma.js';
import type { ReadRouter } from '../src/db/read-routing.js';
import { applyMigrations, listMigrationNames } from '../src/db/schema-engine.js';
import { decodeConsistencyToken } from '../src/db/wal-position.js';
import { testConfig } from './helpers/app.js';
import { createInitiativeRow, meetingBody } from './helpers/factories.js';
import { parsePrometheusText, valueOf } from './support/prometheus-text.js';
import { startReplicatedCluster, waitFor, type ReplicatedCluster } from './support/replicated-cluster.js';

// Reads on a real hot standby: a PostgreSQL 15 primary and a standby streaming from it, started for this file
// (test/support/replicated-cluster.ts). Which database served a read shows in what it returns while replay on the
// standby is paused (the standby does not have the newest write yet), and in the router's per-database counters.

let cluster: ReplicatedCluster;
const opened: Array<{ app: FastifyInstance; router: ReadRouter; primary: Db }> = [];
let app: FastifyInstance;
let router: ReadRouter;
let primary: Db;

/**
 * An app over the cluster's primary and standby, wired as server.ts wires it (db/database.ts) from DATABASE_URL and
 * DATABASE_REPLICA_URLS, with checks every 200 ms unless said otherwise.
 */
async function openApp(maxLagMs: number, checkIntervalMs = 200) {
  const config = loadConfig({
    DATABASE_URL: cluster.url('primary', 'dm'),
    DATABASE_REPLICA_URLS: cluster.url('standby', 'dm'),
    DATABASE_POOL_SIZE: '5',
    REPLICA_MAX_LAG_MS: String(maxLagMs),
    REPLICA_CHECK_INTERVAL_MS: String(checkIntervalMs),
  });
  const instancePrimary = createPrisma(config.DATABASE_URL!, config.DATABASE_POOL_SIZE);
  const instanceRouter = await openReadRouter(config, instancePrimary);
  const instance = await buildApp(testConfig, {
    prisma: instancePrimary,
    readRouter: instanceRouter,
    expectedMigrations: await listMigrationNames(),
  });
  await instance.ready();
  opened.push({ app: instance, router: instanceRouter, primary: instancePrimary });
  return { app: instance, router: instanceRouter, primary: instancePrimary };
}

const reads = (on: ReadRouter, name: string) => on.readsRouted.get(name) ?? 0;

async function standbyInUse(on: FastifyInstance, inUse: boolean): Promise<void> {
  await waitFor(`the standby ${inUse ? 'in use' : 'out of use'}`, async () => {
    const ready = await supertest(on.server).get('/health/ready');
    return ready.status === 200 && ready.body.databases[1].inUse === inUse;
  });
}

beforeAll(async () => {
  cluster = await startReplicatedCluster();
  const admin = new pg.Client({ connectionString: cluster.primaryUrl });
  await admin.connect();
  await admin.query('CREATE DATABASE dm');
  await admin.end();
  await applyMigrations(cluster.url('primary', 'dm'));
  ({ app, router, primary } = await openApp(600_000));
  await createInitiativeRow(primary);
  await standbyInUse(app, true);
}, 300_000);

afterAll(async () => {
  for (const each of opened) {
    await each.app.close();
    await each.router.close();
    await each.primary.$disconnect();
  }
  await cluster?.stop();
}, 120_000);

describe('reads on the standby, writes on the primary', () => {
  it('reads go to the standby; a write succeeds (the standby is read-only, so it ran on the primary)', async () => {
    // A check that misses its 1 s deadline on a loaded machine takes the standby out of use until the next one: the
    // reads are counted once it is in use again, never at one moment.
    await standbyInUse(app, true);
    const before = reads(router, 'standby-1');
    for (let i = 0; i < 50 && reads(router, 'standby-1') < before + 5; i += 1) await supertest(app.server).get('/v1/meetings').expect(200);
    expect(reads(router, 'standby-1')).toBe(before + 5);
    const created = await supertest(app.server).post('/v1/meetings').send(meetingBody()).expect(201);
    expect(decodeConsistencyToken(created.headers['x-consistency-token'] as string)).not.toBeNull();
    const sessions = await cluster.onStandby(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'dm-api standby-1'`);
    expect(sessions.rows[0].n).toBeGreaterThan(0);
  }, 300_000);

  it('/health/ready lists the primary and the standby with role, reachability and lag', async () => {
    // The body of an answer given while the standby was up (a check can miss its deadline on a loaded machine).
    let ready = await supertest(app.server).get('/health/ready').expect(200);
    await waitFor('an answer with the standby up', async () => {
      ready = await supertest(app.server).get('/health/ready').expect(200);
      return ready.body.databases[1]?.reachable === true && ready.body.databases[1]?.inUse === true;
    });
    expect(ready.body.databases).toEqual([
      { name: 'primary', role: 'primary', reachable: true, lagMs: 0, inUse: true },
      { name: 'standby-1', role: 'standby', reachable: true, lagMs: expect.any(Number), inUse: true },
    ]);
  }, 300_000);
});

describe('metrics of the standby', () => {
  it('/metrics has its pool, the reads routed to it and its replay lag', async () => {
    await standbyInUse(app, true);
    await supertest(app.server).get('/v1/meetings').expect(200);
    let samples = parsePrometheusText((await supertest(app.server).get('/metrics').expect(200)).text);
    await waitFor('metrics with the standby up', async () => {
      samples = parsePrometheusText((await supertest(app.server).get('/metrics').expect(200)).text);
      return valueOf(samples, 'dm_api_db_standby_up', { database: 'standby-1' }) === 1;
    });
    const standby = { database: 'standby-1' };
    expect(valueOf(samples, 'dm_api_db_pool_connections', { ...standby, state: 'total' })).toBeGreaterThan(0);
    expect(valueOf(samples, 'dm_api_db_pool_acquires_total', standby)).toBeGreaterThan(0);
    expect(valueOf(samples, 'dm_api_db_read_requests_total', standby)).toBe(reads(router, 'standby-1'));
    expect(valueOf(samples, 'dm_api_db_standby_up', standby)).toBe(1);
    expect(valueOf(samples, 'dm_api_db_replay_lag_seconds', standby)).toBeGreaterThanOrEqual(0);
  }, 300_000);
});

describe('read-your-writes while replay on the standby is paused', () => {
  it('with the token the read sees the write (from the primary); without it the same read is stale (from the standby)', async () => {
    await cluster.onStandby('SELECT pg_wal_replay_pause()');
    try {
      const created = await supertest(app.server)
        .post('/v1/meetings')
        .send(meetingBody({ title: 'Written while paused' }))
        .expect(201);
      const token = created.headers['x-consistency-token'] as string;
      const path = `/v1/meetings/${created.body.id}`;

      const primaryBefore = reads(router, 'primary');
      const fresh = await supertest(app.server).get(path).set('X-Consistency-Token', token).expect(200);
      expect(fresh.body.title).toBe('Written while paused');
      const freshList = await supertest(app.server).get('/v1/meetings?limit=100').set('X-Consistency-Token', token).expect(200);
      expect(freshList.body.data.map((meeting: { id: string }) => meeting.id)).toContain(created.body.id);
      expect(reads(router, 'primary')).toBe(primaryBefore + 2);

      const standbyBefore = reads(router, 'standby-1');
      await supertest(app.server).get(path).expect(404);
      const staleList = await supertest(app.server).get('/v1/meetings?limit=100').expect(200);
      expect(staleList.body.data.map((meeting: { id: string }) => meeting.id)).not.toContain(created.body.id);
      expect(reads(router, 'standby-1')).toBe(standbyBefore + 2);
    } finally {
      await cluster.onStandby('SELECT pg_wal_replay_resume()');
    }
  }, 300_000);

  it('once replay resumes, the standby serves the read with the token', async () => {
    const created = await supertest(app.server)
      .post('/v1/meetings')
      .send(meetingBody({ title: 'After resuming' }))
      .expect(201);
    const token = created.headers['x-consistency-token'] as string;
    await waitFor('the standby to replay the write', async () => {
      const before = reads(router, 'standby-1');
      const response = await supertest(app.server).get(`/v1/meetings/${created.body.id}`).set('X-Consistency-Token', token);
      return response.status === 200 && reads(router, 'standby-1') === before + 1;
    });
  }, 300_000);
});

describe("a list's cursor carries the consistency token on", () => {
  const ids = (page: supertest.Response) => (page.body.data as Array<{ id: string }>).map((meeting) => meeting.id);
  const payloadOf = (cursor: string) => JSON.parse(Buffer.from(cursor, 'base64url').toString()) as Record<string, unknown>;
  const altered = (cursor: string, change: Record<string, unknown>) =>
    Buffer.from(JSON.stringify({ ...payloadOf(cursor), ...change })).toString('base64url');

  it('paging a list read with the token: the next pages, with the cursor alone, are served by the primary and see the writes; without any token the list is stale (from the standby); an altered position is a 400', async () => {
    const list = '/v1/meetings?from=1902-01-01&to=1902-12-31&limit=1';
    await cluster.onStandby('SELECT pg_wal_replay_pause()');
    try {
      const written: string[] = [];
      let token = '';
      for (const day of ['01', '02', '03']) {
        const created = await supertest(app.server)
          .post('/v1/meetings')
          .send(meetingBody({ title: `Paged while paused ${day}`, date: `1902-05-${day}` }))
          .expect(201);
        written.push(created.body.id as string);
        token = created.headers['x-consistency-token'] as string;
      }

      const primaryBefore = reads(router, 'primary');
      const standbyBefore = reads(router, 'standby-1');
      const first = await supertest(app.server).get(list).set('X-Consistency-Token', token).expect(200);
      const second = await supertest(app.server)
        .get(`${list}&cursor=${first.body.nextCursor as string}`)
        .expect(200);
      const third = await supertest(app.server)
        .get(`${list}&cursor=${second.body.nextCursor as string}`)
        .expect(200);
      expect(reads(router, 'primary')).toBe(primaryBefore + 3);
      expect(reads(router, 'standby-1')).toBe(standbyBefore);
      expect([first, second, third].map(ids)).toEqual([[written[2]], [written[1]], [written[0]]]);
      expect(third.body.nextCursor).toBeNull();

      const stale = await supertest(app.server).get(list).expect(200);
      expect(ids(stale)).toEqual([]);
      expect(reads(router, 'standby-1')).toBe(standbyBefore + 1);

      const cursor = first.body.nextCursor as string;
      for (const forged of [altered(cursor, { w: '0/0' }), altered(cursor, { w: 'FFFFFFFF/FFFFFFFF' }), altered(cursor, { w: 'later' })]) {
        const refused = await supertest(app.server).get(`${list}&cursor=${forged}`).expect(400);
        expect(refused.body.code).toBe('invalid_cursor');
      }
    } finally {
      await cluster.onStandby('SELECT pg_wal_replay_resume()');
    }
  }, 300_000);

  it('a cursor of a position the standby has replayed is served by it; with the header too, the later of the two decides', async () => {
    const list = '/v1/meetings?from=1904-01-01&to=1904-12-31&limit=1';
    let replayed = '';
    for (const day of ['01', '02']) {
      const created = await supertest(app.server)
        .post('/v1/meetings')
        .send(meetingBody({ title: `Replayed ${day}`, date: `1904-05-${day}` }))
        .expect(201);
      replayed = created.headers['x-consistency-token'] as string;
    }
    await waitFor('the standby to replay the writes', async () => {
      const before = reads(router, 'standby-1');
      await supertest(app.server).get(list).set('X-Consistency-Token', replayed).expect(200);
      return reads(router, 'standby-1') === before + 1;
    });
    await cluster.onStandby('SELECT pg_wal_replay_pause()');
    try {
      const created = await supertest(app.server)
        .post('/v1/meetings')
        .send(meetingBody({ title: 'Not replayed', date: '1904-06-01' }))
        .expect(201);
      const unreplayed = created.headers['x-consistency-token'] as string;

      const standbyBefore = reads(router, 'standby-1');
      const oldPage = await supertest(app.server).get(list).set('X-Consistency-Token', replayed).expect(200);
      expect(oldPage.body.data[0].title).toBe('Replayed 02');
      const oldCursor = oldPage.body.nextCursor as string;
      await supertest(app.server).get(`${list}&cursor=${oldCursor}`).expect(200);
      expect(reads(router, 'standby-1')).toBe(standbyBefore + 2);

      const primaryBefore = reads(router, 'primary');
      await supertest(app.server).get(`${list}&cursor=${oldCursor}`).set('X-Consistency-Token', unreplayed).expect(200);
      const newPage = await supertest(app.server).get(list).set('X-Consistency-Token', unreplayed).expect(200);
      expect(newPage.body.data[0].id).toBe(created.body.id);
      await supertest(app.server)
        .get(`${list}&cursor=${newPage.body.nextCursor as string}`)
        .set('X-Consistency-Token', replayed)
        .expect(200);
      expect(reads(router, 'primary')).toBe(primaryBefore + 3);
      expect(reads(router, 'standby-1')).toBe(standbyBefore + 2);
    } finally {
      await cluster.onStandby('SELECT pg_wal_replay_resume()');
    }
  }, 300_000);
});

describe('standby faults', () => {
  it('a standby lagging more than REPLICA_MAX_LAG_MS is skipped (reads see the primary) and used again once it catches up', async () => {
    const strict = await openApp(300);
    await standbyInUse(strict.app, true);
    await cluster.onStandby('SELECT pg_wal_replay_pause()');
    try {
      const created = await supertest(strict.app.server)
        .post('/v1/meetings')
        .send(meetingBody({ title: 'Lagging' }))
        .expect(201);
      await standbyInUse(strict.app, false);
      // Out of use for its lag, not for a check that missed its deadline on a loaded machine.
      let ready = await supertest(strict.app.server).get('/health/ready').expect(200);
      await waitFor('the standby up but behind', async () => {
        ready = await supertest(strict.app.server).get('/health/ready').expect(200);
        return ready.body.databases[1]?.reachable === true && ready.body.databases[1]?.inUse === false;
      });
      expect(ready.body.databases[1]).toMatchObject({ reachable: true, inUse: false });
      expect(ready.body.databases[1].lagMs).toBeGreaterThan(300);
      const before = reads(strict.router, 'primary');
      await supertest(strict.app.server).get(`/v1/meetings/${created.body.id}`).expect(200);
      expect(reads(strict.router, 'primary')).toBe(before + 1);
    } finally {
      await cluster.onStandby('SELECT pg_wal_replay_resume()');
    }
    await standbyInUse(strict.app, true);
  }, 300_000);

  it('a read on a standby that went away since its last check is run again on the primary (no 5xx), and the standby is marked down', async () => {
    // Checks a minute apart: the router still takes the standby for usable when it stops.
    const slow = await openApp(600_000, 60_000);
    await standbyInUse(slow.app, true);
    await supertest(slow.app.server).get('/v1/meetings?include=participants').expect(200);
    await supertest(slow.app.server).get('/v1/initiatives/covid-19-vaccine-supply').expect(200);
    await cluster.stopStandby();
    try {
      const before = reads(slow.router, 'standby-1');
      // A raw-SQL read (the meeting list) and a Prisma model read (an initiative by slug), each routed to the standby.
      await supertest(slow.app.server).get('/v1/meetings?include=participants').expect(200);
      expect(reads(slow.router, 'standby-1')).toBe(before + 1);
      expect(slow.router.standbyStatus()[0]).toMatchObject({ reachable: false, inUse: false });
      // As if no read had failed yet: the next one, a Prisma model read, falls back the same way.
      const standby = slow.router.standbys[0]!;
      standby.state = { ...standby.state, reachable: true };
      await supertest(slow.app.server).get('/v1/initiatives/covid-19-vaccine-supply').expect(200);
      expect(reads(slow.router, 'standby-1')).toBe(before + 2);
      expect(slow.router.standbyStatus()[0]).toMatchObject({ reachable: false, inUse: false });
    } finally {
      await cluster.startStandby();
    }
    await slow.router.check();
    expect(slow.router.standbyStatus()[0]).toMatchObject({ reachable: true });
  }, 300_000);

  it('standby stopped: reads keep working from the primary with no 5xx; restarted: it is used again by itself', async () => {
    const statuses: number[] = [];
    let loading = true;
    const load = (async () => {
      while (loading) {
        const response = await supertest(app.server).get('/v1/meetings?include=participants');
        statuses.push(response.status);
      }
    })();
    try {
      await cluster.stopStandby();
      await standbyInUse(app, false);
      const ready = await supertest(app.server).get('/health/ready').expect(200);
      expect(ready.body.databases[1]).toMatchObject({ name: 'standby-1', reachable: false, inUse: false });
      const before = reads(router, 'primary');
      await supertest(app.server).get('/v1/meetings').expect(200);
      expect(reads(router, 'primary')).toBeGreaterThan(before);
    } finally {
      loading = false;
      await load;
    }
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.filter((status) => status !== 200)).toEqual([]);

    await cluster.startStandby();
    await standbyInUse(app, true);
    const before = reads(router, 'standby-1');
    await supertest(app.server).get('/v1/meetings').expect(200);
    expect(reads(router, 'standby-1')).toBe(before + 1);
  }, 300_000);
});

describe('two API instances on the same primary and standby', () => {
  it('under mixed concurrent load: no 5xx, each read with a token sees its write, every acknowledged write stored exactly once', async () => {
    const instances = [(await openApp(600_000)).app, (await openApp(600_000)).app];
    for (const instance of instances) await standbyInUse(instance, true);
    const total = 300;
    const written: Array<{ id: string; title: string; token: string }> = [];
    const statuses: number[] = [];
    const operation = async (index: number) => {
      const instance = instances[index % 2]!;
      const other = instances[(index + 1) % 2]!;
      if (index % 3 === 0 || !written.length) {
        const title = `Load meeting ${index}`;
        const response = await supertest(instance.server)
          .post('/v1/meetings')
          .set('Idempotency-Key', `load-${index}`)
          .send(meetingBody({ title }));
        statuses.push(response.status);
        expect(response.status).toBe(201);
        written.push({ id: response.body.id, title, token: response.headers['x-consistency-token'] as string });
        return;
      }
      const mine = written[index % written.length]!;
      const readers = [
        () => supertest(other.server).get(`/v1/meetings/${mine.id}?include=participants,statements`).set('X-Consistency-Token', mine.token),
        () => supertest(instance.server).get('/v1/meetings?limit=20&include=participants'),
        () => supertest(other.server).get('/v1/search?q=pandemic&limit=5'),
        () => supertest(instance.server).get('/v1/stats/meetings-over-time?interval=year'),
        () => supertest(other.server).get('/v1/people?limit=10'),
      ];
      const response = await readers[index % readers.length]!();
      statuses.push(response.status);
      if (index % readers.length === 0) expect(response.status).toBe(200);
    };
    let next = 0;
    const worker = async () => {
      while (next < total) await operation(next++);
    };
    await Promise.all(Array.from({ length: 8 }, worker));

    expect(statuses).toHaveLength(total);
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    expect(statuses.filter((status) => status >= 300)).toEqual([]);
    const rows = await primary.meeting.groupBy({
      by: ['title'],
      where: { title: { startsWith: 'Load meeting ' } },
      _count: { _all: true },
    });
    expect(rows).toHaveLength(written.length);
    expect(rows.every((row) => row._count._all === 1)).toBe(true);
    expect(new Set(rows.map((row) => row.title))).toEqual(new Set(written.map((write) => write.title)));
    const served = opened.slice(-2).map(({ router: each }) => reads(each, 'standby-1'));
    expect(served.every((count) => count > 0)).toBe(true);
  }, 600_000);
});
