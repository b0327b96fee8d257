import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/prisma.js';
import type { ReadRouter } from '../../db/read-routing.js';
import { isDatabaseUnavailable, isSchemaMissing } from '../../db/faults.js';
import { serviceUnavailable } from '../../http/errors.js';
import { problemResponses } from '../../http/schemas.js';

const healthSchema = z.object({ status: z.literal('ok'), migrations: z.int().optional() }).meta({ id: 'Health' });

const databaseStatusSchema = z
  .object({
    name: z.string().meta({ description: '`primary`, or `standby-N` for the N-th URL of DATABASE_REPLICA_URLS.' }),
    role: z.enum(['primary', 'standby']),
    reachable: z.boolean().meta({ description: 'It answered (a standby: in recovery) at its last check.' }),
    lagMs: z.int().nullable().meta({ description: 'How far replay is behind the primary, in milliseconds; null until known.' }),
    inUse: z.boolean().meta({ description: 'Reads go to it now: reachable and lagging at most REPLICA_MAX_LAG_MS.' }),
  })
  .meta({ id: 'DatabaseStatus' });

const readinessSchema = z
  .object({ status: z.literal('ok'), migrations: z.int(), databases: z.array(databaseStatusSchema) })
  .meta({ id: 'Readiness' });

async function appliedMigrations(prisma: Db): Promise<Set<string>> {
  const rows = await prisma.$queryRaw<Array<{ migration_name: string }>>`
    SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  return new Set(rows.map((row) => row.migration_name));
}

export const healthRoutes: FastifyPluginAsyncZod<{ prisma: Db; router: ReadRouter; expectedMigrations: readonly string[] }> = async (
  app,
  { prisma, router, expectedMigrations },
) => {
  app.get(
    '/health/live',
    {
      config: { readRouting: false },
      schema: { operationId: 'checkLiveness', tags: ['health'], summary: 'The process is up', response: { 200: healthSchema } },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/health/ready',
    {
      config: { readRouting: false },
      schema: {
        operationId: 'checkReadiness',
        tags: ['health'],
        summary: 'The primary answers and every migration is applied; each database with its role, reachability and lag',
        description:
          'A 503 when the primary does not answer, takes no writes (a standby in recovery, or read-only) or migrations are pending. Standbys that are down or lag are listed but do not make it fail: reads fall back to the primary.',
        response: { 200: readinessSchema, ...problemResponses(503) },
      },
    },
    async (request) => {
      // The same limits as every request (DB_CONNECT_TIMEOUT_MS, DB_STATEMENT_TIMEOUT_MS): a database that cannot
      // answer is a 503 with Retry-After from the error handler.
      const applied = await appliedMigrations(prisma).catch((error: unknown) => {
        if (isDatabaseUnavailable(error)) throw error;
        // A database no migration was ever applied to has no _prisma_migrations table: it answers, nothing is applied.
        if (isSchemaMissing(error)) return new Set<string>();
        request.log.warn({ err: error }, 'readiness check failed');
        throw serviceUnavailable('The database does not answer.');
      });
      const missing = expectedMigrations.filter((name) => !applied.has(name));
      if (missing.length) throw serviceUnavailable(`Migrations not applied: ${missing.join(', ')}.`);
      // A primary that takes no writes (DATABASE_URL now on a standby after a failover, or default_transaction_read_only
      // set) would answer every write 503: not ready, so that a load balancer sends them elsewhere.
      const [writable] = await prisma.$queryRaw<{ recovery: boolean; readOnly: string }[]>`
        SELECT pg_is_in_recovery() AS recovery, current_setting('transaction_read_only') AS "readOnly"`;
      if (writable?.recovery || writable?.readOnly === 'on')
        throw serviceUnavailable(
          writable.recovery
            ? 'The primary database is a standby in recovery: it takes no writes.'
            : 'The primary database is read-only: it takes no writes.',
        );
      const primary = { name: 'primary', role: 'primary' as const, reachable: true, lagMs: 0, inUse: true };
      return { status: 'ok' as const, migrations: applied.size, databases: [primary, ...router.standbyStatus()] };
    },
  );
};
