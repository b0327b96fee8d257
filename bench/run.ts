import { createRequire } from 'node:module';
import os from 'node:os';
import { Prisma } from '../src/generated/prisma/client.js';
import { startBaseline } from './baseline.js';
import { createBenchDatabase, serverVersion } from './database.js';
import { fillDatabase } from './fill.js';
import { LoadGenerator } from './load.js';
import { measure } from './measure.js';
import { loadOptions } from './options.js';
import { CountingClient, difference, probeApi, probeHttp } from './probe.js';
import { machineLines, resultLines, sqlLines, type ScenarioResult } from './report.js';
import { buildScenarios } from './scenarios.js';
import { startApi, startCountingApi } from './servers.js';

// npm run bench: throwaway database → fill → API and pg baseline side by side under autocannon → table → drop.

const say = (message: string) => process.stderr.write(`bench: ${message}\n`);
const cleanups: Array<() => Promise<unknown>> = [];
let interrupted = false;

async function cleanUp(): Promise<void> {
  for (const step of cleanups.splice(0).reverse()) {
    await step().catch((error: unknown) => say(`cleanup failed: ${error instanceof Error ? error.message : String(error)}`));
  }
}

async function main(): Promise<void> {
  const options = loadOptions();
  const loadAtStart = os.loadavg()[0]!;
  say(`creating a database on ${new URL(options.serverUrl).host}`);
  const database = await createBenchDatabase(options.serverUrl);
  cleanups.push(async () => (await database.drop(), say(`dropped ${database.name}`)));
  const filled = await fillDatabase(database.url, { meetings: options.meetings, people: 300, initiatives: 20 });
  say(`filled ${database.name}: ${filled.meetings} meetings, ${filled.participants} participants, ${filled.statements} statements`);

  const api = await startApi(database.url, options.poolSize);
  cleanups.push(() => api.close());
  const baseline = await startBaseline(database.url, options.poolSize);
  cleanups.push(() => baseline.close());
  const scenarios = (await buildScenarios(baseline.pool)).filter(
    (s) => !options.only || options.only.some((name) => s.name.includes(name)),
  );

  const countingApi = await startCountingApi(database.url, options.poolSize);
  const countingBaseline = await startBaseline(database.url, options.poolSize, CountingClient);
  const probes = [];
  try {
    for (const s of scenarios) {
      const apiProbe = await probeApi(countingApi.app, s.method, s.paths[0]!, s.body);
      const baselineProbe = await probeHttp(countingBaseline.url, s.method, s.paths[0]!, s.body);
      for (const [side, probe] of [
        ['API', apiProbe],
        ['baseline', baselineProbe],
      ] as const) {
        if (probe.status !== s.status)
          throw new Error(`${s.name}: ${side} answered ${probe.status}: ${JSON.stringify(probe.body).slice(0, 500)}`);
      }
      probes.push({ apiProbe, baselineProbe, difference: difference(apiProbe.body, baselineProbe.body, s.compare) });
    }
  } finally {
    await countingApi.close();
    await countingBaseline.close();
  }

  const load = new LoadGenerator();
  cleanups.push(() => load.close());
  const results: ScenarioResult[] = [];
  for (const [index, s] of scenarios.entries()) {
    say(
      `${s.name}: ${options.warmupSeconds}s warm-up each, then ${options.rounds} alternating rounds, ${options.durationSeconds}s in all for each server`,
    );
    const measured = await measure(load, s, { api: api.url, baseline: baseline.url }, options);
    results.push({ name: s.name, ...measured, ...probes[index]! });
  }

  const require = createRequire(import.meta.url);
  const versionOf = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
  const lines = machineLines({
    postgres: await serverVersion(baseline.pool),
    versions: { fastify: api.app.version, prisma: Prisma.prismaVersion.client, pg: versionOf('pg'), autocannon: versionOf('autocannon') },
    settings: `autocannon in a child process, ${options.connections} connections; per scenario and server ${options.warmupSeconds}s warm-up + ${options.durationSeconds}s in ${options.rounds} alternating rounds; pools of ${options.poolSize}; 127.0.0.1`,
    loadAtStart,
    data: `${filled.meetings} meetings, ${filled.people} people, ${filled.participants} participants, ${filled.statements} statements, ${filled.initiatives} initiatives, ${filled.links} links`,
  });
  process.stdout.write(`\n${[...lines, '', ...resultLines(results), ...(options.showSql ? sqlLines(results) : [])].join('\n')}\n`);
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
