import type pg from 'pg';

// The requests each server gets. Paths rotate (autocannon cycles each connection through them) so that reads of a
// single meeting touch many rows rather than one hot one.

export interface Scenario {
  name: string;
  method: 'GET' | 'POST';
  paths: string[];
  body?: string;
  status: number;
  /** Reads must answer the same JSON; a create can only answer the same shape (new ids, new timestamps). */
  compare: 'value' | 'shape';
}

const statementText =
  'Wang Yi said that China and Kazakhstan are permanent comprehensive strategic partners and that the two sides should ' +
  'align the Belt and Road Initiative with the Bright Road new economic policy.';

export function createBody(hostId: string, guestId: string): string {
  return JSON.stringify({
    title: 'Wang Yi meets with Mukhtar Tileuberdi',
    kind: 'meeting',
    date: '2021-07-15',
    city: 'Tashkent',
    countryCode: 'UZ',
    timezone: 'Asia/Tashkent',
    summary: 'The foreign ministers discussed the Belt and Road Initiative and vaccine cooperation.',
    participants: [
      { key: 'host', personId: hostId, title: 'State Councilor and Foreign Minister', countryCode: 'CN', role: 'host' },
      { key: 'guest', personId: guestId, title: 'Deputy Prime Minister and Foreign Minister', countryCode: 'KZ', role: 'guest' },
    ],
    statements: [
      { speakerKey: 'host', text: statementText, topics: ['trade'] },
      { speakerKey: 'guest', text: 'Tileuberdi said that Kazakhstan supports the Global Development Initiative.', topics: ['development'] },
    ],
  });
}

export async function buildScenarios(pool: pg.Pool): Promise<Scenario[]> {
  const meetings = await pool.query<{ id: string }>('SELECT id FROM meetings ORDER BY md5(id::text) LIMIT 200');
  const people = await pool.query<{ id: string }>('SELECT id FROM people ORDER BY name LIMIT 2');
  const [host, guest] = people.rows;
  if (!host || !guest || !meetings.rows.length) throw new Error('the benchmark database has no meetings or people');
  return [
    { name: 'list first page', method: 'GET', paths: ['/v1/meetings?limit=20'], status: 200, compare: 'value' },
    {
      name: 'get with participants,statements',
      method: 'GET',
      paths: meetings.rows.map((row) => `/v1/meetings/${row.id}?include=participants,statements`),
      status: 200,
      compare: 'value',
    },
    { name: 'list country=KZ', method: 'GET', paths: ['/v1/meetings?country=KZ&limit=20'], status: 200, compare: 'value' },
    { name: 'create nested', method: 'POST', paths: ['/v1/meetings'], body: createBody(host.id, guest.id), status: 201, compare: 'shape' },
  ];
}
