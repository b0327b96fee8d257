// The API's own heap limit. Without one, V8 lets its old generation grow far past what the process holds alive before
// it collects: an export of 100,000 meetings grew RSS by 110–180 MB of garbage, the same in 10,000 rows or 500,000
// (bench:export, README "Export"). With the old generation capped V8 collects sooner, and RSS stays flat whatever the
// export's size. The live heap is 45–55 MB; the readout extractor, the one part that needs more, runs on a thread with
// a limit of its own (ingest/extract-pool.ts).

/** Default cap of the API process's V8 old generation, in MiB (`HEAP_LIMIT_MB`; `0` leaves V8's own default). */
export const defaultHeapLimitMb = 128;

/** The old-generation limit of the extraction thread, in MiB: a readout of 1 MB takes about 70. */
export const extractionHeapLimitMb = 256;

/** The smallest limit the API runs with (its live heap is about half of it). */
export const minHeapLimitMb = 96;

/** Why `value` (HEAP_LIMIT_MB as given) is no heap limit, or null when it is one: 0, or a whole number ≥ 96. */
export function heapLimitProblem(value: string): string | null {
  if (!/^\d+$/.test(value) || (Number(value) !== 0 && Number(value) < minHeapLimitMb))
    return `must be 0 (V8's own limit) or a whole number of MiB from ${minHeapLimitMb}`;
  return null;
}

/**
 * The node flag that applies the limit, as `npm start`, the Docker image and the benchmarks start the API:
 * `--max-old-space-size=<HEAP_LIMIT_MB or 128>`. Throws on a value heapLimitProblem refuses.
 */
export function heapLimitFlag(env: NodeJS.ProcessEnv = process.env): string {
  const value = env.HEAP_LIMIT_MB || String(defaultHeapLimitMb);
  const problem = heapLimitProblem(value);
  if (problem) throw new Error(`HEAP_LIMIT_MB ${problem}, not "${value}"`);
  return `--max-old-space-size=${value}`;
}
