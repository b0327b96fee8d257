import pg from 'pg';

// Fills the benchmark database with set-based SQL (INSERT … SELECT generate_series, one statement per table), so that
// 100,000 meetings with a million statements take minutes, not hours. Meeting i has `participants` people (the first
// hosts, in whose country it is held), `statements` statements spoken in turn by them, one or two initiative links.
// The meetings' country_codes come from the triggers, as for every writer; the fill announces them on insert as the
// API's nested create does, so the participants' trigger finds nothing to rewrite.

const countries = ['CN', 'KZ', 'RU', 'UZ', 'KG', 'TJ', 'TM', 'MN', 'PK', 'IN', 'IR', 'TR'];
const cities = ['Beijing', 'Astana', 'Moscow', 'Tashkent', 'Bishkek', 'Dushanbe', 'Ashgabat', 'Ulaanbaatar', 'Islamabad', 'New Delhi'];
const timezones = ['Asia/Shanghai', 'Asia/Almaty', 'Europe/Moscow', 'Asia/Tashkent', 'Asia/Bishkek', 'Asia/Dushanbe'];

// Statement text: two or three of these sentences, none of which contains a search term below.
const sentences = [
  'The two sides exchanged views on the international and regional situation and on issues of common concern.',
  'He said that the ministers should keep close contact and prepare the next round of consultations in good time.',
  'Both sides agreed to expand trade, to open new flights between their capitals and to simplify visa procedures.',
  'The minister stressed that the partnership serves the fundamental interests of both peoples and of the region.',
  'They discussed the situation in Afghanistan and agreed that terrorism, separatism and extremism must be fought.',
  'The guest thanked the host for the warm reception and invited him to visit at a time convenient to both.',
  'The parties noted the steady growth of investment, the new logistics corridors and the opening of consulates.',
  'He added that the vaccines and medical supplies delivered last year had helped both countries fight the pandemic.',
];

/** What the search scenarios look for and in which share of the statements it occurs (one in `every`). */
export const searchTerms = {
  rare: { term: 'desalination', every: 9973, sentence: 'They agreed to study a joint desalination plant on the shore of the lake.' },
  mid: { term: 'hydropower', every: 97, sentence: 'The sides will review the hydropower projects on the transboundary rivers.' },
  frequent: { term: 'cooperation', every: 2, sentence: 'Both sides pledged to deepen practical cooperation in every field.' },
} as const;

export interface FillSize {
  meetings: number;
  /** Participants per meeting. */
  participants: number;
  /** Statements per meeting. */
  statements: number;
}

export interface FillCounts {
  meetings: number;
  people: number;
  participants: number;
  statements: number;
  initiatives: number;
  links: number;
}

const text = (value: string) => `'${value.replace(/'/g, "''")}'`;
const arrayLiteral = (values: readonly string[]) => `ARRAY[${values.map(text).join(',')}]::text[]`;
/** A pseudo-random, reproducible integer in [0, n) from an integer expression. */
const pick = (expression: string, n: number) => `(abs(hashint8((${expression})::bigint)::bigint) % ${n})`;

const initiativeCount = 20;

/**
 * A UUIDv7 (RFC 9562) from an integer expression: its 48-bit millisecond part is `base + n`, so ids sort as `n` does,
 * the way the API's own ids sort in the order records were written (src/db/ids.ts); the rest is md5 of `n`.
 */
const uuidV7 = (n: string, base = 1_700_000_000_000) =>
  `(lpad(to_hex(${base}::bigint + (${n})), 12, '0') || '7' || substr(md5((${n})::text), 1, 3) || '8' || substr(md5((${n})::text), 4, 15))::uuid`;

