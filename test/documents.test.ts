import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { seedDir } from '../src/db/seed.js';
import { defaultInitiatives } from '../src/ingest/initiative-catalog.js';
import { createTestContext, type TestContext } from './helpers/app.js';

let ctx: TestContext;
let readout: string;
beforeAll(async () => {
  ctx = await createTestContext();
  readout = await readFile(path.join(seedDir, 'wang-yi-tileuberdi-2021-07-15.txt'), 'utf8');
});
afterAll(async () => ctx.close());
beforeEach(async () => {
  await ctx.reset();
  await ctx.prisma.initiative.createMany({ data: defaultInitiatives.map((entry) => ({ ...entry, aliases: [...entry.aliases] })) });
});

const api = () => supertest(ctx.app.server);

describe('POST /v1/documents', () => {
  it('stores text/plain verbatim with its SHA-256 and a draft; the same text again answers 200 with the stored one', async () => {
    const created = await api().post('/v1/documents').set('content-type', 'text/plain').send(readout).expect(201);
    expect(created.headers.location).toBe(`/v1/documents/${created.body.id}`);
    expect(created.body).toMatchObject({ text: readout, length: readout.length, meetingIds: [], language: 'en' });
    expect(created.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(created.body.draft).toMatchObject({ date: '2021-07-15', city: 'Tashkent', countryCode: 'UZ', kind: 'meeting' });
    expect(created.body.draft.participants.map((p: { name: string }) => p.name)).toEqual(['Wang Yi', 'Mukhtar Tileuberdi']);

    const again = await api().post('/v1/documents').send({ text: readout, url: 'https://example.org/other' }).expect(200);
    expect(again.body.id).toBe(created.body.id);
    expect(again.headers.location).toBe(created.headers.location);
    expect(await ctx.prisma.sourceDocument.count()).toBe(1);
  });

  it('takes JSON with metadata; publishedAt resolves year-less dates', async () => {
    const text = 'On March 3, Foreign Minister Wang Yi met with visiting French Foreign Minister Jean-Yves Le Drian in Beijing.';
    const response = await api()
      .post('/v1/documents')
      .send({ text, url: 'https://example.org/readout', publisher: 'MFA', publishedAt: '2019-03-04', language: 'en', isTranslation: false })
      .expect(201);
    expect(response.body).toMatchObject({
      url: 'https://example.org/readout',
      publisher: 'MFA',
      publishedAt: '2019-03-04',
      isTranslation: false,
    });
    expect(response.body.draft.date).toBe('2019-03-03');
  });

  it.each([
    ['empty text', { text: '' }],
    ['blank text', { text: '   \n ' }],
    ['binary data', { text: 'PK\u0003\u0004\u0000\u0000binary' }],
    ['an unknown field', { text: 'x', author: 'me' }],
    ['a bad URL', { text: 'x', url: 'not a url' }],
    ['a publication date in year 0', { text: 'x', publishedAt: '0000-01-01' }],
  ])('%s → 400', async (_label, body) => {
    const response = await api().post('/v1/documents').send(body).expect(400);
    expect(response.body.code).toBe('validation_failed');
    expect(await ctx.prisma.sourceDocument.count()).toBe(0);
  });

  it('10 MB of text → 413, nothing stored', async () => {
    const response = await api()
      .post('/v1/documents')
      .set('content-type', 'text/plain')
      .send('a'.repeat(10 * 1024 * 1024))
      .expect(413);
    expect(response.body.code).toBe('payload_too_large');
  });

  it('text that is no readout → stored with an empty draft and a warning', async () => {
    const response = await api()
      .post('/v1/documents')
      .set('content-type', 'text/plain')
      .send('Mix the flour and the butter, then bake for 20 minutes.')
      .expect(201);
    expect(response.body.draft.participants).toEqual([]);
    expect(response.body.draft.warnings.length).toBeGreaterThan(0);
  });
});

describe('GET /v1/documents', () => {
  it('lists summaries newest first and gets one with text and draft; 404 and 400 for unknown and malformed ids', async () => {
    const one = (await api().post('/v1/documents').send({ text: readout }).expect(201)).body;
    const list = (await api().get('/v1/documents').expect(200)).body;
    expect(list.data).toHaveLength(1);
    expect(list.data[0].text).toBeUndefined();
    const read = await api().get(`/v1/documents/${one.id}`).expect(200);
    expect(read.body.draft).not.toBeNull();
    await api().get(`/v1/documents/${one.id}`).set('If-None-Match', String(read.headers.etag)).expect(304);
    await api().post(`/v1/documents/${one.id}/commit`).expect(201);
    const committed = await api().get(`/v1/documents/${one.id}`).set('If-None-Match', String(read.headers.etag)).expect(200);
    expect(committed.headers.etag).not.toBe(read.headers.etag);
    await api().get('/v1/documents/01900000-0000-7000-8000-000000000000').expect(404);
    await api().get('/v1/documents/nope').expect(400);
  });
});

describe('POST /v1/documents/{id}/commit', () => {
  it('commits the draft into a meeting whose spans read back as the document’s text', async () => {
    const document = (await api().post('/v1/documents').set('content-type', 'text/plain').send(readout).expect(201)).body;
    const meeting = await api().post(`/v1/documents/${document.id}/commit`).expect(201);
    expect(meeting.headers.location).toBe(`/v1/meetings/${meeting.body.id}`);
    expect(meeting.body).toMatchObject({ date: '2021-07-15', city: 'Tashkent', sourceDocumentId: document.id });
    const full = (await api().get(`/v1/meetings/${meeting.body.id}?include=provenance`).expect(200)).body;
    for (const span of full.provenance) expect(span.text).toBe(readout.slice(span.start, span.end));
    const again = await api().post(`/v1/documents/${document.id}/commit`).expect(409);
    expect(again.body.detail).toContain(meeting.body.id);
  });

  it('commits a corrected draft', async () => {
    const document = (await api().post('/v1/documents').send({ text: readout }).expect(201)).body;
    const draft = { ...document.draft, title: 'Wang Yi meets Mukhtar Tileuberdi', kind: 'sideline_meeting' };
    const meeting = (await api().post(`/v1/documents/${document.id}/commit`).send({ draft }).expect(201)).body;
    expect(meeting).toMatchObject({ title: 'Wang Yi meets Mukhtar Tileuberdi', kind: 'sideline_meeting' });
  });

  it('adds new candidate initiatives to the catalogue, audited, and links them', async () => {
    const document = (await api().post('/v1/documents').send({ text: readout }).expect(201)).body;
    const candidate = {
      slug: 'green-energy-partnership',
      name: 'Green Energy Partnership',
      isCandidate: true,
      status: 'proposed',
      description: null,
      committedParties: [],
      statementIndex: 0,
      span: null,
      confidence: 0.5,
    };
    const draft = { ...document.draft, initiatives: [...document.draft.initiatives, candidate] };
    const meeting = (await api().post(`/v1/documents/${document.id}/commit`).send({ draft }).expect(201)).body;
    const created = await ctx.prisma.initiative.findUniqueOrThrow({ where: { slug: 'green-energy-partnership' } });
    expect(await ctx.prisma.meetingInitiative.count({ where: { meetingId: meeting.id, initiativeId: created.id } })).toBe(1);
    expect(await ctx.prisma.auditEvent.count({ where: { recordType: 'initiative', recordId: created.id, action: 'create' } })).toBe(1);
  });

  it('refuses a draft without a date (422) or with a span outside the text (422), and leaves nothing behind', async () => {
    const document = (await api().post('/v1/documents').send({ text: readout }).expect(201)).body;
    await api()
      .post(`/v1/documents/${document.id}/commit`)
      .send({ draft: { ...document.draft, date: null } })
      .expect(422);
    const outside = { ...document.draft, titleSpan: { start: 0, end: readout.length + 5 } };
    await api().post(`/v1/documents/${document.id}/commit`).send({ draft: outside }).expect(422);
    await api()
      .post(`/v1/documents/${document.id}/commit`)
      .send({ draft: { ...document.draft, kind: 'party' } })
      .expect(400);
    await api()
      .post(`/v1/documents/${document.id}/commit`)
      .send({ draft: { ...document.draft, date: '0000-01-01' } })
      .expect(400);
    expect(await ctx.prisma.meeting.count()).toBe(0);
    expect(await ctx.prisma.person.count()).toBe(0);
  });

  it('a text with no meeting date: the stored draft cannot be committed as it stands', async () => {
    const document = (await api().post('/v1/documents').send({ text: 'Mix the flour and the butter.' }).expect(201)).body;
    const response = await api().post(`/v1/documents/${document.id}/commit`).expect(422);
    expect(response.body.detail).toMatch(/no meeting date/);
    await api().post('/v1/documents/01900000-0000-7000-8000-000000000000/commit').expect(404);
  });

  it('matches participants to people already stored, through names and aliases', async () => {
    const person = await ctx.prisma.person.create({
      data: { name: 'Mukhtar Tleuberdi', aliases: ['Mukhtar Tileuberdi'], countryCode: 'KZ' },
    });
    const document = (await api().post('/v1/documents').send({ text: readout }).expect(201)).body;
    expect(document.draft.participants[1].personId).toBe(person.id);
    await api().post(`/v1/documents/${document.id}/commit`).expect(201);
    expect(await ctx.prisma.person.count()).toBe(2);
  });
});

describe('concurrent requests', () => {
  it('the same text posted twice at once is stored once: one 201, one 200 with the same document', async () => {
    const results = await Promise.all([1, 2].map(() => api().post('/v1/documents').set('content-type', 'text/plain').send(readout)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 201]);
    expect(results[0]!.body.id).toBe(results[1]!.body.id);
    expect(await ctx.prisma.sourceDocument.count()).toBe(1);
  });

  it('two commits of one document at once make one meeting: one 201, one 409', async () => {
    const document = (await api().post('/v1/documents').send({ text: readout }).expect(201)).body;
    const results = await Promise.all([1, 2].map(() => api().post(`/v1/documents/${document.id}/commit`)));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await ctx.prisma.meeting.count()).toBe(1);
  });
});
