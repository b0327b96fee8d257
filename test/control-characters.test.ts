import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import supertest from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { readReadoutFile } from '../src/ingest-cli/readout-file.js';
import { useTestContext } from './helpers/app.js';
import { candidateInitiative, createInitiativeRow, meetingBody } from './helpers/factories.js';

// No stored text holds a control character that prints nothing (C0 but tab and line breaks, DEL, C1): on every write of
// a text that may run over lines — a meeting's title and summary, a statement's text and topics, an initiative's name,
// category and description, a link's description and committed parties, a participant's printed name and title, a
// document's readout, and each of those committed from a corrected draft — it is a 400 at the
// field that names the character, and nothing is written. Tabs, line feeds, carriage returns and form feeds are taken.
// (New-user trial 135 F20: a bell, a backspace and an ESC had been stored in a meeting's title. One-line fields —
// names, cities, titles of office, a document's title and publisher — refuse these and line breaks too:
// one-line-fields.test.ts.)

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
const mergePatch = 'application/merge-patch+json';
type Created = { id: string; participants: { id: string }[]; statements: { id: string }[]; initiatives: { id: string }[] };
let meeting: Created;
const readout = 'Foreign Minister Anna Berg met Foreign Minister Ole Lund in Oslo on 3 May 2024. They discussed energy.';
let document: { id: string; draft: { meetings: Record<string, unknown>[] } };
beforeEach(async () => {
  await ctx.reset();
  await createInitiativeRow(ctx.prisma);
  meeting = (await api().post('/v1/meetings').send(meetingBody()).expect(201)).body;
  document = (await api().post('/v1/documents').send({ text: readout }).expect(201)).body;
});

const base = () => `/v1/meetings/${meeting.id}`;
const participant = (field: string, value: string) => ({ person: { name: 'Ana Lima', countryCode: 'BR' }, role: 'guest', [field]: value });
const statement = (value: string) => ({ kind: 'joint', text: value });

// A corrected draft of the document with `edit` applied to its first meeting, committed.
function commitEdited(edit: (meeting: Record<string, unknown>) => void): supertest.Test {
  const draft = structuredClone(document.draft);
  edit(draft.meetings[0]!);
  return api().post(`/v1/documents/${document.id}/commit`).send({ draft });
}

// [what, send(value) → the request, the pointer of the error]
const writes: [string, (value: string) => supertest.Test, string][] = [
  [
    'POST /v1/meetings title',
    (value) =>
      api()
        .post('/v1/meetings')
        .send(meetingBody({ title: value })),
    '/title',
  ],
  ['PATCH /v1/meetings/{id} title', (value) => api().patch(base()).set('content-type', mergePatch).send({ title: value }), '/title'],
  [
    'POST /v1/meetings summary',
    (value) =>
      api()
        .post('/v1/meetings')
        .send(meetingBody({ summary: value })),
    '/summary',
  ],
  ['PATCH /v1/meetings/{id} summary', (value) => api().patch(base()).set('content-type', mergePatch).send({ summary: value }), '/summary'],
  [
    'POST /v1/meetings statements[].text',
    (value) =>
      api()
        .post('/v1/meetings')
        .send(meetingBody({ statements: [statement(value)], initiatives: [] })),
    '/statements/0/text',
  ],
  [
    'POST /v1/meetings statements[].topics[]',
    (value) =>
      api()
        .post('/v1/meetings')
        .send(meetingBody({ statements: [{ ...statement('Energy.'), topics: [value] }], initiatives: [] })),
    '/statements/0/topics/0',
  ],
  ['POST /v1/meetings/{id}/statements text', (value) => api().post(`${base()}/statements`).send(statement(value)), '/text'],
  [
    'PATCH /v1/meetings/{id}/statements/{id} text',
    (value) => api().patch(`${base()}/statements/${meeting.statements[0]!.id}`).set('content-type', mergePatch).send({ text: value }),
    '/text',
  ],
  [
    'POST /v1/meetings initiatives[].description',
    (value) =>
      api()
        .post('/v1/meetings')
        .send(meetingBody({ initiatives: [{ initiative: 'covid-19-vaccine-supply', status: 'agreed', description: value }] })),
    '/initiatives/0/description',
  ],
  [
    'PATCH /v1/meetings/{id}/initiatives/{id} committedParties[]',
    (value) =>
      api()
        .patch(`${base()}/initiatives/${meeting.initiatives[0]!.id}`)
        .set('content-type', mergePatch)
        .send({ committedParties: [value] }),
    '/committedParties/0',
  ],
  [
    'POST /v1/meetings/{id}/participants printedTitle',
    (value) => api().post(`${base()}/participants`).send(participant('printedTitle', value)),
    '/printedTitle',
  ],
  [
    'PATCH /v1/meetings/{id}/participants/{id} printedName',
    (value) =>
      api().patch(`${base()}/participants/${meeting.participants[0]!.id}`).set('content-type', mergePatch).send({ printedName: value }),
    '/printedName',
  ],
  ['POST /v1/initiatives name', (value) => api().post('/v1/initiatives').send({ slug: 'green-deal-accord', name: value }), '/name'],
  [
    'POST /v1/initiatives description',
    (value) => api().post('/v1/initiatives').send({ slug: 'green-deal-accord', name: 'Green Deal Accord', description: value }),
    '/description',
  ],
  [
    'PATCH /v1/initiatives/{key} category',
    (value) => api().patch('/v1/initiatives/covid-19-vaccine-supply').set('content-type', mergePatch).send({ category: value }),
    '/category',
  ],
  [
    'POST /v1/documents text (JSON)',
    (value) =>
      api()
        .post('/v1/documents')
        .send({ text: `${readout} ${value}` }),
    '/text',
  ],
  [
    'POST /v1/documents text (text/plain)',
    (value) => api().post('/v1/documents').set('content-type', 'text/plain; charset=utf-8').send(`${readout} ${value}`),
    '',
  ],
  ['POST /v1/documents/{id}/commit a meeting title', (value) => commitEdited((draft) => (draft.title = value)), '/draft/meetings/0/title'],
  [
    'POST /v1/documents/{id}/commit a statement',
    (value) => commitEdited((draft) => (draft.statements = [{ speakerKey: null, kind: 'joint', text: value, topics: [], confidence: 1 }])),
    '/draft/meetings/0/statements/0/text',
  ],
  [
    'POST /v1/documents/{id}/commit a candidate initiative’s name',
    (value) => commitEdited((draft) => (draft.initiatives = [candidateInitiative(value)])),
    '/draft/meetings/0/initiatives/0/name',
  ],
];

