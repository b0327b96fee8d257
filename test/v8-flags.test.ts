import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { Agent, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiV8Flags } from '../src/v8-flags.js';
import { cloneDatabase, databaseUrl, dropDatabase } from './helpers/db.js';
import { meetingBody } from './helpers/factories.js';
import { freePort } from './support/postgres-server.js';

// The server process sets its V8 flags itself (src/v8-flags.ts): without --no-allocation-site-pretenuring, V8
// pretenured the allocation sites of a query's rows under concurrent reads, and each scavenge then promoted the rows
// of the requests in flight — about a fifth of everything allocated went to the old generation. This file starts the
// real server (src/server.ts, as shutdown.test.ts does) with V8's GC trace, loads a list page from 10 connections and
// reads from the trace how much of what the young generation held was promoted. No clock: counts of bytes only.

let database: string;
const children: ChildProcess[] = [];
beforeAll(async () => {
  database = await cloneDatabase(inject('templateDatabase'));
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await dropDatabase(database);
});

/** One scavenge of `--trace-gc-nvp`'s output: bytes allocated since the last collection, and promoted by it. */
interface Scavenge {
  allocated: number;
  promoted: number;
}

function scavengesIn(lines: readonly string[]): Scavenge[] {
  return lines
    .filter((line) => / gc=s /.test(line))
    .map((line) => ({
      allocated: Number(/ allocated=(\d+)/.exec(line)?.[1] ?? 0),
      promoted: Number(/ promoted=(\d+)/.exec(line)?.[1] ?? 0),
    }));
}

async function startTracedServer(port: number): Promise<{ lines: string[] }> {
  const child = spawn(process.execPath, ['--trace-gc-nvp', '--import', 'tsx', 'src/server.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl(database),
      PORT: String(port),
      SEED_ON_START: 'false',
      LOG_LEVEL: 'silent',
      RATE_LIMIT_MAX: '1000000000',
      LOAD_SHED_EVENT_LOOP_DELAY_MS: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const lines: string[] = [];
  let partial = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
  });
  // Ready when it answers; the test's own timeout bounds the wait on a loaded machine.
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`server exited with ${String(code)}`);
  });
  for (;;) {
    const live = await Promise.race([send(port, 'GET', '/health/live').catch(() => null), exited]);
    if (live?.status === 200) return { lines };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const agent = new Agent({ keepAlive: true, maxSockets: 10 });

function send(port: number, method: string, path: string, body?: unknown): Promise<{ status: number; text: string }> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent,
        headers: payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {},
      },
      (res) => {
        let text = '';
        res
          .setEncoding('utf8')
          .on('data', (chunk: string) => (text += chunk))
          .on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** `count` requests of `path`, 10 at a time; every answer must be 200. */
async function load(port: number, path: string, count: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next++;
      const { status } = await send(port, 'GET', path);
      expect(status).toBe(200);
    }
  };
  await Promise.all(Array.from({ length: 10 }, worker));
}

describe('the server process', () => {
  it('runs with the flags it names', () => {
    expect(apiV8Flags).toContain('--no-allocation-site-pretenuring');
  });

  // Its own timeout: a server started under tsx and 8,000 requests take minutes on a machine running the whole suite.
  it('promotes almost nothing of what concurrent list reads allocate', { timeout: 300_000 }, async () => {
    const port = await freePort();
    const { lines } = await startTracedServer(port);
    for (let i = 0; i < 25; i++) {
      const created = await send(
        port,
        'POST',
        '/v1/meetings',
        meetingBody({ initiatives: [], title: `Meeting ${i} on cooperation`, date: `2024-01-${String(i + 1).padStart(2, '0')}` }),
      );
      expect(created.status).toBe(201);
    }
    const page = '/v1/meetings?include=participants,statements';
    await load(port, page, 2000);
    const from = lines.length;
    await load(port, page, 6000);
    const scavenges = scavengesIn(lines.slice(from));
    expect(scavenges.length).toBeGreaterThan(5);
    const allocated = scavenges.reduce((sum, s) => sum + s.allocated, 0);
    const promoted = scavenges.reduce((sum, s) => sum + s.promoted, 0);
    // With the flag about 0.5 % (the requests in flight at each scavenge); without it 15–20 %.
    expect(promoted / allocated).toBeLessThan(0.05);
  });
});
