import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import type { MigrateOutcome, MigrateTask } from './migrate-worker.js';
import { listMigrationNames, migrationsDir } from './schema-engine.js';
import { sessionOptions } from './session.js';

/**
 * Where `databaseUrl` stands against the migration folders (prisma/migrations, by name), from `_prisma_migrations`:
 * - `pending`: folders without a row that finished and was not rolled back — Prisma's own rule for `migrate deploy`
 *   (all of them when the table does not exist);
 * - `failed`: rows that started and neither finished nor were rolled back (Prisma's failed state), with their logs;
 * - `outOfOrder`: pending folders older than the newest one applied — a new migration always sorts last, so these
 *   mean the history was edited (a row deleted) or the database restored from another history.
 * One connection; throws what pg throws when the server cannot be reached.
 */
export async function migrationHistory(databaseUrl: string, connectTimeoutMs = 10_000): Promise<MigrationHistory> {
  const folders = await listMigrationNames();
  const client = new pg.Client({ connectionString: databaseUrl, options: sessionOptions, connectionTimeoutMillis: connectTimeoutMs });
  await client.connect();
  try {
    const { rows } = await client.query<{ table: string | null }>(`SELECT to_regclass('_prisma_migrations')::text AS "table"`);
    if (rows[0]?.table == null) return { pending: folders, failed: [], outOfOrder: [] };
    const recorded = await client.query<{ migration_name: string; finished: boolean; rolled_back: boolean; logs: string | null }>(
      `SELECT migration_name, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back, logs
         FROM _prisma_migrations ORDER BY started_at`,
    );
    const applied = new Set(recorded.rows.filter((row) => row.finished && !row.rolled_back).map((row) => row.migration_name));
    const failed = recorded.rows
      .filter((row) => !row.finished && !row.rolled_back && !applied.has(row.migration_name))
      .map((row) => ({ name: row.migration_name, logs: row.logs }));
    const pending = folders.filter((name) => !applied.has(name));
    const newest = folders.filter((name) => applied.has(name)).at(-1);
    const outOfOrder = newest === undefined ? [] : pending.filter((name) => name < newest);
    return { pending, failed, outOfOrder };
  } finally {
    await client.end();
  }
}

/** See `migrationHistory`. */
export interface MigrationHistory {
  pending: string[];
  failed: { name: string; logs: string | null }[];
  outOfOrder: string[];
}

/** The migration folders that `databaseUrl` has not applied (see `migrationHistory`). */
export async function pendingMigrations(databaseUrl: string, connectTimeoutMs = 10_000): Promise<string[]> {
  return (await migrationHistory(databaseUrl, connectTimeoutMs)).pending;
}

const resolveHint = (name: string) =>
  `Fix the cause, then either record it as applied (if its changes are in the database): npm run db:migrate -- resolve --applied ${name}; ` +
  `or mark the attempt rolled back so that the next start runs it again: npm run db:migrate -- resolve --rolled-back ${name}.`;

/**
 * Brings `databaseUrl` up to the migration folders at start: nothing to load when none is pending (a warm start costs
 * one connection); otherwise Prisma's schema engine applies them on a thread of its own, whose WASM memory goes with it.
 * Returns the names applied. Throws an Error that says what to do, before touching anything, when a migration failed
 * before or the history has a gap (`migrationHistory`); and when a migration fails now, with the database's message.
 */
export async function migrateOnStart(databaseUrl: string, connectTimeoutMs?: number): Promise<string[]> {
  const history = await migrationHistory(databaseUrl, connectTimeoutMs);
  const failed = history.failed[0];
  if (failed)
    throw new Error(
      `migration ${failed.name} failed in an earlier start and is recorded as failed in _prisma_migrations` +
        `${failed.logs ? ` (${firstLine(failed.logs)})` : ''}; no migration runs until it is resolved. ${resolveHint(failed.name)}`,
    );
  if (history.outOfOrder.length > 0)
    throw new Error(
      `the database has applied migrations newer than ${history.outOfOrder.join(', ')}, which _prisma_migrations does not record: ` +
        'its history was edited (a row deleted) or the database comes from another history. Applying them now could fail ' +
        `half-way or run twice; nothing was changed. If their changes are in the database, record them: ${history.outOfOrder
          .map((name) => `npm run db:migrate -- resolve --applied ${name}`)
          .join('; ')}.`,
    );
  if (history.pending.length === 0) return [];
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
    if ('error' in outcome) throw new Error(migrationFailure(outcome.error, history.pending));
    return outcome.applied;
  } finally {
    await worker.terminate();
  }
}

// The schema engine's message is a backtrace around the database's error: the migration's name and the error's line.
function migrationFailure(message: string, pending: readonly string[]): string {
  const name = /migration_name="([^"]+)"/.exec(message)?.[1] ?? /`([^`]+)` migration/.exec(message)?.[1] ?? pending[0] ?? '?';
  const cause = /(?:Database error|ERROR|db error):?\s*(?:ERROR:\s*)?([^\n]+)/.exec(message)?.[1]?.trim() ?? firstLine(message);
  const exists = /already exists/i.test(message)
    ? ' Its objects exist already: if this database had applied it (its _prisma_migrations row deleted), record it as applied.'
    : '';
  return `migration ${name} failed: ${cause}.${exists} ${resolveHint(name)}`;
}

const firstLine = (text: string) => (text.split('\n').find((line) => line.trim() !== '') ?? text).trim().slice(0, 300);

/**
 * `npm run db:migrate -- resolve --applied <name>` / `--rolled-back <name>`, as Prisma's `migrate resolve`: records a
 * migration folder as applied (its failed attempts marked rolled back), or marks its failed attempt rolled back so that
 * it runs again. Throws when there is no such folder, or nothing to roll back.
 */
export async function resolveMigration(databaseUrl: string, name: string, as: 'applied' | 'rolled-back'): Promise<void> {
  if (!(await listMigrationNames()).includes(name)) throw new Error(`there is no migration folder ${name} in prisma/migrations`);
  const client = new pg.Client({ connectionString: databaseUrl, options: sessionOptions });
  await client.connect();
  try {
    await client.query('BEGIN');
    const rolledBack = await client.query(
      `UPDATE _prisma_migrations SET rolled_back_at = now()
        WHERE migration_name = $1 AND finished_at IS NULL AND rolled_back_at IS NULL`,
      [name],
    );
    if (as === 'rolled-back' && rolledBack.rowCount === 0) throw new Error(`migration ${name} has no failed attempt to roll back`);
    if (as === 'applied') {
      const sql = await readFile(path.join(migrationsDir, name, 'migration.sql'));
      await client.query(
        `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, logs, started_at, applied_steps_count)
         SELECT $1, $2, now(), $3::varchar, NULL, now(), 0
          WHERE NOT EXISTS (SELECT 1 FROM _prisma_migrations WHERE migration_name = $3::varchar AND finished_at IS NOT NULL AND rolled_back_at IS NULL)`,
        [randomUUID(), createHash('sha256').update(sql).digest('hex'), name],
      );
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** The file of tsx's ESM API (`tsx/esm/api`, its `import` export): only under the tests and tsx. */
function tsxEsmApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  return path.join(path.dirname(manifest), (exports['./esm/api'] as { import: { default: string } }).import.default);
}
