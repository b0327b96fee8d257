import supertest from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestContext } from './helpers/app.js';

// A provenance span says where a document printed a record. Deleting the record deletes its spans, on every path
// (each part's DELETE route, and raw SQL: a trigger does it), so include=provenance, /sources and /comparison never
// report a record that is gone.

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
beforeEach(async () => ctx.reset());

const readout = `Foreign Minister meets Japanese counterpart

Lisbon, 3 May 2024 – Minister of Foreign Affairs Ana Silva held talks with Japanese Minister for Foreign Affairs Kenji Mori in Lisbon on 3 May 2024.

Minister Silva said Portugal would expand trade with Japan under the Strategic Partnership.

Minister Mori stressed the importance of maritime security in the Indo-Pacific.
`;

interface Provenance {
  recordType: string;
  recordId: string;
}

async function committed() {
  const document = (
    await api().post('/v1/documents').send({ text: readout, publisher: 'Ministry of Foreign Affairs of Portugal' }).expect(201)
  ).body;
  const meeting = (await api().post(`/v1/documents/${document.id}/commit`).send({}).expect(201)).body.data[0] as { id: string };
  const full = (await api().get(`/v1/meetings/${meeting.id}?include=participants,statements,initiatives,provenance`).expect(200)).body;
  return { meetingId: meeting.id, full };
}

async function orphans(meetingId: string): Promise<Provenance[]> {
  const full = (await api().get(`/v1/meetings/${meetingId}?include=participants,statements,initiatives,provenance`).expect(200)).body;
  const ids = new Set<string>([
    full.id,
    ...['participants', 'statements', 'initiatives'].flatMap((k) => full[k].map((x: { id: string }) => x.id)),
  ]);
  return (full.provenance as Provenance[]).filter((span) => !ids.has(span.recordId));
}

const spansOf = (recordId: string) => ctx.prisma.provenanceSpan.count({ where: { recordId } });

describe('deleting a part deletes its provenance spans', () => {
  it.each([
    ['statement', 'statements'],
    ['initiative link', 'initiatives'],
    ['participant', 'participants'],
  ] as const)('the %s DELETE route', async (_label, collection) => {
    const { meetingId, full } = await committed();
    const part = full[collection].at(-1) as { id: string; personId?: string };
    expect(await spansOf(part.id)).toBeGreaterThan(0);
    // A participant who spoke is cited by statements: those go first (a participant with statements is a 409).
    if (collection === 'participants')
      for (const statement of full.statements.filter((s: { speakerId: string | null }) => s.speakerId === part.id))
        await api().delete(`/v1/meetings/${meetingId}/statements/${statement.id}`).expect(204);
    await api().delete(`/v1/meetings/${meetingId}/${collection}/${part.id}`).expect(204);
    expect(await spansOf(part.id)).toBe(0);
    expect(await orphans(meetingId)).toEqual([]);
    const facts = (await api().get(`/v1/meetings/${meetingId}/sources`).expect(200)).body.data[0].facts;
    const after = (await api().get(`/v1/meetings/${meetingId}?include=participants,statements,initiatives`).expect(200)).body;
    expect(facts).toEqual({
      participants: after.participants.length,
      statements: after.statements.length,
      initiatives: after.initiatives.length,
    });
  });

  it.each(['participants', 'statements', 'meeting_initiatives'])('a delete from %s in raw SQL takes its spans too', async (table) => {
    const { meetingId, full } = await committed();
    const collection = table === 'meeting_initiatives' ? 'initiatives' : table;
    const part = full[collection].at(-1) as { id: string };
    if (table === 'participants') {
      await ctx.prisma.$executeRawUnsafe('UPDATE meeting_initiatives SET statement_id = NULL WHERE meeting_id = $1::uuid', meetingId);
      await ctx.prisma.$executeRawUnsafe('DELETE FROM statements WHERE meeting_id = $1::uuid', meetingId);
    }
    await ctx.prisma.$executeRawUnsafe(`DELETE FROM ${table} WHERE id = $1::uuid`, part.id);
    expect(await spansOf(part.id)).toBe(0);
    expect(await orphans(meetingId)).toEqual([]);
  });
});
