import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { compileServers } from '../../bench/compile.js';
import { createBody } from '../../bench/scenarios.js';
import { applyMigrations } from '../../src/db/schema-engine.js';
import { fillProfileDatabase } from './fill.js';
import { loadSlice, type Scenario, type Slice } from './load.js';
import { startPerf, stopPerf, summarizePerf } from './perf.js';
import { startServer, type Server } from './servers.js';
import { summarizeFile } from './summarize.js';

// Side by side: builds of the API (directories with dist/server.js, e.g. this tree and a checkout of an earlier
// commit) run as separate processes on one filled database; per scenario a warm-up of each, then rounds that
// alternate which build goes first, so a busy moment on the machine falls on all. Prints req/s and CPU ms per request
// (from /proc, so only the server's own CPU), and with PROFILE_CPU=1 the CPU profile of the measured rounds by module
// (V8's profiler), with PROFILE_PERF=1 the same from Linux perf, which counts only time on a CPU (see perf.ts).
//
//   PROFILE_BUILDS=after=.,before=/tmp/dm-before npx tsx scripts/profile/run.ts
//
// The build `baseline` (`…,pg=baseline`) is the bench's raw node:http + pg server (baseline-server.js), built here.
//
// A build runs with LOG_LEVEL=info, as in production, unless its directory ends in @level (`quiet=.@warn`).
// PROFILE_DATABASE_URL (server; default postgresql://postgres@127.0.0.1:5432/postgres), PROFILE_DATABASE (name,
// default dm_profile: created, migrated and filled once, then reused), PROFILE_MEETINGS (20000), PROFILE_SECONDS
// (measured seconds per scenario and build, default 20), PROFILE_ROUNDS (4), PROFILE_WARMUP (3), PROFILE_CONNECTIONS
// (10), PROFILE_SCENARIOS (comma-separated parts of names), PROFILE_OUT (profiles; default $TMPDIR/dm-profiles).

const env = (name: string, fallback: string) => process.env[name] ?? fallback;
const number = (name: string, fallback: number) => Number(env(name, String(fallback)));

const serverUrl = env('PROFILE_DATABASE_URL', 'postgresql://postgres@127.0.0.1:5432/postgres');
const databaseName = env('PROFILE_DATABASE', 'dm_profile');
const seconds = number('PROFILE_SECONDS', 20);
const rounds = number('PROFILE_ROUNDS', 4);
const warmup = number('PROFILE_WARMUP', 3);
const connections = number('PROFILE_CONNECTIONS', 10);
const profiling = env('PROFILE_CPU', '0') === '1';
const perfProfiling = env('PROFILE_PERF', '0') === '1';
const out = path.resolve(env('PROFILE_OUT', path.join(tmpdir(), 'dm-profiles')));
const builds = env('PROFILE_BUILDS', 'current=.')
  .split(',')
  .map((entry) => entry.split('=') as [string, string]);

