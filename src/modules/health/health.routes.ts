import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/prisma.js';
import { isDatabaseUnavailable } from '../../db/faults.js';
import { serviceUnavailable } from '../../http/errors.js';
import { problemResponses } from '../../http/schemas.js';

const healthSchema = z.object({ status: z.literal('ok'), migrations: z.int().optional() }).meta({ id: 'Health' });

async function appliedMigrations(prisma: Db): Promise<Set<string>> {
  const rows = await prisma.$queryRaw<Array<{ migration_name: string }>>`
    SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  return new Set(rows.map((row) => row.migration_name));
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
      // The same limits as every request (DB_CONNECT_TIMEOUT_MS, DB_STATEMENT_TIMEOUT_MS): a database that cannot
      // answer is a 503 with Retry-After from the error handler.
      const applied = await appliedMigrations(prisma).catch((error: unknown) => {
        if (isDatabaseUnavailable(error)) throw error;
        request.log.warn({ err: error }, 'readiness check failed');
        throw serviceUnavailable('The database does not answer.');
      });
      const missing = expectedMigrations.filter((name) => !applied.has(name));
      if (missing.length) throw serviceUnavailable(`Migrations not applied: ${missing.join(', ')}.`);
      return { status: 'ok' as const, migrations: applied.size };
    },
  );
};
