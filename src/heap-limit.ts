// The API's own heap limit. Without one, V8 lets its old generation grow far past what the process holds alive before
// it collects: an export of 100,000 meetings grew RSS by 110–180 MB of garbage, the same in 10,000 rows or 500,000
// (bench:export, README "Export"). With the old generation capped V8 collects sooner, and RSS stays flat whatever the
// export's size. The live heap is 45–55 MB; the readout extractor, the one part that needs more, runs on a thread with
// a limit of its own (ingest/extract-pool.ts).

/** Default cap of the API process's V8 old generation, in MiB (`HEAP_LIMIT_MB`; `0` leaves V8's own default). */
export const defaultHeapLimitMb = 128;

/** The old-generation limit of the extraction thread, in MiB: a readout of 1 MB takes about 70. */
export const extractionHeapLimitMb = 256;

/**
 * The node flag that applies the limit, as `npm start`, the Docker image and the benchmarks start the API:
 * `--max-old-space-size=<HEAP_LIMIT_MB or 128>`. Throws on a value that is not a whole number of MiB.
 */
export function heapLimitFlag(env: NodeJS.ProcessEnv = process.env): string {
  const value = env.HEAP_LIMIT_MB ?? String(defaultHeapLimitMb);
  if (!/^\d+$/.test(value)) throw new Error(`HEAP_LIMIT_MB must be a whole number of MiB, not "${value}"`);
  return `--max-old-space-size=${value}`;
}
