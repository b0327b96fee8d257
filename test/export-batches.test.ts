import { describe, expect, it } from 'vitest';
import type { Db } from '../src/db/prisma.js';
import { batchTargetBytes, keysetBatches, nextBatchRows } from '../src/http/export/keyset-batches.js';
import { searchExportBatchRows } from '../src/modules/search/search.service.js';

// How an export reads its list: batches sized by the bytes they encode to, between 10 and 1,000 rows — and no larger
// than a list's own bound where each row costs the database work of its own (a search hit's highlight: a new user's
// export of a frequent word stopped half-way when one batch of 1,000 highlights outran the statement timeout).

async function takes(total: number, bytesPerRow: number, maxRows?: number): Promise<number[]> {
  const asked: number[] = [];
  // A client without the snapshot mark (db/snapshot.ts): the batches are read on it directly.
  const batches = keysetBatches(
    {} as Db,
    async (_db, after, take) => {
      asked.push(take);
      const start = after ? Number(after[0]) : 0;
      const rows = Array.from({ length: Math.min(take, total - start) }, (_, k) => ({ n: start + k }));
      return { records: rows, next: start + rows.length < total ? [start + rows.length] : null };
    },
    undefined,
    undefined,
    maxRows,
  );
  let step = await batches.next();
  while (!step.done) step = await batches.next(step.value.length * bytesPerRow);
  return asked;
}

describe('export batches', () => {
  it.each([
    [100, 1_000, 1_000],
    [100, batchTargetBytes, 100],
    [100, batchTargetBytes * 100, 10],
    [0, undefined, 1_000],
  ])('after %i rows of %s bytes, the next batch has %i rows', (rows, bytes, next) => {
    expect(nextBatchRows(rows, bytes)).toBe(next);
  });

  it.each([
    ['no bound', undefined, 100, 1_000],
    ['the search bound', searchExportBatchRows, searchExportBatchRows, searchExportBatchRows],
    ['a bound under the first batch', 20, 20, 20],
  ])('with %s, no batch asks for more rows than it allows', async (_, bound, first, most) => {
    const asked = await takes(5_000, 100, bound);
    expect(asked[0]).toBe(first);
    expect(Math.max(...asked)).toBe(most);
  });

  it('exports search hits in batches no larger than a page of search', () => {
    expect(searchExportBatchRows).toBeLessThanOrEqual(100);
  });
});
