import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/prisma.js';
import { serviceUnavailable } from '../../http/errors.js';
import { problemResponses } from '../../http/schemas.js';

const readinessTimeoutMs = 2_000;

const healthSchema = z.object({ status: z.literal('ok'), migrations: z.int().optional() }).meta({ id: 'Health' });

async function appliedMigrations(prisma: Db): Promise<Set<string>> {
  const rows = await prisma.$queryRaw<Array<{ migration_name: string }>>`
    SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  return new Set(rows.map((row) => row.migration_name));
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export const healthRoutes: FastifyPluginAsyncZod<{ prisma: Db; expectedMigrations: readonly string[] }> = async (
  app,
  { prisma, expectedMigrations },
) => {
  app.get(
    '/health/live',
    { schema: { operationId: 'checkLiveness', tags: ['health'], summary: 'The process is up', response: { 200: healthSchema } } },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/health/ready',
    {
      schema: {
        operationId: 'checkReadiness',
        tags: ['health'],
        summary: 'The database answers and every migration is applied',
        response: { 200: healthSchema, ...problemResponses(503) },
      },
    },
    async (request) => {
      let applied: Set<string>;
      try {
        applied = await withTimeout(appliedMigrations(prisma), readinessTimeoutMs);
      } catch (error) {
        request.log.warn({ err: error }, 'readiness check failed');
        throw serviceUnavailable('The database does not answer.');
      }
      const missing = expectedMigrations.filter((name) => !applied.has(name));
      if (missing.length) throw serviceUnavailable(`Migrations not applied: ${missing.join(', ')}.`);
      return { status: 'ok' as const, migrations: applied.size };
    },
  );
};
