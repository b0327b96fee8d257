import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { sessionOptions } from '../src/db/session.js';
import { createMeeting, UnknownReference, type CreateMeetingBody } from './baseline-create.js';
import { getMeeting, listMeetings } from './baseline-sql.js';

// The baseline: node:http and a pg Pool, answering the benchmarked requests with the same JSON as the API. No
// framework, no ORM, no schema validation: the difference to the API is what those cost.

export interface Baseline {
  url: string;
  pool: pg.Pool;
  close(): Promise<void>;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function send(response: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const payload = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
    ...headers,
  });
  response.end(payload);
}

async function readBody(request: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function route(pool: pg.Pool, request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://baseline');
  const requestId = randomUUID();
  if (url.pathname === '/v1/meetings' && request.method === 'GET') {
    const limit = Math.min(Math.max(Number(url.searchParams.get('limit') ?? 20) || 20, 1), 100);
    const country = url.searchParams.get('country')?.split(',');
    return send(response, 200, await listMeetings(pool, limit, country), { 'x-request-id': requestId });
  }
  if (url.pathname === '/v1/meetings' && request.method === 'POST') {
    try {
      const meeting = await createMeeting(pool, JSON.parse(await readBody(request)) as CreateMeetingBody, requestId);
      return send(response, 201, meeting, { location: `/v1/meetings/${meeting.id as string}`, 'x-request-id': requestId });
    } catch (error) {
      if (error instanceof UnknownReference || error instanceof SyntaxError) return send(response, 422, { title: error.message });
      throw error;
    }
  }
  const id = /^\/v1\/meetings\/([^/]+)$/.exec(url.pathname)?.[1];
  if (id && request.method === 'GET' && uuidPattern.test(id)) {
    const meeting = await getMeeting(pool, id, url.searchParams.get('include')?.split(',') ?? []);
    if (!meeting) return send(response, 404, { title: 'Not Found' });
    return send(response, 200, meeting, { etag: `"v${meeting.version as number}"`, 'x-request-id': requestId });
  }
  send(response, 404, { title: 'Not Found' });
}

export async function startBaseline(databaseUrl: string, poolSize: number, Client: typeof pg.Client = pg.Client): Promise<Baseline> {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: poolSize,
    options: sessionOptions,
    connectionTimeoutMillis: 5_000,
    Client,
  });
  pool.on('error', (error) => process.stderr.write(`baseline pool: ${error.message}\n`));
  const server = http.createServer((request, response) => {
    route(pool, request, response).catch((error: unknown) => {
      process.stderr.write(`baseline: ${error instanceof Error ? error.message : String(error)}\n`);
      if (!response.headersSent) send(response, 500, { title: 'Internal Server Error' });
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
