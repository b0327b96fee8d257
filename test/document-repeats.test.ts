import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { createTestContext, type TestContext } from './helpers/app.js';

// A second POST /v1/documents of a stored text (new-user trial 115): its metadata used to be dropped without a word.
// Now what it adds to a document not yet committed is filled in (and the draft read again with it); what contradicts a
// stored value is a 409 naming the field with both values; what agrees, or is left out, answers the stored document.

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());
beforeEach(async () => ctx.reset());

const api = () => supertest(ctx.app.server);
const text = 'Foreign Minister Ana Silva of Portugal met Foreign Minister Kenji Mori of Japan in Lisbon on Thursday.';

// Every metadata member of the create body: a first value, and another.
const fields = [
  { field: 'url', first: 'https://example.org/a', other: 'https://example.org/b', nullable: true },
  { field: 'title', first: 'Silva meets Mori', other: 'Mori meets Silva', nullable: true },
  { field: 'publisher', first: 'Ministry A', other: 'Ministry B', nullable: true },
  { field: 'publishedAt', first: '2024-03-08', other: '2024-03-15', nullable: true },
  { field: 'language', first: 'en', other: 'pt', nullable: false },
  { field: 'isTranslation', first: false, other: true, nullable: false },
] as const;

const auditUpdates = (id: string) => ctx.prisma.auditEvent.count({ where: { recordType: 'document', recordId: id, action: 'update' } });

describe('POST /v1/documents with a text stored already', () => {
  it.each(fields)('$field: the same value answers 200 with the stored document, unchanged', async ({ field, first }) => {
    const created = await api()
      .post('/v1/documents')
      .send({ text, [field]: first })
      .expect(201);
    const again = await api()
      .post('/v1/documents')
      .send({ text, [field]: first })
      .expect(200);
    expect(again.body).toEqual(created.body);
    expect(await auditUpdates(created.body.id)).toBe(0);
  });

  it.each(fields)('$field: another value than the stored one is a 409 at /$field with both values', async ({ field, first, other }) => {
    const created = await api()
      .post('/v1/documents')
      .send({ text, [field]: first })
      .expect(201);
    const again = await api()
      .post('/v1/documents')
      .send({ text, [field]: other })
      .expect(409);
    expect(again.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(again.body.errors).toEqual([
      {
        in: 'body',
        pointer: `/${field}`,
        message: `is ${JSON.stringify(other)}, but document ${created.body.id}, which has this text, has ${JSON.stringify(first)}`,
      },
    ]);
    expect(again.body.detail).toContain(`${field}: ${JSON.stringify(first)} stored, ${JSON.stringify(other)} sent`);
    const stored = await api().get(`/v1/documents/${created.body.id}`).expect(200);
    expect(stored.body).toEqual(created.body);
  });

  it.each(fields.filter((entry) => entry.nullable))(
    '$field: a value the stored document lacks is filled in, recorded as an update',
    async ({ field, other }) => {
      const created = await api().post('/v1/documents').set('content-type', 'text/plain').send(text).expect(201);
      // The title is the draft's when the request gives none: it is empty only for a text without one.
      if (field === 'title') await ctx.prisma.sourceDocument.update({ where: { id: created.body.id }, data: { title: null } });
      const again = await api()
        .post('/v1/documents')
        .send({ text, [field]: other })
        .expect(200);
      expect(again.body.id).toBe(created.body.id);
      expect(again.body[field]).toBe(other);
      expect((await api().get(`/v1/documents/${created.body.id}`).expect(200)).body[field]).toBe(other);
      expect(await auditUpdates(created.body.id)).toBe(1);
    },
  );

  it('a publishedAt filled in reads the draft again: "on Thursday" gets its date', async () => {
    const created = await api().post('/v1/documents').set('content-type', 'text/plain').send(text).expect(201);
    expect(created.body.draft.meetings[0].date).toBeNull();
    const again = await api().post('/v1/documents').send({ text, publishedAt: '2024-03-08' }).expect(200);
    expect(again.body.draft.meetings[0]).toMatchObject({ date: '2024-03-07', dateBasis: 'weekday' });
  });

  it('a value left out or sent as null asserts nothing', async () => {
    const created = await api().post('/v1/documents').send({ text, publisher: 'Ministry A', publishedAt: '2024-03-08' }).expect(201);
    await api().post('/v1/documents').set('content-type', 'text/plain').send(text).expect(200);
    const again = await api().post('/v1/documents').send({ text, publisher: null, publishedAt: null, url: null }).expect(200);
    expect(again.body).toEqual(created.body);
  });

  it('a committed document takes nothing: even a value it lacks is a 409 that names its meetings', async () => {
    const created = await api().post('/v1/documents').send({ text, publishedAt: '2024-03-08' }).expect(201);
    const committed = await api().post(`/v1/documents/${created.body.id}/commit`).expect(201);
    const meetingId = committed.body.data[0].id;
    const again = await api().post('/v1/documents').send({ text, publisher: 'Ministry A' }).expect(409);
    expect(again.body.detail).toContain(`committed as meeting ${meetingId}`);
    expect(again.body.errors.map((error: { pointer: string }) => error.pointer)).toEqual(['/publisher']);
    expect((await api().get(`/v1/documents/${created.body.id}`).expect(200)).body.publisher).toBeNull();
  });

  it('a fill and a contradiction in one request: nothing is stored, 409 for the contradiction', async () => {
    const created = await api().post('/v1/documents').send({ text, publisher: 'Ministry A' }).expect(201);
    const again = await api().post('/v1/documents').send({ text, publisher: 'Ministry B', publishedAt: '2024-03-08' }).expect(409);
    expect(again.body.errors.map((error: { pointer: string }) => error.pointer)).toEqual(['/publisher', '/publishedAt']);
    expect((await api().get(`/v1/documents/${created.body.id}`).expect(200)).body.publishedAt).toBeNull();
  });

  it('two repeats filling in different dates at once: one is stored, the other is a 409', async () => {
    const created = await api().post('/v1/documents').set('content-type', 'text/plain').send(text).expect(201);
    const results = await Promise.all(
      ['2024-03-08', '2024-03-15'].map((publishedAt) => api().post('/v1/documents').send({ text, publishedAt })),
    );
    expect(results.map((result) => result.status).sort()).toEqual([200, 409]);
    const winner = results.find((result) => result.status === 200)!;
    expect((await api().get(`/v1/documents/${created.body.id}`).expect(200)).body.publishedAt).toBe(winner.body.publishedAt);
    expect(await auditUpdates(created.body.id)).toBe(1);
  });
});

describe('POST /v1/documents with JSON that is not an object (new-user trial 116)', () => {
  it.each([
    ['"just a string, readout text"', 'a string'],
    ['123', 'a number'],
    ['[{"text": "Minister A met Minister B."}]', 'a list'],
    ['true', 'a boolean'],
  ])('%s → 400 at the body, nothing stored', async (body, what) => {
    const response = await api().post('/v1/documents').set('content-type', 'application/json').send(body).expect(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ in: 'body', pointer: '' })]);
    expect(response.body.detail).toContain(`not ${what}; send the readout itself as text/plain`);
    expect(await ctx.prisma.sourceDocument.count()).toBe(0);
  });

  it('the same text as text/plain is a readout', async () => {
    await api().post('/v1/documents').set('content-type', 'text/plain; charset=utf-8').send('just a string, readout text').expect(201);
  });
});

