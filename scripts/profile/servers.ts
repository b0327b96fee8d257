import { spawn, type ChildProcess } from 'node:child_process';
import { heapLimitFlag } from '../../src/heap-limit.js';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { setPriority } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

// A build of the API (a directory holding dist/server.js) run as its own process, as `npm start` runs it in
// production — logging at info (or the level given) to /dev/null, rate limits counted but out of reach — with the CPU-profile toggle
// preloaded, so that its CPU time and profile are its own and not the load generator's.

export interface Server {
  name: string;
  url: string;
  process: ChildProcess;
  /** CPU time (user + system) the process has used so far, in milliseconds. */
  cpuMs: () => number;
  /** Starts or stops the CPU profiler (see cpu-toggle.js). */
  toggleProfile(): void;
  stop(): Promise<void>;
}

const toggle = path.join(import.meta.dirname, 'cpu-toggle.js');
const ticksPerSecond = 100;

function cpuMsOf(pid: number): number {
  // /proc/<pid>/stat: fields 14 and 15 are utime and stime in clock ticks; the command name may hold spaces.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

async function waitUntilLive(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/health/live`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`${url} did not come up`);
}

const baselineServer = path.join(import.meta.dirname, 'baseline-server.js');

/**
 * Starts `dir`/dist/server.js — or, for the dir `baseline`, the bench's baseline (baseline-server.js) — on `port`
 * over `databaseUrl`; profiles go to `profilePath` (`%n` numbers them).
 */
export async function startServer(
  name: string,
  dir: string,
  port: number,
  databaseUrl: string,
  profilePath: string,
  logLevel = 'info',
): Promise<Server> {
  // For perf (perf.ts): a jitdump of every piece of code V8 generates (written to the working directory, a scratch
  // one next to the profiles), interpreted functions as frames of their own.
  const perf = process.env.PROFILE_PERF === '1';
  const cwd = perf ? path.join(path.dirname(profilePath), `${name}-jit`) : path.basename(dir) === 'baseline' ? process.cwd() : dir;
  if (perf) {
    rmSync(cwd, { recursive: true, force: true });
    mkdirSync(cwd, { recursive: true });
  }
  // Builds of the API with their heap limit, as `npm start` runs them (src/heap-limit.ts).
  const api = path.basename(dir) !== 'baseline';
  const flags = [...(perf ? ['--perf-prof', '--interpreted-frames-native-stack'] : []), ...(api ? [heapLimitFlag()] : [])];
  const entry = path.basename(dir) === 'baseline' ? baselineServer : path.join(dir, 'dist', 'server.js');
  const child = spawn(process.execPath, [...flags, '--import', toggle, entry], {
    cwd,
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: logLevel,
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: '10',
      PORT: String(port),
      MIGRATE_ON_START: 'false',
      SEED_ON_START: 'false',
      RATE_LIMIT_MAX: '1000000000',
      CPU_PROFILE_PATH: profilePath,
    },
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilLive(url, child);
  // On a machine other work keeps busy, a higher priority (PROFILE_PRIORITY=-10, as root) keeps the server from being
  // preempted in the middle of its own work, which the sampling profiler would book to whatever call was preempted.
  if (process.env.PROFILE_PRIORITY) setPriority(child.pid!, Number(process.env.PROFILE_PRIORITY));
  return {
    name,
    url,
    process: child,
    cpuMs: () => cpuMsOf(child.pid!),
    toggleProfile: () => void child.send('cpu-profile'),
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
