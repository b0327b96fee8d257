import supertest from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestContext } from './helpers/app.js';

// A second readout of a recorded meeting attached to it (POST /v1/documents/{id}/commit with `attach`): one record
// per fact with a span in each document, what only the second reports added, every change versioned and audited, and
// each way it can go wrong a 4xx that writes nothing. Then the sources list, the comparison, and how deleting the
// meeting or changing its sourceDocumentId keeps the sources right.

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
beforeEach(async () => ctx.reset());

const portugal = `Foreign Minister meets Japanese counterpart

Lisbon, 3 May 2024 – Minister of Foreign Affairs Ana Silva held talks with Japanese Minister for Foreign Affairs Kenji Mori in Lisbon on 3 May 2024.

Minister Silva said Portugal would expand trade with Japan.

Minister Mori stressed the importance of maritime security in the Indo-Pacific.
`;
const japan = `Japan-Portugal Foreign Ministers' Meeting

On 3 May, Mr. Kenji Mori, Minister for Foreign Affairs of Japan, held a meeting with Ms. Ana Silva, Minister of Foreign Affairs of Portugal, in Lisbon. Ambassador of Japan to Portugal Taro Yamada also attended.

Minister Mori raised the situation in Ukraine.

Minister Silva welcomed Japan's support for climate finance.
`;

interface Participant {
  id: string;
  personId: string;
  name: string;
  title: string | null;
  countryCode: string | null;
  role: string;
  span: { start: number; end: number } | null;
  titleSpan: { start: number; end: number } | null;
  [key: string]: unknown;
}
interface Draft {
  meetings: Array<{ date: string | null; participants: Participant[]; statements: unknown[]; initiatives: unknown[] }>;
  [key: string]: unknown;
}

/** The Portuguese readout committed as a meeting, and the Japanese one stored with its draft and candidates. */
async function recordedAndSecond() {
  const first = (
    await api().post('/v1/documents').send({ text: portugal, publisher: 'Ministry of Foreign Affairs of Portugal' }).expect(201)
  ).body;
  const meeting = (await api().post(`/v1/documents/${first.id}/commit`).send({}).expect(201)).body.data[0];
  const second = (
    await api()
      .post('/v1/documents')
      .send({ text: japan, publisher: 'Ministry of Foreign Affairs of Japan', publishedAt: '2024-05-04' })
      .expect(201)
  ).body;
  return { first, meeting, second };
}

/**
 * The Japanese draft as an editor corrects it: the ambassador, with his title as printed in full ("Ambassador of Japan
 * to Portugal"; the extractor, which has read him since trial 121's "also attended", gives "Ambassador").
 */
function withAmbassador(draft: Draft, text: string): Draft {
  const corrected = structuredClone(draft);
  const start = text.indexOf('Taro Yamada');
  const participants = corrected.meetings[0]!.participants;
  corrected.meetings[0]!.participants = participants.filter((participant) => participant.name !== 'Taro Yamada');
  corrected.meetings[0]!.participants.push({
    key: 'p9',
    name: 'Taro Yamada',
    title: 'Ambassador of Japan to Portugal',
    countryCode: 'JP',
    organization: null,
    role: 'guest',
    personId: null,
    printedName: 'Taro Yamada',
    printedTitle: 'Ambassador of Japan to Portugal',
    span: { start, end: start + 'Taro Yamada'.length },
    titleSpan: null,
    confidence: 1,
  } as unknown as Participant);
  return corrected;
}

