import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { createTestContext, type TestContext } from './helpers/app.js';
import { createInitiativeRow, meetingBody } from './helpers/factories.js';

// Methods per RFC 9110 over every path of the contract: a method the path does not support is a 405 with `Allow`,
// OPTIONS answers 204 with `Allow`, HEAD answers wherever GET does, with GET's status and headers and no body.

let ctx: TestContext;
let paths: Record<string, Record<string, unknown>>;
const values: Record<string, string> = {};
beforeAll(async () => {
  ctx = await createTestContext();
  await createInitiativeRow(ctx.prisma);
  await createInitiativeRow(ctx.prisma, 'belt-and-road-initiative', 'Belt and Road Initiative');
  const meeting = (await api().post('/v1/meetings').send(meetingBody()).expect(201)).body;
  const document = (await api().post('/v1/documents').set('content-type', 'text/plain').send('Ministers met in Rome.').expect(201)).body;
  Object.assign(values, {
    meetingId: meeting.id,
    participantId: meeting.participants[0].id,
    statementId: meeting.statements[0].id,
    linkId: meeting.initiatives[0].id,
    personId: meeting.participants[0].personId,
    initiativeKey: 'belt-and-road-initiative',
    documentId: document.id,
    code: 'not_found',
  });
  paths = (await api().get('/openapi.json').expect(200)).body.paths;
});
afterAll(async () => ctx.close());

const api = () => supertest(ctx.app.server);
const concrete = (path: string) => path.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? 'x');
const httpMethods = ['get', 'head', 'post', 'put', 'patch', 'delete', 'options'] as const;

describe('every path of the contract', () => {
  it('has paths to check', () => {
    expect(Object.keys(paths).length).toBeGreaterThan(20);
  });

  it('answers a method it does not support with 405, Allow and problem+json', async () => {
    for (const [path, operations] of Object.entries(paths)) {
      const declared = Object.keys(operations).map((method) => method.toUpperCase());
      const allowed = [...declared, ...(declared.includes('GET') ? ['HEAD'] : []), 'OPTIONS'];
      for (const method of httpMethods.filter((m) => !allowed.includes(m.toUpperCase()))) {
        const response = await api()[method](concrete(path));
        expect([path, method, response.status], String(response.body?.detail)).toEqual([path, method, 405]);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        if (method !== 'head') expect(response.body.code).toBe('method_not_allowed');
        expect(String(response.headers.allow).split(', ').sort(), path).toEqual([...new Set(allowed)].sort());
      }
    }
  });

  it('answers OPTIONS with 204 and Allow', async () => {
    for (const [path, operations] of Object.entries(paths)) {
      const declared = Object.keys(operations).map((method) => method.toUpperCase());
      const response = await api().options(concrete(path));
      expect([path, response.status]).toEqual([path, 204]);
      for (const method of [...declared, 'OPTIONS']) expect(String(response.headers.allow), path).toContain(method);
    }
  });

  const untilFirstBytes = (response: NodeJS.ReadableStream & { destroy(): void }, done: (error: null, body: unknown) => void): void => {
    response.once('data', () => {
      response.destroy();
      done(null, {});
    });
  };

  it('answers HEAD wherever GET answers, with its status and ETag and no body', async () => {
    for (const [path, operations] of Object.entries(paths)) {
      if (!('get' in operations) || path.includes('{code}')) continue;
      const url = concrete(path) + (path === '/v1/search' ? '?q=Tashkent' : '');
      // The change stream never ends: its GET is read up to its first bytes.
      const get = path.endsWith('/stream')
        ? await api()
            .get(url)
            .buffer(true)
            .parse(untilFirstBytes as never)
        : await api().get(url);
      const head = await api().head(url);
      expect([path, head.status]).toEqual([path, get.status]);
      expect(head.headers.etag, path).toBe(get.headers.etag);
      expect(head.text ?? '', path).toBe('');
    }
  });

  it.each([
    ['GET', '/v1//meetings'],
    ['GET', '//v1/meetings'],
    ['POST', '/v1//people'],
    ['GET', '/health//live'],
    ['GET', '/docs/static/nope.js'],
  ])(
    'answers %s %s (a path the router does not know, shaped like one it does) with 404, not a 405 that allows it',
    async (method, path) => {
      const response = await supertest(ctx.app.server)[method.toLowerCase() as 'get' | 'post'](path);
      expect([response.status, response.body.code]).toEqual([404, 'route_not_found']);
    },
  );

  it('still answers 404 for a path that does not exist, whatever the method', async () => {
    for (const method of httpMethods.filter((m) => m !== 'head')) {
      const response = await api()[method]('/v1/nowhere');
      expect([method, response.status, response.body.code]).toEqual([method, 404, 'route_not_found']);
    }
  });
});

describe('the asterisk request target (RFC 9110 §9.3.7, §7.1)', () => {
  // The server as a whole: sent on a socket of its own, since clients write "*" only for OPTIONS.
  async function raw(requestLine: string): Promise<string> {
    const { connect } = await import('node:net');
    if (!ctx.app.server.listening) await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = ctx.app.server.address() as { port: number };
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.setEncoding('utf8').on('data', (chunk: string) => (received += chunk));
    socket.write(`${requestLine}\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
    await new Promise((resolve) => socket.on('close', resolve));
    return received;
  }

  it('OPTIONS * answers 204 with the methods the server serves', async () => {
    const answer = await raw('OPTIONS * HTTP/1.1');
    expect(answer).toMatch(/^HTTP\/1\.1 204/);
    expect(answer).toMatch(/allow: GET, HEAD, POST, PATCH, DELETE, OPTIONS/i);
  });

  it.each(['GET', 'POST', 'DELETE'])('%s * is a 400 problem', async (method) => {
    const answer = await raw(`${method} * HTTP/1.1`);
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    expect(answer).toMatch(/content-type: application\/problem\+json/i);
  });
});
