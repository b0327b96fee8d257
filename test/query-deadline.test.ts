import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clientWithQueryDeadline, queryDeadlineMessage } from '../src/db/query-deadline.js';
import { serverUrl } from './helpers/db.js';
import { startTcpProxy, type TcpProxy } from './support/tcp-proxy.js';

// Our own bound on a query (db/query-deadline.ts) in each form pg's client.query takes, through a proxy this file
// freezes: the server never answers, so only the deadline can end the wait. The deadline is short so the waits are
// short; nothing here asserts a duration.

const deadlineMs = 300;
let proxy: TcpProxy;
let url: string;
const clients: pg.Client[] = [];

beforeAll(async () => {
  const server = new URL(serverUrl());
  proxy = await startTcpProxy(Number(server.port || 5432), server.hostname);
  server.hostname = '127.0.0.1';
  server.port = String(proxy.port);
  url = server.toString();
});
afterEach(async () => {
  proxy.restore();
  await Promise.all(clients.splice(0).map((client) => client.end().catch(() => undefined)));
});
afterAll(async () => proxy?.close());

async function connected(): Promise<pg.Client> {
  const Client = clientWithQueryDeadline(deadlineMs);
  const client = new Client({ connectionString: url });
  clients.push(client);
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

const forms: Array<[string, (client: pg.Client, sql: string) => Promise<unknown>]> = [
  ['a promise', (client, sql) => client.query(sql)],
  ['a config object', (client, sql) => client.query({ text: sql, rowMode: 'array' })],
  [
    'a callback',
    (client, sql) => new Promise((resolve, reject) => client.query(sql, [], (error, result) => (error ? reject(error) : resolve(result)))),
  ],
  [
    'a submittable',
    (client, sql) =>
      new Promise((resolve, reject) => {
        const query = client.query(new pg.Query(sql));
        query.on('error', reject);
        query.on('end', resolve);
      }),
  ],
];

describe.each(forms)('a query sent as %s', (_, send) => {
  it('fails with the deadline error when the server does not answer, and its connection is closed', async () => {
    const client = await connected();
    proxy.freeze();
    await expect(send(client, 'SELECT 1')).rejects.toThrow(queryDeadlineMessage);
    proxy.restore();
    await expect(client.query('SELECT 1')).rejects.toThrow(/not queryable|terminated/i);
  });

  it('that is answered in time leaves no timer behind: the connection outlives the deadline', async () => {
    const client = await connected();
    await send(client, 'SELECT 1');
    await new Promise((resolve) => setTimeout(resolve, deadlineMs * 2));
    expect((await client.query<{ n: number }>('SELECT 2 AS n')).rows).toEqual([{ n: 2 }]);
  });
});

it('a query queued behind a frozen one fails too', async () => {
  const client = await connected();
  proxy.freeze();
  const results = await Promise.allSettled([client.query('SELECT 1'), client.query('SELECT 2')]);
  expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
});
