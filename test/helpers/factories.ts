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
