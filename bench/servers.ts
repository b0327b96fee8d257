import { fork, type ChildProcess } from 'node:child_process';
import type { FastifyInstance } from 'fastify';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { sessionOptions } from '../src/db/session.js';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { heapLimitFlag } from '../src/heap-limit.js';
import { listMigrationNames } from '../src/db/schema-engine.js';
import { PrismaClient } from '../src/generated/prisma/client.js';
import { apiEnvironment } from './api-server.js';
import { CountingClient } from './probe.js';
import type { ServerKind, Usage, WorkerMessage, WorkerOptions, WorkerRequest } from './server.worker.js';

// The servers under load, each in a child process of its own (server.worker.ts), and the API in this process over
// connections that count the statements it sends, for the one probe request per scenario.

export interface CountingApi {
  app: FastifyInstance;
  close(): Promise<void>;
}

/** The app over a pool whose connections count the statements they send; answers through inject only. */
export async function startCountingApi(databaseUrl: string, poolSize: number): Promise<CountingApi> {
  const config = loadConfig(apiEnvironment(databaseUrl, poolSize));
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, options: sessionOptions, Client: CountingClient });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  const app = await buildApp(config, { prisma, expectedMigrations: await listMigrationNames() });
  app.addHook('onClose', async () => {
    await prisma.$disconnect();
    await pool.end();
  });
  await app.ready();
  return { app, close: () => app.close() };
}

/** A server under test in its own process: its URL, and its CPU time and memory on request. */
export class ServerProcess {
  readonly #child: ChildProcess;
  #next = 0;
  private constructor(
    readonly kind: ServerKind,
    readonly url: string,
    child: ChildProcess,
  ) {
    this.#child = child;
  }

  /** Starts `worker` (the compiled server.worker.ts) under plain node. */
  static start(worker: string, options: WorkerOptions): Promise<ServerProcess> {
    // The API with its heap limit, as `npm start` runs it (src/heap-limit.ts); the baseline with node's defaults.
    const child = fork(worker, [JSON.stringify(options)], { execArgv: options.kind === 'api' ? [heapLimitFlag()] : [] });
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`the ${options.kind} server exited (${code}) before it was ready`));
      child.once('exit', onExit);
      child.once('message', (message: WorkerMessage) => {
        child.off('exit', onExit);
        if (message.type === 'ready') resolve(new ServerProcess(options.kind, message.url, child));
        else reject(new Error(`the ${options.kind} server said ${message.type} before it was ready`));
      });
    });
  }

  #ask(type: WorkerRequest['type']): Promise<WorkerMessage> {
    const id = ++this.#next;
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`the ${this.kind} server exited (${code})`));
      const onMessage = (message: WorkerMessage) => {
        if (!('id' in message) || message.id !== id) return;
        this.#child.off('message', onMessage);
        this.#child.off('exit', onExit);
        resolve(message);
      };
      this.#child.on('message', onMessage);
      this.#child.once('exit', onExit);
      this.#child.send({ type, id } satisfies WorkerRequest);
    });
  }

  async usage(): Promise<Usage> {
    const { cpuMs, rssBytes, peakRssBytes } = (await this.#ask('usage')) as Usage & WorkerMessage;
    return { cpuMs, rssBytes, peakRssBytes };
  }

  /** From now on, peakRssBytes is the peak since this call. */
  async resetPeak(): Promise<void> {
    await this.#ask('reset-peak');
  }

  close(): Promise<void> {
    if (this.#child.exitCode !== null || !this.#child.connected) return Promise.resolve();
    return new Promise((resolve) => {
      this.#child.once('exit', () => resolve());
      this.#child.disconnect();
    });
  }
}
