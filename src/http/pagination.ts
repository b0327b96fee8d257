import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { readPosition } from '../db/read-routing.js';
import { formatLsn, parseLsn } from '../db/wal-position.js';
import { invalidCursor } from './errors.js';
import { uuidPattern } from './schemas.js';

// Keyset pagination. A cursor carries the sort key of the last row and a fingerprint of the query it belongs to, so
// a cursor reused with other filters or another sort is refused instead of silently returning the wrong page. A page
// read for a consistency token (http/read-consistency.ts) also carries that WAL position in its cursors, so the next
// page sees at least what the first one saw without the client sending the header again; the position is hashed
// into the fingerprint, so a cursor whose position was changed is refused like one of another query.

export type CursorKey = Array<string | number | null>;

interface CursorPayload {
  q: string;
  k: CursorKey;
  /** The WAL position (pg_lsn text) the next page must see, when the page was read for one. */
  w?: string;
}

const forged = () => invalidCursor('The cursor is not one this API issued.');

/**
 * The fingerprint a cursor carries: the list it pages (`meetings`, `people`, …) and the query's filters and sort, so a
 * cursor of one list, or of other filters, is refused on another; what a page shows of each record (`include`,
 * `fields`) is not part of it. 16 base64url characters.
 */
export function queryFingerprint(list: string, query: Record<string, unknown>): string {
  const relevant = Object.entries(query)
    .filter(([name, value]) => !['cursor', 'limit', 'count', 'include', 'fields', 'format'].includes(name) && value !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
  return createHash('sha256')
    .update(JSON.stringify([list, relevant]))
    .digest('base64url')
    .slice(0, 16);
}

/** The fingerprint of a cursor that carries a WAL position: the query's and the position, hashed together. */
function withPosition(fingerprint: string, lsn: string): string {
  return createHash('sha256')
    .update(JSON.stringify([fingerprint, lsn]))
    .digest('base64url')
    .slice(0, 16);
}

export function encodeCursor(fingerprint: string, key: CursorKey, position: bigint | null = null): string {
  const lsn = position === null ? undefined : formatLsn(position);
  const payload: CursorPayload = lsn === undefined ? { q: fingerprint, k: key } : { q: withPosition(fingerprint, lsn), k: key, w: lsn };
  return Buffer.from(JSON.stringify(payload)).toString('base64url');
}

/** A cursor's payload, its fields of the right types (the key's items are checked where they are used); else null. */
function payloadOf(cursor: string): CursorPayload | null {
  // Only the encoding this API writes: a character appended to or changed in a cursor that Node's lenient base64 would
  // decode to the same key is still no cursor this API issued (new-user trial 95).
  const bytes = /^[A-Za-z0-9_-]*$/.test(cursor) ? Buffer.from(cursor, 'base64url') : null;
  if (!bytes || bytes.toString('base64url') !== cursor) return null;
  let payload: unknown;
  try {
    payload = JSON.parse(bytes.toString('utf8'));
  } catch {
    return null;
  }
  const candidate = payload as Partial<CursorPayload>;
  if (typeof payload !== 'object' || payload === null || typeof candidate.q !== 'string' || !Array.isArray(candidate.k)) return null;
  if (candidate.w !== undefined && (typeof candidate.w !== 'string' || parseLsn(candidate.w) === null)) return null;
  return candidate as CursorPayload;
}

/**
 * The sort key a cursor continues after: `arity` items, as the list issues them (a sort value and an id; the search's
 * score, type and id; a table's id). Throws 400 `invalid_cursor` for a forged cursor (a key of another length
 * included) or one of another query.
 */
export function decodeCursor(cursor: string, fingerprint: string, arity = 2): CursorKey {
  const payload = payloadOf(cursor);
  if (!payload) throw forged();
  // Another query's first: a cursor of another list, whose key has another length, is told as such (new-user trial 138
  // F9: a meetings cursor on /v1/search had been "not one this API issued").
  if (payload.w === undefined ? payload.q !== fingerprint : payload.q !== withPosition(fingerprint, payload.w)) {
    throw invalidCursor(
      payload.w === undefined
        ? 'The cursor belongs to a different query; keep filters and sort unchanged while paging.'
        : 'The cursor belongs to a different query or was altered; keep filters and sort unchanged while paging.',
    );
  }
  if (payload.k.length !== arity) throw forged();
  return payload.k;
}

/**
 * The WAL position a request's `cursor` parameter carries, to route the request before its list checks the cursor;
 * null when it carries none or is no cursor at all (the list then refuses it with 400 `invalid_cursor`).
 */
export function cursorReadPosition(cursor: unknown): bigint | null {
  const lsn = typeof cursor === 'string' && cursor.length <= 2048 ? payloadOf(cursor)?.w : undefined;
  return lsn === undefined ? null : parseLsn(lsn);
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
 * that continues after the page's i-th row (for a page cut short by the response budget). Both carry the WAL position
 * the request was read for, if any (readPosition()).
 */
export function toPage<T>(rows: T[], limit: number, fingerprint: string, keyOf: (row: T) => CursorKey) {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const position = readPosition();
  return {
    page,
    nextCursor: rows.length > limit && last ? encodeCursor(fingerprint, keyOf(last), position) : null,
    cursorAt: (index: number) => encodeCursor(fingerprint, keyOf(page[index]!), position),
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

/** A cursor's sequence number (a bigint column such as the change feed's `seq`): an integer JavaScript holds exactly. */
export function cursorSequence(raw: unknown): number {
  if (typeof raw !== 'number' || !Number.isSafeInteger(raw) || raw < 0) throw forged();
  return raw;
}
