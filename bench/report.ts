import os from 'node:os';
import type { Side } from './measure.js';
import type { Exchange } from './probe.js';
import type { SideName } from './scenarios.js';

// The printed result: the machine, then one row per scenario with the API and the baseline side by side; and the same
// as JSON for BENCH_JSON.

export interface ScenarioResult {
  name: string;
  requests: Record<SideName, string>;
  connections: number;
  api: Side;
  baseline: Side;
  apiProbe: Exchange;
  baselineProbe: Exchange;
  difference: string | null;
}

export interface Memory {
  /** RSS once started, before any request. */
  idleMb: number;
  /** Peak RSS over the whole run, start included (null where unknown). */
  peakMb: number | null;
}

export interface RunInfo {
  /** The commit the API was built from. */
  code: string;
  postgres: string;
  versions: Record<string, string>;
  settings: string;
  data: string;
  /** Load averages (1, 5, 15 minutes) when the run began and when it ended. */
  load: { start: number[]; end: number[] };
  memory: Record<SideName, Memory>;
  seconds: number;
}

const loads = (values: number[]) => values.map((value) => value.toFixed(2)).join(' / ');
const mb = (value: number | null) => (value === null ? '?' : value.toFixed(0));

export function machineLines(info: RunInfo): string[] {
  const cpus = os.cpus();
  const busiest = Math.max(info.load.start[0]!, info.load.end[0]!);
  return [
    `machine   ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${os.type()} ${os.release()} ${os.arch()}`,
    `code      ${info.code}`,
    `software  node ${process.version}, PostgreSQL ${info.postgres}, ${Object.entries(info.versions)
      .map(([name, version]) => `${name} ${version}`)
      .join(', ')}`,
    `load      ${info.settings}`,
    `data      ${info.data}`,
    `busy      load average (1 / 5 / 15 min) ${loads(info.load.start)} at the start, ${loads(info.load.end)} at the end` +
      (busiest > cpus.length ? ' — other processes compete for the CPUs: compare ratios and CPU ms/req, not req/s' : ''),
    `memory    RSS idle / peak MB: API ${mb(info.memory.api.idleMb)} / ${mb(info.memory.api.peakMb)}, ` +
      `pg ${mb(info.memory.baseline.idleMb)} / ${mb(info.memory.baseline.peakMb)}`,
    `took      ${(info.seconds / 60).toFixed(1)} minutes`,
  ];
}

const number = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const latency = ({ latencyMs: l }: Side) => `${number(l.p50)}/${number(l.p95)}`;

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(' | ');
  return [line(rows[0]!), widths.map((width) => '-'.repeat(width)).join('-|-'), ...rows.slice(1).map(line)];
}

export const ratio = (r: ScenarioResult) => r.api.requestsPerSecond / r.baseline.requestsPerSecond;

export function resultLines(results: ScenarioResult[]): string[] {
  const header = [
    'scenario',
    'req/s API',
    'req/s pg',
    'API/pg',
    'p50/p95 ms API',
    'p50/p95 ms pg',
    'CPU ms/req API',
    'CPU ms/req pg',
    'SQL/req API',
    'SQL/req pg',
    'peak RSS MB API',
    'peak RSS MB pg',
    'same JSON',
  ];
  const rows = results.map((r) => [
    r.name,
    number(r.api.requestsPerSecond),
    number(r.baseline.requestsPerSecond),
    `${ratio(r).toFixed(2)}×`,
    latency(r.api),
    latency(r.baseline),
    r.api.cpuMsPerRequest.toFixed(2),
    r.baseline.cpuMsPerRequest.toFixed(2),
    String(r.apiProbe.statements.length),
    String(r.baselineProbe.statements.length),
    mb(r.api.peakRssMb),
    mb(r.baseline.peakRssMb),
    r.difference === null ? 'yes' : 'NO',
  ]);
  const notes = results.flatMap((r) => [
    ...(r.difference === null ? [] : [`${r.name}: responses differ at ${r.difference}`]),
    ...(['api', 'baseline'] as const).flatMap((side) => {
      const { non2xx, errors, timeouts } = r[side];
      return non2xx || errors || timeouts ? [`${r.name} (${side}): ${non2xx} non-2xx, ${errors} errors, ${timeouts} timeouts`] : [];
    }),
  ]);
  const sizes = results.map((r) => `${r.name} ${number(r.api.bytesPerResponse)} | ${number(r.baseline.bytesPerResponse)}`);
  const counts = [...new Set(results.map((r) => r.connections))];
  const connections = counts.length === 1 ? `${counts[0]} in every scenario` : results.map((r) => `${r.name} ${r.connections}`).join('; ');
  return [
    ...table([header, ...rows]),
    '',
    `connections: ${connections}`,
    `bytes/response (headers included) API | pg: ${sizes.join('; ')}`,
    ...notes,
  ];
}

export function sqlLines(results: ScenarioResult[]): string[] {
  return results.flatMap((r) => [
    '',
    `${r.name}, API:`,
    ...r.apiProbe.statements.map((sql, index) => `  ${index + 1}. ${sql.slice(0, 400)}`),
    `${r.name}, pg baseline:`,
    ...r.baselineProbe.statements.map((sql, index) => `  ${index + 1}. ${sql.slice(0, 400)}`),
  ]);
}

/** Everything printed, machine-readable (BENCH_JSON). */
export function resultJson(info: RunInfo, results: ScenarioResult[]) {
  const cpus = os.cpus();
  return {
    machine: {
      cpus: cpus.length,
      model: cpus[0]?.model.trim() ?? null,
      memoryGiB: os.totalmem() / 2 ** 30,
      os: `${os.type()} ${os.release()}`,
    },
    code: info.code,
    software: { node: process.version, postgres: info.postgres, ...info.versions },
    settings: info.settings,
    data: info.data,
    loadAverage: info.load,
    memoryMb: info.memory,
    seconds: info.seconds,
    scenarios: results.map((r) => ({
      name: r.name,
      requests: r.requests,
      connections: r.connections,
      ratio: ratio(r),
      api: { ...r.api, sqlStatements: r.apiProbe.statements.length },
      baseline: { ...r.baseline, sqlStatements: r.baselineProbe.statements.length },
      sameJson: r.difference === null,
      difference: r.difference,
    })),
  };
}
