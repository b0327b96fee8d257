import type pg from 'pg';
import { searchTerms } from './fill.js';

// The requests each server gets. Paths rotate (autocannon cycles each connection through them) so that reads of a
// single meeting touch many rows rather than one hot one. A deep page is reached once by following each server's
// own cursors from page 1; the benchmark then asks for that page over and over.

export type SideName = 'api' | 'baseline';

export interface Scenario {
  name: string;
  method: 'GET' | 'POST';
  paths: Record<SideName, string[]>;
  body?: string;
  status: number;
  /** Reads must answer the same JSON; a create can only answer the same shape (new ids, new timestamps). */
  compare: 'value' | 'shape';
  /** Concurrent connections, when not BENCH_CONNECTIONS. */
  connections?: number;
}

const statementText = (index: number) =>
  `Statement ${index + 1}: the two sides should align the Belt and Road Initiative with the Bright Road new economic ` +
  'policy, keep supply chains stable and support each other on issues of core interest.';

/** POST /v1/meetings: the given people (existing, by id) as participants, `statements` statements spoken in turn. */
export function createBody(people: ReadonlyArray<{ id: string; country: string | null }>, statements: number): string {
  return JSON.stringify({
    title: 'Foreign ministers meet in Tashkent',
    kind: 'meeting',
    // Before every generated meeting, so that the meetings it creates never move the pages of the list scenarios.
    date: '2009-07-15',
    city: 'Tashkent',
    countryCode: 'UZ',
    timezone: 'Asia/Tashkent',
    summary: 'The foreign ministers discussed the Belt and Road Initiative and vaccine supplies.',
    participants: people.map((person, index) => ({
      key: `p${index}`,
      personId: person.id,
      title: 'Minister of Foreign Affairs',
      countryCode: person.country,
      role: index === 0 ? 'host' : index === 1 ? 'guest' : 'third_party',
    })),
    statements: Array.from({ length: statements }, (_, index) => ({
      speakerKey: `p${index % people.length}`,
      text: statementText(index),
      topics: ['trade'],
    })),
  });
}

/** The path of page `page` (1-based) of a list, following the server's cursors; the last page if there are fewer. */
async function deepPage(baseUrl: string, path: string, page: number): Promise<{ path: string; page: number }> {
  let current = { path, page: 1 };
  while (current.page < page) {
    const response = await fetch(`${baseUrl}${current.path}`);
    if (!response.ok) throw new Error(`${current.path}: ${response.status} ${await response.text()}`);
    const { nextCursor } = (await response.json()) as { nextCursor: string | null };
    if (!nextCursor) break;
    current = { path: `${path}&cursor=${encodeURIComponent(nextCursor)}`, page: current.page + 1 };
  }
  return current;
}

const same = (paths: string[]) => ({ api: paths, baseline: paths });

export async function buildScenarios(
  pool: pg.Pool,
  urls: Record<SideName, string>,
  options: { deepPage: number; searchConnections: number; create: { participants: number; statements: number } },
): Promise<Scenario[]> {
  const meetings = await pool.query<{ id: string }>('SELECT id FROM meetings ORDER BY md5(id::text) LIMIT 200');
  const people = await pool.query<{ id: string; country: string | null }>(
    'SELECT id, country_code AS country FROM people ORDER BY name LIMIT $1',
    [options.create.participants],
  );
  if (people.rows.length < options.create.participants || !meetings.rows.length) throw new Error('the benchmark database is empty');
  const ids = meetings.rows.map((row) => row.id);
  const lists = [
    { name: 'list', path: '/v1/meetings?limit=20' },
    { name: 'list country=KZ', path: '/v1/meetings?limit=20&country=KZ' },
  ];
  const listScenarios: Scenario[] = [];
  for (const list of lists) {
    const [api, baseline] = await Promise.all([
      deepPage(urls.api, list.path, options.deepPage),
      deepPage(urls.baseline, list.path, options.deepPage),
    ]);
    if (api.page !== baseline.page) throw new Error(`${list.name}: the API has ${api.page} pages, the baseline ${baseline.page}`);
    listScenarios.push(
      { name: `${list.name} page 1`, method: 'GET', paths: same([list.path]), status: 200, compare: 'value' },
      {
        name: `${list.name} page ${api.page}`,
        method: 'GET',
        paths: { api: [api.path], baseline: [baseline.path] },
        status: 200,
        compare: 'value',
      },
    );
  }
  const search = (Object.keys(searchTerms) as Array<keyof typeof searchTerms>).map((frequency): Scenario => ({
    name: `search ${frequency} (${searchTerms[frequency].term})`,
    method: 'GET',
    paths: same([`/v1/search?q=${searchTerms[frequency].term}`]),
    status: 200,
    compare: 'value',
    connections: options.searchConnections,
  }));
  return [
    { name: 'get by id', method: 'GET', paths: same(ids.map((id) => `/v1/meetings/${id}`)), status: 200, compare: 'value' },
    {
      name: 'get with all includes',
      method: 'GET',
      paths: same(ids.map((id) => `/v1/meetings/${id}?include=participants,statements,initiatives`)),
      status: 200,
      compare: 'value',
    },
    ...listScenarios,
    ...search,
    {
      name: `create nested (${options.create.participants} participants, ${options.create.statements} statements)`,
      method: 'POST',
      paths: same(['/v1/meetings']),
      body: createBody(people.rows, options.create.statements),
      status: 201,
      compare: 'shape',
    },
  ];
}
