import os from 'node:os';
import type { Side } from './measure.js';
import type { Exchange } from './probe.js';

// The printed result: the machine, then one row per scenario with the API and the baseline side by side.

export interface ScenarioResult {
  name: string;
  api: Side;
  baseline: Side;
  apiProbe: Exchange;
  baselineProbe: Exchange;
  difference: string | null;
}

export interface RunInfo {
  postgres: string;
  versions: Record<string, string>;
  settings: string;
  data: string;
  /** 1-minute load average when the run began. */
  loadAtStart: number;
}

export function machineLines(info: RunInfo): string[] {
  const cpus = os.cpus();
  return [
    `machine   ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${os.type()} ${os.release()} ${os.arch()}`,
    `software  node ${process.version}, PostgreSQL ${info.postgres}, ${Object.entries(info.versions)
      .map(([name, version]) => `${name} ${version}`)
      .join(', ')}`,
    `load      ${info.settings}`,
    `data      ${info.data}`,
    `busy      1-minute load average ${info.loadAtStart.toFixed(1)} at the start, ${os.loadavg()[0]!.toFixed(1)} at the end` +
      (Math.max(info.loadAtStart, os.loadavg()[0]!) > cpus.length
        ? ' — other processes compete for the CPUs: compare ratios and CPU ms/req, not req/s'
        : ''),
  ];
}

const number = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const latency = ({ latency: l }: Side) => `${number(l.p50)} / ${number(l.p97_5)} / ${number(l.p99)}`;

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(' | ');
  return [line(rows[0]!), widths.map((width) => '-'.repeat(width)).join('-|-'), ...rows.slice(1).map(line)];
}

export function resultLines(results: ScenarioResult[]): string[] {
  const header = [
    'scenario',
    'req/s API',
    'req/s pg',
    'API/pg',
    'API ms p50 / p97.5 / p99',
    'pg ms p50 / p97.5 / p99',
    'CPU ms/req API | pg',
    'SQL/req API | pg',
    'same JSON',
  ];
  const rows = results.map((r) => [
    r.name,
    number(r.api.requestsPerSecond),
    number(r.baseline.requestsPerSecond),
    `${(r.api.requestsPerSecond / r.baseline.requestsPerSecond).toFixed(2)}×`,
    latency(r.api),
    latency(r.baseline),
    `${r.api.cpuMsPerRequest.toFixed(2)} | ${r.baseline.cpuMsPerRequest.toFixed(2)}`,
    `${r.apiProbe.statements.length} | ${r.baselineProbe.statements.length}`,
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
  return [...table([header, ...rows]), '', `bytes/response (headers included) API | pg: ${sizes.join('; ')}`, ...notes];
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
