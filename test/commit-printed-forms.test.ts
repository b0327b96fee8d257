import supertest from 'supertest';
import { describe, expect, it } from 'vitest';
import { useTestContext } from './helpers/app.js';

// What a committed participant says the readout printed: the printed name where the draft cites it, and nothing for
// someone an editor added whom the readout does not print (new-user trial 119: the corrected draft's default, the
// name, was stored as printed, so "printedName" claimed the readout printed "Musalia Mudavadi").

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);

const readout =
  'Kazakh Foreign Minister Murat Nurtleu met with Turkish Foreign Minister Hakan Fidan in Astana on 11 October 2023.\n\n' +
  'Nurtleu said the Middle Corridor would deepen cooperation.';

describe('POST /v1/documents/{id}/commit: printed forms', () => {
  it('keeps the printed name of a participant the draft cites, and none for one an editor added', async () => {
    const document = (await api().post('/v1/documents').send({ text: readout }).expect(201)).body;
    const [meeting] = document.draft.meetings;
    expect(meeting.participants.map((p: { printedName: string }) => p.printedName)).toEqual(['Murat Nurtleu', 'Hakan Fidan']);
    const added = { key: 'added', name: 'Musalia Mudavadi', role: 'third_party', countryCode: 'KE', title: 'Prime Cabinet Secretary' };
    const draft = { ...document.draft, meetings: [{ ...meeting, participants: [...meeting.participants, added] }] };
    const [created] = (await api().post(`/v1/documents/${document.id}/commit`).send({ draft }).expect(201)).body.data;
    const stored = (await api().get(`/v1/meetings/${created.id}?include=participants`).expect(200)).body.participants;
    expect(stored.map((p: { printedName: string | null }) => p.printedName)).toEqual(['Murat Nurtleu', 'Hakan Fidan', null]);
    // Nor does the person an editor added keep a printed form as an alias.
    const person = (await api().get(`/v1/people/${stored[2].personId}`).expect(200)).body;
    expect(person.aliases).toEqual([]);
  });
});