function databaseUrl(name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** The profiling database, created, migrated and filled on first use. */
async function prepareDatabase(): Promise<string> {
  const exists = await query(serverUrl, `SELECT 1 FROM pg_database WHERE datname = '${databaseName}'`);
  if (!exists.length) await query(serverUrl, `CREATE DATABASE "${databaseName}"`);
  const url = databaseUrl(databaseName);
  await applyMigrations(url);
  const [{ meetings } = { meetings: 0 }] = await query<{ meetings: number }>(url, 'SELECT count(*)::int AS meetings FROM meetings');
  if (meetings === 0) {
    const filled = await fillProfileDatabase(url, {
      meetings: number('PROFILE_MEETINGS', 20_000),
      participants: 5,
      statements: 10,
      people: 2_000,
      initiatives: 50,
    });
    process.stdout.write(`filled ${databaseName} with ${filled} meetings\n`);
  }
  return url;
}

async function scenarios(url: string): Promise<Scenario[]> {
  const ids = (await query<{ id: string }>(url, 'SELECT id FROM meetings ORDER BY md5(id::text) LIMIT 500')).map((row) => row.id);
  const people = await query<{ id: string; country: string | null }>(
    url,
    'SELECT id, country_code AS country FROM people ORDER BY name LIMIT 5',
  );
  const all: Scenario[] = [
    {
      name: 'get with participants,statements,initiatives',
      paths: ids.map((id) => `/v1/meetings/${id}?include=participants,statements,initiatives`),
    },
    { name: 'get by id', paths: ids.map((id) => `/v1/meetings/${id}`) },
    { name: 'list first page', paths: ['/v1/meetings'] },
    { name: 'list with participants', paths: ['/v1/meetings?include=participants'] },
    // As the bench's: 5 existing people, 20 statements; dated before every generated meeting, so the lists stay put.
    { name: 'create nested', paths: ['/v1/meetings'], body: createBody(people, 20) },
  ];
  const wanted = process.env.PROFILE_SCENARIOS?.split(',');
  return wanted ? all.filter((scenario) => wanted.some((part) => scenario.name.includes(part))) : all;
}

/** Each scenario's first path answered by every build: the bodies must be the same bytes, the ETags the same. */
async function compareAnswers(servers: Server[], list: Scenario[]): Promise<void> {
  for (const scenario of list.filter((each) => each.body === undefined)) {
    for (const target of scenario.paths.slice(0, 20)) {
      const answers = await Promise.all(servers.map(async (server) => fetch(server.url + target)));
      const bodies = await Promise.all(answers.map((answer) => answer.text()));
      const etags = answers.map((answer) => answer.headers.get('etag'));
      const same = bodies.every((body) => body === bodies[0]) && etags.every((etag) => etag === etags[0]);
      if (!same) process.stdout.write(`DIFFERENT answers to ${target}\n`);
    }
  }
}

function report(scenario: string, results: Map<string, Slice[]>) {
  process.stdout.write(`\n${scenario}\n  build        req/s   CPU ms/req   p50 ms   p99 ms   non-2xx\n`);
  for (const [name, slices] of results) {
    const sum = (pick: (slice: Slice) => number) => slices.reduce((total, slice) => total + pick(slice), 0);
    const requests = sum((slice) => slice.requests);
    const worst = (pick: (slice: Slice) => number) => Math.max(...slices.map(pick));
    process.stdout.write(
      `  ${name.padEnd(10)} ${(requests / sum((slice) => slice.seconds)).toFixed(0).padStart(7)} ${(sum((slice) => slice.cpuMs) / requests).toFixed(3).padStart(12)}` +
        ` ${worst((slice) => slice.latencies.p50)
          .toFixed(0)
          .padStart(8)} ${worst((slice) => slice.latencies.p99)
          .toFixed(0)
          .padStart(8)} ${sum((slice) => slice.non2xx + slice.errors)
          .toString()
          .padStart(9)}\n`,
    );
  }
}

function reportProfiles(scenarioIndex: number) {
  for (const [name] of builds) {
    const files = readdirSync(out).filter((file) => file.startsWith(`${name}-${scenarioIndex}-`));
    const totals = new Map<string, number>();
    let all = 0;
    for (const file of files) {
      const { total, modules } = summarizeFile(path.join(out, file));
      all += total;
      for (const { module, ms } of modules) totals.set(module, (totals.get(module) ?? 0) + ms);
    }
    process.stdout.write(`  profile of ${name} (${all.toFixed(0)} ms on CPU):\n`);
    for (const [module, ms] of [...totals].sort((a, b) => b[1] - a[1]))
      process.stdout.write(`    ${((ms / all) * 100).toFixed(1).padStart(5)} %  ${module}\n`);
  }
}

function reportPerf(scenarioIndex: number) {
  for (const [name] of builds) {
    const totals = new Map<string, number>();
    for (const file of readdirSync(out).filter((entry) => entry.startsWith(`${name}-${scenarioIndex}-`) && entry.endsWith('.perf.data')))
      for (const [module, samples] of summarizePerf(path.join(out, file), Number(/-(\d+)\.perf\.data$/.exec(file)![1])))
        totals.set(module, (totals.get(module) ?? 0) + samples);
    const all = [...totals.values()].reduce((sum, samples) => sum + samples, 0);
    process.stdout.write(`  perf (on CPU) of ${name}, ${all} samples:\n`);
    for (const [module, samples] of [...totals].sort((a, b) => b[1] - a[1]))
      process.stdout.write(`    ${((samples / all) * 100).toFixed(1).padStart(5)} %  ${module}\n`);
  }
}

async function main() {
  const url = await prepareDatabase();
  const list = await scenarios(url);
  mkdirSync(out, { recursive: true });
  for (const file of readdirSync(out).filter((entry) => /\.(cpuprofile|perf\.data(\.jit)?)$/.test(entry))) rmSync(path.join(out, file));
  process.stdout.write(
    `load average at start: ${loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')}\n`,
  );
  if (builds.some(([, dir]) => dir.split('@')[0] === 'baseline')) await compileServers();
  const servers: Server[] = [];
  try {
    for (const [index, [name, dir]] of builds.entries()) {
      const profilePath = path.join(out, `${name}-%n.cpuprofile`);
      const [directory, logLevel = 'info'] = dir.split('@') as [string, string?];
      servers.push(await startServer(name, path.resolve(directory), 3101 + index, url, profilePath, logLevel));
    }
    await compareAnswers(servers, list);
    for (const [index, scenario] of list.entries()) {
      const results = new Map<string, Slice[]>(servers.map((server) => [server.name, []]));
      for (const server of servers) await loadSlice(server.url, scenario, connections, warmup, () => 0);
      for (let round = 0; round < rounds; round++) {
        const order = round % 2 === 0 ? servers : [...servers].reverse();
        for (const server of order) {
          if (profiling) server.toggleProfile();
          const pid = server.process.pid!;
          const perf = perfProfiling ? startPerf(pid, path.join(out, `${server.name}-${index}-${round}-${pid}.perf.data`)) : undefined;
          results.get(server.name)!.push(await loadSlice(server.url, scenario, connections, seconds / rounds, server.cpuMs));
          if (perf) await stopPerf(perf);
          if (profiling) server.toggleProfile();
        }
      }
      report(scenario.name, results);
      if (profiling) {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        renameProfiles(index);
        reportProfiles(index);
      }
      if (perfProfiling) reportPerf(index);
    }
  } finally {
    for (const server of servers) await server.stop();
  }
  process.stdout.write(
    `\nload average at end: ${loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')}\n`,
  );
}

// The toggle numbers a server's profiles 0, 1, …; tag this scenario's with its index so the next ones do not mix in.
function renameProfiles(scenarioIndex: number) {
  for (const [name] of builds)
    for (const file of readdirSync(out).filter((entry) => new RegExp(`^${name}-\\d+\\.cpuprofile$`).test(entry)))
      renameSync(path.join(out, file), path.join(out, `${name}-${scenarioIndex}-${file.slice(name.length + 1)}`));
}

await main();