describe('a second readout of a recorded meeting', () => {
  it('names the meeting as its candidate, with the evidence', async () => {
    const { meeting, second } = await recordedAndSecond();
    expect(second.candidates).toHaveLength(1);
    expect(second.candidates[0]).toMatchObject({
      draftMeeting: 0,
      meetingId: meeting.id,
      date: '2024-05-03',
      evidence: { dateDifferenceDays: 0, kind: { draft: 'meeting', meeting: 'talks' }, place: 'same' },
    });
    expect(second.candidates[0].evidence.people.map((p: { name: string }) => p.name).sort()).toEqual(['Ana Silva', 'Kenji Mori']);
    expect(second.candidates[0].score).toBeGreaterThan(0.8);
    // GET answers the same candidates; once attached, the meeting is no candidate of its own source.
    const read = await api().get(`/v1/documents/${second.id}`).expect(200);
    expect(read.body.candidates).toEqual(second.candidates);
  });

  it('attaches: shared people are one record with a span in each document, the rest is added, the meeting versioned and audited', async () => {
    const { first, meeting, second } = await recordedAndSecond();
    const before = (await api().get(`/v1/meetings/${meeting.id}?include=participants,statements`).expect(200)).body;
    const draft = withAmbassador(second.draft, second.text);
    const eventsBefore = await ctx.prisma.auditEvent.count();
    const committed = await api()
      .post(`/v1/documents/${second.id}/commit`)
      .send({ draft, attach: [{ draftMeeting: 0, meetingId: meeting.id }] });
    expect(committed.status, JSON.stringify(committed.body)).toBe(201);
    expect(committed.body.data).toHaveLength(1);
    expect(committed.body.data[0]).toMatchObject({ id: meeting.id, version: before.version + 1, title: before.title, kind: 'talks' });

    const after = (await api().get(`/v1/meetings/${meeting.id}?include=participants,statements,provenance`).expect(200)).body;
    // Silva and Mori stay one participant each; the ambassador only the Japanese side names is added after them.
    expect(after.participants.map((p: { personId: string }) => p.personId).slice(0, 2)).toEqual(
      before.participants.map((p: { personId: string }) => p.personId),
    );
    expect(after.participants).toHaveLength(3);
    expect(after.participants[2]).toMatchObject({ title: 'Ambassador of Japan to Portugal', countryCode: 'JP', position: 2 });
    // Statements: the first readout's two, then the second's two, in order.
    expect(after.statements.map((s: { text: string }) => s.text)).toEqual([
      'Minister Silva said Portugal would expand trade with Japan.',
      'Minister Mori stressed the importance of maritime security in the Indo-Pacific.',
      'Minister Mori raised the situation in Ukraine.',
      "Minister Silva welcomed Japan's support for climate finance.",
    ]);
    expect(after.statements.map((s: { position: number }) => s.position)).toEqual([0, 1, 2, 3]);
    const silva = after.participants.find((p: { title: string }) => p.title === 'Minister of Foreign Affairs') as Participant;
    expect(after.statements[3].speakerId).toBe(silva.id);
    // Silva's name has a span in each document, each reading her name in that document's text.
    const silvaNames = after.provenance.filter(
      (span: { recordId: string; field: string }) => span.recordId === silva.id && span.field === 'name',
    );
    expect(silvaNames.map((span: { documentId: string }) => span.documentId).sort()).toEqual([first.id, second.id].sort());
    expect(silvaNames.map((span: { text: string }) => span.text)).toEqual(['Ana Silva', 'Ana Silva']);
    // The people were not stored twice.
    expect(await ctx.prisma.person.count()).toBe(3);

    // Both documents list the meeting; the second is committed now, and a second commit of it is refused.
    expect((await api().get(`/v1/documents/${second.id}`).expect(200)).body.meetingIds).toEqual([meeting.id]);
    expect((await api().get(`/v1/documents/${first.id}`).expect(200)).body.meetingIds).toEqual([meeting.id]);
    const again = await api()
      .post(`/v1/documents/${second.id}/commit`)
      .send({ attach: [{ draftMeeting: 0, meetingId: meeting.id }] });
    expect(again.status).toBe(409);

    // Audited: the new participant, statements and the meeting's new version, and the document's new meetingIds.
    const events = await ctx.prisma.auditEvent.findMany({ orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }], skip: eventsBefore });
    const kinds = events.map((event) => `${event.action} ${event.recordType}`);
    expect(kinds.sort()).toEqual(
      ['create person', 'create participant', 'create statement', 'create statement', 'update meeting', 'update document'].sort(),
    );
  });

  it('lists both sources and compares them', async () => {
    const { first, meeting, second } = await recordedAndSecond();
    await api()
      .post(`/v1/documents/${second.id}/commit`)
      .send({ attach: [{ draftMeeting: 0, meetingId: meeting.id }] })
      .expect(201);
    const sources = (await api().get(`/v1/meetings/${meeting.id}/sources`).expect(200)).body.data;
    expect(sources).toEqual([
      expect.objectContaining({
        documentId: first.id,
        role: 'primary',
        publisher: 'Ministry of Foreign Affairs of Portugal',
        facts: { participants: 2, statements: 2, initiatives: 0 },
      }),
      expect.objectContaining({
        documentId: second.id,
        role: 'attached',
        publishedAt: '2024-05-04',
        facts: { participants: 3, statements: 2, initiatives: 0 },
      }),
    ]);

    const comparison = (await api().get(`/v1/meetings/${meeting.id}/comparison`).expect(200)).body;
    const [pt, jp] = comparison.sources;
    expect(pt.onlyHere.topics).toEqual(['trade', 'maritime', 'Indo-Pacific']);
    expect(jp.onlyHere.topics).toEqual(['Ukraine', 'climate', 'finance']);
    // Both name the ministers; only the Japanese readout names its ambassador, who "also attended".
    expect(comparison.participants.map((p: { name: string; reportedBy: string[] }) => [p.name, p.reportedBy.length]).sort()).toEqual([
      ['Ana Silva', 2],
      ['Kenji Mori', 2],
      ['Taro Yamada', 1],
    ]);
    // The headline, kind, date and place as each side printed them.
    const printed = Object.fromEntries(
      comparison.fields.map((f: { field: string; printed: Array<{ documentId: string; text: string }> }) => [
        f.field,
        f.printed.map((p) => p.text),
      ]),
    );
    expect(printed.title).toEqual(['Foreign Minister meets Japanese counterpart', "Japan-Portugal Foreign Ministers' Meeting"]);
    expect(printed.location).toEqual(['Lisbon', 'Lisbon']);
  });

  it('flags a title the two sides print differently', async () => {
    const { meeting, second } = await recordedAndSecond();
    const draft = structuredClone(second.draft) as Draft;
    // The Japanese side prints Silva's title in full ("Minister of State and Foreign Affairs" as Lisbon styles it).
    const text = second.text as string;
    const silva = draft.meetings[0]!.participants.find((p) => p.name === 'Ana Silva')!;
    const start = text.indexOf('Minister of Foreign Affairs of Portugal');
    Object.assign(silva, {
      title: 'Minister of Foreign Affairs of Portugal',
      titleSpan: { start, end: start + 'Minister of Foreign Affairs of Portugal'.length },
    });
    await api()
      .post(`/v1/documents/${second.id}/commit`)
      .send({ draft, attach: [{ draftMeeting: 0, meetingId: meeting.id }] })
      .expect(201);
    const comparison = (await api().get(`/v1/meetings/${meeting.id}/comparison`).expect(200)).body;
    const row = comparison.participants.find((p: { name: string }) => p.name === 'Ana Silva');
    expect(row.titles.map((t: { text: string }) => t.text)).toEqual([
      'Minister of Foreign Affairs',
      'Minister of Foreign Affairs of Portugal',
    ]);
    expect(row.titlesDiffer).toBe(true);
    // The same office in other words (trial finding: "Minister of Foreign Affairs" against "Foreign Minister").
    expect(row.officesDiffer).toBe(false);
    expect(comparison.participants.find((p: { name: string }) => p.name === 'Kenji Mori')).toMatchObject({
      titlesDiffer: false,
      officesDiffer: false,
    });
  });

  it.each([
    ['Deputy Prime Minister and Minister of Foreign Affairs', true],
    ['Foreign Minister', false],
    ['FM', false],
    ['Minister of State and Foreign Affairs', true],
  ])('offices differ when one side prints "%s" → %s', async (printed, differ) => {
    const first = (
      await api().post('/v1/documents').send({ text: portugal, publisher: 'Ministry of Foreign Affairs of Portugal' }).expect(201)
    ).body;
    const meeting = (await api().post(`/v1/documents/${first.id}/commit`).send({}).expect(201)).body.data[0];
    const text = japan.replace('Ms. Ana Silva, Minister of Foreign Affairs of Portugal', `Ms. Ana Silva, ${printed} of Portugal`);
    const second = (
      await api()
        .post('/v1/documents')
        .send({ text, publisher: 'Ministry of Foreign Affairs of Japan', publishedAt: '2024-05-04' })
        .expect(201)
    ).body;
    const draft = structuredClone(second.draft) as Draft;
    const silva = draft.meetings[0]!.participants.find((p) => p.name === 'Ana Silva')!;
    const start = text.indexOf(printed);
    Object.assign(silva, { title: printed, titleSpan: { start, end: start + printed.length } });
    await api()
      .post(`/v1/documents/${second.id}/commit`)
      .send({ draft, attach: [{ draftMeeting: 0, meetingId: meeting.id }] })
      .expect(201);
    const comparison = (await api().get(`/v1/meetings/${meeting.id}/comparison`).expect(200)).body;
    expect(comparison.participants.find((p: { name: string }) => p.name === 'Ana Silva').officesDiffer).toBe(differ);
  });

  it('the sources and the comparison carry an ETag that changes when a source is attached; If-None-Match gives 304', async () => {
    const { meeting, second } = await recordedAndSecond();
    const tags: Record<string, string> = {};
    for (const path of ['sources', 'comparison']) {
      const first = await api().get(`/v1/meetings/${meeting.id}/${path}`).expect(200);
      tags[path] = first.headers.etag as string;
      expect(tags[path]).toMatch(/^"c-/);
      await api().get(`/v1/meetings/${meeting.id}/${path}`).set('if-none-match', tags[path]).expect(304);
    }
    await api()
      .post(`/v1/documents/${second.id}/commit`)
      .send({ attach: [{ draftMeeting: 0, meetingId: meeting.id }] })
      .expect(201);
    for (const path of ['sources', 'comparison']) {
      const after = await api().get(`/v1/meetings/${meeting.id}/${path}`).set('if-none-match', tags[path]!).expect(200);
      expect(after.headers.etag).not.toBe(tags[path]);
    }
  });

  it.each([
    ['the candidate meeting is retitled', 'meeting'],
    ['a person in the evidence is renamed', 'person'],
  ])("the document's ETag changes when %s (If-None-Match with the old one is no 304)", async (_label, what) => {
    const { meeting, second } = await recordedAndSecond();
    const before = await api().get(`/v1/documents/${second.id}`).expect(200);
    expect(before.body.candidates.map((c: { meetingId: string }) => c.meetingId)).toEqual([meeting.id]);
    if (what === 'meeting') await api().patch(`/v1/meetings/${meeting.id}`).send({ title: 'Renamed talks' }).expect(200);
    else {
      const person = (before.body.candidates[0].evidence.people as Array<{ personId: string }>)[0]!;
      await api().patch(`/v1/people/${person.personId}`).send({ name: 'Alpha Q. Testperson' }).expect(200);
    }
    const after = await api()
      .get(`/v1/documents/${second.id}`)
      .set('if-none-match', before.headers.etag as string)
      .expect(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    await api()
      .get(`/v1/documents/${second.id}`)
      .set('if-none-match', after.headers.etag as string)
      .expect(304);
  });

  it('a meeting of one source compares to itself: nothing is only there', async () => {
    const { meeting } = await recordedAndSecond();
    const comparison = (await api().get(`/v1/meetings/${meeting.id}/comparison`).expect(200)).body;
    expect(comparison.sources).toHaveLength(1);
    expect(comparison.sources[0].onlyHere).toEqual({ participants: [], initiatives: [], topics: [] });
    expect(comparison.sources[0].topics).toEqual(['trade', 'maritime', 'Indo-Pacific']);
  });

  it.each([
    [
      'a draft meeting the draft does not have',
      () => [{ draftMeeting: 3, meetingId: '0190f3c4-0000-7000-8000-000000000000' }],
      422,
      '/attach/0/draftMeeting',
    ],
    [
      'one draft meeting twice',
      (id: string) => [
        { draftMeeting: 0, meetingId: id },
        { draftMeeting: 0, meetingId: id },
      ],
      422,
      '/attach/1/draftMeeting',
    ],
    ['no such meeting', () => [{ draftMeeting: 0, meetingId: '0190f3c4-0000-7000-8000-000000000000' }], 422, '/attach/0/meetingId'],
    ['a meeting id that is no UUID', () => [{ draftMeeting: 0, meetingId: 'm1' }], 400, '/attach/0/meetingId'],
    ['a negative index', (id: string) => [{ draftMeeting: -1, meetingId: id }], 400, '/attach/0/draftMeeting'],
    ['an unknown member', (id: string) => [{ draftMeeting: 0, meetingId: id, overwrite: true }], 400, '/attach/0/overwrite'],
    ['a force that is no boolean', (id: string) => [{ draftMeeting: 0, meetingId: id, force: 'yes' }], 400, '/attach/0/force'],
  ])('%s is a %s at %s, and nothing is written', async (_name, attach, status, pointer) => {
    const { meeting, second } = await recordedAndSecond();
    const response = await api()
      .post(`/v1/documents/${second.id}/commit`)
      .send({ attach: attach(meeting.id) });
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
    const after = (await api().get(`/v1/meetings/${meeting.id}?include=participants,statements`).expect(200)).body;
    expect(after.version).toBe(meeting.version);
    expect(after.statements).toHaveLength(2);
    expect((await api().get(`/v1/documents/${second.id}`).expect(200)).body.meetingIds).toEqual([]);
    expect(await ctx.prisma.meetingSource.count()).toBe(1);
  });

  it.each([
    [
      'a readout of another meeting: no person in common',
      (draft: Draft) => {
        draft.meetings[0]!.participants.forEach((p, i) => Object.assign(p, { name: `Someone Else${i}`, personId: null }));
      },
      (id: string) => [{ draftMeeting: 0, meetingId: id }],
      '/attach/0/meetingId',
    ],
    [
      "the same principal's meeting that day with another counterpart: one person in common of two",
      (draft: Draft) => {
        const counterpart = draft.meetings[0]!.participants.find((p) => /Mori/.test(p.name))!;
        Object.assign(counterpart, { name: 'Rahul Mehta', countryCode: 'IN', personId: null });
      },
      (id: string) => [{ draftMeeting: 0, meetingId: id }],
      '/attach/0/meetingId',
    ],
    // The day and the kind, as a candidate must have them, whatever the people (trial finding: a call of 2021 attached to
    // the same two people's call of 2023).
    [
      'a readout of another day (two days from the meeting)',
      (draft: Draft) => {
        draft.meetings[0]!.date = '2024-05-05';
      },
      (id: string) => [{ draftMeeting: 0, meetingId: id }],
      '/attach/0/meetingId',
    ],
    [
      'a readout of another year',
      (draft: Draft) => {
        draft.meetings[0]!.date = '2021-05-03';
      },
      (id: string) => [{ draftMeeting: 0, meetingId: id }],
      '/attach/0/meetingId',
    ],
    [
      'a phone call onto talks held in person',
      (draft: Draft) => {
        (draft.meetings[0] as { kind?: string }).kind = 'phone_call';
      },
      (id: string) => [{ draftMeeting: 0, meetingId: id }],
      '/attach/0/meetingId',
    ],
    [
      'two draft meetings onto one meeting',
      (draft: Draft) => {
        draft.meetings.push(structuredClone(draft.meetings[0]!));
      },
      (id: string) => [
        { draftMeeting: 0, meetingId: id },
        { draftMeeting: 1, meetingId: id },
      ],
      '/attach/1/meetingId',
    ],
    [
      'a person id that names nobody, on a name seated already',
      (draft: Draft) => {
        draft.meetings[0]!.participants[0]!.personId = '0190f3c4-0000-7000-8000-000000000000';
      },
      (id: string) => [{ draftMeeting: 0, meetingId: id }],
      '/draft/meetings/0/participants/0/personId',
    ],
    [
      'a person id that names nobody, on a new name',
      (draft: Draft) => {
        Object.assign(draft.meetings[0]!.participants[0]!, { name: 'Zhang San', personId: '0190f3c4-0000-7000-8000-000000000000' });
      },
      (id: string) => [{ draftMeeting: 0, meetingId: id }],
      '/draft/meetings/0/participants/0/personId',
    ],
  ])('%s is a 422 at its pointer, and nothing is written', async (_name, correct, attach, pointer) => {
    const { meeting, second } = await recordedAndSecond();
    const draft = structuredClone(second.draft) as Draft;
    correct(draft);
    const response = await api()
      .post(`/v1/documents/${second.id}/commit`)
      .send({ draft, attach: attach(meeting.id) });
    expect(response.status, JSON.stringify(response.body)).toBe(422);
    expect(response.body.errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
    const after = (await api().get(`/v1/meetings/${meeting.id}`).expect(200)).body;
    expect(after.version).toBe(meeting.version);
    expect(await ctx.prisma.meetingSource.count()).toBe(1);
    expect(await ctx.prisma.person.count()).toBe(2);
  });

  it('"force": true attaches a readout that shares only one person, as the editor says', async () => {
    const { meeting, second } = await recordedAndSecond();
    const draft = structuredClone(second.draft) as Draft;
    const counterpart = draft.meetings[0]!.participants.find((p) => /Mori/.test(p.name))!;
    Object.assign(counterpart, { name: 'Rahul Mehta', countryCode: 'IN', personId: null });
    const attach = [{ draftMeeting: 0, meetingId: meeting.id }];
    await api().post(`/v1/documents/${second.id}/commit`).send({ draft, attach }).expect(422);
    const attached = await api()
      .post(`/v1/documents/${second.id}/commit`)
      .send({ draft, attach: [{ ...attach[0], force: true }] });
    expect(attached.status, JSON.stringify(attached.body)).toBe(201);
    expect(await ctx.prisma.meetingSource.count()).toBe(2);
  });

  it('"force": true attaches a readout of another day, as the editor says', async () => {
    const { meeting, second } = await recordedAndSecond();
    const draft = structuredClone(second.draft) as Draft;
    draft.meetings[0]!.date = '2024-05-09';
    await api()
      .post(`/v1/documents/${second.id}/commit`)
      .send({ draft, attach: [{ draftMeeting: 0, meetingId: meeting.id }] })
      .expect(422);
    await api()
      .post(`/v1/documents/${second.id}/commit`)
      .send({ draft, attach: [{ draftMeeting: 0, meetingId: meeting.id, force: true }] })
      .expect(201);
    expect((await api().get(`/v1/meetings/${meeting.id}`).expect(200)).body.date).toBe('2024-05-03');
  });

  it.each([
    ['the Irish Minister for Foreign Affairs', 'Minister for Foreign Affairs', 'Micheál Martin'],
    ['the Foreign Minister of Ireland', 'Foreign Minister', 'Micheál Martin'],
  ])(
    'a person one side named only by office (%s) takes the name the other side gives, the office name kept as an alias (trial finding)',
    async (office, title, name) => {
      const first = (
        await api()
          .post('/v1/documents')
          .send({ text: `On 3 May 2023, Chinese Foreign Minister Wang Yi met with ${office} in Dublin.`, publisher: 'Xinhua' })
          .expect(201)
      ).body;
      const meeting = (await api().post(`/v1/documents/${first.id}/commit`).send({}).expect(201)).body.data[0];
      const second = (
        await api()
          .post('/v1/documents')
          .send({
            text: `The Tánaiste and ${title} ${name} met Chinese Foreign Minister Wang Yi in Dublin on 3 May 2023.`,
            publisher: 'Department of Foreign Affairs of Ireland',
          })
          .expect(201)
      ).body;
      await api()
        .post(`/v1/documents/${second.id}/commit`)
        .send({ attach: [{ draftMeeting: 0, meetingId: meeting.id }] })
        .expect(201);
      const read = (await api().get(`/v1/meetings/${meeting.id}?include=participants`).expect(200)).body;
      expect(read.participants).toHaveLength(2);
      const found = (await api().get('/v1/people').query({ q: name }).expect(200)).body.data;
      expect(found.map((person: { name: string }) => person.name)).toContain(name);
      const person = found.find((p: { name: string }) => p.name === name);
      expect(person.aliases.some((alias: string) => /\(IE\)$/.test(alias))).toBe(true);
      expect(read.participants.map((p: { personId: string }) => p.personId)).toContain(person.id);
    },
  );

  it('a statement the meeting holds word for word (a reprint) is that record, with a span in each document', async () => {
    const first = (
      await api().post('/v1/documents').send({ text: portugal, publisher: 'Ministry of Foreign Affairs of Portugal' }).expect(201)
    ).body;
    const meeting = (await api().post(`/v1/documents/${first.id}/commit`).send({}).expect(201)).body.data[0];
    const before = (await api().get(`/v1/meetings/${meeting.id}?include=statements`).expect(200)).body.statements;
    // The same release reprinted by a news site, with its own headline and the capitals folded.
    const reprint = `Portugal and Japan hold talks\n\n${portugal.split('\n').slice(2).join('\n').replace('Minister Silva said', 'MINISTER SILVA SAID')}`;
    const second = (await api().post('/v1/documents').send({ text: reprint, publisher: 'Lusa' }).expect(201)).body;
    await api()
      .post(`/v1/documents/${second.id}/commit`)
      .send({ attach: [{ draftMeeting: 0, meetingId: meeting.id }] })
      .expect(201);
    const after = (await api().get(`/v1/meetings/${meeting.id}?include=statements,provenance`).expect(200)).body;
    expect(after.statements.map((statement: { id: string }) => statement.id)).toEqual(
      before.map((statement: { id: string }) => statement.id),
    );
    const cited = after.provenance.filter((span: { recordType: string }) => span.recordType === 'statement');
    expect(new Set(cited.map((span: { documentId: string }) => span.documentId))).toEqual(new Set([first.id, second.id]));
  });

  it('a meeting recorded without participants takes a readout of its day (±1), and refuses one of another day', async () => {
    const { second } = await recordedAndSecond();
    const shell = (date: string) =>
      api()
        .post('/v1/meetings')
        .send({ title: 'To be filled from readouts', kind: 'talks', date })
        .expect(201)
        .then((response) => response.body as { id: string; version: number });
    const farAway = await shell('1999-01-01');
    const refused = await api()
      .post(`/v1/documents/${second.id}/commit`)
      .send({ attach: [{ draftMeeting: 0, meetingId: farAway.id }] })
      .expect(422);
    expect(refused.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(['/attach/0/meetingId']);
    expect(refused.body.detail).toMatch(/dated 1999-01-01, more than a day from the readout's meeting/);
    expect((await api().get(`/v1/meetings/${farAway.id}?include=participants`).expect(200)).body.participants).toEqual([]);
    const nextDay = await shell('2024-05-04');
    await api()
      .post(`/v1/documents/${second.id}/commit`)
      .send({ attach: [{ draftMeeting: 0, meetingId: nextDay.id }] })
      .expect(201);
    expect((await api().get(`/v1/meetings/${nextDay.id}?include=participants`).expect(200)).body.participants).toHaveLength(
      (second.draft as Draft).meetings[0]!.participants.length,
    );
  });

  it('POST /v1/documents/{id}/candidates finds the meeting for a draft the editor dated', async () => {
    const { meeting, second } = await recordedAndSecond();
    const undated = structuredClone(second.draft) as Draft;
    undated.meetings[0]!.date = null;
    const none = await api().post(`/v1/documents/${second.id}/candidates`).send({ draft: undated }).expect(200);
    expect(none.body.data).toEqual([]);
    const dated = structuredClone(undated);
    dated.meetings[0]!.date = '2024-05-04';
    const found = await api().post(`/v1/documents/${second.id}/candidates`).send({ draft: dated }).expect(200);
    expect(found.body.data.map((c: { meetingId: string }) => c.meetingId)).toEqual([meeting.id]);
    expect(found.body.data[0].evidence.dateDifferenceDays).toBe(1);
    await api().post('/v1/documents/0190f3c4-0000-7000-8000-000000000000/candidates').send({ draft: dated }).expect(404);
    const bad = await api()
      .post(`/v1/documents/${second.id}/candidates`)
      .send({ draft: { meetings: 'none' } })
      .expect(400);
    expect(bad.body.code).toBe('validation_failed');
  });

  it('deleting the meeting takes it from both documents, and the second can then be committed on its own', async () => {
    const { first, meeting, second } = await recordedAndSecond();
    await api()
      .post(`/v1/documents/${second.id}/commit`)
      .send({ attach: [{ draftMeeting: 0, meetingId: meeting.id }] })
      .expect(201);
    const version = (await api().get(`/v1/meetings/${meeting.id}`).expect(200)).body.version;
    await api().delete(`/v1/meetings/${meeting.id}`).set('if-match', `"v${version}"`).expect(204);
    for (const id of [first.id, second.id]) expect((await api().get(`/v1/documents/${id}`).expect(200)).body.meetingIds).toEqual([]);
    const updates = await ctx.prisma.auditEvent.findMany({ where: { recordType: 'document', action: 'update', recordId: second.id } });
    expect(updates.at(-1)?.after).toMatchObject({ meetingIds: [] });
    await api().post(`/v1/documents/${second.id}/commit`).send({}).expect(201);
  });

  it("changing a meeting's sourceDocumentId keeps its sources right: the old one stays while facts cite it", async () => {
    const { first, meeting, second } = await recordedAndSecond();
    await api()
      .post(`/v1/documents/${second.id}/commit`)
      .send({ attach: [{ draftMeeting: 0, meetingId: meeting.id }] })
      .expect(201);
    let version = (await api().get(`/v1/meetings/${meeting.id}`).expect(200)).body.version;
    await api().patch(`/v1/meetings/${meeting.id}`).set('if-match', `"v${version}"`).send({ sourceDocumentId: second.id }).expect(200);
    const roles = async () =>
      ((await api().get(`/v1/meetings/${meeting.id}/sources`).expect(200)).body.data as Array<{ documentId: string; role: string }>).map(
        (s) => [s.documentId, s.role],
      );
    expect(await roles()).toEqual([
      [second.id, 'primary'],
      [first.id, 'attached'],
    ]);
    // A meeting typed by hand, given a source and then none: no source is left.
    const typed = (
      await api().post('/v1/meetings').send({ title: 'Typed', kind: 'talks', date: '2024-05-03', sourceDocumentId: first.id }).expect(201)
    ).body;
    expect((await api().get(`/v1/meetings/${typed.id}/sources`).expect(200)).body.data.map((s: { role: string }) => s.role)).toEqual([
      'primary',
    ]);
    version = typed.version;
    await api().patch(`/v1/meetings/${typed.id}`).set('if-match', `"v${version}"`).send({ sourceDocumentId: null }).expect(200);
    expect((await api().get(`/v1/meetings/${typed.id}/sources`).expect(200)).body.data).toEqual([]);
  });

  it('404 for the sources and comparison of no meeting; 400 for an id that is no UUID', async () => {
    for (const path of ['sources', 'comparison']) {
      await api().get(`/v1/meetings/0190f3c4-0000-7000-8000-000000000000/${path}`).expect(404);
      const bad = await api().get(`/v1/meetings/m1/${path}`).expect(400);
      expect(bad.body.errors[0].pointer).toBe('/meetingId');
    }
  });
});
