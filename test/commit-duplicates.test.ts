import supertest from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestContext } from './helpers/app.js';

// A readout whose meeting is recorded already — a copy of a committed page that differs by a byte (re-scraped, other
// line endings), or a second readout of the same meeting — is not recorded twice by a commit that does not say so: a
// draft meeting whose candidate has score 1 (the same people, day, kind and place) and that is not attached is a 409
// naming the pair, and nothing is written; `attach` or `createDuplicates: true` decide (new-user trial 93).

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
beforeEach(async () => ctx.reset());

const readout = `Foreign Secretary meets Kazakh counterpart

London, 13 March 2024 – The Foreign Secretary David Cameron met Kazakh Foreign Minister Murat Nurtleu in London on 13 March 2024.

Later the same day, Minister Nurtleu held talks with Home Secretary James Cleverly in London.
`;

async function post(text: string): Promise<{ id: string; candidates: Array<{ draftMeeting: number; meetingId: string; score: number }> }> {
  const created = await api().post('/v1/documents').send({ text, publisher: 'FCDO' });
  expect([200, 201]).toContain(created.status);
  return (await api().get(`/v1/documents/${created.body.id}`).expect(200)).body;
}
const meetingCount = async () => (await api().get('/v1/meetings?limit=100').expect(200)).body.data.length;

