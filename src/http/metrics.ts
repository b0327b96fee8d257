import type { FastifyInstance } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Db } from '../db/prisma.js';
import { poolOf } from '../db/prisma.js';
import type { ReadRouter } from '../db/read-routing.js';

// GET /metrics in Prometheus' text format (prom-client), one registry per app. Routes are labelled by their pattern
// (/v1/meetings/:meetingId), never the raw URL, so the series stay few; requests no route matched are "unmatched".
// Like the health probes, /metrics needs no key and is never rate-limited (http/auth.ts, http/rate-limit.ts).

export const metricsPath = '/metrics';
const prefix = 'dm_api_';

/**
 * Registers GET /metrics (hidden from the OpenAPI contract: it is for Prometheus, not SDKs) and the hooks that feed it.
 * Series: `dm_api_http_requests_total` and `dm_api_http_request_duration_seconds` by method, route and status class;
 * `dm_api_rate_limit_rejections_total`; per database (primary, standby-N) `dm_api_db_pool_connections` by state
 * (total, idle, waiting), `dm_api_db_pool_acquires_total` (connections taken from its pool),
 * `dm_api_db_read_requests_total` (read requests routed to it); per standby `dm_api_db_standby_up` and
 * `dm_api_db_replay_lag_seconds`; and Node's process metrics (prom-client's defaults).
 */
export function registerMetrics(app: FastifyInstance, primary: Db, router: ReadRouter): void {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix });
  const labelNames = ['method', 'route', 'status_class'] as const;
  const requests = new Counter({
    name: `${prefix}http_requests_total`,
    help: 'HTTP requests answered.',
    labelNames,
    registers: [registry],
  });
  const duration = new Histogram({
    name: `${prefix}http_request_duration_seconds`,
    help: 'Time from receiving a request to sending its answer, in seconds.',
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const rateLimited = new Counter({
    name: `${prefix}rate_limit_rejections_total`,
    help: 'Requests refused with 429 (rate limit, or too many failed authentications).',
    registers: [registry],
  });
  const databases: Array<{ name: string; db: Db }> = [
    { name: 'primary', db: primary },
    ...router.standbys.map((standby) => ({ name: standby.name, db: standby.client })),
  ];
  const acquires = new Counter({
    name: `${prefix}db_pool_acquires_total`,
    help: 'Connections taken from the pool of each database (one per query or transaction).',
    labelNames: ['database'],
    registers: [registry],
  });
  const listeners = databases.flatMap(({ name, db }) => {
    const pool = poolOf(db);
    if (!pool) return [];
    const listener = () => acquires.inc({ database: name });
    pool.on('acquire', listener);
    return [() => pool.off('acquire', listener)];
  });
  app.addHook('onClose', async () => listeners.forEach((remove) => remove()));
  new Gauge({
    name: `${prefix}db_pool_connections`,
    help: 'Connections of each database pool: total open, idle, and requests waiting for one.',
    labelNames: ['database', 'state'],
    registers: [registry],
    collect() {
      this.reset();
      for (const { name, db } of databases) {
        const pool = poolOf(db);
        if (!pool) continue;
        this.set({ database: name, state: 'total' }, pool.totalCount);
        this.set({ database: name, state: 'idle' }, pool.idleCount);
        this.set({ database: name, state: 'waiting' }, pool.waitingCount);
      }
    },
  });
  new Counter({
    name: `${prefix}db_read_requests_total`,
    help: 'Read requests (GET, HEAD) routed to each database.',
    labelNames: ['database'],
    registers: [registry],
    collect() {
      this.reset();
      for (const [name, count] of router.readsRouted) this.inc({ database: name }, count);
    },
  });
  new Gauge({
    name: `${prefix}db_standby_up`,
    help: 'Whether the standby answered its last check in recovery (1) or not (0).',
    labelNames: ['database'],
    registers: [registry],
    collect() {
      this.reset();
      for (const status of router.standbyStatus()) this.set({ database: status.name }, status.reachable ? 1 : 0);
    },
  });
  new Gauge({
    name: `${prefix}db_replay_lag_seconds`,
    help: "How far each standby's replay is behind the primary, in seconds, as of its last check.",
    labelNames: ['database'],
    registers: [registry],
    collect() {
      this.reset();
      for (const status of router.standbyStatus()) if (status.lagMs !== null) this.set({ database: status.name }, status.lagMs / 1000);
    },
  });

  app.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    if (route === metricsPath) return done();
    const labels = { method: request.method, route, status_class: `${Math.floor(reply.statusCode / 100)}xx` };
    requests.inc(labels);
    duration.observe(labels, reply.elapsedTime / 1000);
    if (reply.statusCode === 429) rateLimited.inc();
    done();
  });
  app.get(metricsPath, { config: { readRouting: false }, schema: { hide: true } }, async (_request, reply) =>
    reply.type(registry.contentType).send(await registry.metrics()),
  );
}
