import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { beforeEach, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { useTestContext } from './helpers/app.js';
import { createInitiativeRow, meetingBody } from './helpers/factories.js';

// Request bodies on the wire: Content-Encoding gzip / deflate / br decoded before parsing, on every operation that takes
// a body; an unknown coding a 415 naming the ones taken; a corrupt stream a 400; the size limit on the decoded body; a
// JSON body declaring a charset other than UTF-8 a 415 (RFC 9110 §8.4 and §12.5.3, RFC 8259 §8.1).

const ctx = useTestContext();
beforeEach(async () => {
  await ctx.reset();
  await createInitiativeRow(ctx.prisma);
});

const api = () => supertest(ctx.app.server);

type Operation = { method: string; path: string; mediaTypes: string[] };

// Every operation of the contract that takes a body, with a concrete path (ids that need not exist: the body is
// decoded, or refused, before the route looks anything up).
function bodyOperations(): Operation[] {
  const document = ctx.app.swagger() as { paths: Record<string, Record<string, { requestBody?: { content?: Record<string, unknown> } }>> };
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths))
    for (const [method, operation] of Object.entries(methods)) {
      // Creating API keys needs the admin scope, which is checked before any body is read (a 401 here).
      if (path === '/v1/keys') continue;
      const content = operation.requestBody?.content;
      if (!content) continue;
      const concrete = path.replace(/\{[^}]+\}/g, (name) => (name === '{key}' ? 'no-such-key' : '00000000-0000-4000-8000-000000000000'));
      operations.push({ method, path: concrete, mediaTypes: Object.keys(content) });
    }
  return operations;
}

const codings: Array<[string, (body: Buffer) => Buffer]> = [
  ['gzip', (body) => gzipSync(body)],
  ['x-gzip', (body) => gzipSync(body)],
  ['deflate', (body) => deflateSync(body)],
  ['br', (body) => brotliCompressSync(body)],
];

function send(operation: Operation, mediaType: string, body: Buffer, headers: Record<string, string>) {
  const request = (api() as unknown as Record<string, (path: string) => supertest.Test>)[operation.method]?.(operation.path);
  if (!request) throw new Error(`no method ${operation.method}`);
  return raw(request.set({ 'content-type': mediaType, 'idempotency-key': crypto.randomUUID(), ...headers })).send(body);
}

// The bytes as given: superagent would otherwise serialise a Buffer sent as application/json with JSON.stringify.
const raw = (request: supertest.Test) => request.serialize((body: unknown) => body as string);

