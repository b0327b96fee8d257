import { setFlagsFromString } from 'node:v8';

// V8 flags the API process sets on itself when it starts (server.ts; the bench's API worker likewise), so that every
// way of starting it — `npm start`, the Docker image, a supervisor's own `node dist/server.js` — runs with them.
//
// --no-allocation-site-pretenuring: V8 watches where objects are allocated and, when most objects of one site outlive
// a young-generation collection, allocates that site's objects in the old generation from then on ("pretenuring").
// Under concurrent reads it took that decision for sites on the path of a query's rows: rows then born old held the
// row strings of each request past every scavenge, so 2.3–2.5 MB per scavenge (98 % of what survived) went to the
// old generation, a full collection ran every quarter of a second, and a list page cost 25–30 % more CPU than without
// (README, "Where a request's CPU went"). Measured with `node --trace-gc-nvp` under a load of GET /v1/meetings:
// promoted bytes per scavenge 2.4 MB → 6 KB, full collections 17 → 0 in 8,000 requests.

/** The flags, as `node` takes them on its command line (V8's names; `node --v8-options` lists them). */
export const apiV8Flags = ['--no-allocation-site-pretenuring'] as const;

/**
 * Sets apiV8Flags on this process's V8 (node:v8 setFlagsFromString). Call once, first thing in the process's entry
 * point: the flags apply to what V8 does from then on (its collections, the threads started later). Throws nothing.
 */
export function applyApiV8Flags(): void {
  for (const flag of apiV8Flags) setFlagsFromString(flag);
}
