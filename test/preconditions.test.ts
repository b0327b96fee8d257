import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { createTestContext, type TestContext } from './helpers/app.js';
import { createInitiativeRow, meetingBody } from './helpers/factories.js';

// Conditional requests (RFC 9110 §13) on every resource that has an ETag. If-Match compares strongly, If-None-Match
// weakly; a valid entity tag that does not match — weak, foreign, from an older scheme, a stale version — fails the
// condition (412, or 304 for a GET's If-None-Match); only a value that is no entity tag is a 400.

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

const api = () => supertest(ctx.app.server);

interface Resource {
  name: string;
  url: () => string;
  /** A harmless merge patch for the resource. */
  patch: Record<string, unknown>;
}

let ids: { meeting: string; participant: string; statement: string; link: string; person: string; document: string };
beforeEach(async () => {
  await ctx.reset();
  await createInitiativeRow(ctx.prisma);
  await createInitiativeRow(ctx.prisma, 'belt-and-road-initiative', 'Belt and Road Initiative');
  const meeting = (await api().post('/v1/meetings').send(meetingBody()).expect(201)).body;
  const person = (await api().post('/v1/people').send({ name: 'Anna Berg', countryCode: 'SE' }).expect(201)).body;
  const document = (
    await api().post('/v1/documents').set('content-type', 'text/plain').send('Ministers met in Rome on 3 May 2023.').expect(201)
  ).body;
  ids = {
    meeting: meeting.id,
    participant: meeting.participants[0].id,
    statement: meeting.statements[0].id,
    link: meeting.initiatives[0].id,
    person: person.id,
    document: document.id,
  };
});

const resources: Resource[] = [
  { name: 'meeting', url: () => `/v1/meetings/${ids.meeting}`, patch: { summary: 'checked' } },
  { name: 'participant', url: () => `/v1/meetings/${ids.meeting}/participants/${ids.participant}`, patch: { printedTitle: 'checked' } },
  { name: 'statement', url: () => `/v1/meetings/${ids.meeting}/statements/${ids.statement}`, patch: { topics: ['checked'] } },
  { name: 'initiative link', url: () => `/v1/meetings/${ids.meeting}/initiatives/${ids.link}`, patch: { description: 'checked' } },
  { name: 'person', url: () => `/v1/people/${ids.person}`, patch: { aliases: ['checked'] } },
  { name: 'initiative', url: () => '/v1/initiatives/belt-and-road-initiative', patch: { description: 'checked' } },
];

const etagOf = async (url: string) => String((await api().get(url).expect(200)).headers.etag);

// Tags that look like ours for the current version ("v3") and are not: only what etagFor writes names a version.
const versionIn = (etag: string) => /^"v(\d+)/.exec(etag)?.[1] ?? '0';
type Case = [label: string, status: number, header: (etag: string) => string];
const nearMisses: [string, (etag: string) => string][] = [
  ['a leading zero', (etag) => `"v0${versionIn(etag)}"`],
  ['an unknown representation', (etag) => `"v${versionIn(etag)}-nonsense"`],
  ['a representation in capitals', (etag) => `"v${versionIn(etag)}-PARTICIPANTS"`],
  ['representations out of order', (etag) => `"v${versionIn(etag)}-statements.participants"`],
];

