import supertest from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestContext } from './helpers/app.js';
import { createInitiativeRow, meetingBody } from './helpers/factories.js';

// A statement's kind and speaker agree on every path that writes one (new-user trial 95 found a PATCH to "joint" that
// kept the single speaker): `reported` has the participant who spoke, `joint` ("the two sides agreed …") has none. Each
// path answers 422 at the field and writes nothing; the database holds the same rule for what comes any other way.

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
beforeEach(async () => {
  await ctx.reset();
  await createInitiativeRow(ctx.prisma);
});

const joint = 'The two sides agreed to deepen cooperation.';
const readout = `Foreign Minister meets Kazakh counterpart

Tashkent, 15 July 2021 – Foreign Minister Wang Yi met Kazakh Foreign Minister Mukhtar Tileuberdi in Tashkent on 15 July 2021.

Wang Yi said China would provide vaccines. The two sides agreed to deepen cooperation.
`;
const statementCount = () => ctx.prisma.statement.count();

async function storedMeeting(): Promise<{ id: string; speaker: string; statement: string }> {
  const created = await api().post('/v1/meetings').send(meetingBody()).expect(201);
  const meeting = (await api().get(`/v1/meetings/${created.body.id}?include=participants,statements`).expect(200)).body;
  return { id: meeting.id, speaker: meeting.participants[0].id, statement: meeting.statements[0].id };
}

async function documentWithDraft(text: string) {
  const created = await api().post('/v1/documents').send({ text, publisher: 'Ministry of Foreign Affairs of China' });
  expect([200, 201]).toContain(created.status);
  return (await api().get(`/v1/documents/${created.body.id}`).expect(200)).body;
}

/** The draft with its first meeting's statements replaced by one of `kind` said by `speakerKey`. */
function draftSaying(draft: { meetings: Array<{ statements: unknown[] }> }, kind: string, speakerKey: string | null) {
  const [first, ...rest] = draft.meetings;
  return {
    ...draft,
    meetings: [{ ...first, statements: [{ speakerKey, kind, text: joint, topics: [], span: null, confidence: 1 }] }, ...rest],
  };
}

describe('a joint statement has no speaker and a reported one has one, on every path that writes a statement', () => {
  it.each([
    ['joint with a speaker', 'joint', true],
    ['reported without one', 'reported', false],
  ])('POST /v1/meetings/{id}/statements: %s is a 422 at /speakerId', async (_case, kind, withSpeaker) => {
    const meeting = await storedMeeting();
    const before = await statementCount();
    const refused = await api()
      .post(`/v1/meetings/${meeting.id}/statements`)
      .send({ kind, speakerId: withSpeaker ? meeting.speaker : null, text: joint })
      .expect(422);
    expect(refused.body.errors).toEqual([{ in: 'body', pointer: '/speakerId', message: expect.stringMatching(/speaker/) }]);
    expect(await statementCount()).toBe(before);
  });

  it.each([
    ['kind joint, the speaker kept', { kind: 'joint' }, 422],
    ['kind joint with the speaker cleared', { kind: 'joint', speakerId: null }, 200],
    ['the speaker cleared of a reported statement', { speakerId: null }, 422],
  ])('PATCH a statement: %s', async (_case, patch, status) => {
    const meeting = await storedMeeting();
    const answer = await api().patch(`/v1/meetings/${meeting.id}/statements/${meeting.statement}`).send(patch).expect(status);
    const stored = await ctx.prisma.statement.findUniqueOrThrow({ where: { id: meeting.statement } });
    if (status === 422) {
      expect(answer.body.errors[0]).toMatchObject({ pointer: '/speakerId' });
      expect([stored.kind, stored.speakerId]).toEqual(['reported', meeting.speaker]);
    } else expect([stored.kind, stored.speakerId]).toEqual(['joint', null]);
  });

  it.each([
    ['joint with a speaker', 'joint', 'wang'],
    ['reported without one', 'reported', null],
  ])('POST /v1/meetings (nested): %s is a 422 at /statements/0/speakerKey', async (_case, kind, speakerKey) => {
    const refused = await api()
      .post('/v1/meetings')
      .send(meetingBody({ statements: [{ kind, speakerKey, text: joint }], initiatives: [] }))
      .expect(422);
    expect(refused.body.errors).toEqual([{ in: 'body', pointer: '/statements/0/speakerKey', message: expect.stringMatching(/speaker/) }]);
    expect(await ctx.prisma.meeting.count()).toBe(0);
  });

  it('an NDJSON line with a joint statement with a speaker is a 422 of its own; the next line is created', async () => {
    const lines = [meetingBody({ statements: [{ kind: 'joint', speakerKey: 'wang', text: joint }], initiatives: [] }), meetingBody()];
    const answer = await ctx.app.inject({
      method: 'POST',
      url: '/v1/meetings',
      headers: { 'content-type': 'application/x-ndjson' },
      payload: lines.map((line) => JSON.stringify(line)).join('\n'),
    });
    const results = answer.payload
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
      .filter((line) => 'line' in line);
    expect(results.map((r: { status: number }) => r.status)).toEqual([422, 201]);
    expect(results[0].problem.errors[0]).toMatchObject({ pointer: '/statements/0/speakerKey' });
    expect(await ctx.prisma.meeting.count()).toBe(1);
  });

  it.each([
    ['joint with a speaker', 'joint', 'p1', /no speaker/],
    ['reported without one', 'reported', null, /needs a speaker/],
    ['a speaker who is no participant', 'reported', 'p9', /no participant/],
  ])('a commit with a corrected draft: %s is a 422 at the statement', async (_case, kind, speakerKey, message) => {
    const document = await documentWithDraft(readout);
    const refused = await api()
      .post(`/v1/documents/${document.id}/commit`)
      .send({ draft: draftSaying(document.draft, kind, speakerKey) })
      .expect(422);
    expect(refused.body.errors).toContainEqual({
      in: 'body',
      pointer: '/draft/meetings/0/statements/0/speakerKey',
      message: expect.stringMatching(message),
    });
    expect(await ctx.prisma.meeting.count()).toBe(0);
  });

  it.each([
    ['joint with a speaker', 'joint', 'p1'],
    ['a speaker who is no participant', 'reported', 'p9'],
  ])('a commit that attaches a draft meeting: %s is a 422 and the stored meeting is unchanged', async (_case, kind, speakerKey) => {
    const first = await documentWithDraft(readout);
    const [stored] = (await api().post(`/v1/documents/${first.id}/commit`).send({}).expect(201)).body.data;
    const before = await statementCount();
    const second = await documentWithDraft(`${readout}\nThe ministers also discussed trade.\n`);
    const refused = await api()
      .post(`/v1/documents/${second.id}/commit`)
      .send({ draft: draftSaying(second.draft, kind, speakerKey), attach: [{ draftMeeting: 0, meetingId: stored.id }] })
      .expect(422);
    expect(refused.body.errors[0]).toMatchObject({ pointer: '/draft/meetings/0/statements/0/speakerKey' });
    expect(await statementCount()).toBe(before);
  });

  it('the database refuses a joint statement with a speaker written any other way', async () => {
    const meeting = await storedMeeting();
    await expect(
      ctx.prisma.$executeRawUnsafe(`UPDATE statements SET kind = 'joint' WHERE id = $1::uuid`, meeting.statement),
    ).rejects.toThrow(/statements_joint_no_speaker_check/);
  });
});
