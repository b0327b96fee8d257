import os from 'node:os';
import pg from 'pg';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { limitsOf } from '../src/db/database.js';
import { createPrisma } from '../src/db/prisma.js';
import { listMigrationNames } from '../src/db/schema-engine.js';
import { startTcpProxy } from '../test/support/tcp-proxy.js';
import { createBenchDatabase } from './database.js';
import { fillDatabase } from './fill.js';
import { loadOptions } from './options.js';

// npm run bench:faults — how fast the API answers when the database fails, with the default limits: a throwaway
// database behind a TCP proxy that is cut (the server is gone) or frozen (it hangs), and a row lock held by another
// session. For each: the statuses of 200 reads and 200 writes (10 at a time) and their latency, then how long the
// API takes to serve again once the fault ends. The tests check the behaviour (test/faults.test.ts); this times it.

const say = (message: string) => process.stderr.write(`bench: ${message}\n`);
const requests = 200;
const concurrency = 10;

interface Outcome {
  statuses: Map<number, number>;
  latencies: number[];
}

async function fire(count: number, send: () => Promise<number>): Promise<Outcome> {
  const outcome: Outcome = { statuses: new Map(), latencies: [] };
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        next += 1;
        const started = performance.now();
        const status = await send().catch(() => 0);
        outcome.latencies.push(performance.now() - started);
        outcome.statuses.set(status, (outcome.statuses.get(status) ?? 0) + 1);
      }
    }),
  );
  return outcome;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};
const row = (fault: string, kind: string, outcome: Outcome) =>
  `| ${fault} | ${kind} | ${[...outcome.statuses].map(([status, n]) => `${n}× ${status || 'error'}`).join(', ')} | ` +
  `${percentile(outcome.latencies, 50).toFixed(0)} / ${percentile(outcome.latencies, 99).toFixed(0)} / ${Math.max(...outcome.latencies).toFixed(0)} |`;

async function untilServed(url: string): Promise<number> {
  const started = performance.now();
  for (;;) {
    const status = await fetch(`${url}/v1/meetings?limit=1`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function main(): Promise<void> {
  const options = loadOptions();
  const loadAtStart = os.loadavg()[0]!;
  const database = await createBenchDatabase(options.serverUrl);
  const direct = new URL(database.url);
  const proxy = await startTcpProxy(Number(direct.port || 5432), direct.hostname);
  const viaProxy = new URL(database.url);
  viaProxy.hostname = '127.0.0.1';
  viaProxy.port = String(proxy.port);
  // Rate limits off: the bench sends a thousand requests from one address in a minute.
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    DATABASE_URL: viaProxy.toString(),
    RATE_LIMIT_MAX: '1000000000',
  });
  const prisma = createPrisma(viaProxy.toString(), config.DATABASE_POOL_SIZE, limitsOf(config));
  const app = await buildApp(config, { prisma, expectedMigrations: await listMigrationNames() });
  const locker = new pg.Client({ connectionString: database.url });
  try {
    await fillDatabase(database.url, { meetings: 200, participants: 2, statements: 3 }, () => {});
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    let counter = 0;
    const read = () => fetch(`${url}/v1/meetings?limit=20`).then((response) => (void response.arrayBuffer(), response.status));
    const write = () =>
      fetch(`${url}/v1/meetings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: `Bench ${(counter += 1)}`, kind: 'talks', date: '2024-01-10' }),
      }).then((response) => (void response.arrayBuffer(), response.status));
    const lines: string[] = [];
    const recoveries: string[] = [];

    for (const fault of ['none', 'cut', 'freeze'] as const) {
      say(`fault: ${fault}`);
      if (fault !== 'none') proxy[fault]();
      lines.push(
        row(
          fault === 'none' ? 'healthy' : fault === 'cut' ? 'database gone (connections cut)' : 'database hangs (frozen)',
          'GET',
          await fire(requests, read),
        ),
      );
      lines.push(
        row(
          fault === 'none' ? 'healthy' : fault === 'cut' ? 'database gone (connections cut)' : 'database hangs (frozen)',
          'POST',
          await fire(requests, write),
        ),
      );
      if (fault !== 'none') {
        proxy.restore();
        recoveries.push(`${fault}: served again ${(await untilServed(url)).toFixed(0)} ms after the fault ended`);
      }
    }

    say('fault: row lock');
    await locker.connect();
    const { rows } = await locker.query<{ id: string }>('SELECT id FROM meetings ORDER BY id LIMIT 1');
    await locker.query('BEGIN');
    await locker.query('SELECT 1 FROM meetings WHERE id = $1 FOR UPDATE', [rows[0]!.id]);
    const patch = () =>
      fetch(`${url}/v1/meetings/${rows[0]!.id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', 'if-match': '*' },
        body: JSON.stringify({ summary: `locked ${(counter += 1)}` }),
      }).then((response) => (void response.arrayBuffer(), response.status));
    lines.push(row('row locked by another session', 'PATCH', await fire(40, patch)));
    await locker.query('ROLLBACK');

    const limits = limitsOf(config);
    process.stdout.write(
      [
        `Load average at start ${loadAtStart.toFixed(2)}, at end ${os.loadavg()[0]!.toFixed(2)} (${os.cpus().length} cores); ` +
          `limits: connect ${limits.connect} ms, statement ${limits.statement} ms (client side ${limits.query} ms), lock ${limits.lock} ms, transaction ${limits.transaction} ms.`,
        '',
        '| fault | request | statuses | latency p50 / p99 / max ms |',
        '| --- | --- | --- | --- |',
        ...lines,
        '',
        ...recoveries,
        '',
      ].join('\n'),
    );
  } finally {
    await locker.end().catch(() => undefined);
    await app.close();
    await prisma.$disconnect();
    await proxy.close();
    await database.drop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    say(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
