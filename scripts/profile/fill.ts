import pg from 'pg';

// Fills a profiling database with set-based SQL (the approach of bench/fill.ts, sized like real data): meeting i has
// `participants` participants (the first hosts), `statements` statements spoken in turn by them, and one or two
// initiative links; some meetings have no summary or start time, so nulls are served too.

export interface ProfileSize {
  meetings: number;
  participants: number;
  statements: number;
  people: number;
  initiatives: number;
}

const countries = ['CN', 'KZ', 'RU', 'UZ', 'KG', 'TJ', 'TM', 'MN', 'PK', 'IN', 'IR', 'TR'];
const paragraph =
  'Both sides agreed to deepen the alignment of the Belt and Road Initiative with national development strategies, ' +
  'to keep supply chains of vaccines and medical supplies stable, and to prepare the next meeting of foreign ministers. ';

const countryArray = `ARRAY[${countries.map((code) => `'${code}'`).join(',')}]`;

function statements(size: ProfileSize): string[] {
  const n = countries.length;
  return [
    `CREATE TEMP TABLE p_people AS SELECT i, gen_random_uuid() AS id, (${countryArray})[1 + i % ${n}] AS country
       FROM generate_series(0, ${size.people - 1}) i`,
    `INSERT INTO people (id, name, aliases, country_code) SELECT id, 'Person ' || i, ARRAY['P. ' || i], country FROM p_people`,
    `INSERT INTO initiatives (id, slug, name, category) SELECT gen_random_uuid(), 'initiative-' || i, 'Initiative ' || i, 'economy'
       FROM generate_series(1, ${size.initiatives}) i`,
    `CREATE TEMP TABLE p_meetings AS SELECT i, gen_random_uuid() AS id FROM generate_series(0, ${size.meetings - 1}) i`,
    `INSERT INTO meetings (id, title, kind, date, start_time, timezone, city, country_code, summary, created_at, updated_at)
       SELECT m.id, 'Meeting ' || m.i || ' — Tashkent talks', (enum_range(NULL::"MeetingKind"))[1 + m.i % 7],
              DATE '2012-01-01' + (m.i * 7919) % 5000, CASE WHEN m.i % 3 = 0 THEN '10:30' END, 'Asia/Tashkent', 'Tashkent',
              (${countryArray})[1 + m.i % ${n}], CASE WHEN m.i % 4 <> 0 THEN 'Summary ' || m.i || '. ' || '${paragraph}' END,
              now() - make_interval(mins => m.i), now() - make_interval(mins => m.i)
       FROM p_meetings m`,
    `CREATE TEMP TABLE p_participants AS
       SELECT m.id AS meeting_id, k AS position, gen_random_uuid() AS id, p.id AS person_id, p.country
       FROM p_meetings m CROSS JOIN generate_series(0, ${size.participants - 1}) k
       JOIN p_people p ON p.i = (m.i * 13 + k * 101) % ${size.people}`,
    `INSERT INTO participants (id, meeting_id, person_id, title, country_code, role, printed_name, printed_title, position)
       SELECT id, meeting_id, person_id, 'Foreign Minister', country,
              CASE position WHEN 0 THEN 'host' WHEN 1 THEN 'guest' ELSE 'third_party' END::"ParticipantRole",
              CASE WHEN position % 2 = 0 THEN 'Person ' || position END, 'Minister of Foreign Affairs', position
       FROM p_participants`,
    `INSERT INTO statements (id, meeting_id, speaker_id, speaker_meeting_id, kind, text, position, topics)
       SELECT gen_random_uuid(), p.meeting_id, p.id, p.meeting_id, 'reported', repeat('${paragraph}', 1 + s % 3), s, ARRAY['trade', 'health']
       FROM generate_series(0, ${size.statements - 1}) s JOIN p_participants p ON p.position = s % ${size.participants}`,
    `INSERT INTO meeting_initiatives (id, meeting_id, initiative_id, status, description, committed_parties)
       SELECT gen_random_uuid(), m.id, x.id, (enum_range(NULL::"InitiativeStatus"))[1 + m.i % 6], 'Both sides support it.', ARRAY['CN', 'KZ']
       FROM p_meetings m
       JOIN LATERAL (SELECT DISTINCT k FROM (VALUES (m.i % ${size.initiatives}), (CASE WHEN m.i % 2 = 0 THEN (m.i * 7 + 3) % ${size.initiatives} END)) v(k)
                     WHERE k IS NOT NULL) pick ON true
       JOIN (SELECT id, row_number() OVER (ORDER BY slug) - 1 AS k FROM initiatives) x ON x.k = pick.k`,
  ];
}

/** Fills an empty, migrated database; returns how many meetings it holds afterwards. */
export async function fillProfileDatabase(url: string, size: ProfileSize): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    for (const sql of statements(size)) await client.query(sql);
    await client.query('COMMIT');
    await client.query('VACUUM ANALYZE');
    const { rows } = await client.query<{ meetings: number }>('SELECT count(*)::int AS meetings FROM meetings');
    return rows[0]?.meetings ?? 0;
  } finally {
    await client.end();
  }
}
