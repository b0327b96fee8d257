import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { parse } from 'yaml';
import { meetingSchema } from '../src/modules/meetings/meetings.schemas.js';
import { seededMeeting, seededMeetingRequest } from '../src/openapi/examples.js';
import { defaultInitiatives } from '../src/ingest/lexicon/initiative-catalog.js';
import { useTestContext } from './helpers/app.js';

const ctx = useTestContext();

type Operation = {
  operationId: string;
  tags: string[];
  summary: string;
  parameters?: Array<Record<string, unknown>>;
  responses: Record<string, Record<string, unknown>>;
};
const operations = (document: { paths: Record<string, Record<string, Operation>> }) =>
  Object.values(document.paths).flatMap((item) => Object.values(item));

describe('openapi.yaml', () => {
  it('is exactly what the app serves (run `npm run openapi` after changing the contract)', async () => {
    const committed = await readFile(new URL('../openapi.yaml', import.meta.url), 'utf8');
    const served = await supertest(ctx.app.server).get('/openapi.yaml').expect(200);
    expect(served.headers['content-type']).toMatch(/^application\/yaml/);
    expect(served.text).toBe(committed);
    const json = (await supertest(ctx.app.server).get('/openapi.json').expect(200)).body;
    expect(json).toEqual(parse(committed));
  });

  // New-user trial 121: an unquoted `no` (the X-Accel-Buffering header's enum) is `false` to a YAML 1.1 parser (PyYAML,
  // SnakeYAML under OpenAPI Generator). Every scalar that YAML 1.1 would read as something else is quoted.
  it.each(['1.1', '1.2'] as const)('reads the same to a YAML %s parser as /openapi.json', async (version) => {
    const committed = await readFile(new URL('../openapi.yaml', import.meta.url), 'utf8');
    const json = (await supertest(ctx.app.server).get('/openapi.json').expect(200)).body;
    expect(parse(committed, { version })).toEqual(json);
  });

  it('is OpenAPI 3.1 with named components, 3.1 nullability and stable operation ids', async () => {
    const document = parse(await readFile(new URL('../openapi.yaml', import.meta.url), 'utf8'));
    expect(document.openapi).toBe('3.1.0');
    const text = JSON.stringify(document);
    expect(text).not.toMatch(/"def-\d+"|"nullable":/);
    const ids = operations(document).map((operation) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        'listMeetings',
        'getMeeting',
        'createMeeting',
        'updateMeeting',
        'deleteMeeting',
        'searchRecords',
        'createDocument',
        'commitDocument',
        'listPeople',
        'getInitiative',
      ]),
    );
    for (const operation of operations(document)) {
      expect(operation.tags?.length, operation.operationId).toBeGreaterThan(0);
      expect(operation.summary, operation.operationId).toBeTruthy();
      for (const parameter of operation.parameters ?? [])
        if (!parameter.$ref) expect(parameter.description, `${operation.operationId} ${String(parameter.name)}`).toBeTruthy();
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) >= 400) expect(response.$ref, `${operation.operationId} ${status}`).toMatch(/^#\/components\/responses\//);
      }
    }
    expect(document.components.responses.NotFound.content).toHaveProperty(['application/problem+json']);
  });

  it('every write declares the preconditions the server evaluates, If-Match and If-None-Match, and their 412', async () => {
    const document = parse(await readFile(new URL('../openapi.yaml', import.meta.url), 'utf8'));
    for (const [path, item] of Object.entries(document.paths as Record<string, Record<string, Operation>>))
      for (const [method, operation] of Object.entries(item)) {
        if (!['post', 'patch', 'delete'].includes(method)) continue;
        const refs = (operation.parameters ?? []).map((parameter) => parameter.$ref);
        expect({ path, method, refs }).toEqual({
          path,
          method,
          refs: expect.arrayContaining(['#/components/parameters/IfMatch', '#/components/parameters/IfNoneMatchOnWrite']),
        });
        expect(operation.responses, `${method} ${path}`).toHaveProperty('412');
      }
  });

  it('declares the NDJSON bulk create: a body of CreateMeetingLine lines and a 200 answer of result lines', async () => {
    const document = parse(await readFile(new URL('../openapi.yaml', import.meta.url), 'utf8'));
    const create = document.paths['/v1/meetings'].post;
    expect(create.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/CreateMeetingInput' });
    expect(create.requestBody.content['application/x-ndjson'].schema).toEqual({
      type: 'array',
      items: { $ref: '#/components/schemas/CreateMeetingLineInput' },
    });
    expect(document.components.schemas.CreateMeetingLineInput.anyOf).toEqual([
      { $ref: '#/components/schemas/CreateMeetingInput' },
      { $ref: '#/components/schemas/KeyedMeetingLineInput' },
    ]);
    expect(create.responses['200'].content['application/x-ndjson'].schema).toEqual({
      type: 'array',
      items: { $ref: '#/components/schemas/CreateMeetingLineResult' },
    });
    expect(create.responses['201'].content).toHaveProperty(['application/json']);
    expect(document.components.schemas.CreateMeetingLineResult.anyOf).toEqual([
      { $ref: '#/components/schemas/MeetingLineCreated' },
      { $ref: '#/components/schemas/MeetingLineFailed' },
      { $ref: '#/components/schemas/MeetingLinesSummary' },
    ]);
    // What the NDJSON create can answer before its first line.
    for (const status of ['400', '401', '403', '406', '408', '413', '415', '429', '503']) expect(create.responses).toHaveProperty([status]);
  });

  it('every export declares its NDJSON lines as the items of its JSON page, sparse fieldsets included', async () => {
    const document = parse(await readFile(new URL('../openapi.yaml', import.meta.url), 'utf8'));
    const resolve = (schema: { $ref?: string }) =>
      schema.$ref ? document.components.schemas[schema.$ref.replace('#/components/schemas/', '')] : schema;
    let exports = 0;
    for (const [path, methods] of Object.entries(
      document.paths as Record<
        string,
        Record<string, { responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> }>
      >,
    )) {
      const content = methods.get?.responses['200']?.content;
      if (!content?.['application/x-ndjson'] || !content['application/json']) continue;
      exports += 1;
      const page = resolve(content['application/json'].schema);
      expect([path, content['application/x-ndjson'].schema], path).toEqual([path, page.properties.data.items]);
    }
    expect(exports).toBeGreaterThanOrEqual(6);
  });

  it('passes redocly lint with the recommended rules', async () => {
    const { stdout, stderr } = await promisify(execFile)('npx', ['redocly', 'lint', 'openapi.yaml', '--format=summary'], {
      encoding: 'utf8',
    });
    expect(`${stdout}${stderr}`).toMatch(/Your API description is valid/);
    expect(`${stdout}${stderr}`).not.toMatch(/warning\s/);
  }, 60_000);

  it('the docs UI is served', async () => {
    await supertest(ctx.app.server).get('/docs/').expect(200);
  });
});

describe('the examples, taken from the seeded meeting', () => {
  it('the createMeeting request example is accepted as it stands', async () => {
    await ctx.prisma.initiative.createMany({ data: defaultInitiatives.map((entry) => ({ ...entry, aliases: [...entry.aliases] })) });
    const response = await supertest(ctx.app.server).post('/v1/meetings').send(seededMeetingRequest).expect(201);
    expect(response.body).toMatchObject({ title: seededMeeting.title, date: '2021-07-15', city: 'Tashkent' });
    expect(response.body.statements).toHaveLength(seededMeeting.statements.length);
    expect(response.body.initiatives).toHaveLength(seededMeeting.initiatives.length);
  });

  it('the Meeting response example matches the Meeting schema', () => {
    expect(meetingSchema.safeParse(seededMeeting).success).toBe(true);
  });
});
