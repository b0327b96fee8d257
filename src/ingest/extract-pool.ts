import { setFlagsFromString } from 'node:v8';
import { Piscina } from 'piscina';
import { extractionHeapLimitMb } from '../heap-limit.js';
import { serviceUnavailable } from '../http/errors.js';
import type { ExtractOptions, ReadoutDraft } from './extract.js';
import type { ExtractTask } from './extract-worker.js';

// Extraction is seconds of CPU for a long readout (up to ~2 s for the 200,000 characters read, on a loaded machine):
// run on the request's thread it stalled every other request, health probes included (a new user's trial: 29 s of
// 503s). It runs on a thread of its own (piscina, the worker pool Node's own maintainers keep), one at a time: the
// extractor and its data (~40 MB: lexicons, gazetteer, language model) live there, loaded by the first readout, and the
// thread ends after a minute idle. Its heap has a limit of its own (extractionHeapLimitMb), not the process's. A queue longer than `maxQueued` is refused (503) rather than held.

/** Readouts waiting for the extraction thread beyond which a new one is refused. */
export const maxQueued = 32;

let pool: Piscina | null = null;

function extractionPool(): Piscina {
  if (pool) return pool;
  // Built, the worker is dist/ingest/extract-worker.js; under the tests and tsx, this is a .ts module, and so is it.
  const source = import.meta.url.endsWith('.ts');
  // The API's process is started with its old generation capped (heap-limit.ts). V8 gives that flag to every isolate
  // created after it, whatever limit the thread asks for; unset, the thread's own resourceLimits apply, and the
  // process's isolate keeps the cap it started with.
  setFlagsFromString('--max-old-space-size=0');
  pool = new Piscina({
    filename: new URL(`./extract-worker.${source ? 'ts' : 'js'}`, import.meta.url).href,
    minThreads: 0,
    maxThreads: 1,
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: extractionHeapLimitMb },
    ...(source ? { execArgv: ['--import', 'tsx'] } : {}),
  });
  return pool;
}

/**
 * The draft of a readout, extracted on the extraction thread (see extractReadout for the shape). Throws a 503
 * AppError when `maxQueued` readouts are already waiting, or when the thread runs out of its heap.
 */
export async function extractOffThread(text: string, options: ExtractOptions): Promise<ReadoutDraft> {
  const task: ExtractTask = { text, options };
  const running = extractionPool();
  if (running.queueSize >= maxQueued) throw serviceUnavailable(`${running.queueSize} readouts are waiting to be read; try again shortly.`);
  try {
    return (await running.run(task)) as ReadoutDraft;
  } catch (error) {
    // The thread's heap limit reached (extractionHeapLimitMb): the thread ends, the next readout starts a new one.
    if ((error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY')
      throw serviceUnavailable('The readout could not be read within the memory the extractor has; try a shorter text.');
    throw error;
  }
}

/** Ends the extraction thread, if one runs (the app's onClose). */
export async function closeExtraction(): Promise<void> {
  const running = pool;
  pool = null;
  await running?.destroy();
}