const controls = [
  ['a bell', 'Energy\u0007 talks', 'U+0007'],
  ['a backspace', 'Energy\u0008 talks', 'U+0008'],
  ['an ANSI escape', 'Energy \u001b[31mtalks', 'U+001B'],
  ['a delete', 'Energy\u007f talks', 'U+007F'],
  ['a NEL (a Windows-1252 ellipsis read as Latin-1)', 'Energy talks\u0085', 'U+0085'],
  ['a C1 quotation mark (Windows-1252 read as Latin-1)', 'Energy\u0092s talks', 'U+0092'],
  ['a C1 control sequence introducer', 'Energy \u009b talks', 'U+009B'],
] as const;

const counts = async () => [
  await ctx.prisma.auditEvent.count(),
  await ctx.prisma.sourceDocument.count(),
  await ctx.prisma.initiative.count(),
  await ctx.prisma.meeting.count(),
];

describe.each(writes)('%s', (_label, send, pointer) => {
  it.each(controls)('with %s: 400 at the field naming it, nothing written', async (_case, value, named) => {
    const before = await counts();
    const response = await send(value);
    expect([response.status, response.body.code], response.text).toEqual([400, 'validation_failed']);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ pointer, message: expect.stringContaining(named) })]),
    );
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['a tab', 'Energy\ttalks'],
    ['line feeds', 'Energy\n\ntalks'],
    ['a carriage return and line feed', 'Energy\r\ntalks'],
    ['a form feed (a page break of a PDF copied as text)', 'Energy\ftalks'],
  ])('with %s: taken', async (_case, value) => {
    const response = await send(value);
    expect(response.status, response.text).toBeLessThan(300);
  });
});

