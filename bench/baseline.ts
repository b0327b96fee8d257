import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { createMeeting, UnknownReference, type CreateMeetingBody } from './baseline-create.js';
import { searchFirstPage, type SearchTemplate } from './baseline-search.js';
import { listQuery, meetingQuery, parts, type Part } from './baseline-sql.js';

// The baseline: node:http and a pg Pool, answering the benchmarked requests with the same JSON fields as the API,
// built by PostgreSQL and written out as the text it sent. Named (prepared) statements, except for search. No
// framework, no ORM, no schema validation, no request ids beyond one header: the difference is what those cost.
// Imports nothing from src/, so that its process (server.worker.ts) holds only what it needs.

export interface BaselineOptions {
  databaseUrl: string;
  poolSize: number;
  /** The API's session options (src/db/session.ts). */
  sessionOptions: string;
  search: SearchTemplate;
}

export interface Baseline {
  url: string;
  pool: pg.Pool;
  close(): Promise<void>;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

function send(response: http.ServerResponse, status: number, json: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
    'x-request-id': randomUUID(),
    ...headers,
  });
  response.end(json);
}

const problem = (title: string) => JSON.stringify({ title });

/** A page's cursor: the last row's date and id. Not fingerprinted: the API's is, which is one of its costs. */
const encodeCursor = (date: string, id: string) => Buffer.from(`${date},${id}`).toString('base64url');
function decodeCursor(cursor: string): [string, string] | null {
  const [date, id] = Buffer.from(cursor, 'base64url').toString('utf8').split(',');
  return date && id && datePattern.test(date) && uuidPattern.test(id) ? [date, id] : null;
}

async function list(pool: pg.Pool, url: URL): Promise<string | null> {
  const limit = Math.min(Math.max(Number(url.searchParams.get('limit') ?? 20) || 20, 1), 100);
  const country = url.searchParams.get('country')?.split(',');
  const cursor = url.searchParams.get('cursor');
  const after = cursor ? decodeCursor(cursor) : undefined;
  if (after === null) return null;
  const query = listQuery({ after: !!after, countries: !!country });
  const values: unknown[] = [limit + 1, ...(after ?? []), ...(country ? [country] : [])];
  const { rows } = await pool.query<{ date: string; id: string; json: string }>({ ...query, values });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const next = rows.length > limit && last ? `"${encodeCursor(last.date, last.id)}"` : 'null';
  return `{"data":[${page.map((row) => row.json).join(',')}],"nextCursor":${next}}`;
}

async function route(pool: pg.Pool, search: SearchTemplate, request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://baseline');
  if (url.pathname === '/v1/meetings' && request.method === 'GET') {
    const body = await list(pool, url);
    return body === null ? send(response, 400, problem('invalid cursor')) : send(response, 200, body);
  }
  if (url.pathname === '/v1/meetings' && request.method === 'POST') {
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const created = await createMeeting(pool, JSON.parse(Buffer.concat(chunks).toString('utf8')) as CreateMeetingBody, randomUUID());
      return send(response, 201, created.json, { location: `/v1/meetings/${created.id}` });
    } catch (error) {
      if (error instanceof UnknownReference) return send(response, 422, problem(error.message));
      if (error instanceof SyntaxError) return send(response, 400, problem(error.message));
      throw error;
    }
  }
  if (url.pathname === '/v1/search' && request.method === 'GET') {
    const q = url.searchParams.get('q')?.trim();
    if (!q) return send(response, 400, problem('q is required'));
    return send(response, 200, await searchFirstPage(pool, search, q, Number(url.searchParams.get('limit') ?? 20) || 20));
  }
  const id = /^\/v1\/meetings\/([^/]+)$/.exec(url.pathname)?.[1];
  if (id && request.method === 'GET' && uuidPattern.test(id)) {
    const include = url.searchParams.get('include')?.split(',') ?? [];
    if (include.some((part) => !parts.includes(part as Part))) return send(response, 400, problem('unknown include'));
    const { rows } = await pool.query<{ version: number; json: string }>({ ...meetingQuery(include as Part[]), values: [id] });
    const row = rows[0];
    return row ? send(response, 200, row.json, { etag: `"v${row.version}"` }) : send(response, 404, problem('Not Found'));
  }
  send(response, 404, problem('Not Found'));
}

export async function startBaseline(options: BaselineOptions, Client: typeof pg.Client = pg.Client): Promise<Baseline> {
  const { databaseUrl, poolSize, sessionOptions } = options;
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: poolSize,
    options: sessionOptions,
    connectionTimeoutMillis: 5_000,
    Client,
  });
  pool.on('error', (error) => process.stderr.write(`baseline pool: ${error.message}\n`));
  const server = http.createServer((request, response) => {
    route(pool, options.search, request, response).catch((error: unknown) => {
      process.stderr.write(`baseline: ${error instanceof Error ? error.message : String(error)}\n`);
      if (!response.headersSent) send(response, 500, problem('Internal Server Error'));
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    pool,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  };
}
