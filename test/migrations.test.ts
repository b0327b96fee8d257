import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyMigrations, listMigrationNames, migrationsDir, pendingSchemaChanges } from '../src/db/schema-engine.js';
import { useTestContext } from './helpers/app.js';
import { serverUrl } from './helpers/db.js';

const ctx = useTestContext();

describe('migrations', () => {
  it('are all recorded in _prisma_migrations with the checksums Prisma computes', async () => {
    const rows = await ctx.prisma.$queryRaw<Array<{ migration_name: string; checksum: string; finished_at: Date | null }>>`
      SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name`;
    const names = await listMigrationNames();
    expect(rows.map((row) => row.migration_name)).toEqual(names);
    for (const row of rows) {
      const sql = await readFile(path.join(migrationsDir, row.migration_name, 'migration.sql'));
      expect(row.checksum).toBe(createHash('sha256').update(sql).digest('hex'));
      expect(row.finished_at).not.toBeNull();
    }
  });

  it('applying again is a no-op', async () => {
    expect(await applyMigrations(ctx.url)).toEqual([]);
  });

  it('agree with prisma/schema.prisma: the schema engine has nothing left to generate', async () => {
    expect(await pendingSchemaChanges(serverUrl())).toBe('');
  });

  it('create every table of the domain model', async () => {
    const tables = await ctx.prisma.$queryRaw<Array<{ table_name: string }>>`
      SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`;
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining([
        'audit_events',
        'idempotency_keys',
        'initiatives',
        'meeting_initiatives',
        'meetings',
        'participants',
        'people',
        'person_identifiers',
        'provenance_spans',
        'source_documents',
        'statements',
      ]),
    );
  });
});
