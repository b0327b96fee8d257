import pg from 'pg';

// Fills the benchmark database with set-based SQL (one INSERT … SELECT generate_series per table), so that thousands
// of meetings take a second or two. Numbered temp tables tie the rows together: meeting i has a host (person n) and
// a guest (another person), three statements alternating between them, and one or two initiative links.

const countries = ['CN', 'KZ', 'RU', 'UZ', 'KG', 'TJ', 'TM', 'MN', 'PK', 'IN', 'IR', 'TR'];
const cities = [
  'Beijing',
  'Nur-Sultan',
  'Moscow',
  'Tashkent',
  'Bishkek',
  'Dushanbe',
  'Ashgabat',
  'Ulaanbaatar',
  'Islamabad',
  'New Delhi',
  'Tehran',
  'Ankara',
];
const timezones = [
  'Asia/Shanghai',
  'Asia/Almaty',
  'Europe/Moscow',
  'Asia/Tashkent',
  'Asia/Bishkek',
  'Asia/Dushanbe',
  'Asia/Ashgabat',
  'Asia/Ulaanbaatar',
  'Asia/Karachi',
  'Asia/Kolkata',
  'Asia/Tehran',
  'Europe/Istanbul',
];

const paragraph =
  'Both sides agreed to deepen the alignment of the Belt and Road Initiative with national development strategies, ' +
  'to keep supply chains of vaccines and medical supplies stable, to support each other on issues of core interest, ' +
  'and to prepare the next meeting of foreign ministers within the China + Central Asia mechanism. ';

export interface FillSize {
  meetings: number;
  people: number;
  initiatives: number;
}

export interface FillResult extends FillSize {
  participants: number;
  statements: number;
  links: number;
}

const arrayLiteral = (values: readonly string[]) => `ARRAY[${values.map((value) => `'${value}'`).join(',')}]`;

function statements(size: FillSize): string[] {
  const n = countries.length;
  return [
    `CREATE TEMP TABLE bench_people AS SELECT i, gen_random_uuid() AS id, (${arrayLiteral(countries)})[1 + i % ${n}] AS country FROM generate_series(0, ${size.people - 1}) i`,
    `INSERT INTO people (id, name, aliases, country_code)
       SELECT id, 'Person ' || i, ARRAY['P. ' || i], country FROM bench_people`,
    `INSERT INTO initiatives (id, slug, name, aliases, category, description)
       SELECT gen_random_uuid(), 'initiative-' || i, 'Initiative ' || i, ARRAY['Initiative No. ' || i],
              (ARRAY['economy','security','health','culture'])[1 + i % 4], 'What initiative ' || i || ' is about.'
       FROM generate_series(1, ${size.initiatives}) i`,
    // The host is person i mod P, the guest a different person; the meeting takes place in the host's country.
    `CREATE TEMP TABLE bench_meetings AS
       SELECT i, gen_random_uuid() AS id, i % ${size.people} AS host, (i + 1 + i % 7) % ${size.people} AS guest FROM generate_series(0, ${size.meetings - 1}) i`,
    `INSERT INTO meetings (id, title, kind, date, start_time, timezone, city, country_code, summary, created_at, updated_at)
       SELECT m.id, 'Meeting ' || m.i || ' of Person ' || m.host || ' and Person ' || m.guest,
              (enum_range(NULL::"MeetingKind"))[1 + m.i % 7], DATE '2012-01-01' + (m.i * 7919) % 5000,
              CASE WHEN m.i % 3 = 0 THEN lpad((8 + m.i % 10)::text, 2, '0') || ':00' END,
              (${arrayLiteral(timezones)})[1 + h.i % ${n}], (${arrayLiteral(cities)})[1 + h.i % ${n}], h.country,
              'Summary of meeting ' || m.i || '. ' || ${`'${paragraph}'`}, now() - make_interval(mins => m.i), now() - make_interval(mins => m.i)
       FROM bench_meetings m JOIN bench_people h ON h.i = m.host`,
    `CREATE TEMP TABLE bench_participants AS
       SELECT m.i, m.id AS meeting_id, side.position, gen_random_uuid() AS id, p.id AS person_id, p.country
       FROM bench_meetings m CROSS JOIN LATERAL (VALUES (0, m.host), (1, m.guest)) AS side(position, person)
       JOIN bench_people p ON p.i = side.person`,
    `INSERT INTO participants (id, meeting_id, person_id, title, country_code, role, printed_name, printed_title, position)
       SELECT id, meeting_id, person_id, 'Foreign Minister', country, CASE position WHEN 0 THEN 'host' ELSE 'guest' END::"ParticipantRole",
              'Person ' || i, 'Minister of Foreign Affairs', position
       FROM bench_participants`,
    `INSERT INTO statements (id, meeting_id, speaker_id, speaker_meeting_id, kind, text, position, topics)
       SELECT gen_random_uuid(), p.meeting_id, p.id, p.meeting_id, 'reported', repeat(${`'${paragraph}'`}, 2 + s % 3), s, ARRAY['trade', 'health']
       FROM generate_series(0, 2) s JOIN bench_participants p ON p.position = s % 2`,
    `INSERT INTO meeting_initiatives (id, meeting_id, initiative_id, status, description, committed_parties)
       SELECT gen_random_uuid(), m.id, x.id, (enum_range(NULL::"InitiativeStatus"))[1 + m.i % 6], 'Both sides support it.', ARRAY['CN']
       FROM bench_meetings m
       JOIN LATERAL (SELECT DISTINCT k FROM (VALUES (m.i % ${size.initiatives}), (CASE WHEN m.i % 2 = 0 THEN (m.i * 7 + 3) % ${size.initiatives} END)) v(k) WHERE k IS NOT NULL) pick ON true
       JOIN (SELECT id, row_number() OVER (ORDER BY slug) - 1 AS k FROM initiatives) x ON x.k = pick.k`,
  ];
}

export async function fillDatabase(url: string, size: FillSize): Promise<FillResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    for (const sql of statements(size)) await client.query(sql);
    await client.query('COMMIT');
    await client.query('VACUUM ANALYZE');
    const { rows } = await client.query<{ participants: number; statements: number; links: number }>(
      `SELECT (SELECT count(*) FROM participants)::int AS participants, (SELECT count(*) FROM statements)::int AS statements,
              (SELECT count(*) FROM meeting_initiatives)::int AS links`,
    );
    return { ...size, ...rows[0]! };
  } finally {
    await client.end();
  }
}