function statements(size: FillSize, people: number): string[] {
  const perMeeting = size.participants;
  const term = (key: keyof typeof searchTerms, n: string, offset: number) =>
    `CASE WHEN (${n}) % ${searchTerms[key].every} = ${offset} THEN ${text(searchTerms[key].sentence)} || ' ' ELSE '' END`;
  const sentence = (n: string, salt: number) => `(${arrayLiteral(sentences)})[1 + ${pick(`${n} * 8 + ${salt}`, sentences.length)}]`;
  return [
    // A prime number of people, each of one country: the people of a meeting (a stride of 37 apart from a random
    // first one, so always distinct) are of random countries, and KZ takes part in about a third of the meetings.
    `CREATE TEMP TABLE bench_people AS
       SELECT i, gen_random_uuid() AS id, (${arrayLiteral(countries)})[1 + i % ${countries.length}] AS country
       FROM generate_series(0, ${people - 1}) i`,
    `INSERT INTO people (id, name, aliases, country_code) SELECT id, 'Person ' || i, ARRAY['P. ' || i], country FROM bench_people`,
    `INSERT INTO initiatives (id, slug, name, aliases, category, description)
       SELECT gen_random_uuid(), 'initiative-' || i, 'Initiative ' || i, ARRAY['Initiative No. ' || i],
              (ARRAY['economy','security','health','culture'])[1 + i % 4], 'What initiative ' || i || ' is about.'
       FROM generate_series(0, ${initiativeCount - 1}) i`,
    `CREATE TEMP TABLE bench_participants AS
       SELECT m.i, m.id AS meeting_id, j AS position, gen_random_uuid() AS id, p.id AS person_id, p.i AS person, p.country
       FROM (SELECT i, ${uuidV7(`${size.meetings} - i`)} AS id, ${pick('i', people)} AS first FROM generate_series(0, ${size.meetings - 1}) i) m
       CROSS JOIN generate_series(0, ${perMeeting - 1}) j
       JOIN bench_people p ON p.i = (m.first + j * 37) % ${people}`,
    `CREATE INDEX ON bench_participants (i, position)`,
    // About 20 meetings a day over 15 years at 100,000 meetings: many share a date, as real ones do.
    `INSERT INTO meetings (id, title, kind, date, start_time, timezone, city, country_code, summary, country_codes, created_at, updated_at)
       SELECT h.meeting_id, 'Meeting ' || h.i || ' hosted by Person ' || h.person,
              (enum_range(NULL::"MeetingKind"))[1 + h.i % 7], DATE '2010-01-01' + ${pick('h.i', 5479)}::int,
              CASE WHEN h.i % 3 = 0 THEN lpad((8 + h.i % 10)::text, 2, '0') || ':00' END,
              (${arrayLiteral(timezones)})[1 + h.i % ${timezones.length}], (${arrayLiteral(cities)})[1 + h.i % ${cities.length}], h.country,
              'Summary of meeting ' || h.i || '. ' || ${sentence('h.i', 0)} || ' ' ||
                CASE WHEN h.i % 3 = 0 THEN ${text(searchTerms.frequent.sentence)} ELSE ${sentence('h.i', 1)} END,
              (SELECT array_agg(DISTINCT p.country ORDER BY p.country) FROM bench_participants p WHERE p.i = h.i),
              now() - make_interval(mins => h.i), now() - make_interval(mins => h.i)
       FROM bench_participants h WHERE h.position = 0`,
    `INSERT INTO participants (id, meeting_id, person_id, title, country_code, role, printed_name, printed_title, position)
       SELECT id, meeting_id, person_id, 'Minister of Foreign Affairs', country,
              (CASE position WHEN 0 THEN 'host' WHEN 1 THEN 'guest' ELSE 'third_party' END)::"ParticipantRole",
              'Person ' || i, 'Foreign Minister', position
       FROM bench_participants`,
    // Statement n (counted over the whole table) carries each search term when n hits that term's period.
    // Ids as the API mints them, in the order statements are written (s.n); meetings' ids newest (i = 0) highest.
    `INSERT INTO statements (id, meeting_id, speaker_id, speaker_meeting_id, kind, text, position, topics)
       SELECT ${uuidV7('s.n', 1_710_000_000_000)}, p.meeting_id, p.id, p.meeting_id, 'reported',
              ${sentence('n', 2)} || ' ' || ${term('rare', 'n', 17)} || ${term('mid', 'n', 5)} || ${term('frequent', 'n', 0)} ||
                ${sentence('n', 3)} || CASE WHEN n % 3 = 0 THEN ' ' || ${sentence('n', 4)} ELSE '' END,
              s.position, ARRAY['trade', 'health']
       FROM (SELECT m.i, s AS position, m.i::bigint * ${size.statements} + s AS n
             FROM generate_series(0, ${size.meetings - 1}) m(i) CROSS JOIN generate_series(0, ${size.statements - 1}) s) s
       JOIN bench_participants p ON p.i = s.i AND p.position = s.position % ${perMeeting}`,
    `INSERT INTO meeting_initiatives (id, meeting_id, initiative_id, status, description, committed_parties)
       SELECT gen_random_uuid(), p.meeting_id, x.id, (enum_range(NULL::"InitiativeStatus"))[1 + p.i % 6], 'Both sides support it.', ARRAY['CN']
       FROM bench_participants p
       JOIN LATERAL (SELECT DISTINCT k FROM (VALUES (p.i % ${initiativeCount}),
         (CASE WHEN p.i % 2 = 0 THEN (p.i * 7 + 3) % ${initiativeCount} END)) v(k) WHERE k IS NOT NULL) pick ON true
       JOIN (SELECT id, row_number() OVER (ORDER BY slug) - 1 AS k FROM initiatives) x ON x.k = pick.k
       WHERE p.position = 0`,
  ];
}

/** A prime above 2,000 and above 40 people per participant slot, so that a meeting's people are distinct. */
function peopleFor(size: FillSize): number {
  let n = Math.max(2003, size.participants * 40 + 1);
  const isPrime = (k: number) => {
    for (let d = 2; d * d <= k; d++) if (k % d === 0) return false;
    return true;
  };
  while (!isPrime(n)) n++;
  return n;
}

export async function fillDatabase(url: string, size: FillSize, say: (message: string) => void): Promise<FillCounts> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`SET maintenance_work_mem = '256MB'`);
    await client.query('BEGIN');
    for (const sql of statements(size, peopleFor(size))) {
      const started = performance.now();
      await client.query(sql);
      const table = /^\s*(?:INSERT INTO|CREATE (?:TEMP TABLE|INDEX ON)) (\w+)/.exec(sql)?.[1] ?? '?';
      say(`fill: ${table} ${((performance.now() - started) / 1000).toFixed(1)}s`);
    }
    await client.query('COMMIT');
    const started = performance.now();
    await client.query('VACUUM (ANALYZE)');
    say(`fill: VACUUM ANALYZE ${((performance.now() - started) / 1000).toFixed(1)}s`);
    const { rows } = await client.query<FillCounts>(
      `SELECT (SELECT count(*) FROM meetings)::int AS meetings, (SELECT count(*) FROM people)::int AS people,
              (SELECT count(*) FROM participants)::int AS participants, (SELECT count(*) FROM statements)::int AS statements,
              (SELECT count(*) FROM initiatives)::int AS initiatives, (SELECT count(*) FROM meeting_initiatives)::int AS links`,
    );
    return rows[0]!;
  } finally {
    await client.end();
  }
}
