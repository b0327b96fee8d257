import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import supertest from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seed, seedDir } from '../src/db/seed.js';
import { ensureInitiativeCatalogue } from '../src/ingest-cli/catalogue.js';
import { importPaths } from '../src/ingest-cli/import-files.js';
import { useTestContext } from './helpers/app.js';
import { meetingBody } from './helpers/factories.js';
import { database, mirror, readFeed as readFeedOf, type Change } from './helpers/feed-mirror.js';

// Every write path, table-driven: after each, the change feed holds the events it should, and a mirror built from
// the whole feed alone equals the database — every record, with its version (a meeting's, after a change to one of
// its parts, too) and every document's meetings. A write route without a row here fails the last test.

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
const seedFile = 'wang-yi-tileuberdi-2021-07-15.txt';
let dir: string;
let seedText: string;

interface Base {
  meeting: {
    id: string;
    participants: Array<{ id: string; personId: string }>;
    statements: Array<{ id: string }>;
    initiatives: Array<{ id: string }>;
  };
}

const readFeed = (after?: string) => readFeedOf(ctx, after);

type Expected = Array<[recordType: string, action: Change['action']]>;

interface WritePath {
  /** The route (method and OpenAPI path) it covers, or what else writes. */
  covers: string;
  run: (base: Base) => Promise<unknown>;
  expected: Expected;
}

const meetingPath = (base: Base) => `/v1/meetings/${base.meeting.id}`;
const documentId = async () => (await api().post('/v1/documents').type('text/plain').send(seedText).expect(201)).body.id as string;
const importOptions = { commit: true, publisher: null, language: undefined, isTranslation: undefined };

