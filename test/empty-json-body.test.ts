import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { createTestContext, type TestContext } from './helpers/app.js';

// Some clients and generated SDKs send "Content-Type: application/json" on every request, with no content on a DELETE,
// a GET or a POST whose body is optional (a commit of the stored draft). Over every operation of the contract, such a
// request is answered as the same request without the header (trial finding: a DELETE was a 400 `invalid_json`).

let ctx: TestContext;
let operations: [string, string][] = [];
beforeAll(async () => {
  ctx = await createTestContext();
  const paths = (await api().get('/openapi.json').expect(200)).body.paths as Record<string, Record<string, unknown>>;
  operations = Object.entries(paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      // Streams stay open (Server-Sent Events) or answer as they go; the rest covers their routing.
      .filter(() => !/stream/.test(path))
      .map((method): [string, string] => [method, path]),
  );
});
afterAll(async () => ctx.close());

const api = () => supertest(ctx.app.server);
// Ids that name nothing stored: each request is answered without changing anything, so the two can be compared.
const values: Record<string, string> = { initiativeKey: 'no-such-initiative', code: 'not_found' };
const concrete = (path: string) => path.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '01900000-0000-7000-8000-000000000000');

describe('an empty body sent as application/json is no body', () => {
  it('over every operation of the contract', async () => {
    expect(operations.length).toBeGreaterThan(30);
    const differing: string[] = [];
    for (const [method, path] of operations) {
      const call = (withHeader: boolean) => {
        const request = (api() as unknown as Record<string, (url: string) => supertest.Test>)[method]!(concrete(path));
        return withHeader ? request.set('Content-Type', 'application/json').send('') : request;
      };
      const bare = await call(false);
      const labelled = await call(true);
      expect(labelled.status, `${method} ${path}`).toBeLessThan(500);
      if (bare.status !== labelled.status || bare.body?.code !== labelled.body?.code)
        differing.push(`${method.toUpperCase()} ${path}: ${bare.status} ${bare.body?.code} vs ${labelled.status} ${labelled.body?.code}`);
    }
    expect(differing).toEqual([]);
  });

  it('a DELETE of a stored record with the header deletes it', async () => {
    const person = (await api().post('/v1/people').send({ name: 'Ana Pérez' }).expect(201)).body;
    await api().delete(`/v1/people/${person.id}`).set('Content-Type', 'application/json').send('').expect(204);
    await api().get(`/v1/people/${person.id}`).expect(404);
  });

  it('an operation that needs a body, sent none, says so, with the media types it takes (every such operation)', async () => {
    const contract = (await api().get('/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, { requestBody?: { required?: boolean; content?: Record<string, unknown> } }>>;
    };
    const needing = Object.entries(contract.paths).flatMap(([path, item]) =>
      Object.entries(item)
        // Creating API keys needs the admin scope, checked before any body is read (a 401 here, content-coding.test.ts).
        .filter(([method, operation]) => ['post', 'put', 'patch'].includes(method) && operation.requestBody?.required === true)
        .filter(() => path !== '/v1/keys')
        .map(([method, operation]) => ({ method, path, types: Object.keys(operation.requestBody?.content ?? {}) })),
    );
    expect(needing.length).toBeGreaterThan(5);
    const wrong: string[] = [];
    for (const { method, path, types } of needing)
      for (const labelled of [false, true]) {
        let request = (api() as unknown as Record<string, (url: string) => supertest.Test>)[method]!(concrete(path));
        if (labelled) request = request.set('Content-Type', 'application/json').send('');
        const response = await request;
        const error = (response.body.errors as { in: string; pointer: string; message: string }[] | undefined)?.find(
          (e) => e.in === 'body' && e.pointer === '',
        );
        if (response.status !== 400 || error?.message !== `is required: the request has no body (send ${types.join(' or ')})`)
          wrong.push(
            `${method.toUpperCase()} ${path}${labelled ? ' (labelled)' : ''}: ${response.status} ${JSON.stringify(response.body.errors)}`,
          );
      }
    expect(wrong).toEqual([]);
  });

  it('a commit, which takes the stored draft when sent no body, is an operation whose body may be left out', async () => {
    const contract = (await api().get('/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, { requestBody?: { required?: boolean } }>>;
    };
    expect(contract.paths['/v1/documents/{documentId}/commit']?.post?.requestBody?.required).toBe(false);
    const document = (
      await api()
        .post('/v1/documents')
        .set('Content-Type', 'text/plain')
        .send('Foreign Minister Hans Berg met Foreign Minister Samuel Žbogar in Ljubljana on 7 October 2011.')
        .expect(201)
    ).body;
    await api().post(`/v1/documents/${document.id}/commit`).expect(201);
  });

  it('a body of JSON null is a body that is not an object, on every operation that needs one (new-user trial 117)', async () => {
    const contract = (await api().get('/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, { requestBody?: { required?: boolean; content?: Record<string, unknown> } }>>;
    };
    const needing = Object.entries(contract.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method, operation]) => ['post', 'put', 'patch'].includes(method) && operation.requestBody?.required === true)
        .filter(([, operation]) => operation.requestBody?.content?.['application/json'] !== undefined)
        .filter(() => path !== '/v1/keys')
        .map(([method]) => ({ method, path })),
    );
    expect(needing.length).toBeGreaterThan(5);
    const wrong: string[] = [];
    for (const { method, path } of needing) {
      const response = await (api() as unknown as Record<string, (url: string) => supertest.Test>)[method]!(concrete(path))
        .set('Content-Type', 'application/json')
        .send('null');
      const messages = (response.body.errors as { in: string; pointer: string; message: string }[] | undefined)
        ?.filter((e) => e.in === 'body' && e.pointer === '')
        .map((e) => e.message);
      if (response.status !== 400 || !messages?.length || messages.some((m) => /no body/.test(m)))
        wrong.push(`${method.toUpperCase()} ${path}: ${response.status} ${JSON.stringify(response.body.errors)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('a body of blanks is still malformed JSON', async () => {
    const response = await api().post('/v1/people').set('Content-Type', 'application/json').send('   ').expect(400);
    expect(response.body.code).toBe('invalid_json');
  });
});
