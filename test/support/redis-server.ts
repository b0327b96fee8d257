import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { Redis } from 'ioredis';
import { freePort } from './postgres-server.js';

// The Redis the tests use: REDIS_URL when set; else one answering on 127.0.0.1:6379; else a redis-server started for
// the run on a free port, without persistence. TEST_REDIS=embedded skips the first two.

export interface TestRedis {
  url: string;
  description: string;
  stop(): Promise<void>;
  stopNow(): void;
}

async function answers(url: string): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: 1_000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => {}); // a refused probe is the answer, not something to print
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

async function startRedisServer(): Promise<TestRedis> {
  if (spawnSync('redis-server', ['--version']).status !== 0)
    throw new Error('No Redis for the tests: set REDIS_URL, run one on 127.0.0.1:6379, or install redis-server.');
  const port = await freePort();
  const child: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  const stopNow = () => {
    if (child.exitCode === null) child.kill('SIGKILL');
  };
  process.once('exit', stopNow);
  const url = `redis://127.0.0.1:${port}`;
  for (let attempt = 0; !(await answers(url)); attempt++) {
    if (child.exitCode !== null || attempt > 100) {
      stopNow();
      throw new Error('redis-server did not start');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    description: `a redis-server on port ${port}, started for this run`,
    stopNow,
    async stop() {
      process.off('exit', stopNow);
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

export async function resolveTestRedis(env: NodeJS.ProcessEnv = process.env): Promise<TestRedis> {
  const none = { stop: async () => undefined, stopNow: () => undefined };
  if (env.TEST_REDIS !== 'embedded') {
    if (env.REDIS_URL) return { url: env.REDIS_URL, description: 'the Redis of REDIS_URL', ...none };
    if (await answers('redis://127.0.0.1:6379'))
      return { url: 'redis://127.0.0.1:6379', description: 'the Redis on 127.0.0.1:6379', ...none };
  }
  return startRedisServer();
}

/** True when something listens on the port (for tests that must know a server is gone). */
export const listening = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
