import type { LoadGenerator, MeasuredSlice } from './load.js';
import type { Scenario } from './scenarios.js';

// One scenario against both servers, interleaved: after a warm-up of each, the measured time is cut into rounds that
// alternate which server goes first, so that a busy moment on the machine falls on both rather than on one.

export interface Side {
  requestsPerSecond: number;
  latency: { p50: number; p97_5: number; p99: number };
  bytesPerResponse: number;
  cpuMsPerRequest: number;
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

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]! : 0;
}

function summarize(slices: MeasuredSlice[]): Side {
  const latencies = slices.flatMap((slice) => slice.latencies).sort((a, b) => a - b);
  const count = latencies.length;
  const sum = (pick: (slice: MeasuredSlice) => number) => slices.reduce((total, slice) => total + pick(slice), 0);
  return {
    requestsPerSecond: count / sum((slice) => slice.seconds),
    latency: { p50: percentile(latencies, 0.5), p97_5: percentile(latencies, 0.975), p99: percentile(latencies, 0.99) },
    bytesPerResponse: count ? sum((slice) => slice.bytes) / count : 0,
    cpuMsPerRequest: count ? sum((slice) => slice.cpuMs) / count : 0,
    non2xx: sum((slice) => slice.non2xx),
    errors: sum((slice) => slice.errors),
    timeouts: sum((slice) => slice.timeouts),
  };
}

export async function measure(load: LoadGenerator, scenario: Scenario, urls: { api: string; baseline: string }, options: MeasureOptions) {
  const job = (url: string, seconds: number) => ({ url, scenario, connections: options.connections, seconds });
  if (options.warmupSeconds > 0) {
    await load.run(job(urls.api, options.warmupSeconds));
    await load.run(job(urls.baseline, options.warmupSeconds));
  }
  const slices = { api: [] as MeasuredSlice[], baseline: [] as MeasuredSlice[] };
  const seconds = options.durationSeconds / options.rounds;
  for (let round = 0; round < options.rounds; round++) {
    const order = round % 2 === 0 ? (['api', 'baseline'] as const) : (['baseline', 'api'] as const);
    for (const side of order) slices[side].push(await load.run(job(urls[side], seconds)));
  }
  return { api: summarize(slices.api), baseline: summarize(slices.baseline) };
}