describe('every operation that takes a body', () => {
  it('lists the operations (the contract declares bodies)', () => {
    expect(bodyOperations().length).toBeGreaterThanOrEqual(8);
  });

  it('refuses a content coding it does not decode with 415 and Accept-Encoding, before reading the body', async () => {
    for (const operation of bodyOperations())
      for (const coding of ['compress', 'zstd', 'gzip, exotic']) {
        const mediaType = operation.mediaTypes[0] as string;
        const response = await send(operation, mediaType, Buffer.from('{}'), { 'content-encoding': coding });
        expect([operation.method, operation.path, coding, response.status], response.text).toEqual([
          operation.method,
          operation.path,
          coding,
          415,
        ]);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(response.headers['accept-encoding']).toBe('gzip, deflate, br');
        expect(response.body.detail).toContain(coding.split(', ').pop());
      }
  });

  it('answers a body that is not what its Content-Encoding says with 400, never 500', async () => {
    for (const operation of bodyOperations())
      for (const [coding] of codings) {
        const response = await send(operation, operation.mediaTypes[0] as string, Buffer.from('{"not":"compressed"}'), {
          'content-encoding': coding,
        });
        // A stream that starts as its coding and breaks off.
        const cut = await send(
          operation,
          operation.mediaTypes[0] as string,
          gzipSync(Buffer.from('{"a":"' + 'b'.repeat(5000) + '"}')).subarray(0, 30),
          {
            'content-encoding': 'gzip',
          },
        );
        expect([operation.path, cut.status, cut.body.code]).toEqual([operation.path, 400, 'bad_request']);
        expect(cut.body.detail).toMatch(/^The request body is not valid \S+ data, as its Content-Encoding says it is\.$/);
        expect([operation.path, coding, response.status, response.body.code]).toEqual([operation.path, coding, 400, 'bad_request']);
        // One sentence, one full stop (the detail once ended "…says it is..").
        expect(response.body.detail).toMatch(/^The request body is not valid \S+ data, as its Content-Encoding says it is\.$/);
      }
  });

  // Trial finding: `Content-Encoding: gzip` on a GET with no body (clients that send it on every request) stopped the
  // process — the decoder failed on a stream no route read. Over every operation of the contract: an empty body with a
  // coding is no body, and a coded body that no route reads (no Content-Type) is not read; the server answers as it does
  // without the header, and goes on answering.
  it('a coding on an empty body, or on a body no route reads, changes nothing and stops nothing', async () => {
    const paths = (await api().get('/openapi.json').expect(200)).body.paths as Record<string, Record<string, unknown>>;
    const concrete = (path: string) =>
      path.replace(/\{(\w+)\}/g, (_, name: string) =>
        name === 'initiativeKey' ? 'no-such-initiative' : name === 'code' ? 'not_found' : '01900000-0000-7000-8000-000000000000',
      );
    const operations = Object.entries(paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method) && !/stream/.test(path))
        .map((method) => [method, concrete(path)] as const),
    );
    expect(operations.length).toBeGreaterThan(30);
    const call = (method: string, path: string) => (api() as unknown as Record<string, (path: string) => supertest.Test>)[method]!(path);
    const differing: string[] = [];
    for (const [method, path] of operations) {
      const bare = await call(method, path);
      for (const [coding] of codings) {
        const empty = await call(method, path).set('content-encoding', coding);
        if (empty.status !== bare.status || empty.body?.code !== bare.body?.code)
          differing.push(`${method} ${path} ${coding}: ${bare.status} vs ${empty.status} ${empty.body?.code}`);
        // Bytes that are no gzip, with no Content-Type: a route that takes a body refuses it; none stops the server.
        const unread = await raw(call(method, path).set({ 'content-encoding': coding, 'content-type': '' })).send(Buffer.from('not gzip'));
        expect(unread.status, `${method} ${path} ${coding}`).toBeLessThan(500);
      }
    }
    expect(differing).toEqual([]);
    await api().get('/health/live').expect(200);
  });

  it('refuses a JSON body that declares a charset other than UTF-8 (415), and takes utf-8 in any case', async () => {
    for (const operation of bodyOperations())
      for (const mediaType of operation.mediaTypes.filter((type) => /json/.test(type)))
        // Given twice with two values, neither is taken (new-user trial 116: the second was ignored).
        for (const charset of ['utf-16', 'UTF-16LE', 'latin1', 'iso-8859-1', 'bogus', 'utf-8; charset=latin1', 'latin1; charset=utf-8']) {
          const response = await send(operation, `${mediaType}; charset=${charset}`, Buffer.from('{}'), {});
          expect([operation.path, mediaType, charset, response.status, response.body.code]).toEqual([
            operation.path,
            mediaType,
            charset,
            415,
            'unsupported_media_type',
          ]);
        }
  });
});

