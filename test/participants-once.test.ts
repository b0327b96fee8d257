import supertest from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestContext } from './helpers/app.js';
import { createInitiativeRow, meetingBody } from './helpers/factories.js';

// A person takes part in a meeting once, on every path that writes participants: the same personId twice, or the same
// new person (same name ignoring case and accents, compatible countries) twice, is a 422 pointing at the second, and nothing is stored — no meeting,
// and no person created twice (found by a new user's trial: a corrected draft with a participant copied created two
// "Luigi Di Maio").

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);

beforeEach(async () => {
  await ctx.reset();
  await createInitiativeRow(ctx.prisma);
});

type Participant = Record<string, unknown>;
const wang = (): Participant => meetingBody().participants[0] as Participant;

/** The meeting body with a second seat for the same person, made by `twice`. */
type Twice = (first: Participant) => Participant;
const duplicates: Array<[string, Twice, string]> = [
  [
    'the same new person (name and country)',
    (first) => ({ ...first, key: 'wang-again', person: { name: 'WANG  Yi', countryCode: 'CN' } }),
    'person',
  ],
  [
    'the same new person in another spelling of accents and case',
    (first) => ({ ...first, key: 'wang-again', person: { name: 'WÁNG Yí', countryCode: 'CN' } }),
    'person',
  ],
  [
    // new-user trial 118: "Marko Đurić" beside "Marko Djuric", "Марко Ђурић" (his alias) beside him
    'the same new person in another script',
    (first) => ({ ...first, key: 'wang-again', person: { name: '王 毅', countryCode: 'CN' } }),
    'person',
  ],
  [
    'the same new person with the family name first, in capitals',
    (first) => ({ ...first, key: 'wang-again', person: { name: 'YI Wang', countryCode: 'CN' } }),
    'person',
  ],
  [
    // new-user trial 119: "Antony J. Blinken" beside "Antony Blinken", "Retno L. P. Marsudi" beside "Retno Marsudi"
    'the same new person with initials between the names',
    (first) => ({ ...first, key: 'wang-again', person: { name: 'Wang J. K. Yi', countryCode: 'CN' } }),
    'person',
  ],
  [
    // "Khalid Al Marzouqi" in "Sheikh Khalid bin Ahmed Al Marzouqi": one name's words all in the other's, in order
    'the same new person under a longer form of the name',
    (first) => ({ ...first, key: 'wang-again', person: { name: 'Dr Wang Yi', countryCode: 'CN' } }),
    'person',
  ],
  [
    // new-user trial 117: "José García" of ES and "JOSE GARCIA" with no country were both created and seated
    'the same new person, one of them without a country (compatible, as the people lookup has it)',
    (first) => ({ ...first, key: 'wang-again', countryCode: null, person: { name: 'wang yi' } }),
    'person',
  ],
];

/** What each path answers for a meeting whose participants are `participants`: status and the problem's pointers. */
const paths: Array<[string, (participants: Participant[]) => Promise<{ status: number; pointers: string[] }>]> = [
  [
    'POST /v1/meetings',
    async (participants) => {
      const response = await api()
        .post('/v1/meetings')
        .send(meetingBody({ participants, statements: [], initiatives: [] }));
      return { status: response.status, pointers: (response.body.errors ?? []).map((e: { pointer: string }) => e.pointer) };
    },
  ],
  [
    'POST /v1/meetings as NDJSON',
    async (participants) => {
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/v1/meetings',
        headers: { 'content-type': 'application/x-ndjson' },
        payload: `${JSON.stringify(meetingBody({ participants, statements: [], initiatives: [] }))}\n`,
      });
      const line = JSON.parse(response.payload.split('\n')[0] as string) as {
        status: number;
        problem?: { errors?: Array<{ pointer: string }> };
      };
      return { status: line.status, pointers: (line.problem?.errors ?? []).map((e) => e.pointer) };
    },
  ],
  [
    'POST /v1/documents/{id}/commit with a corrected draft',
    async (participants) => {
      const text =
        'Wang Yi meets Mukhtar Tileuberdi\n\nTASHKENT, July 15 2021 – State Councilor and Foreign Minister Wang Yi met Kazakh Foreign Minister Mukhtar Tileuberdi.';
      const document = (await api().post('/v1/documents').send({ text }).expect(201)).body;
      const [meeting] = document.draft.meetings;
      const seats = participants.map((participant, index) => {
        const drafted = meeting.participants[0];
        const person = participant.person as { name: string; countryCode?: string } | undefined;
        return {
          ...drafted,
          key: String(participant.key),
          name: person?.name ?? drafted.name,
          countryCode: person ? (person.countryCode ?? null) : drafted.countryCode,
          personId: (participant.personId as string | undefined) ?? null,
          role: index === 0 ? 'host' : 'guest',
        };
      });
      const draft = { ...document.draft, meetings: [{ ...meeting, participants: seats, statements: [], initiatives: [] }] };
      const response = await api().post(`/v1/documents/${document.id}/commit`).send({ draft });
      return { status: response.status, pointers: (response.body.errors ?? []).map((e: { pointer: string }) => e.pointer) };
    },
  ],
];

