import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { invalidCursor } from './errors.js';
import { uuidPattern } from './schemas.js';

// Keyset pagination. A cursor carries the sort key of the last row and a fingerprint of the query it belongs to, so
// a cursor reused with other filters or another sort is refused instead of silently returning the wrong page.

export type CursorKey = Array<string | number | null>;

interface CursorPayload {
  q: string;
  k: CursorKey;
}

/**
 * The fingerprint a cursor carries: the list it pages (`meetings`, `people`, …) and the query's filters and sort, so a
 * cursor of one list, or of other filters, is refused on another. 16 base64url characters.
 */
export function queryFingerprint(list: string, query: Record<string, unknown>): string {
  const relevant = Object.entries(query)
    .filter(([name, value]) => !['cursor', 'limit', 'count', 'include', 'format'].includes(name) && value !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
  return createHash('sha256')
    .update(JSON.stringify([list, relevant]))
    .digest('base64url')
    .slice(0, 16);
}

export function encodeCursor(fingerprint: string, key: CursorKey): string {
  return Buffer.from(JSON.stringify({ q: fingerprint, k: key } satisfies CursorPayload)).toString('base64url');
}

export function decodeCursor(cursor: string, fingerprint: string): CursorKey {
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor('The cursor is not one this API issued.');
  }
  const candidate = payload as Partial<CursorPayload>;
  if (typeof payload !== 'object' || payload === null || typeof candidate.q !== 'string' || !Array.isArray(candidate.k)) {
    throw invalidCursor('The cursor is not one this API issued.');
  }
  if (candidate.q !== fingerprint) {
    throw invalidCursor('The cursor belongs to a different query; keep filters and sort unchanged while paging.');
  }
  return candidate.k;
}

/** Sets `Link: <…>; rel="next"` pointing at the same URL with the next cursor. */
export function setNextLink(request: FastifyRequest, reply: FastifyReply, nextCursor: string | null): void {
  if (!nextCursor) return;
  const url = new URL(request.url, 'http://placeholder');
  url.searchParams.set('cursor', nextCursor);
  reply.header('link', `<${url.pathname}${url.search}>; rel="next"`);
}

/**
 * Given up to limit + 1 rows in keyset order: the page, the cursor of the next one, and `cursorAt(i)`, the cursor
 * that continues after the page's i-th row (for a page cut short by the response budget).
 */
export function toPage<T>(rows: T[], limit: number, fingerprint: string, keyOf: (row: T) => CursorKey) {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    page,
    nextCursor: rows.length > limit && last ? encodeCursor(fingerprint, keyOf(last)) : null,
    cursorAt: (index: number) => encodeCursor(fingerprint, keyOf(page[index]!)),
  };
}

/**
 * Where a page body keeps `cursorAt` (see toPage): under a symbol, so it is never serialized. The response budget
 * (http/response-budget.ts) uses it to end a page early and continue from there.
 */
export const cursorAfter = Symbol('cursorAfter');

export interface PageBody<D> {
  data: D[];
  nextCursor: string | null;
  [cursorAfter]?: (index: number) => string;
}

/** A page's body: `data` (one item per row of the page, in order), `nextCursor`, any `extra` fields such as total. */
export function pageBody<D, X extends object = object>(
  paging: { nextCursor: string | null; cursorAt: (index: number) => string },
  data: D[],
  extra?: X,
): PageBody<D> & X {
  return { data, nextCursor: paging.nextCursor, ...(extra ?? ({} as X)), [cursorAfter]: paging.cursorAt };
}

// A cursor is opaque to clients but not signed, so every key read back from one is checked before it reaches SQL.
const forged = () => invalidCursor('The cursor is not one this API issued.');

export function cursorId(raw: unknown): string {
  if (typeof raw !== 'string' || !uuidPattern.test(raw)) throw forged();
  return raw;
}

export function cursorInstant(raw: unknown): Date {
  const value = typeof raw === 'string' ? new Date(raw) : new Date(Number.NaN);
  const year = value.getUTCFullYear();
  if (Number.isNaN(value.getTime()) || year < 1 || year > 9999) throw forged();
  return value;
}

export function cursorPosition(raw: unknown): number {
  if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 0 || raw > 2_147_483_647) throw forged();
  return raw;
}
