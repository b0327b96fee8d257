import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as App from '../src/app.js';
import type * as Config from '../src/config.js';
import type * as Database from '../src/db/database.js';
import type * as Prisma from '../src/db/prisma.js';
import type * as SchemaEngine from '../src/db/schema-engine.js';
import type * as V8Flags from '../src/v8-flags.js';

// The API under load as `npm start` runs it: the build in dist/ under plain node, wired as server.ts wires it
// (its V8 flags, buildApp over createPrisma), logging off. Loaded by path so that this file, run from the bench's own build, needs
// nothing of src/ but its types.

export function apiEnvironment(databaseUrl: string, poolSize: number, replicaUrls: readonly string[] = []): Record<string, string> {
  return {
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: String(poolSize),
    ...(replicaUrls.length ? { DATABASE_REPLICA_URLS: replicaUrls.join(',') } : {}),
    // Counted, as in production, but never reached: the load generator is one address sending thousands a minute.
    RATE_LIMIT_MAX: '1000000000',
  };
}

/** The built API on a free port; with `replicaUrls`, reading from those standbys as DATABASE_REPLICA_URLS says. */
export async function startBuiltApi(
  root: string,
  databaseUrl: string,
  poolSize: number,
  replicaUrls: readonly string[] = [],
): Promise<{ url: string; close(): Promise<void> }> {
  const load = (file: string): Promise<unknown> => import(pathToFileURL(path.join(root, 'dist', file)).href);
  const { applyApiV8Flags } = (await load('v8-flags.js')) as typeof V8Flags;
  applyApiV8Flags();
  const { buildApp } = (await load('app.js')) as typeof App;
  const { loadConfig } = (await load('config.js')) as typeof Config;
  const { limitsOf, openReadRouter } = (await load('db/database.js')) as typeof Database;
  const { createPrisma } = (await load('db/prisma.js')) as typeof Prisma;
  const { listMigrationNames } = (await load('db/schema-engine.js')) as typeof SchemaEngine;
  const config = loadConfig(apiEnvironment(databaseUrl, poolSize, replicaUrls));
  const prisma = createPrisma(databaseUrl, config.DATABASE_POOL_SIZE, limitsOf(config));
  const readRouter = await openReadRouter(config, prisma);
  const app = await buildApp(config, { prisma, readRouter, expectedMigrations: await listMigrationNames() });
  app.addHook('onClose', async () => {
    await readRouter.close();
    await prisma.$disconnect();
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { url, close: () => app.close() };
}
