import type { FastifyInstance } from 'fastify';
import supertest from 'supertest';
import type { Db } from '../../src/db/prisma.js';

// Request bodies and rows for tests. Bodies are what a client would send; rows go straight into the database.

export function meetingBody(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Wang Yi meets with Kazakh Deputy Prime Minister and Foreign Minister Mukhtar Tileuberdi',
    kind: 'meeting',
    date: '2021-07-15',
    timezone: 'Asia/Tashkent',
    city: 'Tashkent',
    countryCode: 'UZ',
    participants: [
      {
        key: 'wang',
        person: { name: 'Wang Yi', countryCode: 'CN' },
        title: 'State Councilor and Foreign Minister',
        countryCode: 'CN',
        role: 'host',
        printedName: 'Wang Yi',
        printedTitle: 'State Councilor and Foreign Minister',
      },
      {
        key: 'tileuberdi',
        person: { name: 'Mukhtar Tileuberdi', aliases: ['Tleuberdi'], countryCode: 'KZ' },
        title: 'Deputy Prime Minister and Foreign Minister',
        countryCode: 'KZ',
        role: 'guest',
      },
    ],
    statements: [
      { speakerKey: 'wang', text: 'China will continue to provide Kazakhstan with pandemic supplies, including vaccines.' },
      { speakerKey: 'tileuberdi', text: 'Kazakhstan appreciates China’s support in its fight against the pandemic.' },
    ],
    initiatives: [{ initiative: 'covid-19-vaccine-supply', status: 'agreed', statementIndex: 0, committedParties: ['CN'] }],
    ...overrides,
  };
}

/** A draft's candidate initiative as an editor adds it to a corrected draft: not in the catalogue, read nowhere. */
export function candidateInitiative(name: string, slug = 'green-deal-accord', span: { start: number; end: number } | null = null) {
  return { slug, name, isCandidate: true, status: 'discussed', description: null, committedParties: [], statementIndex: null, span };
}

export async function createInitiativeRow(prisma: Db, slug = 'covid-19-vaccine-supply', name = 'COVID-19 vaccine supply') {
  return prisma.initiative.create({ data: { slug, name, aliases: ['vaccines', 'pandemic supplies'], category: 'health' } });
}

export async function createMeetingRows(prisma: Db, count: number, start = new Date('2020-01-01')) {
  const data = Array.from({ length: count }, (_, index) => ({
    title: `Generated meeting ${index}`,
    kind: 'talks' as const,
    date: new Date(start.getTime() + (index % 40) * 86_400_000),
    countryCode: index % 2 ? 'KZ' : 'CN',
  }));
  return prisma.meeting.createManyAndReturn({ data });
}

/** POSTs a body that must be accepted (201) and returns the created record. */
export async function postCreated<T>(app: FastifyInstance, path: string, body: object): Promise<T> {
  return (await supertest(app.server).post(path).send(body).expect(201)).body as T;
}

export const tileuberdiPerson = {
  name: 'Mukhtar Tileuberdi',
  aliases: ['Tleuberdi', 'Мұхтар Тілеуберді'],
  countryCode: 'KZ',
  identifiers: [{ scheme: 'wikidata', value: 'Q1000001' }],
};

export const beltAndRoadInitiative = {
  slug: 'belt-and-road-initiative',
  name: 'Belt and Road Initiative',
  aliases: ['BRI', 'One Belt, One Road', 'Silk Road Economic Belt', '21st Century Maritime Silk Road'],
  category: 'economy',
  description: 'China’s programme of infrastructure and trade links across Eurasia.',
};

export const initiativeCatalogue = [
  beltAndRoadInitiative,
  { slug: 'nurly-zhol', name: 'Nurly Zhol', aliases: ['Bright Road', 'Light Path'], category: 'economy' },
  { slug: 'covid-19-vaccine-supply', name: 'COVID-19 vaccine supply', aliases: ['vaccines', 'pandemic supplies'], category: 'health' },
  { slug: 'sco-heads-of-government-2021', name: 'SCO Council of Heads of Government meeting 2021', category: 'diplomacy' },
  { slug: 'china-central-asia', name: 'China + Central Asia foreign ministers’ meeting', category: 'diplomacy' },
];
