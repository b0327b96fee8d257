import { spawn } from 'node:child_process';
import http from 'node:http';
import os from 'node:os';
import { heapLimitFlag } from '../src/heap-limit.js';
import { sessionOptions } from '../src/db/session.js';
import { buildApi, compileServers, root } from './compile.js';
import { createBenchDatabase } from './database.js';
import { fillDatabase } from './fill.js';
import { loadOptions } from './options.js';
import { searchTemplate } from './search-template.js';
import { ServerProcess } from './servers.js';

// npm run bench:export: a throwaway database of BENCH_EXPORT_MEETINGS meetings (100,000 by default, filled as
// npm run bench fills it) → the API built as npm start runs it, in a process of its own → each export streamed to a
// reader that discards it, one after the other, with the API's RSS before and its peak during (VmHWM, reset before
// each) → the same rows as PostgreSQL's own `COPY … TO STDOUT (FORMAT csv)` through psql, the fastest the database
// hands them out → drop. A measurement, not a test: nothing fails on a number.

const say = (message: string) => process.stderr.write(`bench:export: ${message}\n`);
const meetings = Number(process.env.BENCH_EXPORT_MEETINGS ?? 100_000);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const load = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

/** Streams a GET to nowhere: rows (lines, less a CSV header), bytes and seconds. */
function drain(url: string): Promise<{ status: number; bytes: number; lines: number; seconds: number }> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    http
      .get(url, (response) => {
        let bytes = 0;
        let lines = 0;
        response.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          for (let index = chunk.indexOf(10); index !== -1; index = chunk.indexOf(10, index + 1)) lines += 1;
        });
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, bytes, lines, seconds: Number(process.hrtime.bigint() - started) / 1e9 }),
        );
        response.on('error', reject);
      })
      .on('error', reject);
  });
}

/** `COPY (…) TO STDOUT (FORMAT csv, HEADER)` through psql, output discarded: bytes and seconds. */
function copyBaseline(databaseUrl: string): Promise<{ bytes: number; seconds: number }> {
  const started = process.hrtime.bigint();
  const sql = `\\copy (SELECT id, title, kind, date, date_precision, start_time, timezone, city, country_code, parent_id,
    summary, source_document_id, version, created_at, updated_at FROM meetings ORDER BY date DESC, id DESC) TO STDOUT (FORMAT csv, HEADER)`;
  return new Promise((resolve, reject) => {
    const child = spawn('psql', [databaseUrl, '-X', '-q', '-c', sql.replace(/\s+/g, ' ')], { stdio: ['ignore', 'pipe', 'inherit'] });
    let bytes = 0;
    child.stdout.on('data', (chunk: Buffer) => (bytes += chunk.length));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve({ bytes, seconds: Number(process.hrtime.bigint() - started) / 1e9 }) : reject(new Error(`psql exited ${code}`)),
    );
  });
}

const options = loadOptions();
say(`load average at start: ${load()} (${os.cpus().length} CPUs)`);
buildApi();
const worker = await compileServers();
const database = await createBenchDatabase(options.serverUrl);
let server: ServerProcess | undefined;
try {
  // Statements are not exported here; one per meeting keeps the fill short.
  await fillDatabase(
    database.url,
    { meetings, participants: options.participants, statements: Number(process.env.BENCH_STATEMENTS ?? 1) },
    say,
  );
  // The API processes run with the heap limit `npm start` gives them (HEAP_LIMIT_MB, 128 by default; 0 for V8's own
  // default, under which RSS grows with the export's size: README "Export").
  say(`API processes run with ${heapLimitFlag()}`);
  const rows: string[] = [];
  // Each export in a fresh API process, warmed by a page and an empty export: the growth is the export's own, and
  // 10,000 meetings against 100,000 shows whether it grows with the rows.
  for (const [name, path, header] of [
    ['meetings csv 10%', '/v1/meetings?format=csv&from=2023-07-01', 1],
    ['meetings csv', '/v1/meetings?format=csv', 1],
    ['meetings ndjson', '/v1/meetings?format=ndjson', 0],
    ['participants csv', '/v1/participants?format=csv', 1],
  ] as const) {
    server = await ServerProcess.start(worker, {
      kind: 'api',
      root,
      databaseUrl: database.url,
      poolSize: options.poolSize,
      sessionOptions,
      search: searchTemplate(),
    });
    await drain(`${server.url}/v1/meetings?limit=100`);
    await drain(`${server.url}/v1/meetings?format=csv&from=9999-01-01`);
    await server.resetPeak();
    const before = await server.usage();
    const result = await drain(`${server.url}${path}`);
    const after = await server.usage();
    await server.close();
    if (result.status !== 200) throw new Error(`${path} answered ${result.status}`);
    const exported = result.lines - header;
    const peak = after.peakRssBytes ?? after.rssBytes;
    rows.push(
      `${name.padEnd(18)} ${String(exported).padStart(8)} rows ${mb(result.bytes).padStart(7)} MB ${result.seconds.toFixed(2).padStart(6)} s ` +
        `${Math.round(exported / result.seconds)
          .toString()
          .padStart(7)} rows/s  RSS before ${mb(before.rssBytes)} MB, peak ${mb(peak)} MB, growth ${mb(peak - before.rssBytes)} MB`,
    );
  }
  const copy = await copyBaseline(database.url);
  rows.push(
    `${'COPY meetings csv'.padEnd(18)} ${String(meetings).padStart(8)} rows ${mb(copy.bytes).padStart(7)} MB ${copy.seconds.toFixed(2).padStart(6)} s ` +
      `${Math.round(meetings / copy.seconds)
        .toString()
        .padStart(7)} rows/s  (psql, PostgreSQL's own CSV)`,
  );
  process.stdout.write(`${rows.join('\n')}\nload average at end: ${load()}\n`);
} finally {
  await server?.close();
  await database.drop();
}