describe('JSON text is UTF-8', () => {
  it('a JSON body with bytes that are not UTF-8 is a 400 invalid_json on every operation, and nothing is stored', async () => {
    const latin1 = Buffer.concat([Buffer.from('{"title":"Minist'), Buffer.from([0xe8]), Buffer.from('re talks","text":"x"}')]);
    for (const operation of bodyOperations())
      // (An NDJSON line that is not UTF-8 is refused per line: meetings-bulk.test.ts.)
      for (const mediaType of operation.mediaTypes.filter((type) => /^application\/(?:json|merge-patch\+json)$/.test(type))) {
        const response = await send(operation, mediaType, latin1, {});
        expect([operation.method, operation.path, mediaType, response.status, response.body.code]).toEqual([
          operation.method,
          operation.path,
          mediaType,
          400,
          'invalid_json',
        ]);
      }
    expect(await ctx.prisma.meeting.count()).toBe(0);
    expect(await ctx.prisma.sourceDocument.count()).toBe(0);
  });

  it('a UTF-8 byte order mark before the JSON is allowed, and non-Latin text arrives intact', async () => {
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(meetingBody({ title: 'Встреча 会谈 لقاء' })))]);
    const response = await raw(api().post('/v1/meetings').set('content-type', 'application/json')).send(body).expect(201);
    expect(response.body.title).toBe('Встреча 会谈 لقاء');
  });
});

describe('decoded bodies are read as if sent plain', () => {
  it.each(codings)('POST /v1/meetings with Content-Encoding: %s creates the meeting', async (coding, encode) => {
    const body = meetingBody({ title: `Encoded ${coding}` });
    const response = await raw(api().post('/v1/meetings').set({ 'content-type': 'application/json', 'content-encoding': coding }))
      .send(encode(Buffer.from(JSON.stringify(body))))
      .expect(201);
    expect(response.body.title).toBe(`Encoded ${coding}`);
  });

  it('codings applied one after the other ("deflate, gzip") are undone in reverse', async () => {
    const body = Buffer.from(JSON.stringify(meetingBody({ title: 'Twice encoded' })));
    const response = await raw(api().post('/v1/meetings').set({ 'content-type': 'application/json', 'content-encoding': 'deflate, gzip' }))
      .send(gzipSync(deflateSync(body)))
      .expect(201);
    expect(response.body.title).toBe('Twice encoded');
  });

  it('"identity" is no coding, and JSON with charset=utf-8 (any case) is taken', async () => {
    const body = JSON.stringify(meetingBody({ title: 'Plain' }));
    await api()
      .post('/v1/meetings')
      .set({ 'content-type': 'application/json; charset=UTF-8', 'content-encoding': 'identity' })
      .send(body)
      .expect(201);
  });

  it('a readout sent gzipped as text/plain is stored as the text', async () => {
    const text = 'Foreign Minister Wang Yi met Foreign Minister Mukhtar Tileuberdi in Tashkent on 15 July 2021.';
    const response = await api()
      .post('/v1/documents')
      .set({ 'content-type': 'text/plain; charset=utf-8', 'content-encoding': 'gzip' })
      .send(gzipSync(Buffer.from(text)))
      .expect(201);
    expect(response.body.text).toBe(text);
  });

  it('an NDJSON bulk create sent gzipped answers a result per line', async () => {
    const body = [meetingBody({ title: 'Bulk one' }), meetingBody({ title: 'Bulk two' })].map((b) => JSON.stringify(b)).join('\n');
    const response = await raw(api().post('/v1/meetings').set({ 'content-type': 'application/x-ndjson', 'content-encoding': 'br' }))
      .send(brotliCompressSync(Buffer.from(body)))
      .expect(200);
    const lines = response.text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { line?: number; status?: number });
    // A result per line, then the summary.
    expect(lines.filter((result) => result.line !== undefined).map((result) => result.status)).toEqual([201, 201]);
  });

  it('a small body that inflates past the size limit is a 413, and nothing is stored', async () => {
    const bomb = gzipSync(Buffer.concat([Buffer.from('{"title":"'), Buffer.alloc(20 * 1024 * 1024, 0x61), Buffer.from('"}')]));
    expect(bomb.length).toBeLessThan(100 * 1024);
    const response = await raw(api().post('/v1/meetings').set({ 'content-type': 'application/json', 'content-encoding': 'gzip' })).send(
      bomb,
    );
    expect([response.status, response.body.code]).toEqual([413, 'payload_too_large']);
    expect(await ctx.prisma.meeting.count()).toBe(0);
  });
});
