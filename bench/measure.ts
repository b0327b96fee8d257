import type { LoadGenerator, SliceResult } from './load.js';
import type { Scenario, SideName } from './scenarios.js';
import type { ServerProcess } from './servers.js';

// One scenario against both servers, interleaved: after a warm-up of each, the measured time is cut into rounds that
// alternate which server goes first, so that a busy moment on the machine falls on both rather than on one. Each
// server's CPU time is read from its own process before and after each of its slices.

export interface Side {
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number };
  bytesPerResponse: number;
  cpuMsPerRequest: number;
  /** Peak RSS of the server process during this scenario (warm-up included); null where unknown. */
  peakRssMb: number | null;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

export interface MeasureOptions {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  rounds: number;
}

interface MeasuredSlice extends SliceResult {
  cpuMs: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]! : 0;
}

function summarize(slices: MeasuredSlice[], peakRssBytes: number | null): Side {
  const latencies = slices.flatMap((slice) => slice.latencies).sort((a, b) => a - b);
  const count = latencies.length;
  const sum = (pick: (slice: MeasuredSlice) => number) => slices.reduce((total, slice) => total + pick(slice), 0);
  return {
    requestsPerSecond: count / sum((slice) => slice.seconds),
    latencyMs: { p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), p99: percentile(latencies, 0.99) },
    bytesPerResponse: count ? sum((slice) => slice.bytes) / count : 0,
    cpuMsPerRequest: count ? sum((slice) => slice.cpuMs) / count : 0,
    peakRssMb: peakRssBytes === null ? null : peakRssBytes / 2 ** 20,
    requests: count,
    non2xx: sum((slice) => slice.non2xx),
    errors: sum((slice) => slice.errors),
    timeouts: sum((slice) => slice.timeouts),
  };
}

export async function measure(
  load: LoadGenerator,
  scenario: Scenario,
  servers: Record<SideName, ServerProcess>,
  options: MeasureOptions,
): Promise<Record<SideName, Side>> {
  const slice = async (side: SideName, seconds: number): Promise<MeasuredSlice> => {
    const { method, body } = scenario;
    const job = { url: servers[side].url, method, paths: scenario.paths[side], body, connections: options.connections, seconds };
    const before = await servers[side].usage();
    const result = await load.run(job);
    const after = await servers[side].usage();
    return { ...result, cpuMs: after.cpuMs - before.cpuMs };
  };
  await Promise.all([servers.api.resetPeak(), servers.baseline.resetPeak()]);
  if (options.warmupSeconds > 0) {
    await slice('api', options.warmupSeconds);
    await slice('baseline', options.warmupSeconds);
  }
  const slices: Record<SideName, MeasuredSlice[]> = { api: [], baseline: [] };
  const seconds = options.durationSeconds / options.rounds;
  for (let round = 0; round < options.rounds; round++) {
    const order: SideName[] = round % 2 === 0 ? ['api', 'baseline'] : ['baseline', 'api'];
    for (const side of order) slices[side].push(await slice(side, seconds));
  }
  const [api, baseline] = await Promise.all([servers.api.usage(), servers.baseline.usage()]);
  return { api: summarize(slices.api, api.peakRssBytes), baseline: summarize(slices.baseline, baseline.peakRssBytes) };
}
