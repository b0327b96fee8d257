import { afterAll, beforeAll, inject } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppConfig } from '../../src/app.js';
import { listMigrationNames } from '../../src/db/schema-engine.js';
import { createPrisma, defaultDatabaseLimits, type Db } from '../../src/db/prisma.js';
import { cloneDatabase, databaseUrl, dropDatabase, truncateAll } from './db.js';

// Rate limits out of the way (the robustness sweep alone sends thousands of requests); they have tests of their own.
export const testConfig: AppConfig = {
  LOG_LEVEL: 'silent',
  BODY_LIMIT_BYTES: 1_048_576,
  TRUST_PROXY: false,
  API_KEYS: new Map(),
  RATE_LIMIT_MAX: 1_000_000_000,
};

export interface TestContext {
  app: FastifyInstance;
  prisma: Db;
  url: string;
  reset: () => Promise<void>;
  close: () => Promise<void>;
}

/** A migrated database of this file's own and an app on it. */
export async function createTestContext(
  overrides: Partial<AppConfig> & { EXPORT_SNAPSHOT_TIMEOUT_MS?: number } = {},
): Promise<TestContext> {
  const name = await cloneDatabase(inject('templateDatabase'));
  const url = databaseUrl(name);
  // As the server opens it on PostgreSQL (db/database.ts): connections kept for exports' snapshots beyond the pool.
  const exports = { connections: overrides.EXPORT_MAX_CONCURRENT ?? 8, snapshotMs: overrides.EXPORT_SNAPSHOT_TIMEOUT_MS ?? 600_000 };
  // A transaction may take as long as a loaded machine makes it (a commit of a hundred meetings passed 8 s at load 12):
  // the tests check what is written, not how fast; the limits themselves are tested with servers of their own
  // (faults.test.ts, sql-transaction.test.ts).
  const prisma = createPrisma(url, 5, { ...defaultDatabaseLimits, transaction: 60_000, exports });
  const app = await buildApp({ ...testConfig, ...overrides }, { prisma, expectedMigrations: await listMigrationNames(), changesUrl: url });
  await app.ready();
  return {
    app,
    prisma,
    url,
    reset: () => truncateAll(url),
    async close() {
      await app.close();
      await prisma.$disconnect();
      await dropDatabase(name);
    },
  };
}

/** Registers the file's beforeAll/afterAll and returns its context (usable inside tests and hooks). */
export function useTestContext(): TestContext {
  let current: TestContext | undefined;
  beforeAll(async () => {
    current = await createTestContext();
  });
  afterAll(async () => current?.close());
  return new Proxy({} as TestContext, {
    get: (_target, key: keyof TestContext) => {
      if (!current) throw new Error('the test context is available inside tests and hooks only');
      return current[key];
    },
  });
}