describe.each(resources)('$name', ({ name, url, patch }) => {
  it.each<Case>([
    ['the current ETag', 200, (etag: string) => etag],
    ['a list holding the current ETag', 200, (etag: string) => `"v999", ${etag}`],
    ['*', 200, () => '*'],
    ['the current ETag made weak', 412, (etag: string) => `W/${etag}`],
    ['a foreign entity tag', 412, () => '"abc"'],
    ['an empty entity tag', 412, () => '""'],
    ['a stale version', 412, () => '"v999"'],
    // Near misses of a tag of ours: a leading zero, an unknown or misspelt representation, an unsorted one.
    ...nearMisses.map(([label, make]): Case => [label, 412, make]),
    ['a value without quotes', 400, () => 'v1'],
    ['an unterminated tag', 400, () => '"v1'],
    ['an empty value', 400, () => ' '],
  ])('PATCH with If-Match: %s → %i', async (_label, status, header) => {
    const etag = await etagOf(url());
    const response = await api().patch(url()).set('If-Match', header(etag)).send(patch).expect(status);
    if (status === 412) expect(response.body).toMatchObject({ code: 'precondition_failed' });
    if (status === 400) expect(response.body.detail).toContain('If-Match');
    if (status !== 200) expect(await etagOf(url())).toBe(etag);
  });

  it.each([
    ['*', 412, () => '*'],
    ['the current ETag, weak', 412, (etag: string) => `W/${etag}`],
    ['the current ETag', 412, (etag: string) => etag],
    ['another version', 200, () => '"v999"'],
    ['a value without quotes', 400, () => 'nope'],
  ])('PATCH with If-None-Match: %s → %i', async (_label, status, header) => {
    const etag = await etagOf(url());
    await api().patch(url()).set('If-None-Match', header(etag)).send(patch).expect(status);
  });

  it.each<Case>([
    ['the current ETag made weak', 412, (etag: string) => `W/${etag}`],
    ['a foreign entity tag', 412, () => '"abc"'],
    ...nearMisses.map(([label, make]): Case => [label, 412, make]),
    ['a value without quotes', 400, () => 'abc'],
  ])('DELETE with If-Match: %s → %i, nothing deleted', async (_label, status, header) => {
    const etag = await etagOf(url());
    await api().delete(url()).set('If-Match', header(etag)).expect(status);
    await api().get(url()).expect(200);
  });

  // The 412 says why: a weak tag of the current version is not "a change" (a new user looked for one).
  it.each([
    ['If-Match', 'the current ETag made weak', (etag: string) => `W/${etag}`, /compares entity tags strongly .* has not changed/],
    [
      'If-Match',
      'a stale version',
      () => '"v999"',
      /does not name the .* current ETag, .*: it has changed since the tag was read, or the tag was never one/,
    ],
    [
      'If-Match',
      'a tag the API never gave',
      () => '"nope"',
      /does not name the .* current ETag, .*: it has changed since the tag was read, or the tag was never one/,
    ],
    ['If-None-Match', '*', () => '*', /asks that the .* not exist; it does/],
    ['If-None-Match', 'the current ETag', (etag: string) => etag, /names the .* current ETag, .*: it has not changed/],
  ])('PATCH with %s: %s → a 412 that says why', async (name, _label, header, detail) => {
    const etag = await etagOf(url());
    const response = await api().patch(url()).set(name, header(etag)).send(patch).expect(412);
    expect(response.body.detail).toMatch(detail);
  });

  // A representation the record has — a meeting's embedded lists — names its version; one it cannot have ("v4-statements"
  // of a person) is no tag of ours, on reads and writes alike.
  it.each(['statements', 'participants.statements', 'initiatives.participants.provenance.statements'])(
    "If-Match naming the version with embedded %s: a meeting's representation, no other record's",
    async (parts) => {
      const etag = await etagOf(url());
      const tag = `"v${versionIn(etag)}-${parts}"`;
      const status = name === 'meeting' ? 200 : 412;
      await api().get(url()).set('If-Match', tag).expect(status);
      await api().patch(url()).set('If-Match', tag).send(patch).expect(status);
      if (status === 412) expect(await etagOf(url())).toBe(etag);
    },
  );

  it('GET with If-Match: the current ETag made weak → a 412 that says why', async () => {
    const etag = await etagOf(url());
    const response = await api().get(url()).set('If-Match', `W/${etag}`).expect(412);
    expect(response.body.detail).toMatch(/compares entity tags strongly/);
  });

  it.each([
    ['the current ETag', 304, (etag: string) => etag],
    ['the current ETag, weak', 304, (etag: string) => `W/${etag}`],
    ['*', 304, () => '*'],
    ['another entity tag', 200, () => '"abc"'],
    ['a value without quotes', 400, () => 'abc'],
  ])('GET with If-None-Match: %s → %i', async (_label, status, header) => {
    const etag = await etagOf(url());
    await api().get(url()).set('If-None-Match', header(etag)).expect(status);
  });

  it.each<Case>([
    ['the current ETag', 200, (etag: string) => etag],
    ['the current ETag made weak', 412, (etag: string) => `W/${etag}`],
    ['a foreign entity tag', 412, () => '"abc"'],
    ...nearMisses.map(([label, make]): Case => [label, 412, make]),
  ])('GET with If-Match: %s → %i', async (_label, status, header) => {
    const etag = await etagOf(url());
    await api().get(url()).set('If-Match', header(etag)).expect(status);
  });
});

describe('a meeting: the ETag of any representation names its version', () => {
  it.each([
    ['the plain ETag on a GET with include', '?include=participants', (version: string) => `"v${version}"`, 200],
    ['a representation ETag on a GET without include', '', (version: string) => `"v${version}-participants.statements"`, 200],
    ['a representation ETag in capitals', '?include=participants', (version: string) => `"v${version}-PARTICIPANTS"`, 412],
  ])('%s', async (_label, query, make, status) => {
    const version = /^"v(\d+)/.exec(await etagOf(`/v1/meetings/${ids.meeting}`))?.[1] ?? '0';
    await api().get(`/v1/meetings/${ids.meeting}${query}`).set('If-Match', make(version)).expect(status);
  });

  it('takes a representation ETag for a PATCH', async () => {
    const etag = String((await api().get(`/v1/meetings/${ids.meeting}?include=participants,statements`).expect(200)).headers.etag);
    await api().patch(`/v1/meetings/${ids.meeting}`).set('If-Match', etag).send({ summary: 'from a representation' }).expect(200);
  });
});

describe('documents', () => {
  it('GET honours If-None-Match by weak comparison and If-Match by strong comparison', async () => {
    const url = `/v1/documents/${ids.document}`;
    const etag = await etagOf(url);
    await api().get(url).set('If-None-Match', `W/${etag}`).expect(304);
    await api().get(url).set('If-Match', `W/${etag}`).expect(412);
    await api().get(url).set('If-Match', etag).expect(200);
    await api().get(url).set('If-None-Match', 'garbage').expect(400);
  });
});