describe('a text/plain readout with its charset given twice', () => {
  it.each(['utf-8; charset=iso-8859-1', 'iso-8859-1; charset="UTF-8"'])('charset=%s → 415, nothing stored', async (charset) => {
    const response = await api()
      .post('/v1/documents')
      .set('content-type', `text/plain; charset=${charset}`)
      .send('Minister A met Minister B.')
      .expect(415);
    expect(response.body.errors[0]).toMatchObject({ in: 'header', pointer: '/content-type' });
    expect(await ctx.prisma.sourceDocument.count()).toBe(0);
  });

  it('the same charset twice is that charset', async () => {
    await api()
      .post('/v1/documents')
      .set('content-type', 'text/plain; charset=utf-8; charset=UTF-8')
      .send('Minister A met Minister B.')
      .expect(201);
  });
});

describe('publishedAt as a page prints it (new-user trial 116)', () => {
  it.each([
    ['2024-03-03', '2024-03-03'],
    ['2024-03-03T10:00:00Z', '2024-03-03'],
    ['2024-03-03T23:30:00-05:00', '2024-03-03'],
    ['2024-03-03T01:15+05:30', '2024-03-03'],
    ['2024-03-03 07:06:00.123Z', '2024-03-03'],
    ['2024-03-03T23:59:60Z', '2024-03-03'],
    ['2024-03-03T10:00:00+14:00', '2024-03-03'],
  ])('%s is the date %s', async (publishedAt, date) => {
    const response = await api().post('/v1/documents').send({ text, publishedAt }).expect(201);
    expect(response.body.publishedAt).toBe(date);
    // "on Thursday" of that week
    expect(response.body.draft.meetings[0].date).toBe('2024-02-29');
  });

  it.each([
    '2024-03-03T10:00',
    '03/03/2024',
    '2024-02-30T10:00:00Z',
    'yesterday',
    // The grammar's ranges (new-user trial 126): hour, minute, second, and the offset's hour and minute.
    '2024-03-03T24:00:00Z',
    '2024-03-03T99:99:99Z',
    '2024-03-03T10:60:00Z',
    '2024-03-03T10:00:61Z',
    '2024-03-03T10:00:00+24:00',
    '2024-03-03T10:00:00+99:99',
    '2024-03-03T10:00:00-05:60',
  ])('%s → 400 at /publishedAt', async (publishedAt) => {
    const response = await api().post('/v1/documents').send({ text, publishedAt }).expect(400);
    expect(response.body.errors.map((error: { pointer: string }) => error.pointer)).toEqual(['/publishedAt']);
  });
});
