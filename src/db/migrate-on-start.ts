import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import type { MigrateOutcome, MigrateTask } from './migrate-worker.js';
import { listMigrationNames } from './schema-engine.js';
import { sessionOptions } from './session.js';

/**
 * The migration folders (prisma/migrations, by name) that `databaseUrl` has not applied: those without a row in
 * `_prisma_migrations` that finished and was not rolled back — Prisma's own rule for `migrate deploy`. All of them when
 * the table does not exist. One plain query; throws what pg throws when the server cannot be reached.
 */
export async function pendingMigrations(databaseUrl: string, connectTimeoutMs = 10_000): Promise<string[]> {
  const folders = await listMigrationNames();
  const client = new pg.Client({ connectionString: databaseUrl, options: sessionOptions, connectionTimeoutMillis: connectTimeoutMs });
  await client.connect();
  try {
    const { rows } = await client.query<{ table: string | null }>(`SELECT to_regclass('_prisma_migrations')::text AS "table"`);
    if (rows[0]?.table == null) return folders;
    const done = await client.query<{ migration_name: string }>(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    const applied = new Set(done.rows.map((row) => row.migration_name));
    return folders.filter((name) => !applied.has(name));
  } finally {
    await client.end();
  }
}

/**
 * Brings `databaseUrl` up to the migration folders at start: nothing to load when none is pending (a warm start costs
 * one query); otherwise Prisma's schema engine applies them on a thread of its own, whose WASM memory goes with it.
 * Returns the names applied; throws an Error with the engine's message when a migration fails.
 */
export async function migrateOnStart(databaseUrl: string, connectTimeoutMs?: number): Promise<string[]> {
  if ((await pendingMigrations(databaseUrl, connectTimeoutMs)).length === 0) return [];
  // Built, the thread runs dist/db/migrate-worker.js; under the tests and tsx this is a .ts module, and so is it, which
  // the thread imports once tsx's hooks are registered in it (a thread's own entry file is loaded before they would be).
  const source = import.meta.url.endsWith('.ts');
  const module = JSON.stringify(new URL(`./migrate-worker.${source ? 'ts' : 'js'}`, import.meta.url).href);
  const tsx = source ? JSON.stringify(pathToFileURL(tsxEsmApi()).href) : null;
  const code = tsx ? `import(${tsx}).then(({ register }) => { register(); return import(${module}); })` : `import(${module})`;
  const worker = new Worker(code, {
    eval: true,
    workerData: { databaseUrl } satisfies MigrateTask,
  });
  try {
    const outcome = await new Promise<MigrateOutcome>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the migration thread exited (${code}) before it answered`)));
    });
    if ('error' in outcome) throw new Error(outcome.error);
    return outcome.applied;
  } finally {
    await worker.terminate();
  }
}

/** The file of tsx's ESM API (`tsx/esm/api`, its `import` export): only under the tests and tsx. */
function tsxEsmApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  return path.join(path.dirname(manifest), (exports['./esm/api'] as { import: { default: string } }).import.default);
}
