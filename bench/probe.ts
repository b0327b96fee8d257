import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';

// One request per scenario to each server before the load: the statements each sends to PostgreSQL (counted in the
// pg driver, under Prisma and under the baseline alike) and whether both answer the same JSON.

export class CountingClient extends pg.Client {
  static statements: string[] = [];
  override query(...args: unknown[]): never {
    const first = args[0];
    const text = typeof first === 'string' ? first : (first as { text?: string } | undefined)?.text;
    CountingClient.statements.push((text ?? '?').replace(/\s+/g, ' ').trim());
    return (super.query as (...a: unknown[]) => unknown)(...args) as never;
  }
}

export interface Exchange {
  status: number;
  body: unknown;
  statements: string[];
}

async function counted(send: () => Promise<{ status: number; body: unknown }>): Promise<Exchange> {
  CountingClient.statements = [];
  const { status, body } = await send();
  return { status, body, statements: CountingClient.statements };
}

export function probeApi(app: FastifyInstance, method: 'GET' | 'POST', path: string, body?: string): Promise<Exchange> {
  return counted(async () => {
    const response = await app.inject({
      method,
      url: path,
      ...(body ? { payload: body, headers: { 'content-type': 'application/json' } } : {}),
    });
    return { status: response.statusCode, body: response.json() };
  });
}

export function probeHttp(baseUrl: string, method: 'GET' | 'POST', path: string, body?: string): Promise<Exchange> {
  return counted(async () => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      ...(body ? { body, headers: { 'content-type': 'application/json' } } : {}),
    });
    return { status: response.status, body: await response.json() };
  });
}

/** Objects with sorted keys and primitives replaced by their type: equal shapes, whatever the ids and clocks said. */
function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shapeOf);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, shapeOf(v)]),
    );
  }
  return value === null ? 'null' : typeof value;
}

function firstDifference(a: unknown, b: unknown, path = ''): string {
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const [x, y] = [(a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]];
      if (!isDeepStrictEqual(x, y)) return firstDifference(x, y, `${path}/${key}`);
    }
  }
  return `${path || '/'}: ${JSON.stringify(a)?.slice(0, 60)} vs ${JSON.stringify(b)?.slice(0, 60)}`;
}

/** null when equivalent, else where they differ. The cursor format is each server's own business. */
export function difference(api: unknown, baseline: unknown, compare: 'value' | 'shape'): string | null {
  const strip = (body: unknown) =>
    body && typeof body === 'object' && 'nextCursor' in body ? { ...body, nextCursor: typeof body.nextCursor } : body;
  const [a, b] = compare === 'value' ? [strip(api), strip(baseline)] : [shapeOf(api), shapeOf(baseline)];
  return isDeepStrictEqual(a, b) ? null : firstDifference(a, b);
}
