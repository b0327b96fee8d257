import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { cloneDatabase, databaseUrl, dropDatabase } from './helpers/db.js';

// The real server process: SIGTERM while a request is in flight lets that request finish, then exits 0.

let database: string;
beforeAll(async () => {
  database = await cloneDatabase(inject('templateDatabase'));
});
// Every server this file starts is killed at the end, whatever happened (also when a test timed out).
const children: ChildProcess[] = [];
afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await dropDatabase(database);
});

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

async function startServer(port: number): Promise<{ child: ChildProcess; logs: string[] }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    // No load shedding: on a loaded machine the child's event loop can lag past the default second while it compiles,
    // and a shed 503 is not what this test is about (load shedding has its own test in rate-limit.test.ts).
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl(database),
      PORT: String(port),
      SEED_ON_START: 'false',
      LOG_LEVEL: 'info',
      LOAD_SHED_EVENT_LOOP_DELAY_MS: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const logs: string[] = [];
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => logs.push(...chunk.split('\n').filter(Boolean)));
  // No clock here: a loaded machine may take long to start it; the test's own timeout bounds the wait.
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', () => {
      if (logs.some((line) => line.includes('API on'))) resolve();
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${logs.join('\n')}`)));
  });
  return { child, logs };
}

describe('graceful shutdown', () => {
  it('finishes an in-flight request, then exits 0', async () => {
    const port = await freePort();
    const { child, logs } = await startServer(port);
    const body = JSON.stringify({ title: 'Talks during shutdown', kind: 'talks', date: '2024-05-01' });
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/v1/meetings',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          let text = '';
          res
            .setEncoding('utf8')
            .on('data', (chunk: string) => (text += chunk))
            .on('end', () => resolve({ status: res.statusCode!, body: text }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 10));
      // SIGTERM once the server has the request (its log says so): on a loaded machine a fixed delay could send it
      // before the server read the headers, making this a request that arrives while closing (503).
      const received = setInterval(() => {
        if (!logs.some((line) => line.includes('incoming request') && line.includes('/v1/meetings'))) return;
        clearInterval(received);
        child.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(10)), 300);
      }, 20);
    });
    const exited = once(child, 'exit');
    const result = await response;
    expect(result.status, result.body).toBe(201);
    expect(JSON.parse(result.body)).toMatchObject({ title: 'Talks during shutdown' });
    const [code] = await exited;
    expect(code).toBe(0);
    expect(logs.some((line) => line.includes('"signal":"SIGTERM"'))).toBe(true);
    for (const line of logs) expect(() => JSON.parse(line)).not.toThrow();
  });
});