describe.each(paths)('%s', (pathName, write) => {
  it.each(duplicates)('refuses %s twice (422 at the second), storing nothing', async (__, twice, member) => {
    const peopleBefore = await ctx.prisma.person.count();
    const { status, pointers } = await write([wang(), twice(wang())]);
    expect(status).toBe(422);
    // A draft's participant has no "person" member (its name and country are the participant's): the error is at the
    // participant there.
    const at = pathName.includes('draft') && member === 'person' ? '/participants/1' : `/participants/1/${member}`;
    expect(
      pointers.some((pointer) => pointer.endsWith(at)),
      pointers.join(' '),
    ).toBe(true);
    expect(await ctx.prisma.meeting.count()).toBe(0);
    expect(await ctx.prisma.person.count()).toBe(peopleBefore);
  });

  it('refuses the same stored person twice (422 at the second)', async () => {
    const person = (await api().post('/v1/people').send({ name: 'Wang Yi', countryCode: 'CN' }).expect(201)).body;
    const seat = (key: string): Participant => ({ ...wang(), key, person: undefined, personId: person.id });
    const { status, pointers } = await write([seat('a'), seat('b')]);
    expect(status).toBe(422);
    expect(pointers.some((pointer) => pointer.endsWith('/participants/1/personId'))).toBe(true);
    expect(await ctx.prisma.meeting.count()).toBe(0);
  });

  it('still takes two namesakes of different countries', async () => {
    const { status } = await write([
      wang(),
      { ...wang(), key: 'namesake', person: { name: 'Wang Yi', countryCode: 'SG' }, countryCode: 'SG' },
    ]);
    expect(status).toBe(201);
  });
});

describe('two names in the other order are two people unless one prints the family name in capitals', () => {
  it('POST /v1/meetings: "Ali Ahmed" and "Ahmed Ali" are both seated', async () => {
    const seat = (key: string, name: string): Participant => ({ ...wang(), key, person: { name, countryCode: 'EG' }, countryCode: 'EG' });
    await api()
      .post('/v1/meetings')
      .send(meetingBody({ participants: [seat('a', 'Ali Ahmed'), seat('b', 'Ahmed Ali')], statements: [], initiatives: [] }))
      .expect(201);
  });

  it.each([
    ['John A. Smith', 'John B. Smith'],
    ['Envoy Number 1 of the Caspian corridor', 'Envoy Number 10 of the Caspian corridor'],
  ])('POST /v1/meetings: "%s" and "%s", initials or numbers differing, are both seated', async (one, other) => {
    const seat = (key: string, name: string): Participant => ({ ...wang(), key, person: { name, countryCode: 'KZ' }, countryCode: 'KZ' });
    await api()
      .post('/v1/meetings')
      .send(meetingBody({ participants: [seat('a', one), seat('b', other)], statements: [], initiatives: [] }))
      .expect(201);
  });

  it('POST /v1/meetings: "Wang Yi" and "Wang Yiming", one word differing, are both seated', async () => {
    const seat = (key: string, name: string): Participant => ({ ...wang(), key, person: { name, countryCode: 'CN' }, countryCode: 'CN' });
    await api()
      .post('/v1/meetings')
      .send(meetingBody({ participants: [seat('a', 'Wang Yi'), seat('b', 'Wang Yiming')], statements: [], initiatives: [] }))
      .expect(201);
  });
});

