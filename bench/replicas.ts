import os from 'node:os';
import pg from 'pg';
import { sessionOptions } from '../src/db/session.js';
import { applyMigrations } from '../src/db/schema-engine.js';
import { parsePrometheusText } from '../test/support/prometheus-text.js';
import { startReplicatedCluster, waitFor } from '../test/support/replicated-cluster.js';
import { buildApi, codeVersion, compileServers, root } from './compile.js';
import { fillDatabase } from './fill.js';
import { LoadGenerator, type SliceResult } from './load.js';
import { loadOptions } from './options.js';
import { searchTemplate } from './search-template.js';
import { ServerProcess } from './servers.js';

// npm run bench:replicas — read scaling: the same read load, BENCH_CONNECTIONS connections in all, against one API
// instance on a primary, and against two instances that read from a hot standby of it (half the connections each),
// in alternating rounds. A PostgreSQL 15 primary and standby are started for the run (test/support/replicated-cluster.ts)
// and removed afterwards. On one machine every server shares the same cores: this measures what the routing costs
// and whether the second instance and the standby help there, not what separate machines would give.

const say = (message: string) => process.stderr.write(`bench:replicas: ${message}\n`);

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]! : 0;
}

interface Totals {
  requests: number;
  seconds: number;
  latencies: number[];
  failed: number;
}

const add = (totals: Totals, slices: SliceResult[]) => {
  totals.requests += slices.reduce((sum, slice) => sum + slice.latencies.length, 0);
  // Concurrent slices share the wall time: count it once.
  totals.seconds += Math.max(...slices.map((slice) => slice.seconds));
  for (const slice of slices) totals.latencies.push(...slice.latencies);
  totals.failed += slices.reduce((sum, slice) => sum + slice.non2xx + slice.errors + slice.timeouts, 0);
};

async function main(): Promise<void> {
  const options = loadOptions();
  const loadAtStart = os.loadavg();
  buildApi();
  const worker = await compileServers();
  say('starting a PostgreSQL 15 primary and hot standby');
  const cluster = await startReplicatedCluster();
  const closers: Array<() => Promise<unknown>> = [() => cluster.stop()];
  try {
    const admin = new pg.Client({ connectionString: cluster.primaryUrl });
    await admin.connect();
    await admin.query('CREATE DATABASE dm');
    await admin.end();
    const primaryUrl = cluster.url('primary', 'dm');
    const standbyUrl = cluster.url('standby', 'dm');
    await applyMigrations(primaryUrl);
    const size = { meetings: options.meetings, participants: options.participants, statements: options.statements };
    await fillDatabase(primaryUrl, size, say);
    const primary = new pg.Pool({ connectionString: primaryUrl, max: 1 });
    closers.unshift(() => primary.end());
    const { rows } = await primary.query<{ id: string }>('SELECT id FROM meetings ORDER BY id LIMIT 200');
    const { rows: wal } = await primary.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn');
    await waitFor(
      'the standby to replay the fill',
      async () => {
        const replayed = await cluster.onStandby(`SELECT pg_last_wal_replay_lsn() >= '${wal[0]!.lsn}'::pg_lsn AS done`);
        return (replayed.rows[0] as { done?: boolean } | undefined)?.done === true;
      },
      600_000,
    );

    const serverOptions = { root, databaseUrl: primaryUrl, poolSize: options.poolSize, sessionOptions, search: searchTemplate() };
    const one = await ServerProcess.start(worker, { kind: 'api', ...serverOptions });
    closers.unshift(() => one.close());
    const two = [
      await ServerProcess.start(worker, { kind: 'api', ...serverOptions, replicaUrls: [standbyUrl] }),
      await ServerProcess.start(worker, { kind: 'api', ...serverOptions, replicaUrls: [standbyUrl] }),
    ];
    closers.unshift(() => Promise.all(two.map((server) => server.close())));
    const generators = [new LoadGenerator(), new LoadGenerator()];
    closers.unshift(() => Promise.all(generators.map((generator) => generator.close())));

    const scenarios = [
      { name: 'GET /v1/meetings?limit=20', paths: ['/v1/meetings?limit=20'] },
      {
        name: 'GET /v1/meetings/{id}?include=participants,statements,initiatives',
        paths: rows.map((row) => `/v1/meetings/${row.id}?include=participants,statements,initiatives`),
      },
    ];
    const half = Math.max(1, Math.floor(options.connections / 2));
    const lines = ['| scenario | setup | req/s | p50 / p95 ms | failed |', '| --- | --- | --- | --- | --- |'];
    for (const scenario of scenarios) {
      const job = (url: string, connections: number, seconds: number) => ({
        url,
        method: 'GET' as const,
        paths: scenario.paths,
        connections,
        seconds,
      });
      const runOne = async (seconds: number) => [await generators[0]!.run(job(one.url, options.connections, seconds))];
      const runTwo = (seconds: number) => Promise.all(two.map((server, index) => generators[index]!.run(job(server.url, half, seconds))));
      if (options.warmupSeconds > 0) {
        await runOne(options.warmupSeconds);
        await runTwo(options.warmupSeconds);
      }
      const totals = {
        one: { requests: 0, seconds: 0, latencies: [], failed: 0 } as Totals,
        two: { requests: 0, seconds: 0, latencies: [], failed: 0 } as Totals,
      };
      const seconds = options.durationSeconds / options.rounds;
      for (let round = 0; round < options.rounds; round++) {
        const order = round % 2 === 0 ? (['one', 'two'] as const) : (['two', 'one'] as const);
        for (const setup of order) add(totals[setup], setup === 'one' ? await runOne(seconds) : await runTwo(seconds));
      }
      for (const [setup, label] of [
        ['one', `1 instance, primary only, ${options.connections} connections`],
        ['two', `2 instances reading from the standby, ${half} connections each`],
      ] as const) {
        const { requests, seconds: wall, latencies, failed } = totals[setup];
        const sorted = latencies.sort((a, b) => a - b);
        lines.push(
          `| ${scenario.name} | ${label} | ${(requests / wall).toFixed(0)} | ${percentile(sorted, 0.5).toFixed(1)} / ${percentile(sorted, 0.95).toFixed(1)} | ${failed} |`,
        );
      }
    }
    // Where the two instances' reads went, by their own metrics.
    const routed = { primary: 0, standby: 0 };
    for (const server of two) {
      const samples = parsePrometheusText(await (await fetch(`${server.url}/metrics`)).text());
      for (const sample of samples.filter((each) => each.name === 'dm_api_db_read_requests_total'))
        routed[sample.labels.database === 'primary' ? 'primary' : 'standby'] += sample.value;
    }
    lines.push('', `Reads of the two instances served by the standby: ${routed.standby}, by the primary: ${routed.primary}.`);
    const loadAtEnd = os.loadavg();
    process.stdout.write(
      [
        `API ${codeVersion() ?? 'unknown version'}; ${options.meetings} meetings; pool ${options.poolSize} per database per instance; ` +
          `${os.cpus().length} CPUs, load average ${loadAtStart[0]!.toFixed(2)} at the start, ${loadAtEnd[0]!.toFixed(2)} at the end`,
        '',
        ...lines,
        '',
      ].join('\n'),
    );
  } finally {
    for (const close of closers) await close().catch((error: unknown) => say(`cleanup: ${String(error)}`));
  }
}

main().catch((error: unknown) => {
  say(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
