import type { FastifyInstance } from 'fastify';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { sessionOptions } from '../src/db/session.js';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { limitsOf } from '../src/db/database.js';
import { createPrisma } from '../src/db/prisma.js';
import { listMigrationNames } from '../src/db/schema-engine.js';
import { PrismaClient } from '../src/generated/prisma/client.js';
import { CountingClient } from './probe.js';

// The API as server.ts builds it (buildApp over createPrisma), listening on a loopback port with logging off.

async function appConfig(databaseUrl: string, poolSize: number) {
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: String(poolSize),
    // Counted, as in production, but never reached: the load generator is one address sending thousands a minute.
    RATE_LIMIT_MAX: '1000000000',
  });
  return { config, expectedMigrations: await listMigrationNames() };
}

export interface RunningApi {
  url: string;
  app: FastifyInstance;
  close(): Promise<void>;
}

export async function startApi(databaseUrl: string, poolSize: number): Promise<RunningApi> {
  const { config, expectedMigrations } = await appConfig(databaseUrl, poolSize);
  const prisma = createPrisma(databaseUrl, config.DATABASE_POOL_SIZE, limitsOf(config));
  const app = await buildApp(config, { prisma, expectedMigrations });
  app.addHook('onClose', async () => prisma.$disconnect());
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { url, app, close: () => app.close() };
}

/** The same app over a pool whose connections count the statements they send; answers through inject only. */
export async function startCountingApi(databaseUrl: string, poolSize: number): Promise<RunningApi> {
  const { config, expectedMigrations } = await appConfig(databaseUrl, poolSize);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, options: sessionOptions, Client: CountingClient });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  const app = await buildApp(config, { prisma, expectedMigrations });
  app.addHook('onClose', async () => {
    await prisma.$disconnect();
    await pool.end();
  });
  await app.ready();
  return { url: '', app, close: () => app.close() };
}
