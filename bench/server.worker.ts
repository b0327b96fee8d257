import { readFileSync, writeFileSync } from 'node:fs';
import type { SearchTemplate } from './baseline-search.js';

// One server under test (`api` or `baseline`) in a process of its own under plain node, so that its CPU time and
// memory are its own and hold nothing of the bench (tsx alone adds 60 MB to the API's RSS). The parent asks for
// them between slices of load; disconnecting closes the server. Run from the bench's build (compile.ts).

export type ServerKind = 'api' | 'baseline';

export interface WorkerOptions {
  kind: ServerKind;
  root: string;
  databaseUrl: string;
  poolSize: number;
  sessionOptions: string;
  search: SearchTemplate;
  /** The API only: standbys to read from (DATABASE_REPLICA_URLS). */
  replicaUrls?: string[];
}

export type WorkerRequest = { type: 'usage'; id: number } | { type: 'reset-peak'; id: number };

export interface Usage {
  /** User + system CPU time of the process since it started, in ms. */
  cpuMs: number;
  rssBytes: number;
  /** Peak RSS since the start or the last reset-peak (VmHWM); null where /proc does not tell. */
  peakRssBytes: number | null;
}

export type WorkerMessage = { type: 'ready'; url: string } | ({ type: 'usage'; id: number } & Usage) | { type: 'done'; id: number };

function peakRss(): number | null {
  try {
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : null;
  } catch {
    return null;
  }
}

function usage(): Usage {
  const cpu = process.cpuUsage();
  return { cpuMs: (cpu.user + cpu.system) / 1000, rssBytes: process.memoryUsage.rss(), peakRssBytes: peakRss() };
}

async function start(options: WorkerOptions): Promise<{ url: string; close(): Promise<void> }> {
  if (options.kind === 'api') {
    const { startBuiltApi } = await import('./api-server.js');
    return startBuiltApi(options.root, options.databaseUrl, options.poolSize, options.replicaUrls);
  }
  const { startBaseline } = await import('./baseline.js');
  return startBaseline(options);
}

const server = await start(JSON.parse(process.argv[2] ?? '{}') as WorkerOptions);
const reply = (message: WorkerMessage) => process.send?.(message);
process.on('message', (request: WorkerRequest) => {
  if (request.type === 'usage') return reply({ type: 'usage', id: request.id, ...usage() });
  try {
    // 5: reset the peak RSS to the current RSS (proc(5), clear_refs).
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // Not Linux: the peak stays the peak since the start.
  }
  reply({ type: 'done', id: request.id });
});
process.on('disconnect', () => {
  void server.close().finally(() => process.exit(0));
});
reply({ type: 'ready', url: server.url });
