import { beforeEach, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { useTestContext } from './helpers/app.js';
import { createInitiativeRow, meetingBody } from './helpers/factories.js';

const ctx = useTestContext();
beforeEach(async () => {
  await ctx.reset();
  await createInitiativeRow(ctx.prisma);
});

const api = () => supertest(ctx.app.server);

type CreatedRecord = { id: string } & Record<string, unknown>;
type CreatedMeeting = CreatedRecord & { participants: CreatedRecord[]; statements: CreatedRecord[]; initiatives: CreatedRecord[] };
const withoutLists = ({ participants: _p, statements: _s, initiatives: _i, ...meeting }: CreatedMeeting): CreatedRecord => meeting;

async function counts() {
  const [meetings, people, participants, statements, links, audits] = await Promise.all([
    ctx.prisma.meeting.count(),
    ctx.prisma.person.count(),
    ctx.prisma.participant.count(),
    ctx.prisma.statement.count(),
    ctx.prisma.meetingInitiative.count(),
    ctx.prisma.auditEvent.count(),
  ]);
  return { meetings, people, participants, statements, links, audits };
}

describe('POST /v1/meetings (nested create)', () => {
  it('stores the meeting with participants, new people, statements and links, and answers 201', async () => {
    const response = await api().post('/v1/meetings').send(meetingBody()).expect(201);
    const meeting = response.body;
    expect(response.headers.location).toBe(`/v1/meetings/${meeting.id}`);
    expect(response.headers.etag).toBe('"v1-initiatives.participants.statements"');
    expect(meeting).toMatchObject({
      title: expect.stringContaining('Tileuberdi'),
      kind: 'meeting',
      date: '2021-07-15',
      datePrecision: 'day',
      city: 'Tashkent',
      countryCode: 'UZ',
      timezone: 'Asia/Tashkent',
      version: 1,
    });
    expect(meeting.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(meeting.participants.map((p: { title: string }) => p.title)).toEqual([
      'State Councilor and Foreign Minister',
      'Deputy Prime Minister and Foreign Minister',
    ]);
    expect(meeting.statements.map((s: { speakerId: string }) => s.speakerId)).toEqual(
      meeting.participants.map((p: { id: string }) => p.id),
    );
    expect(meeting.initiatives[0]).toMatchObject({ status: 'agreed', statementId: meeting.statements[0].id, committedParties: ['CN'] });
    expect(await counts()).toMatchObject({ meetings: 1, people: 2, participants: 2, statements: 2, links: 1 });

    const read = await api().get(`/v1/meetings/${meeting.id}?include=participants,statements,initiatives`).expect(200);
    expect(read.body).toEqual(meeting);
  });

  it('reuses an existing person by id', async () => {
    const person = await ctx.prisma.person.create({ data: { name: 'Wang Yi', countryCode: 'CN' } });
    const body = meetingBody();
    body.participants[0] = { key: 'wang', personId: person.id, role: 'host' } as never;
    const response = await api().post('/v1/meetings').send(body).expect(201);
    expect(response.body.participants[0].personId).toBe(person.id);
    expect(await ctx.prisma.person.count()).toBe(2);
  });

  it('is atomic: one invalid statement leaves no meeting, person, link or audit event behind', async () => {
    const body = meetingBody({
      statements: [
        { speakerKey: 'wang', text: 'A valid statement.' },
        { speakerKey: 'someone-else', text: 'A statement by a person who was not there.' },
      ],
    });
    const response = await api().post('/v1/meetings').send(body).expect(422);
    expect(response.body).toMatchObject({ code: 'unprocessable', errors: [{ in: 'body', pointer: '/statements/1/speakerKey' }] });
    expect(await counts()).toEqual({ meetings: 0, people: 0, participants: 0, statements: 0, links: 0, audits: 0 });
  });

  it('rolls back when a failure happens after rows were written (a new person whose identifier another holds)', async () => {
    await api()
      .post('/v1/people')
      .send({ name: 'Holder', identifiers: [{ scheme: 'wikidata', value: 'Q42' }] })
      .expect(201);
    const body = meetingBody({
      participants: [
        { key: 'a', person: { name: 'Anna Berg' }, role: 'host' },
        { key: 'b', person: { name: 'Second Holder', identifiers: [{ scheme: 'wikidata', value: 'Q42' }] }, role: 'guest' },
      ],
      statements: [],
      initiatives: [],
    });
    await api().post('/v1/meetings').send(body).expect(409);
    expect(await counts()).toMatchObject({ meetings: 0, people: 1, participants: 0 });
  });

  it('refuses the same person twice before writing anything (422; participants-once.test.ts covers every path)', async () => {
    const person = await ctx.prisma.person.create({ data: { name: 'Wang Yi' } });
    const body = meetingBody({
      participants: [
        { key: 'a', personId: person.id, role: 'host' },
        { key: 'b', personId: person.id, role: 'guest' },
      ],
      statements: [],
      initiatives: [],
    });
    await api().post('/v1/meetings').send(body).expect(422);
    expect(await counts()).toMatchObject({ meetings: 0, people: 1, participants: 0 });
  });

  it.each([
    ['an impossible date', { date: '2021-02-30' }, '/date'],
    ['an unknown country code format', { countryCode: 'Uzbekistan' }, '/countryCode'],
    ['an unknown kind', { kind: 'summit' }, '/kind'],
    ['an unknown field', { venue: 'Palace' }, '/venue'],
    ['a blank title', { title: '   ' }, '/title'],
    ['an unknown timezone', { timezone: 'Mars/Olympus' }, '/timezone'],
    ['a start time that is no time', { startTime: '25:00' }, '/startTime'],
  ])('rejects %s with 400 and a pointer', async (_label, override, pointer) => {
    const response = await api().post('/v1/meetings').send(meetingBody(override)).expect(400);
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
    expect(await ctx.prisma.meeting.count()).toBe(0);
  });

  it.each(['Asia/Kolkata', 'Asia/Calcutta', 'Europe/Kyiv', 'Europe/Kiev', 'America/Argentina/Buenos_Aires', 'UTC', 'Etc/GMT+3'])(
    'accepts the IANA timezone %s, current or linked',
    async (timezone) => {
      const response = await api()
        .post('/v1/meetings')
        .send(meetingBody({ timezone, participants: [], statements: [], initiatives: [] }))
        .expect(201);
      expect(response.body.timezone).toBe(timezone);
    },
  );

  it.each(['asia/kolkata', 'Kolkata', 'GMT+3', 'Mars/Olympus'])('rejects %s, which the tz database does not spell so', async (timezone) => {
    const response = await api().post('/v1/meetings').send(meetingBody({ timezone })).expect(400);
    expect(response.body.errors.map((e: { pointer: string }) => e.pointer)).toContain('/timezone');
  });

  it('rejects an unknown initiative, a person id that does not exist and a parent that does not exist with 422', async () => {
    const missing = '01900000-0000-7000-8000-000000000001';
    const body = meetingBody({ parentId: missing, initiatives: [{ initiative: 'no-such-thing', status: 'agreed' }] });
    body.participants[0] = { key: 'wang', personId: missing, role: 'host' } as never;
    const response = await api().post('/v1/meetings').send(body).expect(422);
    const pointers = response.body.errors.map((e: { pointer: string }) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/parentId']));
  });

  it('trims strings', async () => {
    const response = await api()
      .post('/v1/meetings')
      .send(meetingBody({ title: '  Talks  ', participants: [], statements: [], initiatives: [] }))
      .expect(201);
    expect(response.body.title).toBe('Talks');
  });

  it('415 for a body that is not JSON, 400 for malformed JSON, 413 for an oversized body', async () => {
    const wrongType = await api().post('/v1/meetings').set('content-type', 'text/csv').send('a,b').expect(415);
    expect(wrongType.body.code).toBe('unsupported_media_type');
    const malformed = await api().post('/v1/meetings').set('content-type', 'application/json').send('{"title": ').expect(400);
    expect(malformed.body.code).toBe('invalid_json');
    expect(malformed.headers['content-type']).toMatch(/^application\/problem\+json/);
    const huge = await api()
      .post('/v1/meetings')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ title: 'x'.repeat(1_100_000) }))
      .expect(413);
    expect(huge.body.code).toBe('payload_too_large');
  });

  // The create's one statement writes its records' events with `after` built by PostgreSQL (meetings.insert.sql.ts):
  // each must be what the record's DTO writes, for every kind of record, with values that need escaping or are null.
  it.each([
    ['meeting', (body: CreatedMeeting) => [withoutLists(body)]],
    ['participant', (body: CreatedMeeting) => body.participants],
    ['statement', (body: CreatedMeeting) => body.statements],
    ['meeting_initiative', (body: CreatedMeeting) => body.initiatives],
  ] as const)('writes each %s its create event, `after` equal to the record as answered, in order', async (recordType, records) => {
    const body = meetingBody({
      summary: 'Quotes " and \\ back\nslash, tab\t, 🇰🇿 and 王毅',
      statements: [
        { speakerKey: 'wang', text: 'He said: "vaccines" \u2028 and \\ more', topics: ['trade', 'ünïcode'] },
        { speakerKey: null, kind: 'joint', text: 'Both sides agreed.' },
      ],
    });
    body.participants[1] = { ...body.participants[1], organization: null, printedTitle: null } as never;
    const created = await api().post('/v1/meetings').set('x-request-id', 'audit-after-1').send(body).expect(201);
    const events = await ctx.prisma.auditEvent.findMany({ where: { meetingId: created.body.id, recordType }, orderBy: { id: 'asc' } });
    const expected = records(created.body as CreatedMeeting);
    expect(events.map((event) => event.after)).toEqual(expected);
    expect(events.map((event) => [event.action, event.recordId, event.before, event.requestId])).toEqual(
      expected.map((record) => ['create', record.id, null, 'audit-after-1']),
    );
    // Events read in the order the records were created: people, the meeting, then each list in its order.
    const all = await ctx.prisma.auditEvent.findMany({ orderBy: { id: 'asc' } });
    expect(all.map((event) => event.recordType)).toEqual([
      'person',
      'person',
      'meeting',
      'participant',
      'participant',
      'statement',
      'statement',
      'meeting_initiative',
    ]);
  });

  it('writes audit events in the same transaction, readable as the meeting history', async () => {
    const created = await api().post('/v1/meetings').send(meetingBody()).expect(201);
    const history = await api().get(`/v1/meetings/${created.body.id}/history`).expect(200);
    const kinds = history.body.data.map((event: { recordType: string; action: string }) => `${event.action} ${event.recordType}`);
    expect(kinds).toEqual(
      expect.arrayContaining(['create meeting', 'create participant', 'create statement', 'create meeting_initiative']),
    );
    expect(history.body.data.find((event: { recordType: string }) => event.recordType === 'meeting')).toMatchObject({
      before: null,
      after: { id: created.body.id, title: created.body.title },
    });
  });
});
