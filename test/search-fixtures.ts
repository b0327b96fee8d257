import type { Db } from '../src/db/prisma.js';
import type { MeetingKind } from '../src/generated/prisma/client.js';

// Search fixtures: the seed meeting (Wang Yi and Mukhtar Tileuberdi in Tashkent, 2021-07-15) with its two statements
// as printed in the readout, plus two smaller meetings and a catalogue of three initiatives.

export const wangStatement =
  'Wang Yi said China will join Kazakhstan and firmly support each other in major issues concerning their core ' +
  'interests, and perfect the paradigm of comprehensive and mutually beneficial cooperation focused on high-quality ' +
  'Belt and Road development. The two sides should implement the road map for the alignment of the Silk Road economic ' +
  'belt and the new economic policy of the "light path". China will continue to provide Kazakhstan with pandemic ' +
  'supplies, including vaccines, to help Kazakhstan overcome COVID-19. Both sides should ensure that origin tracing is ' +
  'carried out in a scientific and accurate manner, and oppose making tracing a political issue.';

export const tileuberdiStatement =
  'Mukhtar Tileuberdi said his country attaches great importance to the permanent Sino-Kazakh comprehensive strategic ' +
  'partnership. Kazakhstan will play an active role in the development of "Belt and Road" and firmly align the ' +
  "development strategies of both sides. Kazakhstan appreciates China's support in its fight against the pandemic. " +
  'The scientific point of view is of the utmost importance in the search for tracing of origin. Kazakhstan opposes ' +
  'tracing being a political issue.';

export const scriptStatement =
  "Sergey Lavrov thanked China for the vaccine deliveries <script>alert('x')</script> & called the talks useful.";

interface MeetingSpec {
  title: string;
  kind: MeetingKind;
  date: string;
  countryCode?: string;
  summary?: string;
  participants: Array<{ personId: string; countryCode: string }>;
  statements: Array<{ speaker: number | null; text: string }>;
  initiatives: string[];
}

export async function createMeeting(prisma: Db, spec: MeetingSpec) {
  const meeting = await prisma.meeting.create({
    data: {
      title: spec.title,
      kind: spec.kind,
      date: new Date(spec.date),
      countryCode: spec.countryCode ?? null,
      summary: spec.summary ?? null,
    },
  });
  const participants = [];
  for (const [position, p] of spec.participants.entries()) {
    participants.push(
      await prisma.participant.create({
        data: { meetingId: meeting.id, personId: p.personId, countryCode: p.countryCode, role: position ? 'guest' : 'host', position },
      }),
    );
  }
  const statements = [];
  for (const [position, s] of spec.statements.entries()) {
    const speakerId = s.speaker === null ? null : participants[s.speaker]!.id;
    statements.push(
      await prisma.statement.create({
        data: {
          meetingId: meeting.id,
          speakerId,
          speakerMeetingId: speakerId ? meeting.id : null,
          kind: speakerId ? 'reported' : 'narrative',
          text: s.text,
          position,
        },
      }),
    );
  }
  for (const initiativeId of spec.initiatives) {
    await prisma.meetingInitiative.create({ data: { meetingId: meeting.id, initiativeId, status: 'discussed' } });
  }
  return { meeting, participants, statements };
}

export async function seedSearchFixtures(prisma: Db) {
  const wang = await prisma.person.create({ data: { name: 'Wang Yi', countryCode: 'CN' } });
  const tileuberdi = await prisma.person.create({ data: { name: 'Mukhtar Tileuberdi', aliases: ['Tleuberdi'], countryCode: 'KZ' } });
  const lavrov = await prisma.person.create({ data: { name: 'Sergey Lavrov', countryCode: 'RU' } });
  const beltAndRoad = await prisma.initiative.create({
    data: {
      slug: 'belt-and-road',
      name: 'Belt and Road Initiative',
      aliases: ['Silk Road Economic Belt', 'One Belt One Road'],
      description: 'Infrastructure and connectivity programme proposed by China in 2013.',
    },
  });
  const vaccines = await prisma.initiative.create({
    data: { slug: 'covid-19-vaccine-supply', name: 'COVID-19 vaccine supply', description: 'Deliveries of pandemic supplies to partners.' },
  });
  const sco = await prisma.initiative.create({
    data: { slug: 'sco-hosting', name: 'SCO Council of Heads of Government hosting', description: 'Support for hosting the SCO meeting.' },
  });

  const tashkent = await createMeeting(prisma, {
    title: 'Wang Yi meets with Kazakh Deputy Prime Minister and Foreign Minister Mukhtar Tileuberdi',
    kind: 'meeting',
    date: '2021-07-15',
    countryCode: 'UZ',
    summary: 'Talks in Tashkent on bilateral relations ahead of the 30th anniversary of diplomatic ties in 2022.',
    participants: [
      { personId: wang.id, countryCode: 'CN' },
      { personId: tileuberdi.id, countryCode: 'KZ' },
    ],
    statements: [
      { speaker: 0, text: wangStatement },
      { speaker: 1, text: tileuberdiStatement },
    ],
    initiatives: [beltAndRoad.id, vaccines.id],
  });
  const call = await createMeeting(prisma, {
    title: 'Talks on vaccine supply',
    kind: 'phone_call',
    date: '2022-03-01',
    participants: [
      { personId: wang.id, countryCode: 'CN' },
      { personId: lavrov.id, countryCode: 'RU' },
    ],
    statements: [{ speaker: 1, text: scriptStatement }],
    initiatives: [vaccines.id],
  });
  const video = await createMeeting(prisma, {
    title: 'Video call on trade',
    kind: 'video_call',
    date: '2020-05-10',
    participants: [
      { personId: tileuberdi.id, countryCode: 'KZ' },
      { personId: lavrov.id, countryCode: 'RU' },
    ],
    statements: [{ speaker: null, text: 'The ministers discussed transit along the Silk Road, energy and the pandemic.' }],
    initiatives: [],
  });
  return { people: { wang, tileuberdi, lavrov }, initiatives: { beltAndRoad, vaccines, sco }, tashkent, call, video };
}

export type SearchFixtures = Awaited<ReturnType<typeof seedSearchFixtures>>;
