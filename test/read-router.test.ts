import { describe, expect, it } from 'vitest';
import type { Db } from '../src/db/prisma.js';
import { ReadRouter, readPosition } from '../src/db/read-routing.js';

// The read router of a process without standbys (the reads with standbys: read-replicas.test.ts): a read with no
// position to carry on needs no request context, and is counted as routed to the primary all the same.

const primary = {} as Db;
const router = () => new ReadRouter(primary, [], { maxLagMs: 0, checkIntervalMs: 1_000 });

describe('ReadRouter without standbys', () => {
  it('gives services the primary client itself', () => {
    expect(router().db).toBe(primary);
  });

  it('serves a read without a position outside any context, counted as a read of the primary', () => {
    const reads = router();
    expect(reads.readerWithoutContext(null)).toEqual({ name: 'primary', db: primary });
    expect(reads.readerWithoutContext(null)?.name).toBe('primary');
    expect(reads.readsRouted.get('primary')).toBe(2);
    expect(readPosition()).toBeNull();
  });

  it('runs a read with a position in its context, so its cursors carry the position on', async () => {
    const reads = router();
    expect(reads.readerWithoutContext(42n)).toBeNull();
    const reader = await reads.readerFor(42n);
    expect(reader.name).toBe('primary');
    expect(reads.runWith(reader, 42n, () => readPosition())).toBe(42n);
    expect(reads.readsRouted.get('primary')).toBe(1);
  });
});
