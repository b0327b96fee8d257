import supertest from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestContext } from './helpers/app.js';

// A commit that finds a participant's stored person under another spelling keeps that spelling as the person's alias,
// so a lookup by either finds them (new-user trial 138 F2: "Subrahmanyam Jaishankar", committed as the stored "S.
// Jaishankar", was not found by GET /v1/people?q=Subrahmanyam).

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
beforeEach(() => ctx.reset());

const readout = (name: string, day: number) =>
  `External Affairs Minister ${name} met Foreign Minister Vivian Balakrishnan of Singapore in New Delhi on ${day} May 2024.\n\n` +
  `${name.split(' ').at(-1)} said the two countries would deepen their partnership.`;

async function commit(text: string): Promise<void> {
  const document = (await api().post('/v1/documents').send({ text, publisher: 'Ministry of External Affairs, India' }).expect(201)).body;
  await api().post(`/v1/documents/${document.id}/commit`).send({}).expect(201);
}

async function peopleNamed(q: string): Promise<Array<{ id: string; name: string; aliases: string[]; version: number }>> {
  return (await api().get('/v1/people').query({ q }).expect(200)).body.data;
}

describe('a stored person found under another spelling keeps it as an alias', () => {
  it.each([
    ['S. Jaishankar', 'Subrahmanyam Jaishankar'],
    ['Subrahmanyam Jaishankar', 'S. Jaishankar'],
  ])('stored as "%s", committed as "%s"', async (first, second) => {
    await commit(readout(first, 3));
    await commit(readout(second, 4));
    const [person, ...others] = await peopleNamed('Jaishankar');
    expect(others).toEqual([]);
    expect(person?.name).toBe(first);
    expect(person?.aliases).toContain(second);
    // Found by the words only the new spelling has.
    expect((await peopleNamed(second.split(' ')[0] as string)).map((p) => p.id)).toContain(person?.id);
    // An update like any other: its version went up, and the change feed tells of it.
    expect(person?.version).toBe(2);
    const changes = (await api().get('/v1/changes').query({ after: 0 }).expect(200)).body.data as Array<{
      recordType: string;
      recordId: string;
      action: string;
    }>;
    expect(changes.filter((c) => c.recordType === 'person' && c.recordId === person?.id).map((c) => c.action)).toEqual([
      'create',
      'update',
    ]);
  });

  it('the same spelling again changes nothing', async () => {
    await commit(readout('S. Jaishankar', 3));
    await commit(readout('S. Jaishankar', 4));
    const [person] = await peopleNamed('Jaishankar');
    expect([person?.aliases, person?.version]).toEqual([[], 1]);
  });
});

describe('what is no alias', () => {
  // The second readout committed with its draft corrected by \`edit\`, answered \`status\`.
  async function commitCorrected(stored: string, printed: string, edit: (draft: Draft) => void, status: number): Promise<void> {
    await commit(readout(stored, 3));
    const document = (
      await api()
        .post('/v1/documents')
        .send({ text: readout(printed, 4) })
        .expect(201)
    ).body;
    const draft = structuredClone(document.draft) as Draft;
    edit(draft);
    await api().post(`/v1/documents/${document.id}/commit`).send({ draft }).expect(status);
  }

  it('a lone surname the readout printed is not kept', async () => {
    await commitCorrected(
      'Subrahmanyam Jaishankar',
      'Subrahmanyam Jaishankar',
      (d) => (d.meetings[0]!.participants[0]!.printedName = 'Jaishankar'),
      201,
    );
    const [person] = await peopleNamed('Jaishankar');
    expect(person?.aliases).toEqual([]);
  });

  it('a commit refused leaves the stored person as it was', async () => {
    // A statement by a speaker who is no participant: the whole commit is refused.
    await commitCorrected('S. Jaishankar', 'Subrahmanyam Jaishankar', (d) => (d.meetings[0]!.statements[0]!.speakerKey = 'nobody'), 422);
    const [person] = await peopleNamed('Jaishankar');
    expect([person?.aliases, person?.version]).toEqual([[], 1]);
  });
});

type Draft = { meetings: Array<{ participants: Array<{ printedName: string }>; statements: Array<{ speakerKey: string }> }> };
