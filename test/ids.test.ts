import { describe, expect, it } from 'vitest';
import { validate, version } from 'uuid';
import { newId } from '../src/db/ids.js';

// Record ids (src/db/ids.ts): UUIDv7, each later in sort order than the one before, many to a millisecond.

describe('newId', () => {
  it('mints UUIDv7s in strictly increasing order, none twice', () => {
    const ids = Array.from({ length: 20_000 }, newId);
    for (const id of ids.slice(0, 50)) expect(validate(id) && version(id)).toBe(7);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id, index) => index === 0 || ids[index - 1]! < id)).toBe(true);
  });

  it('starts with the time it was minted at, in milliseconds', () => {
    const before = Date.now();
    const id = newId();
    const msecs = parseInt(id.replace(/-/g, '').slice(0, 12), 16);
    expect(msecs).toBeGreaterThanOrEqual(before);
    expect(msecs).toBeLessThanOrEqual(Date.now() + 1);
  });
});
