import type { Db } from '../../db/prisma.js';
import { inSnapshot, snapshotLimitsOf } from '../../db/snapshot.js';
import type { CursorKey } from '../pagination.js';
import type { ExportRecord } from './export-stream.js';

// Exports read a list the way its pages do — the same SQL, filters and keyset order — one batch of rows per statement,
// each after the last key of the one before, all of them in one snapshot (db/snapshot.ts): a record written, moved or
// deleted while the export runs is in it as it was when the export began, once. The embedded database has one
// connection, which an export must not hold: there every batch is read on its own, as when paging by hand — a record
// that exists throughout and keeps its sort key is neither repeated nor skipped, one whose sort key changes may be.
//
// Memory holds about one batch. Batches are sized by bytes: the first has 100 rows, and each next one as many rows as
// should encode to about `batchTargetBytes` judging by the last (the consumer passes each batch's encoded size to
// next()), between 10 and 1,000 — 1,000 meetings of a few hundred bytes each, but far fewer 100,000-character statements.

export const batchTargetBytes = 1024 * 1024;
const firstBatchRows = 100;
const minBatchRows = 10;
const maxBatchRows = 1_000;

/** One batch: its records, and the key to continue after (null when it was the last). */
export interface Batch {
  records: ExportRecord[];
  next: CursorKey | null;
}

/** The rows of the next batch, after one of `rows` rows that encoded to `bytes`, at most `most`. */
export function nextBatchRows(rows: number, bytes: number | undefined, most = maxBatchRows): number {
  if (!bytes || !rows) return most;
  return Math.max(Math.min(minBatchRows, most), Math.min(most, Math.floor((rows * batchTargetBytes) / bytes)));
}

/**
 * Every batch of a list, from `after` (a page cursor's key) or the start, until one says there is no next, read on
 * `db` in one snapshot when its pool keeps connections for that (db/snapshot.ts). `fetch` reads up to `take` rows
 * after a key on the client it is given (and tells whether more follow); the value passed to next() is the encoded
 * size in bytes of the batch just yielded, which sizes the next one. `check` runs before the first read (a filter
 * naming records that do not exist), so that what it throws is answered as a problem like any failure before the
 * first batch. `maxRows` bounds a batch where each row costs the database work of its own (search: a highlight per
 * hit), so that no batch takes longer than the page the list already answers (DB_STATEMENT_TIMEOUT_MS ends a statement).
 */
export function keysetBatches(
  db: Db,
  fetch: (db: Db, after: CursorKey | undefined, take: number) => Promise<Batch>,
  after?: CursorKey,
  check?: (db: Db) => Promise<void>,
  maxRows = maxBatchRows,
): AsyncGenerator<ExportRecord[], void, number | undefined> {
  async function* batches(reader: Db): AsyncGenerator<ExportRecord[], void, number | undefined> {
    await check?.(reader);
    let key = after;
    let take = Math.min(firstBatchRows, maxRows);
    for (;;) {
      const batch = await fetch(reader, key, take);
      const bytes = yield batch.records;
      if (!batch.next) return;
      key = batch.next;
      take = nextBatchRows(batch.records.length, bytes, maxRows);
    }
  }
  const limits = snapshotLimitsOf(db);
  return limits ? inSnapshot(db, limits, batches) : batches(db);
}
