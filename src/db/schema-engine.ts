import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { sessionOptions } from './session.js';
import { CatalogClient, catalogAwareFactory } from './catalog-columns.js';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as engineBindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';

// Prisma's own schema engine, compiled to WASM, driven through the pg driver adapter. It writes and reads the same
// prisma/migrations folders and _prisma_migrations table as the native engine behind `prisma migrate`.

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const schemaPath = path.join(projectRoot, 'prisma', 'schema.prisma');
export const migrationsDir = path.join(projectRoot, 'prisma', 'migrations');
const lockfileName = 'migration_lock.toml';
const emptyFilters = { externalTables: [], externalEnums: [] };

let wasmReady: Promise<void> | undefined;

interface WasmApi {
  instantiate(bytes: Uint8Array, imports: Record<string, unknown>): Promise<{ instance: { exports: Record<string, unknown> } }>;
}

// The engine arms timers (10 s timeouts) that would keep a finished script alive; they must not hold the process.
function withUnrefTimers(bindings: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(bindings).map(([name, value]) => {
      if (!name.startsWith('__wbg_setTimeout_') || typeof value !== 'function') return [name, value];
      const arm = value as (...args: unknown[]) => unknown;
      return [
        name,
        (...args: unknown[]) => {
          const timer = arm(...args);
          (timer as { unref?: () => void } | undefined)?.unref?.();
          return timer;
        },
      ];
    }),
  );
}

/** True once this thread has loaded the schema engine (its WASM stays in the thread's memory from then on). */
export function schemaEngineLoaded(): boolean {
  return wasmReady !== undefined;
}

function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    // The engine reports Rust panics through this global before throwing.
    Object.assign(globalThis, { PRISMA_WASM_PANIC_REGISTRY: { set_message: (message: string) => console.error(message) } });
    const require = createRequire(import.meta.url);
    const bindingsFile = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = await readFile(path.join(path.dirname(bindingsFile), 'schema_engine_bg.wasm'));
    const { WebAssembly: wasm } = globalThis as unknown as { WebAssembly: WasmApi };
    const { instance } = await wasm.instantiate(bytes, { './schema_engine_bg.js': withUnrefTimers(engineBindings) });
    engineBindings.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  })();
  return wasmReady;
}

async function withEngine<T>(databaseUrl: string, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  await loadWasm();
  const schema = await readFile(schemaPath, 'utf8');
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1, Client: CatalogClient, options: sessionOptions });
  try {
    const adapter = bindMigrationAwareSqlAdapterFactory(catalogAwareFactory(new PrismaPg(pool)));
    const engine = await engineBindings.SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, () => {}, adapter);
    try {
      return await run(engine);
    } finally {
      engine.free();
    }
  } finally {
    await pool.end();
  }
}

export async function listMigrationNames(): Promise<string[]> {
  const entries = existsSync(migrationsDir) ? await readdir(migrationsDir, { withFileTypes: true }) : [];
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export async function loadMigrations(): Promise<MigrationList> {
  const folders = await listMigrationNames();
  const migrationDirectories = await Promise.all(
    folders.map(async (folder) => ({
      path: folder,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok' as const, value: await readFile(path.join(migrationsDir, folder, 'migration.sql'), 'utf8') },
      },
    })),
  );
  const lockfilePath = path.join(migrationsDir, lockfileName);
  return {
    baseDir: migrationsDir,
    lockfile: { path: lockfileName, content: existsSync(lockfilePath) ? await readFile(lockfilePath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}

/** Applies every migration folder not yet recorded in _prisma_migrations; returns the names it applied. */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  const migrationsList = await loadMigrations();
  return withEngine(databaseUrl, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList, filters: emptyFilters });
    return result.appliedMigrationNames;
  });
}

/**
 * The equivalent of `prisma migrate dev --create-only`: replays the migration folders into a scratch database on the
 * same server, diffs that against the schema and writes the difference as a new migration folder.
 */
export async function createMigration(databaseUrl: string, name: string, empty: boolean): Promise<string | null> {
  const script = empty ? '-- Write the SQL that Prisma cannot express here.\n' : await pendingSchemaChanges(databaseUrl);
  if (!empty && !script) return null;
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const folder = path.join(migrationsDir, `${stamp}_${name.replace(/\W+/g, '_')}`);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'migration.sql'), script);
  const lockfile = path.join(migrationsDir, lockfileName);
  if (!existsSync(lockfile)) {
    await writeFile(
      lockfile,
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
    );
  }
  return folder;
}

/** The SQL that would take a database built from the migration folders to the schema; empty when they agree. */
export async function pendingSchemaChanges(serverUrl: string): Promise<string> {
  const migrationsList = await loadMigrations();
  const schema = await readFile(schemaPath, 'utf8');
  const script = await withScratchDatabase(serverUrl, (scratchUrl) =>
    withEngine(scratchUrl, async (engine) => {
      const from = migrationsList.migrationDirectories.length
        ? ({ tag: 'migrations', ...migrationsList } as const)
        : ({ tag: 'empty' } as const);
      const to = { tag: 'schemaDatamodel' as const, files: [{ path: schemaPath, content: schema }] };
      const result = await engine.diff({ from, to, script: true, exitCode: null, filters: emptyFilters });
      return result.stdout ?? '';
    }),
  );
  return script.replace(/^--.*$/gm, '').trim() ? script : '';
}

async function withScratchDatabase<T>(databaseUrl: string, run: (scratchUrl: string) => Promise<T>): Promise<T> {
  const name = `prisma_migrate_scratch_${Date.now()}`;
  const admin = new pg.Client({ connectionString: databaseUrl, options: sessionOptions });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
    const scratchUrl = new URL(databaseUrl);
    scratchUrl.pathname = `/${name}`;
    try {
      return await run(scratchUrl.toString());
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }
}