describe('POST /v1/meetings/{id}/participants', () => {
  /** A stored meeting seating Wang Yi (CN) and Mukhtar Tileuberdi, and a seat to add to it. */
  async function add(seat: Participant) {
    const meeting = (
      await api()
        .post('/v1/meetings')
        .send(meetingBody({ statements: [], initiatives: [] }))
        .expect(201)
    ).body;
    const peopleBefore = await ctx.prisma.person.count();
    const response = await api().post(`/v1/meetings/${meeting.id}/participants`).send(seat);
    return { response, peopleCreated: (await ctx.prisma.person.count()) - peopleBefore, meeting };
  }
  const seat = (person: Record<string, unknown>): Participant => ({ person, role: 'guest' });

  it.each([
    ['the same name and country', { name: 'Wang Yi', countryCode: 'CN' }],
    ['another spelling of case and accents', { name: 'WÁNG YI', countryCode: 'CN' }],
    ['no country (compatible)', { name: 'wang yi' }],
    [
      'another transliteration of a word (new-user trial 118: "Marko Đurić" beside "Marko Djuric")',
      { name: 'Mukhtar Tileuberdy', countryCode: 'KZ' },
    ],
    ['another script', { name: '王 毅' }],
    ['an initial between the names (new-user trial 119: "Antony Blinken" beside "Antony J. Blinken")', { name: 'Mukhtar B. Tileuberdi' }],
  ])('refuses a new person the meeting already seats: %s (409, nobody created)', async (__, person) => {
    const { response, peopleCreated } = await add(seat(person));
    expect(response.status).toBe(409);
    expect(response.body.detail).toMatch(/already a participant/);
    expect(peopleCreated).toBe(0);
  });

  it('refuses the seated person by id (409)', async () => {
    const meeting = (
      await api()
        .post('/v1/meetings')
        .send(meetingBody({ statements: [], initiatives: [] }))
        .expect(201)
    ).body;
    const full = (await api().get(`/v1/meetings/${meeting.id}?include=participants`).expect(200)).body;
    const response = await api()
      .post(`/v1/meetings/${meeting.id}/participants`)
      .send({ personId: full.participants[0].personId, role: 'guest' });
    expect(response.status).toBe(409);
  });

  it('takes a namesake of another country (201, one person created)', async () => {
    const { response, peopleCreated } = await add(seat({ name: 'Wang Yi', countryCode: 'SG' }));
    expect(response.status).toBe(201);
    expect(peopleCreated).toBe(1);
  });
});

describe('POST /v1/meetings/{id}/participants: a stored alias', () => {
  it('a new person named as the seated person’s alias in another script is the seated person (409)', async () => {
    const body = meetingBody({ statements: [], initiatives: [] });
    const meeting = (await api().post('/v1/meetings').send(body).expect(201)).body;
    const peopleBefore = await ctx.prisma.person.count();
    // Mukhtar Tileuberdi's stored aliases include "Мұхтар Тілеуберді"; and "Mukhtar Tleuberdi" is one word's other spelling.
    for (const name of ['Мұхтар Тілеуберді', 'Mukhtar Tleuberdi'])
      expect((await api().post(`/v1/meetings/${meeting.id}/participants`).send({ person: { name }, role: 'guest' })).status, name).toBe(
        409,
      );
    expect(await ctx.prisma.person.count()).toBe(peopleBefore);
  });
});

describe('a corrected draft whose added participant the commit looks up as someone seated', () => {
  it('422 at the participant the client sent, not at a personId it never sent (new-user trial 118)', async () => {
    const person = (await api().post('/v1/people').send({ name: 'Wang Yi', countryCode: 'CN' }).expect(201)).body;
    const text =
      'Wang Yi meets Mukhtar Tileuberdi\n\nTASHKENT, July 15 2021 – State Councilor and Foreign Minister Wang Yi met Kazakh Foreign Minister Mukhtar Tileuberdi.';
    const document = (await api().post('/v1/documents').send({ text }).expect(201)).body;
    const [meeting] = document.draft.meetings;
    expect(meeting.participants[0].personId).toBe(person.id);
    const added = { key: 'p9', name: 'WANG YI', role: 'guest' };
    const draft = { ...document.draft, meetings: [{ ...meeting, participants: [...meeting.participants, added] }] };
    const response = await api().post(`/v1/documents/${document.id}/commit`).send({ draft }).expect(422);
    const pointers = response.body.errors.map((e: { pointer: string }) => e.pointer);
    expect(pointers).toContain(`/draft/meetings/0/participants/${meeting.participants.length}`);
    expect(pointers.some((p: string) => p.endsWith('/personId'))).toBe(false);
    expect(await ctx.prisma.meeting.count()).toBe(0);
  });
});
