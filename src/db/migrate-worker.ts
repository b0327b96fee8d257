import { parentPort, workerData } from 'node:worker_threads';
import { applyMigrations } from './schema-engine.js';

/** What the migration thread is given (workerData) and answers (one message): the names applied, or why it failed. */
export interface MigrateTask {
  databaseUrl: string;
}
export type MigrateOutcome = { applied: string[] } | { error: string };

// The migration thread of migrate-on-start.ts: Prisma's schema engine (WASM) runs here, so that its memory goes when
// the thread ends; loaded on the API's own thread, it stayed for the life of the process (README, "Memory").
const task = workerData as MigrateTask;
applyMigrations(task.databaseUrl).then(
  (applied) => parentPort?.postMessage({ applied } satisfies MigrateOutcome),
  (error: unknown) => parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies MigrateOutcome),
);
