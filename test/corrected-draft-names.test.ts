import { beforeEach, expect, it } from 'vitest';
import supertest from 'supertest';
import { useTestContext } from './helpers/app.js';

// A corrected draft's item that points at a stored record (a participant's personId, a candidate's slug) and names it
// otherwise: the commit stored the record pointed at and dropped the editor's name with a 201 (trial finding). Now a
// name that is not the record's (nor an alias, nor what the stored draft said) is a 422 at that name, nothing written.

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
beforeEach(() => ctx.reset());

const text = 'Foreign Minister Anna Berg met Finnish Foreign Minister Pekka Laine in Stockholm on 3 May 2024.';

async function postedWithLaine() {
  const person = (
    await api()
      .post('/v1/people')
      .send({ name: 'Pekka Laine', aliases: ['P. Laine'], countryCode: 'FI' })
      .expect(201)
  ).body;
  const document = (await api().post('/v1/documents').send({ text }).expect(201)).body;
  const draft = structuredClone(document.draft);
  const index = draft.meetings[0].participants.findIndex((p: { personId: string | null }) => p.personId === person.id);
  expect(index, 'the draft matched the stored person').toBeGreaterThanOrEqual(0);
  return { person, document, draft, index };
}

it.each([
  ['the person’s name', 'Pekka Laine', 201],
  ['one of the person’s aliases', 'P. Laine', 201],
  ['the name in other case and accents', 'PEKKA LÄINE', 201],
  ['another name', 'Petri Laine', 422],
])('a participant with a personId named by %s (%s): %i', async (_label, name, status) => {
  const { person, document, draft, index } = await postedWithLaine();
  draft.meetings[0].participants[index].name = name;
  const response = await api().post(`/v1/documents/${document.id}/commit`).send({ draft }).expect(status);
  if (status === 422) {
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.errors).toContainEqual(
      expect.objectContaining({ in: 'body', pointer: `/draft/meetings/0/participants/${index}/name` }),
    );
    expect(response.body.errors[0].message).toContain('leave personId out');
    // Nothing written: the document is not committed and the person keeps their name.
    expect((await api().get(`/v1/documents/${document.id}`).expect(200)).body.meetingIds).toEqual([]);
  }
  expect((await api().get(`/v1/people/${person.id}`).expect(200)).body.name).toBe('Pekka Laine');
});

it('a participant renamed with its personId left out is recorded as the person of that name', async () => {
  const { person, document, draft, index } = await postedWithLaine();
  draft.meetings[0].participants[index] = { ...draft.meetings[0].participants[index], name: 'Petri Laine', personId: null };
  const committed = await api().post(`/v1/documents/${document.id}/commit`).send({ draft }).expect(201);
  const meeting = (await api().get(`/v1/meetings/${committed.body.data[0].id}?include=participants`).expect(200)).body;
  const laine = meeting.participants.find(
    (p: { personId: string; countryCode: string | null }) => p.personId !== person.id && p.countryCode === 'FI',
  );
  expect((await api().get(`/v1/people/${laine.personId}`).expect(200)).body.name).toBe('Petri Laine');
});

it.each([
  ['participant', (draft: Draft) => (draft.meetings[0]!.participants[0]!.name = '   ')],
  ['initiative', (draft: Draft) => draft.meetings[0]!.initiatives.push({ ...candidate, name: ' \t ' })],
])('a blank %s name is a 400', async (_label, blank) => {
  const document = (await api().post('/v1/documents').send({ text }).expect(201)).body;
  const draft = structuredClone(document.draft);
  blank(draft);
  const response = await api().post(`/v1/documents/${document.id}/commit`).send({ draft }).expect(400);
  expect(JSON.stringify(response.body.errors)).toContain('must not be blank');
});

type Draft = { meetings: { participants: { name: string }[]; initiatives: Record<string, unknown>[] }[] };
const candidate = { slug: 'mekong-korea-cooperation-fund', name: 'Mekong–Korea Cooperation Fund', isCandidate: true, status: 'discussed' };

it.each([
  ['a stored initiative of another name', 422, { slug: 'paris-agreement' }],
  ['a stored initiative of that name, written otherwise', 201, { slug: 'paris-agreement', name: 'PARIS agreement' }],
  ['a slug of its own', 201, { slug: 'mkcf' }],
  ['the slug its name gives', 201, {}],
])('a candidate initiative with %s: %i', async (_label, status, given) => {
  await api().post('/v1/initiatives').send({ slug: 'paris-agreement', name: 'Paris Agreement' }).expect(201);
  const document = (await api().post('/v1/documents').send({ text }).expect(201)).body;
  const draft = structuredClone(document.draft);
  draft.meetings[0].initiatives.push({ ...candidate, ...given });
  const at = draft.meetings[0].initiatives.length - 1;
  const response = await api().post(`/v1/documents/${document.id}/commit`).send({ draft }).expect(status);
  if (status === 422) {
    expect(response.body.errors).toContainEqual(expect.objectContaining({ pointer: `/draft/meetings/0/initiatives/${at}/name` }));
    expect((await api().get('/v1/initiatives/paris-agreement').expect(200)).body.name).toBe('Paris Agreement');
  } else {
    const slug = (given as { slug?: string }).slug ?? candidate.slug;
    const meeting = (await api().get(`/v1/meetings/${response.body.data[0].id}?include=initiatives`).expect(200)).body;
    const linked = (await api().get(`/v1/initiatives/${slug}`).expect(200)).body;
    expect(meeting.initiatives.map((link: { initiativeId: string }) => link.initiativeId)).toContain(linked.id);
  }
});
