import { execFile } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from './postgres-server.js';

// A PostgreSQL 15 primary and a hot standby streaming from it, for the tests of read routing: initdb (wal_level
// replica, a replication user and its pg_hba entry), pg_basebackup -R, pg_ctl start, on free ports in a fresh temp
// directory. Run as root, every server command runs as the `postgres` user (PostgreSQL refuses to run as root), which
// owns the directory. stop() stops both (pg_ctl stop -m immediate) and deletes the directory; so does the process's
// exit, if a run ends without its teardown.

const binDir = process.env.PG_BIN_DIR ?? '/usr/lib/postgresql/15/bin';
const run = promisify(execFile);
const asRoot = process.getuid?.() === 0;

export interface ReplicatedCluster {
  /** URL of the primary's `postgres` database, as the superuser. */
  primaryUrl: string;
  standbyUrl: string;
  /** URL of database `name` on the primary or the standby. */
  url(server: 'primary' | 'standby', name: string): string;
  /** Stops the standby (fast shutdown: its connections are closed). */
  stopStandby(): Promise<void>;
  /** Starts the standby again and waits until it streams from the primary. */
  startStandby(): Promise<void>;
  /** Runs one statement on the standby's `postgres` database, e.g. SELECT pg_wal_replay_pause(). */
  onStandby(sql: string): Promise<pg.QueryResult>;
  stop(): Promise<void>;
}

async function command(file: string, args: string[]): Promise<string> {
  const [bin, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(binDir, file), ...args]] : [join(binDir, file), args];
  const { stdout } = await run(bin, argv, { timeout: 120_000 });
  return stdout;
}

/** Polls `probe` until it returns true, at most `timeoutMs`; throws naming `what` when it never does. */
export async function waitFor(what: string, probe: () => Promise<boolean>, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await probe().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function query(url: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end().catch(() => undefined);
  }
}

const serverOptions = (port: number, socketDir: string) =>
  [
    `-p ${port}`,
    `-k ${socketDir}`,
    '-c listen_addresses=127.0.0.1',
    '-c wal_level=replica',
    '-c max_wal_senders=5',
    '-c hot_standby=on',
    '-c fsync=off',
    '-c max_connections=100',
    '-c wal_receiver_status_interval=1s',
  ].join(' ');

export async function startReplicatedCluster(): Promise<ReplicatedCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'dm-replica-'));
  chmodSync(dir, 0o700);
  if (asRoot) {
    const { uid, gid } = postgresUser();
    chownSync(dir, uid, gid);
  }
  const primaryDir = join(dir, 'primary');
  const standbyDir = join(dir, 'standby');
  // A port found free can be taken before the server binds it (other test files start servers and open connections
  // at the same time): a start that fails is retried on another port, and the error keeps the server's log.
  const ports = { primary: 0, standby: 0 };
  const serverUrl = (server: 'primary' | 'standby') => `postgresql://postgres@127.0.0.1:${ports[server]}/postgres`;

  const stopNow = () => {
    for (const data of [standbyDir, primaryDir]) {
      const pidFile = join(data, 'postmaster.pid');
      const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').split('\n')[0]) : NaN;
      // SIGQUIT is PostgreSQL's immediate shutdown, what pg_ctl stop -m immediate sends.
      if (Number.isInteger(pid) && pid > 0) {
        try {
          process.kill(pid, 'SIGQUIT');
        } catch {
          // already gone
        }
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stopNow);
  const pgCtl = (data: string, ...args: string[]) => command('pg_ctl', ['-D', data, '-l', `${data}.log`, '-w', '-t', '120', ...args]);
  const stop = async () => {
    for (const data of [standbyDir, primaryDir])
      if (existsSync(join(data, 'postmaster.pid'))) await pgCtl(data, 'stop', '-m', 'immediate').catch(() => undefined);
    stopNow();
    process.off('exit', stopNow);
  };
  const startServer = async (server: 'primary' | 'standby', data: string, attempts = 3): Promise<void> => {
    for (let attempt = 1; ; attempt++) {
      if (ports[server] === 0 || attempt > 1) ports[server] = await freePort();
      try {
        await pgCtl(data, '-o', serverOptions(ports[server], dir), 'start');
        return;
      } catch (error) {
        const log = existsSync(`${data}.log`) ? readFileSync(`${data}.log`, 'utf8').slice(-2000) : '(no log)';
        if (attempt >= attempts || !/could not bind|address already in use|could not create any TCP\/IP sockets/i.test(log))
          throw new Error(`the ${server} did not start on port ${ports[server]} (attempt ${attempt}): ${String(error)}\n${log}`, {
            cause: error,
          });
      }
    }
  };
  const streaming = () =>
    waitFor('the standby to stream from the primary', async () => {
      const result = await query(serverUrl('primary'), `SELECT count(*)::int AS n FROM pg_stat_replication WHERE state = 'streaming'`);
      return result.rows[0].n === 1;
    });

  try {
    await command('initdb', ['-D', primaryDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
    await appendFile(join(primaryDir, 'pg_hba.conf'), 'host replication replicator 127.0.0.1/32 trust\n');
    await startServer('primary', primaryDir);
    await query(serverUrl('primary'), 'CREATE ROLE replicator WITH REPLICATION LOGIN');
    await command('pg_basebackup', [
      '-h',
      '127.0.0.1',
      '-p',
      String(ports.primary),
      '-U',
      'replicator',
      '-D',
      standbyDir,
      '-R',
      '-X',
      'stream',
      '-c',
      'fast',
    ]);
    await startServer('standby', standbyDir);
    await streaming();
  } catch (error) {
    await stop();
    throw error;
  }

  const at = (url: string, name: string) => {
    const target = new URL(url);
    target.pathname = `/${name}`;
    return target.toString();
  };
  return {
    primaryUrl: serverUrl('primary'),
    standbyUrl: serverUrl('standby'),
    url: (server, name) => at(serverUrl(server), name),
    async stopStandby() {
      await pgCtl(standbyDir, 'stop', '-m', 'fast');
    },
    async startStandby() {
      await pgCtl(standbyDir, '-o', serverOptions(ports.standby, dir), 'start');
      await streaming();
    },
    onStandby: (sql) => query(serverUrl('standby'), sql),
    stop,
  };
}

function postgresUser(): { uid: number; gid: number } {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('postgres:'));
  if (!line) throw new Error('running as root needs a `postgres` user to run PostgreSQL as');
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}
