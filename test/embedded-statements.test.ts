import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { openDatabase, type Database } from '../src/db/database.js';
import { poolOf } from '../src/db/prisma.js';
import { snapshotLimitsOf } from '../src/db/snapshot.js';
import { databaseUrl } from './helpers/db.js';

// The embedded database (PGlite) has one session behind every connection of the pool. A statement prepared on a
// connection the pool has since closed (idle for 10 s, or broken) is still in that session, and a new connection,
// which knows nothing of it, would prepare it again: "prepared statement … already exists" (42P05) on every write
// from then on. The embedded database's client therefore sends its statements unnamed.

const dirs: string[] = [];
let database: Database | undefined;
afterAll(async () => {
  await database?.close();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('the embedded database', () => {
  it('keeps answering a statement it has run before after the pool replaced its connection', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dm-statements-'));
    dirs.push(dir);
    database = await openDatabase(loadConfig({ DATA_DIR: dir, SEED_ON_START: 'false', LOG_LEVEL: 'silent' }));
    const { prisma } = database;
    const name = (n: number) => ({ data: { name: `Person ${n}` } });
    // The same statements three times: a server database would prepare them under a name from the second on.
    for (let n = 0; n < 3; n++) await prisma.person.create(name(n));
    // What the pool does to a connection idle for 10 s: close it. The next query opens a new one.
    const pool = poolOf(prisma)!;
    const client = await pool.connect();
    client.release(true);
    for (let n = 3; n < 6; n++) await prisma.person.create(name(n));
    expect(await prisma.person.count()).toBe(6);
  });

  it("keeps no connection for exports' snapshots: its one connection serves every request (db/snapshot.ts)", () => {
    const { prisma } = database!;
    expect(poolOf(prisma)!.options.max).toBe(1);
    expect(snapshotLimitsOf(prisma)).toBeUndefined();
  });
});

describe('a server database', () => {
  it("keeps EXPORT_MAX_CONCURRENT connections beyond the pool for exports' snapshots", async () => {
    const server = await openDatabase(
      loadConfig({
        DATABASE_URL: databaseUrl('test'),
        MIGRATE_ON_START: 'false',
        SEED_ON_START: 'false',
        DATABASE_POOL_SIZE: '4',
        EXPORT_MAX_CONCURRENT: '3',
        EXPORT_SNAPSHOT_TIMEOUT_MS: '5000',
      }),
    );
    try {
      expect(poolOf(server.prisma)!.options.max).toBe(7);
      expect(snapshotLimitsOf(server.prisma)).toEqual({ timeoutMs: 5000, maxWaitMs: 2000 });
    } finally {
      await server.close();
    }
  });
});
