import supertest from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestContext } from './helpers/app.js';

// A stored person printed in another common transliteration is that person, in the draft and at its commit: new-user
// trial 126 stored "Seyed Abbas Araghchi", then committed a readout printing "Abbas Araqchi" — and had two people.

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
beforeEach(() => ctx.reset());

/** Stores `storedName`, posts a readout printing `printed` and checks the draft's match and that the commit creates only the other side. */
async function expectMatchedAtCommit(storedName: string, printed: string) {
  const stored = (await api().post('/v1/people').send({ name: storedName, countryCode: 'IR' }).expect(201)).body;
  const text = `Iranian Foreign Minister ${printed} met Omani Foreign Minister Badr Albusaidi in Muscat on 3 March 2025.`;
  const document = (await api().post('/v1/documents').send({ text }).expect(201)).body;
  const participant = document.draft.meetings[0].participants.find((p: { printedName: string }) => p.printedName === printed);
  expect(participant?.personId).toBe(stored.id);
  const before = await ctx.prisma.person.count();
  await api().post(`/v1/documents/${document.id}/commit`).send({}).expect(201);
  expect(await ctx.prisma.person.count()).toBe(before + 1);
}

describe('a stored person in another spelling', () => {
  it.each([['Abbas Araqchi'], ['Abbas Araghchi'], ['Seyyed Abbas Araqchi'], ['Seyed Abbas Araqchi']])(
    'a readout printing "%s" is matched to Seyed Abbas Araghchi, and the commit creates only the other side',
    (printed) => expectMatchedAtCommit('Seyed Abbas Araghchi', printed),
  );
});

describe('a stored person printed with a word more before the name (trial 127 F5)', () => {
  it.each([
    ['Abbas Araghchi', 'Seyed Abbas Araqchi'],
    ['Abbas Araghchi', 'Seyed Abbas Araghchi'],
    ['Abbas Araqchi', 'Seyyed Abbas Araghchi'],
  ])('stored "%s", a readout printing "%s" is matched, and the commit creates only the other side', (storedName, printed) =>
    expectMatchedAtCommit(storedName, printed),
  );

  it.each([
    ['Sheikh Mohammed', 'Sheikh Mohammed bin Rashid'],
    ['Mohammed Rashid', 'Sheikh Mohammed bin Rashid Al Maktoum'],
  ])('stored "%s" is not "%s" (the printed name ends otherwise, or has more than two words more)', async (storedName, printed) => {
    await api().post('/v1/people').send({ name: storedName, countryCode: 'AE' }).expect(201);
    const text = `UAE Vice President ${printed} met Omani Foreign Minister Badr Albusaidi in Dubai on 3 March 2025.`;
    const document = (await api().post('/v1/documents').send({ text }).expect(201)).body;
    const participant = document.draft.meetings[0].participants.find((p: { printedName: string }) => p.printedName === printed);
    expect(participant).toBeDefined();
    expect(participant.personId).toBeNull();
  });
});
