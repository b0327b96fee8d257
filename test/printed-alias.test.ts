import supertest from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestContext } from './helpers/app.js';

// A person a commit creates keeps the name the readout printed as an alias when an editor corrected it, so a lookup by
// the printed spelling finds them (new-user trial 103: "Сергей Лавров" corrected to "Sergey Lavrov" left no alias, and
// `GET /v1/people?q=Лавров` found nothing). Only a real other spelling becomes one.

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);

beforeEach(async () => ctx.reset());

const text =
  'Moscow, 11 April 2025. Minister of Foreign Affairs Сергей Лавров met with Foreign Minister of Egypt Badr Abdelatty in Moscow.';

describe('the printed name of a participant an editor renamed', () => {
  it.each([
    ['Sergey Lavrov', ['Сергей Лавров'], 'Лавров'],
    // Only case or spacing differ: the same spelling, no alias.
    ['СЕРГЕЙ  ЛАВРОВ', [], 'Лавров'],
    // Not renamed: no alias.
    [null, [], 'Лавров'],
  ])('renamed to %s keeps %j', async (corrected, aliases, query) => {
    const document = (await api().post('/v1/documents').set('content-type', 'text/plain').send(text).expect(201)).body;
    const draft = document.draft;
    const lavrov = draft.meetings[0].participants.find((p: { printedName: string }) => p.printedName === 'Сергей Лавров');
    expect(lavrov).toBeDefined();
    if (corrected) lavrov.name = corrected;
    const [meeting] = (await api().post(`/v1/documents/${document.id}/commit`).send({ draft }).expect(201)).body.data;
    const { participants } = (await api().get(`/v1/meetings/${meeting.id}?include=participants`).expect(200)).body;
    const stored = participants.find((p: { printedName: string }) => p.printedName === 'Сергей Лавров');
    const person = (await api().get(`/v1/people/${stored.personId}`).expect(200)).body;
    expect(person.aliases).toEqual(aliases);
    const found = (await api().get('/v1/people').query({ q: query }).expect(200)).body.data.map((p: { id: string }) => p.id);
    expect(found).toContain(person.id);
  });
});
