import type { FastifyInstance, FastifyReply } from 'fastify';
import { AppError } from '../errors.js';

// Exports at once, per process. An export holds about one batch in memory (up to ~1 MB of encoded text, more as the
// strings it is built from) for as long as its client takes to read it, so forty slow readers held forty batches and
// ran the process out of its heap (HEAP_LIMIT_MB) — and every other request with it. Past EXPORT_MAX_CONCURRENT the
// next export is refused before it reads anything: 503 with Retry-After, as for any capacity the server lacks now.

declare module 'fastify' {
  interface FastifyInstance {
    /** Exports streaming now and the most allowed at once (EXPORT_MAX_CONCURRENT). */
    exportSlots: { active: number; max: number };
  }
}

/** Registers the count of exports streaming at once, `max` at most. */
export function registerExportSlots(app: FastifyInstance, max: number): void {
  app.decorate('exportSlots', { active: 0, max });
}

/**
 * Takes one of the process's export slots for `reply`, or throws AppError `service_unavailable` (503, Retry-After)
 * when all are taken. Returns the release, which may be called any number of times; it also runs by itself when the
 * response's connection closes (finished, aborted or destroyed), so no path can keep a slot.
 */
export function takeExportSlot(reply: FastifyReply): () => void {
  const slots = reply.server.exportSlots;
  if (slots.active >= slots.max) {
    throw new AppError(
      'service_unavailable',
      `${slots.max} exports are streaming from this server already (EXPORT_MAX_CONCURRENT); retry after Retry-After seconds.`,
    );
  }
  slots.active += 1;
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    slots.active -= 1;
  };
  reply.raw.once('close', release);
  return release;
}
