import { beforeEach, expect, it } from 'vitest';
import supertest from 'supertest';
import { useTestContext } from './helpers/app.js';

// An editor may add to a draft someone the readout never prints (an aide the ministry's photo shows): the added
// participant needs no printed name — it is then its name — and no confidence.

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
beforeEach(() => ctx.reset());

const text = 'Foreign Minister Anna Berg met Finnish Foreign Minister Pekka Laine in Stockholm on 3 May 2024.';

it.each([
  ['left out', {}],
  ['null', { printedName: null }],
  ['given', { printedName: 'Lars Holm, adviser' }],
])('a participant added with its printed name %s is committed', async (_label, printed) => {
  const document = (await api().post('/v1/documents').send({ text }).expect(201)).body;
  const draft = structuredClone(document.draft);
  const added: Record<string, unknown> = {
    key: 'added',
    name: 'Lars Holm',
    title: 'Adviser',
    countryCode: 'SE',
    organization: null,
    role: 'host',
    printedTitle: null,
    personId: null,
    span: null,
    titleSpan: null,
    ...printed,
  };
  draft.meetings[0].participants.push(added);
  const committed = await api().post(`/v1/documents/${document.id}/commit`).send({ draft }).expect(201);
  const meeting = (await api().get(`/v1/meetings/${committed.body.data[0].id}?include=participants`).expect(200)).body;
  const holm = meeting.participants.find((p: { title: string | null }) => p.title === 'Adviser');
  expect(holm?.printedName).toBe('printedName' in printed && printed.printedName ? printed.printedName : 'Lars Holm');
});
