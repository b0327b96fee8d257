import type { FastifyInstance } from 'fastify';
import { cursorAfter, setNextLink, type PageBody } from './pagination.js';

// Pages are limited by count (limit ≤ 100) and by bytes: a page stops adding items when its body would pass the
// budget (RESPONSE_BUDGET_BYTES, 4 MB by default), and its cursor continues from the last item it holds. A page
// always holds at least one item. An item that embeds lists (a meeting with include=statements…) and would pass the
// budget on its own has those lists cut, in order, to what fits, and names them in `truncated`: the full lists are
// paged at their own routes. Everything else in an item is bounded by the input limits (a statement's text is at
// most 100,000 characters, a document 4 MB).

declare module 'fastify' {
  interface FastifyInstance {
    /** The most bytes a response body should reach (RESPONSE_BUDGET_BYTES). */
    responseBudgetBytes: number;
  }
}

/** Bytes of a value as JSON (UTF-8), as the serializer will write it (give or take fields the schema drops). */
export const jsonBytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');

/**
 * Whether a body that is JSON text already (sent as it is, so the hook below never sees it) is within the budget. One
 * that is not goes back to objects, for the hook to cut as it cuts any other.
 */
export const fitsBudget = (json: string, budgetBytes: number): boolean => Buffer.byteLength(json, 'utf8') <= budgetBytes;

/**
 * Where an item names its embedded lists (e.g. ['participants', 'statements']): under a symbol, never serialized.
 * Such an item may be given a `truncated` field listing the lists that were cut.
 */
export const embeddedLists = Symbol('embeddedLists');

type WithLists = Record<string, unknown> & { [embeddedLists]?: readonly string[] };

/** The item with its embedded lists cut to fit `budgetBytes`, in the order they are named, or the item itself. */
export function boundEmbedded<T>(item: T, budgetBytes: number): T {
  const names = (item as WithLists)[embeddedLists];
  if (!names) return item;
  const record = item as WithLists;
  const present = names.filter((name) => Array.isArray(record[name]) && (record[name] as unknown[]).length > 0);
  if (!present.length || jsonBytes(item) <= budgetBytes) return item;
  const cut: WithLists = { ...record, truncated: present };
  for (const name of present) cut[name] = [];
  let remaining = budgetBytes - jsonBytes(cut);
  const truncated: string[] = [];
  for (const name of present) {
    const list = record[name] as unknown[];
    let kept = 0;
    while (kept < list.length) {
      const size = jsonBytes(list[kept]) + (kept ? 1 : 0);
      if (size > remaining) break;
      remaining -= size;
      kept += 1;
    }
    cut[name] = list.slice(0, kept);
    if (kept < list.length) truncated.push(name);
  }
  if (truncated.length) cut.truncated = truncated;
  else delete cut.truncated;
  return cut as T;
}

const isPage = (payload: unknown): payload is Required<PageBody<unknown>> =>
  typeof payload === 'object' &&
  payload !== null &&
  Array.isArray((payload as PageBody<unknown>).data) &&
  typeof (payload as PageBody<unknown>)[cursorAfter] === 'function';

/**
 * How many of `items` fit in `budgetBytes` together with `overheadBytes` of envelope: at least one, and no more
 * than fit (items are joined by commas).
 */
export function itemsWithin(items: readonly unknown[], budgetBytes: number, overheadBytes: number): number {
  let used = overheadBytes;
  for (let index = 0; index < items.length; index += 1) {
    used += jsonBytes(items[index]) + (index ? 1 : 0);
    if (used > budgetBytes) return Math.max(1, index);
  }
  return items.length;
}

/**
 * Registers the budget on every response: items with embedded lists are bounded (boundEmbedded), and a page body
 * (built with pageBody) that would pass `budgetBytes` is cut after its last item that fits, and gets the cursor (and
 * Link: rel="next") that continues from there.
 */
export function registerResponseBudget(app: FastifyInstance, budgetBytes: number): void {
  app.decorate('responseBudgetBytes', budgetBytes);
  app.addHook('preSerialization', async (request, reply, payload) => {
    if (typeof payload !== 'object' || payload === null) return payload;
    if ((payload as WithLists)[embeddedLists]) return boundEmbedded(payload, budgetBytes);
    const { data } = payload as { data?: unknown };
    if (Array.isArray(data) && data.some((item) => (item as WithLists | null)?.[embeddedLists]))
      payload = { ...payload, data: data.map((item: unknown) => boundEmbedded(item, budgetBytes)) };
    if (!isPage(payload) || payload.data.length === 0) return payload;
    const whole = jsonBytes(payload);
    if (whole <= budgetBytes) return payload;
    // The envelope around the items, with room for a cursor where there was null.
    const envelope = whole - jsonBytes(payload.data) + 2 + 512;
    const kept = itemsWithin(payload.data, budgetBytes, envelope);
    if (kept === payload.data.length) return payload;
    const nextCursor = payload[cursorAfter](kept - 1);
    setNextLink(request, reply, nextCursor);
    return { ...payload, data: payload.data.slice(0, kept), nextCursor };
  });
}