describe('a readout with a control character', () => {
  it('says what a C1 character likely is, and how to send the file instead', async () => {
    const response = await api()
      .post('/v1/documents')
      .send({ text: `${readout} It\u0092s a deal.` });
    expect(response.status, response.text).toBe(400);
    expect(response.body.errors[0].message).toMatch(/U\+0092 at character 106.*Windows-1252.*charset=windows-1252/);
  });

  it('sent as windows-1252 bytes, is read with its punctuation and taken', async () => {
    const bytes = Buffer.concat([Buffer.from(`${readout} It`), Buffer.from([0x92]), Buffer.from('s a deal.')]);
    const response = await api().post('/v1/documents').set('content-type', 'text/plain; charset=windows-1252').send(bytes);
    expect(response.status, response.text).toBe(201);
    expect(response.body.text).toBe(`${readout} It’s a deal.`);
  });

  it.each(controls)('with %s, read by npm run import: refused naming it', async (_case, value, named) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'control-'));
    try {
      const file = path.join(dir, 'readout.txt');
      await writeFile(file, `${readout} ${value}`, 'utf8');
      expect(await readReadoutFile(file)).toEqual({ ok: false, reason: expect.stringContaining(named) });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

// A corrected draft is refused at the field before anything is read from it (new-user trial 136): a participant's
// name with a control or invisible character had been matched to the stored person of that name and committed as them
// (F1; with a personId, a 422 had printed the raw override, F3), and the draft's headline and warnings were not checked
// (F2).
describe('a corrected draft', () => {
  const oneLineFields: [string, (draft: Record<string, unknown>, value: string) => void, string][] = [
    ['a participant’s name', (draft, value) => (participantOf(draft).name = value), '/draft/meetings/0/participants/0/name'],
    ['a participant’s title', (draft, value) => (participantOf(draft).title = value), '/draft/meetings/0/participants/0/title'],
    ['a meeting’s city', (draft, value) => (meetingOf(draft).city = value), '/draft/meetings/0/city'],
  ];
  const participantOf = (draft: Record<string, unknown>) => (meetingOf(draft).participants as Record<string, unknown>[])[0]!;
  const meetingOf = (draft: Record<string, unknown>) => (draft.meetings as Record<string, unknown>[])[0]!;
  const commit = (edit: (draft: Record<string, unknown>) => void) => {
    const draft = structuredClone(document.draft) as unknown as Record<string, unknown>;
    edit(draft);
    return api().post(`/v1/documents/${document.id}/commit`).send({ draft });
  };

  describe.each(oneLineFields)('%s', (_label, set, pointer) => {
    it.each([...controls, ['a direction override', 'Anna \u202eBerg', 'U+202E'], ['a line feed', 'Anna\nBerg', 'U+000A']] as const)(
      'with %s: 400 at the field naming it, nothing written',
      async (_case, value, named) => {
        const before = await counts();
        const response = await commit((draft) => set(draft, value));
        expect([response.status, response.body.code], response.text).toEqual([400, 'validation_failed']);
        expect(response.body.errors).toEqual(
          expect.arrayContaining([expect.objectContaining({ pointer, message: expect.stringContaining(named) })]),
        );
        expect(await counts()).toEqual(before);
      },
    );
  });

  it('a name that is a stored person’s but for a bell: 400, never matched to that person', async () => {
    await api().post('/v1/people').send({ name: 'Anna Berg' }).expect(201);
    const before = await counts();
    const response = await commit((draft) => (participantOf(draft).name = 'Anna\u0007 Berg'));
    expect([response.status, response.body.errors?.[0]?.pointer]).toEqual([400, '/draft/meetings/0/participants/0/name']);
    expect(await counts()).toEqual(before);
  });

  it('a name with an override and the personId of a stored person: 400 naming it, before the name is compared', async () => {
    const person = (await api().post('/v1/people').send({ name: 'Anna Berg' }).expect(201)).body;
    const response = await commit((draft) => Object.assign(participantOf(draft), { name: 'Anna \u202eBerg', personId: person.id }));
    expect(response.status, response.text).toBe(400);
    expect(response.body.detail).not.toContain('\u202e');
  });

  it.each([
    ['its headline', (draft: Record<string, unknown>) => (draft.title = 'Berg meets\u0085 Lund'), '/draft/title', 'U+0085'],
    ['its headline (an override)', (draft: Record<string, unknown>) => (draft.title = 'Berg \u202emeets Lund'), '/draft/title', 'U+202E'],
    ['a warning', (draft: Record<string, unknown>) => (draft.warnings = ['w\u0007']), '/draft/warnings/0', 'U+0007'],
  ])('%s with a control or invisible character: 400 at the field', async (_label, edit, pointer, named) => {
    const response = await commit(edit);
    expect(response.status, response.text).toBe(400);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ pointer, message: expect.stringContaining(named) })]),
    );
    expect(await ctx.prisma.meeting.count()).toBe(1);
  });

  it('as the extractor gave it, with tabs and line breaks in a statement, commits', async () => {
    const response = await commit((draft) => {
      const meeting = meetingOf(draft);
      meeting.statements = [{ speakerKey: null, kind: 'joint', text: 'They discussed energy.\n\n\tAnd trade.', topics: [], confidence: 1 }];
    });
    expect(response.status, response.text).toBe(201);
  });
});
