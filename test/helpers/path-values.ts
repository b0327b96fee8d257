import type supertest from 'supertest';
import type { Db } from '../../src/db/prisma.js';
import { createInitiativeRow, meetingBody } from './factories.js';

/**
 * Records one of each kind of record — a meeting with a participant, a statement and an initiative link, its person,
 * the initiative, a document — and returns a value for every path parameter of the contract (`meetingId`,
 * `participantId`, `statementId`, `linkId`, `personId`, `initiativeKey`, `documentId`), for tests that call every
 * operation. Throws (an assertion of supertest) when a write is refused.
 */
export async function recordPathValues(api: () => ReturnType<typeof supertest>, prisma: Db): Promise<Record<string, string>> {
  await createInitiativeRow(prisma);
  const meeting = (await api().post('/v1/meetings').send(meetingBody()).expect(201)).body;
  const full = (await api().get(`/v1/meetings/${meeting.id}?include=participants,statements,initiatives`).expect(200)).body;
  const document = (
    await api()
      .post('/v1/documents')
      .send({ text: 'Foreign Minister Ana Silva met Foreign Minister Kenji Mori in Lisbon on 3 May 2024.' })
      .expect(201)
  ).body;
  return {
    meetingId: meeting.id,
    participantId: full.participants[0].id,
    statementId: full.statements[0].id,
    linkId: full.initiatives[0].id,
    personId: full.participants[0].personId,
    initiativeKey: 'covid-19-vaccine-supply',
    documentId: document.id,
  };
}
