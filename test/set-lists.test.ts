import supertest from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestContext } from './helpers/app.js';
import { createInitiativeRow, meetingBody } from './helpers/factories.js';

// Lists that are sets — committed parties, topics, aliases — take each text once: the same text twice (ignoring case)
// is a 400 pointing at the second, on every route that takes such a list, and nothing is stored.

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
let meeting: { id: string; version: number; statements: Array<{ id: string }>; initiatives: Array<{ id: string }> };
beforeEach(async () => {
  await ctx.reset();
  await createInitiativeRow(ctx.prisma);
  await createInitiativeRow(ctx.prisma, 'belt-and-road-initiative', 'Belt and Road Initiative');
  meeting = (await api().post('/v1/meetings').send(meetingBody()).expect(201)).body;
});

const cases: Array<[string, 'post' | 'patch', () => string, () => object, string]> = [
  [
    'a link’s committedParties',
    'post',
    () => `/v1/meetings/${meeting.id}/initiatives`,
    () => ({ initiative: 'belt-and-road-initiative', status: 'agreed', committedParties: ['CN', 'KZ', 'cn'] }),
    '/committedParties/2',
  ],
  [
    'a link’s committedParties, changed',
    'patch',
    () => `/v1/meetings/${meeting.id}/initiatives/${meeting.initiatives[0]!.id}`,
    () => ({ committedParties: ['CN', 'CN'] }),
    '/committedParties/1',
  ],
  [
    'a statement’s topics',
    'post',
    () => `/v1/meetings/${meeting.id}/statements`,
    () => ({ kind: 'joint', text: 'Both agreed.', topics: ['trade', 'Trade'] }),
    '/topics/1',
  ],
  ['a person’s aliases', 'post', () => '/v1/people', () => ({ name: 'Alias Test', aliases: ['A. Test', 'a. test'] }), '/aliases/1'],
  [
    'an initiative’s aliases',
    'post',
    () => '/v1/initiatives',
    () => ({ slug: 'alias-test', name: 'Alias test', aliases: ['AT', 'AT'] }),
    '/aliases/1',
  ],
  [
    'a nested meeting’s committed parties',
    'post',
    () => '/v1/meetings',
    () => {
      const body = meetingBody({ title: 'Nested duplicate' }) as { initiatives: Array<Record<string, unknown>> };
      body.initiatives[0]!.committedParties = ['CN', 'KZ', 'KZ'];
      return body;
    },
    '/initiatives/0/committedParties/2',
  ],
];

describe('a text listed twice in a set is a 400 at the second', () => {
  it.each(cases)('%s', async (_label, method, url, body, pointer) => {
    const audited = await ctx.prisma.auditEvent.count();
    const response = await api()[method](url()).send(body()).expect(400);
    expect(response.body.errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
    expect(await ctx.prisma.auditEvent.count()).toBe(audited);
  });
});

describe('a corrected draft with a text listed twice is refused alike by every route that takes a draft', () => {
  const readout = `Wang Yi met with Peruvian Foreign Minister Ana Cecilia Gervasi in Beijing on 4 March 2024.\n\nWang Yi said China valued its trade with Peru.`;
  it.each(['candidates', 'commit'])('POST /v1/documents/{id}/%s', async (route) => {
    const document = (await api().post('/v1/documents').send({ text: readout }).expect(201)).body;
    const draft = structuredClone(document.draft);
    draft.meetings[0].statements[0].topics = ['trade', 'TRADE'];
    const response = await api().post(`/v1/documents/${document.id}/${route}`).send({ draft }).expect(400);
    expect(response.body.errors.map((e: { pointer: string }) => e.pointer)).toContain('/draft/meetings/0/statements/0/topics/1');
  });
});
