import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateOnStart, pendingMigrations, resolveMigration } from '../src/db/migrate-on-start.js';
import { listMigrationNames, migrationsDir, schemaEngineLoaded } from '../src/db/schema-engine.js';
import { databaseUrl, dropDatabase, serverUrl } from './helpers/db.js';

// Migrations at start (MIGRATE_ON_START): a warm start costs one query and never loads Prisma's schema engine, whose
// WASM holds a few hundred MB once it has migrated; a start with migrations pending runs the engine on a thread of its
// own, so the API's process does not keep that memory.

const created: string[] = [];
async function emptyDatabase(): Promise<string> {
  const name = `dm_test_migrate_${Date.now()}_${Math.random().toString(16).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`).finally(() => admin.end());
  created.push(name);
  return databaseUrl(name);
}
async function sql(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(statement).finally(() => client.end());
}

afterAll(async () => {
  for (const name of created) await dropDatabase(name);
});

describe('migrations at start', () => {
  it('apply every folder to an empty database on a thread of their own, then find nothing pending', async () => {
    const url = await emptyDatabase();
    const folders = await listMigrationNames();
    expect(await pendingMigrations(url)).toEqual(folders);
    expect(await migrateOnStart(url)).toEqual(folders);
    expect(await pendingMigrations(url)).toEqual([]);
    expect(await migrateOnStart(url)).toEqual([]);
    // Neither the first start nor the warm one loaded the engine into this thread.
    expect(schemaEngineLoaded()).toBe(false);
  });

  it.each([
    ['rolled back', 'UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = $last'],
    ['never finished (failed)', 'UPDATE _prisma_migrations SET finished_at = NULL WHERE migration_name = $last'],
    ['not recorded', 'DELETE FROM _prisma_migrations WHERE migration_name = $last'],
  ])('count a migration %s as pending, as Prisma does', async (_, change) => {
    const url = await emptyDatabase();
    await migrateOnStart(url);
    const folders = await listMigrationNames();
    const last = folders.at(-1) as string;
    await sql(url, change.replace('$last', `'${last}'`));
    expect(await pendingMigrations(url)).toEqual([last]);
  });

  it("refuse to start over a failed migration, with the schema engine's message", async () => {
    const url = await emptyDatabase();
    await migrateOnStart(url);
    const last = (await listMigrationNames()).at(-1) as string;
    await sql(url, `UPDATE _prisma_migrations SET finished_at = NULL, logs = 'boom' WHERE migration_name = '${last}'`);
    await expect(migrateOnStart(url)).rejects.toThrow(/failed/i);
    expect(schemaEngineLoaded()).toBe(false);
  });

  // A migration that creates an object fails when it runs a second time over it ("already exists"). The newest such
  // migration's row is deleted with those of every newer one (a history without gap): the newer ones may replace what
  // they change (CREATE OR REPLACE) and run again without harm, as the end of this test shows.
  it('a deleted row of a migration that creates objects: the engine fails, the error says to record it as applied, and that works', async () => {
    const url = await emptyDatabase();
    await migrateOnStart(url);
    const folders = await listMigrationNames();
    const creates = async (name: string) =>
      /\bCREATE\s+(?:TABLE|FUNCTION|INDEX|TYPE)\s+(?!IF\s+NOT\s+EXISTS)/i.test(
        await readFile(path.join(migrationsDir, name, 'migration.sql'), 'utf8'),
      );
    let at = folders.length - 1;
    while (!(await creates(folders[at] as string))) at -= 1;
    const [last, ...newer] = folders.slice(at) as [string, ...string[]];
    await sql(url, `DELETE FROM _prisma_migrations WHERE migration_name >= '${last}'`);
    await expect(migrateOnStart(url)).rejects.toThrow(new RegExp(`migration ${last} failed: .*already exists.*resolve --applied ${last}`));
    // The failed attempt is recorded: the next start refuses before running anything, and says how to go on.
    await expect(migrateOnStart(url)).rejects.toThrow(new RegExp(`${last} failed in an earlier start.*resolve --rolled-back ${last}`));
    await resolveMigration(url, last, 'applied');
    expect(await pendingMigrations(url)).toEqual(newer);
    expect(await migrateOnStart(url)).toEqual(newer);
    expect(await pendingMigrations(url)).toEqual([]);
  });

  it('a gap in the history (an older row deleted) is refused before anything runs, naming the migration', async () => {
    const url = await emptyDatabase();
    await migrateOnStart(url);
    const folders = await listMigrationNames();
    const middle = folders[Math.floor(folders.length / 2)] as string;
    await sql(url, `DELETE FROM _prisma_migrations WHERE migration_name = '${middle}'`);
    await expect(migrateOnStart(url)).rejects.toThrow(new RegExp(`newer than ${middle}.*history was edited.*resolve --applied ${middle}`));
    // Nothing ran: no failed attempt was recorded.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client
      .query('SELECT count(*)::int AS n FROM _prisma_migrations WHERE finished_at IS NULL')
      .finally(() => client.end());
    expect(rows[0].n).toBe(0);
    await resolveMigration(url, middle, 'applied');
    expect(await migrateOnStart(url)).toEqual([]);
  });

  it('a failed migration marked rolled back runs again at the next start', async () => {
    const url = await emptyDatabase();
    await migrateOnStart(url);
    const last = (await listMigrationNames()).at(-1) as string;
    // As if it had failed half-way and its changes were undone by hand.
    await sql(url, `UPDATE _prisma_migrations SET finished_at = NULL, logs = 'boom' WHERE migration_name = '${last}'`);
    await expect(resolveMigration(url, 'no_such_migration', 'applied')).rejects.toThrow(/no migration folder/);
    await expect(migrateOnStart(url)).rejects.toThrow(
      /failed in an earlier start and is recorded as failed in _prisma_migrations \(boom\)/,
    );
    await resolveMigration(url, last, 'rolled-back');
    await expect(resolveMigration(url, last, 'rolled-back')).rejects.toThrow(/no failed attempt/);
    expect(await pendingMigrations(url)).toEqual([last]);
  });

  it('fail with the connection error when the server cannot be reached', async () => {
    await expect(pendingMigrations('postgres://postgres@127.0.0.1:1/none', 2_000)).rejects.toThrow(/ECONNREFUSED|connect/);
  });
});