const writePaths: WritePath[] = [
  {
    covers: 'POST /v1/meetings',
    run: () => api().post('/v1/meetings').send(meetingBody()).expect(201),
    expected: [
      ['meeting', 'create'],
      ['person', 'create'],
      ['participant', 'create'],
      ['statement', 'create'],
      ['meeting_initiative', 'create'],
    ],
  },
  {
    covers: 'POST /v1/meetings (application/x-ndjson)',
    run: async () => {
      const keyed = {
        idempotencyKey: 'feed',
        meeting: meetingBody({ title: 'Second', participants: [], statements: [], initiatives: [] }),
      };
      const response = await api()
        .post('/v1/meetings')
        .set('content-type', 'application/x-ndjson')
        .send(`${JSON.stringify(meetingBody({ title: 'First' }))}\n${JSON.stringify(keyed)}\n`)
        .buffer(true)
        .parse((res, done) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => done(null, text));
        })
        .expect(200);
      expect(String(response.body).match(/"status":201/g)).toHaveLength(2);
    },
    expected: [
      ['meeting', 'create'],
      ['person', 'create'],
      ['participant', 'create'],
      ['statement', 'create'],
      ['meeting_initiative', 'create'],
    ],
  },
  {
    covers: 'PATCH /v1/meetings/{meetingId}',
    run: (b) => api().patch(meetingPath(b)).send({ summary: 'New.' }).expect(200),
    expected: [['meeting', 'update']],
  },
  {
    covers: 'DELETE /v1/meetings/{meetingId}',
    run: async (b) => {
      const child = await api()
        .post('/v1/meetings')
        .send(meetingBody({ parentId: b.meeting.id, participants: [], statements: [], initiatives: [] }))
        .expect(201);
      await api()
        .patch(meetingPath(b))
        .send({ sourceDocumentId: await documentId() })
        .expect(200);
      await api().delete(meetingPath(b)).expect(204);
      return child;
    },
    expected: [
      ['meeting', 'delete'],
      ['participant', 'delete'],
      ['statement', 'delete'],
      ['meeting_initiative', 'delete'],
      ['meeting', 'update'],
      ['document', 'update'],
    ],
  },
  {
    covers: 'PATCH /v1/meetings/{meetingId} (sourceDocumentId)',
    run: async (b) =>
      api()
        .patch(meetingPath(b))
        .send({ sourceDocumentId: await documentId() })
        .expect(200),
    expected: [
      ['meeting', 'update'],
      ['document', 'update'],
    ],
  },
  {
    covers: 'POST /v1/meetings/{meetingId}/participants',
    run: (b) =>
      api()
        .post(`${meetingPath(b)}/participants`)
        .send({ person: { name: 'Shavkat Mirziyoyev', countryCode: 'UZ' }, role: 'third_party' })
        .expect(201),
    expected: [
      ['participant', 'create'],
      ['person', 'create'],
      ['meeting', 'update'],
    ],
  },
  {
    covers: 'PATCH /v1/meetings/{meetingId}/participants/{participantId}',
    run: (b) =>
      api()
        .patch(`${meetingPath(b)}/participants/${b.meeting.participants[0]!.id}`)
        .send({ title: 'Foreign Minister' })
        .expect(200),
    expected: [
      ['participant', 'update'],
      ['meeting', 'update'],
    ],
  },
  {
    covers: 'DELETE /v1/meetings/{meetingId}/participants/{participantId}',
    run: async (b) => {
      const added = await api()
        .post(`${meetingPath(b)}/participants`)
        .send({ personId: b.meeting.participants[0]!.personId, role: 'guest' });
      const extra = added.status === 201 ? added.body.id : undefined;
      const target =
        extra ??
        (
          await api()
            .post(`${meetingPath(b)}/participants`)
            .send({ person: { name: 'Someone' }, role: 'guest' })
            .expect(201)
        ).body.id;
      return api()
        .delete(`${meetingPath(b)}/participants/${target}`)
        .expect(204);
    },
    expected: [
      ['participant', 'delete'],
      ['meeting', 'update'],
    ],
  },
  {
    covers: 'POST /v1/meetings/{meetingId}/statements',
    run: (b) =>
      api()
        .post(`${meetingPath(b)}/statements`)
        .send({ kind: 'joint', speakerId: null, text: 'Both sides agreed.' })
        .expect(201),
    expected: [
      ['statement', 'create'],
      ['meeting', 'update'],
    ],
  },
  {
    covers: 'PATCH /v1/meetings/{meetingId}/statements/{statementId}',
    run: (b) =>
      api()
        .patch(`${meetingPath(b)}/statements/${b.meeting.statements[1]!.id}`)
        .send({ topics: ['health'] })
        .expect(200),
    expected: [
      ['statement', 'update'],
      ['meeting', 'update'],
    ],
  },
  {
    covers: 'DELETE /v1/meetings/{meetingId}/statements/{statementId}',
    // The first statement is cited by the initiative link, which is detached.
    run: (b) =>
      api()
        .delete(`${meetingPath(b)}/statements/${b.meeting.statements[0]!.id}`)
        .expect(204),
    expected: [
      ['statement', 'delete'],
      ['meeting_initiative', 'update'],
      ['meeting', 'update'],
    ],
  },
  {
    covers: 'POST /v1/meetings/{meetingId}/initiatives',
    run: async (b) => {
      await api().post('/v1/initiatives').send({ slug: 'nurly-zhol', name: 'Nurly Zhol' }).expect(201);
      return api()
        .post(`${meetingPath(b)}/initiatives`)
        .send({ initiative: 'nurly-zhol', status: 'discussed' })
        .expect(201);
    },
    expected: [
      ['meeting_initiative', 'create'],
      ['meeting', 'update'],
    ],
  },
  {
    covers: 'PATCH /v1/meetings/{meetingId}/initiatives/{linkId}',
    run: (b) =>
      api()
        .patch(`${meetingPath(b)}/initiatives/${b.meeting.initiatives[0]!.id}`)
        .send({ status: 'signed' })
        .expect(200),
    expected: [
      ['meeting_initiative', 'update'],
      ['meeting', 'update'],
    ],
  },
  {
    covers: 'DELETE /v1/meetings/{meetingId}/initiatives/{linkId}',
    run: (b) =>
      api()
        .delete(`${meetingPath(b)}/initiatives/${b.meeting.initiatives[0]!.id}`)
        .expect(204),
    expected: [
      ['meeting_initiative', 'delete'],
      ['meeting', 'update'],
    ],
  },
  {
    covers: 'POST /v1/people',
    run: () =>
      api()
        .post('/v1/people')
        .send({ name: 'Kassym-Jomart Tokayev', countryCode: 'KZ', identifiers: [{ scheme: 'wikidata', value: 'Q1' }] })
        .expect(201),
    expected: [['person', 'create']],
  },
  {
    covers: 'PATCH /v1/people/{personId}',
    run: (b) =>
      api()
        .patch(`/v1/people/${b.meeting.participants[0]!.personId}`)
        .send({ aliases: ['王毅'] })
        .expect(200),
    expected: [['person', 'update']],
  },
  {
    covers: 'DELETE /v1/people/{personId}',
    run: async () => {
      const person = await api().post('/v1/people').send({ name: 'Nobody' }).expect(201);
      return api().delete(`/v1/people/${person.body.id}`).expect(204);
    },
    expected: [['person', 'delete']],
  },
  {
    covers: 'POST /v1/initiatives',
    run: () => api().post('/v1/initiatives').send({ slug: 'cica', name: 'CICA' }).expect(201),
    expected: [['initiative', 'create']],
  },
  {
    covers: 'PATCH /v1/initiatives/{initiativeKey}',
    run: () => api().patch('/v1/initiatives/covid-19-vaccine-supply').send({ category: 'health' }).expect(200),
    expected: [['initiative', 'update']],
  },
  {
    covers: 'DELETE /v1/initiatives/{initiativeKey}',
    run: async () => {
      await api().post('/v1/initiatives').send({ slug: 'cica', name: 'CICA' }).expect(201);
      return api().delete('/v1/initiatives/cica').expect(204);
    },
    expected: [['initiative', 'delete']],
  },
  { covers: 'POST /v1/documents', run: () => documentId(), expected: [['document', 'create']] },
  {
    covers: 'POST /v1/documents/{documentId}/commit',
    run: async () =>
      // The seed readout reports the base meeting: created again as asked, since this path is about the feed.
      api()
        .post(`/v1/documents/${await documentId()}/commit`)
        .send({ createDuplicates: true })
        .expect(201),
    expected: [
      ['document', 'update'],
      ['meeting', 'create'],
      ['participant', 'create'],
      ['statement', 'create'],
    ],
  },
  {
    // The seed readout is another readout of the base meeting (Wang Yi and Tileuberdi, Tashkent, 15 July 2021).
    covers: 'POST /v1/documents/{documentId}/commit (attach)',
    run: async (b) =>
      api()
        .post(`/v1/documents/${await documentId()}/commit`)
        .send({ attach: [{ draftMeeting: 0, meetingId: b.meeting.id }] })
        .expect(201),
    expected: [
      ['document', 'update'],
      ['meeting', 'update'],
      ['statement', 'create'],
    ],
  },
  {
    covers: 'POST /v1/documents/{documentId}/candidates',
    run: async (b) => {
      const id = await documentId();
      const { draft } = (await api().get(`/v1/documents/${id}`).expect(200)).body;
      const found = await api().post(`/v1/documents/${id}/candidates`).send({ draft }).expect(200);
      expect(found.body.data.map((c: { meetingId: string }) => c.meetingId)).toEqual([b.meeting.id]);
    },
    // Reads only: the feed gains nothing but the document's creation.
    expected: [['document', 'create']],
  },
  {
    covers: 'seed (npm start, node dist/cli.js seed)',
    run: () => seed(ctx.prisma),
    expected: [
      ['initiative', 'create'],
      ['document', 'create'],
      ['document', 'update'],
      ['meeting', 'create'],
    ],
  },
  {
    covers: 'import catalogue (npm run import)',
    run: async (b) => {
      // Only a database without any initiative gets the catalogue.
      await api().delete(meetingPath(b)).expect(204);
      await api().delete('/v1/initiatives/covid-19-vaccine-supply').expect(204);
      expect(await ensureInitiativeCatalogue(ctx.prisma)).toBeGreaterThan(0);
    },
    expected: [['initiative', 'create']],
  },
  {
    covers: 'import --commit (npm run import)',
    run: () => importPaths([dir], { prisma: ctx.prisma, options: importOptions }),
    expected: [
      ['document', 'create'],
      ['document', 'update'],
      ['meeting', 'create'],
      ['participant', 'create'],
    ],
  },
];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dm-feed-'));
  await copyFile(path.join(seedDir, seedFile), path.join(dir, seedFile));
  seedText = await readFile(path.join(seedDir, seedFile), 'utf8');
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('the change feed sees every write path', () => {
  let base: Base;
  beforeEach(async () => {
    await ctx.reset();
    await api().post('/v1/initiatives').send({ slug: 'covid-19-vaccine-supply', name: 'COVID-19 vaccine supply' }).expect(201);
    const created = await api().post('/v1/meetings').send(meetingBody()).expect(201);
    base = { meeting: created.body };
    expect(await mirror(ctx)).toEqual(await database(ctx));
  });

  it.each(writePaths)('$covers', async ({ run, expected }) => {
    const { cursor } = await readFeed();
    await run(base);
    const { changes } = await readFeed(cursor);
    const seen = new Set(changes.map((change) => `${change.recordType} ${change.action}`));
    for (const [recordType, action] of expected) expect(seen, `${recordType} ${action}`).toContain(`${recordType} ${action}`);
    expect(await mirror(ctx)).toEqual(await database(ctx));
  });

  it("keeps a mirror's copy of a meeting at the version (and ETag) the API serves after a change to a part", async () => {
    await api()
      .post(`${meetingPath(base)}/statements`)
      .send({ kind: 'joint', speakerId: null, text: 'Agreed.' })
      .expect(201);
    const served = await api().get(meetingPath(base)).expect(200);
    const last = (await readFeed()).changes.filter((change) => change.recordId === base.meeting.id).at(-1)!;
    expect(last).toMatchObject({ action: 'update', after: { version: 2, updatedAt: served.body.updatedAt } });
    expect(served.headers.etag).toBe(`"v${String(last.after!.version)}"`);
  });

  it('has a row for every write route of the contract (API keys aside: the feed leaves them out)', async () => {
    const document = (await api().get('/openapi.json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(document.paths).flatMap(([route, methods]) =>
      Object.keys(methods)
        .filter((method) => ['post', 'put', 'patch', 'delete'].includes(method))
        .map((method) => `${method.toUpperCase()} ${route}`),
    );
    const covered = new Set(writePaths.map((path) => path.covers));
    expect(
      routes
        .filter((route) => !route.startsWith('POST /v1/keys') && !route.startsWith('DELETE /v1/keys'))
        .filter((route) => !covered.has(route)),
    ).toEqual([]);
  });
});
