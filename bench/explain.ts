import pg from 'pg';
import { sessionOptions } from '../src/db/session.js';
import { baselineCreateQuery, createParameters } from './baseline-create.js';
import { listQuery, meetingQuery, parts, type NamedQuery } from './baseline-sql.js';
import { createBenchDatabase } from './database.js';
import { fillDatabase, searchTerms } from './fill.js';
import { loadOptions } from './options.js';
import { createBody } from './scenarios.js';
import { searchTemplate } from './search-template.js';

// npm run bench:explain: EXPLAIN (ANALYZE, BUFFERS) of every baseline statement, on a throwaway database filled like
// the bench's (BENCH_MEETINGS, default 100,000 here) or on BENCH_EXPLAIN_DATABASE_URL as it is. Named statements
// are PREPAREd and executed a few times first, so the plan shown is the one the baseline's connections settle on.

const say = (message: string) => process.stderr.write(`explain: ${message}\n`);

interface PlanNode {
  'Node Type': string;
  'Rows Removed by Filter'?: number;
  Operation?: string;
  'Index Name'?: string;
  'Relation Name'?: string;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
}

/** The scans and sorts of a plan, outermost first: "Index Scan using meetings_pkey (43 rows removed by filter)", … */
function scans(node: PlanNode): string[] {
  const target = node['Index Name'] ? ` using ${node['Index Name']}` : node['Relation Name'] ? ` on ${node['Relation Name']}` : '';
  const removed = node['Rows Removed by Filter'] ? ` (${node['Rows Removed by Filter']} rows removed by filter)` : '';
  const type = node['Node Type'] === 'ModifyTable' ? (node.Operation ?? 'ModifyTable') : node['Node Type'];
  const own = /Scan|Insert|Sort/.test(type) && type !== 'CTE Scan' ? [`${type}${target}${removed}`] : [];
  return [...own, ...(node.Plans ?? []).flatMap(scans)];
}

function literal(client: pg.Client, value: unknown): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return client.escapeLiteral(`{${value.map((item) => JSON.stringify(item)).join(',')}}`);
  return client.escapeLiteral(typeof value === 'string' ? value : JSON.stringify(value));
}

/** `values` is called for each execution: a create needs new ids every time. */
async function explainNamed(client: pg.Client, query: NamedQuery, values: () => unknown[]): Promise<unknown> {
  const name = query.name.replace(/-/g, '_');
  await client.query(`PREPARE ${name} AS ${query.text}`);
  const execute = () =>
    `EXECUTE ${name}(${values()
      .map((value) => literal(client, value))
      .join(', ')})`;
  for (let run = 0; run < 6; run++) await client.query(execute());
  const { rows } = await client.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${execute()}`);
  await client.query(`DEALLOCATE ${name}`);
  return rows[0]!['QUERY PLAN'];
}

async function explainUnnamed(client: pg.Client, text: string, values: unknown[]): Promise<unknown> {
  await client.query(text, values);
  const { rows } = await client.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${text}`, values);
  return rows[0]!['QUERY PLAN'];
}

function summary(name: string, explained: unknown): string {
  const [{ Plan: plan, 'Execution Time': ms, Triggers: triggers }] = explained as [
    { Plan: PlanNode; 'Execution Time': number; Triggers?: Array<{ 'Trigger Name': string; Time: number }> },
  ];
  const buffers = (plan['Shared Hit Blocks'] ?? 0) + (plan['Shared Read Blocks'] ?? 0);
  const triggerMs = (triggers ?? []).reduce((total, trigger) => total + trigger.Time, 0);
  // A generic plan keeps the parameters ($1) in its conditions; a custom one has their values.
  const generic = /\$\d/.test(JSON.stringify(plan)) ? ', generic plan' : '';
  const triggerTime = triggerMs ? ` (triggers ${triggerMs.toFixed(2)} ms)` : '';
  return `${name}: ${[...new Set(scans(plan))].join(', ')}; ${buffers} buffers; ${ms.toFixed(2)} ms${triggerTime}${generic}`;
}

async function main(): Promise<void> {
  const options = loadOptions({ BENCH_MEETINGS: '100000', ...process.env });
  let url = process.env.BENCH_EXPLAIN_DATABASE_URL;
  let drop = async () => {};
  if (!url) {
    const database = await createBenchDatabase(options.serverUrl);
    drop = async () => {
      await database.drop();
      say(`dropped ${database.name}`);
    };
    url = database.url;
    const size = { meetings: options.meetings, participants: options.participants, statements: options.statements };
    try {
      await fillDatabase(url, size, say);
    } catch (error) {
      await drop();
      throw error;
    }
  }
  const client = new pg.Client({ connectionString: url, options: sessionOptions });
  await client.connect();
  try {
    const deep = options.deepPage * 20 - 1;
    const id = (await client.query<{ id: string }>('SELECT id FROM meetings ORDER BY md5(id::text) LIMIT 1')).rows[0]!.id;
    const cursor = async (where: string) =>
      (
        await client.query<{ date: string; id: string }>(
          `SELECT date::text, id FROM meetings m ${where} ORDER BY date DESC, id DESC OFFSET ${deep} LIMIT 1`,
        )
      ).rows[0]!;
    const [all, kz] = [await cursor(''), await cursor(`WHERE country_codes && '{KZ}'`)];
    const people = (
      await client.query<{ id: string; country: string }>('SELECT id, country_code AS country FROM people ORDER BY name LIMIT 5')
    ).rows;
    const search = searchTemplate();
    const plans: Array<[string, () => Promise<unknown>]> = [
      ['get by id', () => explainNamed(client, meetingQuery([]), () => [id])],
      ['get with all includes', () => explainNamed(client, meetingQuery(parts), () => [id])],
      ['list page 1', () => explainNamed(client, listQuery({ after: false, countries: false }), () => [21])],
      [
        `list page ${options.deepPage}`,
        () => explainNamed(client, listQuery({ after: true, countries: false }), () => [21, all.date, all.id]),
      ],
      ['list country=KZ page 1', () => explainNamed(client, listQuery({ after: false, countries: true }), () => [21, ['KZ']])],
      [
        `list country=KZ page ${options.deepPage}`,
        () => explainNamed(client, listQuery({ after: true, countries: true }), () => [21, kz.date, kz.id, ['KZ']]),
      ],
      ...Object.values(searchTerms).map(({ term }): [string, () => Promise<unknown>] => [
        `search ${term}`,
        () =>
          explainUnnamed(
            client,
            search.text,
            search.values.map((v) => ('q' in v ? term : 'take' in v ? 21 : v.value)),
          ),
      ]),
      [
        'create nested (5 participants, 20 statements)',
        async () => {
          await client.query('BEGIN');
          try {
            const body = JSON.parse(createBody(people, 20)) as Parameters<typeof createParameters>[0];
            return await explainNamed(client, baselineCreateQuery, () => createParameters(body, 'explain'));
          } finally {
            await client.query('ROLLBACK');
          }
        },
      ],
    ];
    const { rows } = await client.query<{ meetings: number }>('SELECT count(*)::int AS meetings FROM meetings');
    process.stdout.write(`EXPLAIN (ANALYZE, BUFFERS) on ${rows[0]!.meetings} meetings, warm cache; buffers of the top node:\n`);
    for (const [name, explain] of plans) process.stdout.write(`${summary(name, await explain())}\n`);
  } finally {
    await client.end();
    await drop();
  }
}

main().catch((error: unknown) => {
  say(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
