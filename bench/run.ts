import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import pg from 'pg';
import { Prisma } from '../src/generated/prisma/client.js';
import { sessionOptions } from '../src/db/session.js';
import { startBaseline } from './baseline.js';
import { buildApi, codeVersion, compileServers, root } from './compile.js';
import { createBenchDatabase, serverVersion } from './database.js';
import { fillDatabase } from './fill.js';
import { LoadGenerator } from './load.js';
import { measure } from './measure.js';
import { loadOptions, type BenchOptions } from './options.js';
import { CountingClient, difference, probeApi, probeHttp, type Exchange } from './probe.js';
import { machineLines, resultJson, resultLines, sqlLines, type Memory, type ScenarioResult } from './report.js';
import { buildScenarios, type Scenario } from './scenarios.js';
import { searchTemplate } from './search-template.js';
import type { Usage } from './server.worker.js';
import { ServerProcess, startCountingApi } from './servers.js';

// npm run bench: throwaway database → fill → API and pg baseline, each in its own process, side by side under
// autocannon → table (and BENCH_JSON) → drop.

const say = (message: string) => process.stderr.write(`bench: ${message}\n`);
const cleanups: Array<() => Promise<unknown>> = [];
let interrupted = false;

async function cleanUp(): Promise<void> {
  for (const step of cleanups.splice(0).reverse()) {
    await step().catch((error: unknown) => say(`cleanup failed: ${error instanceof Error ? error.message : String(error)}`));
  }
}

/** One request per scenario to in-process copies of both servers whose connections count the SQL they send. */
async function probe(databaseUrl: string, options: BenchOptions, scenarios: Scenario[]) {
  const api = await startCountingApi(databaseUrl, options.poolSize);
  const baseline = await startBaseline(
    { databaseUrl, poolSize: options.poolSize, sessionOptions, search: searchTemplate() },
    CountingClient,
  );
  try {
    const probes: Array<{ apiProbe: Exchange; baselineProbe: Exchange; difference: string | null }> = [];
    for (const s of scenarios) {
      const apiProbe = await probeApi(api.app, s.method, s.paths.api[0]!, s.body);
      const baselineProbe = await probeHttp(baseline.url, s.method, s.paths.baseline[0]!, s.body);
      for (const [side, exchange] of [
        ['API', apiProbe],
        ['baseline', baselineProbe],
      ] as const) {
        if (exchange.status !== s.status)
          throw new Error(`${s.name}: ${side} answered ${exchange.status}: ${JSON.stringify(exchange.body).slice(0, 500)}`);
      }
      probes.push({ apiProbe, baselineProbe, difference: difference(apiProbe.body, baselineProbe.body, s.compare) });
    }
    return probes;
  } finally {
    await api.close();
    await baseline.close();
  }
}

async function main(): Promise<void> {
  const startedAt = performance.now();
  const options = loadOptions();
  const loadAtStart = os.loadavg();
  say(`load average ${loadAtStart.map((value) => value.toFixed(2)).join(' / ')} (1 / 5 / 15 min), ${os.cpus().length} CPUs`);
  say('building the API (scripts/build.js --if-stale) and the baseline');
  buildApi();
  const worker = await compileServers();
  say(`creating a database on ${new URL(options.serverUrl).host}`);
  const database = await createBenchDatabase(options.serverUrl);
  cleanups.push(async () => (await database.drop(), say(`dropped ${database.name}`)));
  const size = { meetings: options.meetings, participants: options.participants, statements: options.statements };
  const filled = await fillDatabase(database.url, size, say);
  say(`filled ${database.name}: ${filled.meetings} meetings, ${filled.participants} participants, ${filled.statements} statements`);

  const serverOptions = { root, databaseUrl: database.url, poolSize: options.poolSize, sessionOptions, search: searchTemplate() };
  const servers = {
    api: await ServerProcess.start(worker, { kind: 'api', ...serverOptions }),
    baseline: await ServerProcess.start(worker, { kind: 'baseline', ...serverOptions }),
  };
  cleanups.push(() => Promise.all([servers.api.close(), servers.baseline.close()]));
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const [apiIdle, baselineIdle] = await Promise.all([servers.api.usage(), servers.baseline.usage()]);

  const pool = new pg.Pool({ connectionString: database.url, max: 1, options: sessionOptions });
  cleanups.push(() => pool.end());
  const scenarios = (
    await buildScenarios(
      pool,
      { api: servers.api.url, baseline: servers.baseline.url },
      {
        deepPage: options.deepPage,
        searchConnections: options.searchConnections,
        create: { participants: 5, statements: 20 },
      },
    )
  ).filter((s) => !options.only || options.only.some((name) => s.name.includes(name)));
  const probes = await probe(database.url, options, scenarios);

  const load = new LoadGenerator();
  cleanups.push(() => load.close());
  const results: ScenarioResult[] = [];
  for (const [index, s] of scenarios.entries()) {
    const connections = s.connections ?? options.connections;
    say(
      `${s.name}: ${options.warmupSeconds}s warm-up each, then ${options.rounds} alternating rounds, ${options.durationSeconds}s in all for each server, ${connections} connections`,
    );
    const measured = await measure(load, s, servers, { ...options, connections });
    results.push({
      name: s.name,
      requests: { api: s.paths.api[0]!, baseline: s.paths.baseline[0]! },
      connections,
      ...measured,
      ...probes[index]!,
    });
  }

  // The peak of the whole run: the start's, or that of the scenario that used the most.
  const memoryOf = (side: 'api' | 'baseline', idle: Usage): Memory => {
    const peaks = [idle.peakRssBytes === null ? null : idle.peakRssBytes / 2 ** 20, ...results.map((r) => r[side].peakRssMb)];
    const known = peaks.filter((value): value is number => value !== null);
    return { idleMb: idle.rssBytes / 2 ** 20, peakMb: known.length === peaks.length ? Math.max(...known) : null };
  };
  const memory = { api: memoryOf('api', apiIdle), baseline: memoryOf('baseline', baselineIdle) };
  const require = createRequire(import.meta.url);
  const versionOf = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
  const info = {
    code: codeVersion() ?? 'not a git checkout',
    postgres: await serverVersion(pool),
    versions: {
      fastify: versionOf('fastify'),
      prisma: Prisma.prismaVersion.client,
      pg: versionOf('pg'),
      autocannon: versionOf('autocannon'),
    },
    settings:
      `autocannon in a child process, ${options.connections} connections (search ${options.searchConnections}); per scenario and server ` +
      `${options.warmupSeconds}s warm-up + ${options.durationSeconds}s in ${options.rounds} alternating rounds; pools of ${options.poolSize}; ` +
      `each server in its own process; 127.0.0.1`,
    data:
      `${filled.meetings} meetings, ${filled.people} people, ${filled.participants} participants, ${filled.statements} statements, ` +
      `${filled.initiatives} initiatives, ${filled.links} links`,
    load: { start: loadAtStart, end: os.loadavg() },
    memory,
    seconds: (performance.now() - startedAt) / 1000,
  };
  process.stdout.write(
    `\n${[...machineLines(info), '', ...resultLines(results), ...(options.showSql ? sqlLines(results) : [])].join('\n')}\n`,
  );
  if (options.jsonPath) {
    await writeFile(options.jsonPath, `${JSON.stringify(resultJson(info, results), null, 2)}\n`);
    say(`wrote ${options.jsonPath}`);
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    interrupted = true;
    say(`${signal}: cleaning up`);
    void cleanUp().finally(() => process.exit(130));
  });
}

main()
  .catch((error: unknown) => {
    if (interrupted) return;
    say(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => cleanUp());