describe('a commit of a meeting recorded already', () => {
  it.each([
    ['a trailing space', `${readout} `],
    ['CRLF line endings', readout.replace(/\n/g, '\r\n')],
    ['a tab for a space', readout.replace('met Kazakh', 'met\tKazakh')],
  ])('a copy with %s is a 409 that writes nothing', async (_case, copy) => {
    const first = await post(readout);
    const committed = await api().post(`/v1/documents/${first.id}/commit`).send({}).expect(201);
    const before = await meetingCount();
    expect(before).toBe(committed.body.data.length);

    const second = await post(copy);
    expect(second.id).not.toBe(first.id);
    expect(second.candidates.filter((c) => c.score === 1).length).toBe(committed.body.data.length);
    const refused = await api().post(`/v1/documents/${second.id}/commit`).send({}).expect(409);
    expect(refused.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(
      committed.body.data.map((_m: unknown, index: number) => `/draft/meetings/${index}`),
    );
    for (const [index, meeting] of committed.body.data.entries()) expect(refused.body.errors[index].message).toContain(meeting.id);
    expect(await meetingCount()).toBe(before);
    // The document stays uncommitted: the editor can decide.
    expect((await api().get(`/v1/documents/${second.id}`).expect(200)).body.sources ?? []).toEqual([]);
  });

  it('attaching every such meeting commits, with no new meeting', async () => {
    const first = await post(readout);
    const committed = (await api().post(`/v1/documents/${first.id}/commit`).send({}).expect(201)).body.data;
    const second = await post(`${readout}\n`);
    const attach = second.candidates.filter((c) => c.score === 1).map((c) => ({ draftMeeting: c.draftMeeting, meetingId: c.meetingId }));
    await api().post(`/v1/documents/${second.id}/commit`).send({ attach }).expect(201);
    expect(await meetingCount()).toBe(committed.length);
  });

  it('attaching one and leaving the other is still a 409 for the other only', async () => {
    const first = await post(readout);
    await api().post(`/v1/documents/${first.id}/commit`).send({}).expect(201);
    const second = await post(`${readout}\n`);
    const [one] = second.candidates.filter((c) => c.score === 1 && c.draftMeeting === 0);
    const refused = await api()
      .post(`/v1/documents/${second.id}/commit`)
      .send({ attach: [{ draftMeeting: 0, meetingId: one?.meetingId }] })
      .expect(409);
    expect(refused.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(['/draft/meetings/1']);
  });

  it('createDuplicates: true records them again, as asked', async () => {
    const first = await post(readout);
    const committed = (await api().post(`/v1/documents/${first.id}/commit`).send({}).expect(201)).body.data;
    const second = await post(`${readout}\n`);
    await api().post(`/v1/documents/${second.id}/commit`).send({ createDuplicates: true }).expect(201);
    expect(await meetingCount()).toBe(2 * committed.length);
  });

  it('a readout of another meeting of the same people commits as before', async () => {
    const first = await post(readout);
    await api().post(`/v1/documents/${first.id}/commit`).send({}).expect(201);
    const other = await post(readout.replace(/13 March 2024/g, '20 May 2024'));
    await api().post(`/v1/documents/${other.id}/commit`).send({}).expect(201);
  });
});

// The other side's readout of one meeting in its own words: "met" against "held talks", "on the sidelines of" (new-user
// trial 141 F4: the Polish readout of the German one scored 0.93 and was recorded twice).
describe("the other side's readout, the encounter in other words", () => {
  const first = `Foreign Secretary meets Kazakh counterpart

London, 13 March 2024 – The Foreign Secretary David Cameron met Kazakh Foreign Minister Murat Nurtleu in London on 13 March 2024.
`;
  it.each([
    [
      'held talks',
      `Nurtleu in London

London, 13 March 2024 – Kazakh Foreign Minister Murat Nurtleu held talks with Foreign Secretary David Cameron in London on 13 March 2024.
`,
    ],
    [
      'met on the sidelines of',
      `Nurtleu in London

London, 13 March 2024 – Kazakh Foreign Minister Murat Nurtleu met Foreign Secretary David Cameron on the sidelines of the Central Asia conference in London on 13 March 2024.
`,
    ],
  ])('%s: score 1 and a 409 naming the recorded meeting', async (_label, other) => {
    const posted = await post(first);
    const [recorded] = (await api().post(`/v1/documents/${posted.id}/commit`).send({}).expect(201)).body.data;
    const second = await post(other);
    expect(second.candidates[0]).toMatchObject({ meetingId: recorded.id, score: 1 });
    const refused = await api().post(`/v1/documents/${second.id}/commit`).send({}).expect(409);
    expect(refused.body.errors[0].message).toContain(recorded.id);
    expect(await meetingCount()).toBe(1);
  });

  it('a call on the same day by the same two is another encounter, as before', async () => {
    const posted = await post(first);
    await api().post(`/v1/documents/${posted.id}/commit`).send({}).expect(201);
    const call = await post(`Nurtleu call

London, 13 March 2024 – Kazakh Foreign Minister Murat Nurtleu held a telephone conversation with Foreign Secretary David Cameron on 13 March 2024.
`);
    expect(call.candidates.every((candidate) => candidate.score < 1)).toBe(true);
  });
});

// A call has no place: two readouts of one call agree on the place by being calls (trial 99: a copy of a call readout
// scored 0.93, "place": "unknown", and was recorded twice).
describe('a copy of a call readout', () => {
  const calls = {
    phone_call: `Foreign Ministers hold telephone talks

Tokyo, 2 August 2013 – Minister for Foreign Affairs Fumio Kishida held a telephone conversation with Secretary of State John Kerry on 2 August 2013.
`,
    video_call: `Foreign Ministers hold video conference

Tokyo, 2 August 2013 – Minister for Foreign Affairs Fumio Kishida held a video conference with Secretary of State John Kerry on 2 August 2013.
`,
  };
  it.each(Object.entries(calls))('of a %s scores 1, with place not_applicable, and is a 409', async (kind, text) => {
    const first = await post(text);
    const committed = (await api().post(`/v1/documents/${first.id}/commit`).send({}).expect(201)).body.data;
    expect(committed.map((m: { kind: string }) => m.kind)).toEqual([kind]);
    const second = await post(text.replace(/\n/g, '\r\n'));
    const [candidate] = second.candidates;
    expect(candidate).toMatchObject({ score: 1, evidence: { place: 'not_applicable' } });
    await api().post(`/v1/documents/${second.id}/commit`).send({}).expect(409);
    expect(await meetingCount()).toBe(1);
  });
});

// New-user trial 123: a copy of a page of 58 recorded meetings listed 20 and did not say how many more, and told the
// editor to correct the draft, where attaching or createDuplicates is the way on.
describe('a copy of a page of more recorded meetings than a problem lists', () => {
  it('says how many more there were, and how to go on', async () => {
    const page = Array.from(
      { length: 23 },
      (_, n) =>
        `On ${1 + n} March 2024, Foreign Minister Anna Berg${String.fromCharCode(97 + n)}son of Norway met Foreign Minister Pekka Laine${String.fromCharCode(97 + n)}son of Finland in Oslo.`,
    ).join('\n\n');
    const first = await post(page);
    expect((await api().post(`/v1/documents/${first.id}/commit`).send({}).expect(201)).body.data).toHaveLength(23);
    const copy = await post(page.replace(/\n/g, '\r\n'));
    const refused = await api().post(`/v1/documents/${copy.id}/commit`).send({}).expect(409);
    expect(refused.body.errors).toHaveLength(20);
    expect(refused.body.detail).toMatch(
      /^Meetings of the document's stored draft are recorded already; attach them or send "createDuplicates": true: /,
    );
    expect(refused.body.detail).toMatch(/; and 3 more$/);
    // Where each problem is, in words: the stored document's draft, not a "resource/" path (new-user trial 124).
    expect(refused.body.detail).toMatch(/true: the stored document's \/draft\/meetings\/0: /);
    expect(refused.body.detail).not.toMatch(/resource\//);
  });
});
