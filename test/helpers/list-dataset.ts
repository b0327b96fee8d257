import pg from 'pg';

// A generated dataset big enough for the planner to show its hand on every list: 20,000 meetings over 2,000 days (ties
// on the date), each with three participants (one meeting in four also has the same frequent person), an initiative
// link and an audit event; 3,000 people, 2,000 initiatives, 3,000 documents; and one large meeting with 3,000
// participants, statements, initiative links and audit events for the lists of a meeting's parts. Set-based SQL, so
// it takes a few seconds. Countries: twelve common ones, and BT on only ten meetings.

export const datasetSize = { meetings: 20_000, people: 3_000, initiatives: 2_000, documents: 3_000, bigParts: 3_000 };
export const bigMeetingTitle = 'The large meeting';
export const frequentPersonName = 'Frequent Person';

const codes = `ARRAY['CN','KZ','RU','UZ','KG','TJ','TM','MN','PK','IN','IR','TR']`;

const statements = [
  `INSERT INTO people (id, name, country_code, created_at, updated_at)
     SELECT gen_random_uuid(), 'Person ' || lpad(g::text, 5, '0'), (${codes})[1 + g % 12],
       TIMESTAMPTZ '2024-01-01' + (g / 3) * INTERVAL '1 minute', TIMESTAMPTZ '2025-01-01' + (g / 3) * INTERVAL '1 minute'
     FROM generate_series(1, ${datasetSize.people}) g`,
  `INSERT INTO people (id, name, country_code) VALUES (gen_random_uuid(), '${frequentPersonName}', 'CN')`,
  `INSERT INTO initiatives (id, slug, name, category, created_at, updated_at)
     SELECT gen_random_uuid(), 'initiative-' || g, 'Initiative ' || lpad(g::text, 5, '0'),
       (ARRAY['economy', 'security', 'health', 'Culture', 'Énergie'])[1 + g % 5],
       TIMESTAMPTZ '2024-01-01' + (g / 3) * INTERVAL '1 minute', TIMESTAMPTZ '2025-01-01' + (g / 3) * INTERVAL '1 minute'
     FROM generate_series(1, ${datasetSize.initiatives}) g`,
  `INSERT INTO meetings (id, title, kind, date, country_code, created_at, updated_at)
     SELECT gen_random_uuid(), 'Meeting ' || g, (enum_range(NULL::"MeetingKind"))[1 + g % 7], DATE '2015-01-01' + (g * 7919) % 2000,
       (${codes})[1 + g % 12], TIMESTAMPTZ '2024-01-01' + (g / 5) * INTERVAL '1 second',
       TIMESTAMPTZ '2025-01-01' + ((g * 31) % ${datasetSize.meetings} / 5) * INTERVAL '1 second'
     FROM generate_series(1, ${datasetSize.meetings}) g`,
  `CREATE TEMP TABLE numbered_meetings AS SELECT id, row_number() OVER (ORDER BY title) AS g FROM meetings`,
  `CREATE TEMP TABLE numbered_people AS SELECT id, country_code, row_number() OVER (ORDER BY name) AS g FROM people WHERE name <> '${frequentPersonName}'`,
  `INSERT INTO participants (id, meeting_id, person_id, country_code, role, position)
     SELECT gen_random_uuid(), m.id, p.id, CASE WHEN k = 2 AND m.g % 2000 = 7 THEN 'BT' ELSE p.country_code END,
       CASE k WHEN 0 THEN 'host' ELSE 'guest' END::"ParticipantRole", k
     FROM numbered_meetings m CROSS JOIN generate_series(0, 2) k JOIN numbered_people p ON p.g = 1 + (m.g + k * 997) % ${datasetSize.people}`,
  `INSERT INTO participants (id, meeting_id, person_id, country_code, role, position)
     SELECT gen_random_uuid(), m.id, (SELECT id FROM people WHERE name = '${frequentPersonName}'), 'CN', 'guest', 3
     FROM numbered_meetings m WHERE m.g % 4 = 0`,
  `INSERT INTO meeting_initiatives (id, meeting_id, initiative_id, status)
     SELECT gen_random_uuid(), m.id, i.id, 'discussed'
     FROM numbered_meetings m JOIN (SELECT id, row_number() OVER (ORDER BY slug) AS g FROM initiatives) i ON i.g = 1 + m.g % ${datasetSize.initiatives}`,
  `INSERT INTO statements (id, meeting_id, kind, text, position)
     SELECT gen_random_uuid(), m.id, 'narrative', 'The sides discussed cooperation.', 0 FROM numbered_meetings m`,
  `INSERT INTO source_documents (id, text, sha256, created_at)
     SELECT gen_random_uuid(), 'Readout ' || g, encode(sha256(('Readout ' || g)::bytea), 'hex'), TIMESTAMPTZ '2024-01-01' + (g / 3) * INTERVAL '1 second'
     FROM generate_series(1, ${datasetSize.documents}) g`,
  // The large meeting and its parts.
  `INSERT INTO meetings (id, title, kind, date, country_code) VALUES (gen_random_uuid(), '${bigMeetingTitle}', 'multilateral', DATE '2021-07-15', 'UZ')`,
  `CREATE TEMP TABLE big AS SELECT id FROM meetings WHERE title = '${bigMeetingTitle}'`,
  `INSERT INTO participants (id, meeting_id, person_id, country_code, role, position, created_at)
     SELECT gen_random_uuid(), big.id, p.id, p.country_code, 'third_party', p.g / 3, TIMESTAMPTZ '2024-01-01' FROM big, numbered_people p`,
  `INSERT INTO statements (id, meeting_id, kind, text, position)
     SELECT gen_random_uuid(), big.id, 'joint', 'Statement ' || g, g FROM big, generate_series(1, ${datasetSize.bigParts}) g`,
  `INSERT INTO meeting_initiatives (id, meeting_id, initiative_id, status, created_at)
     SELECT gen_random_uuid(), big.id, i.id, 'agreed', TIMESTAMPTZ '2024-01-01' + (row_number() OVER (ORDER BY i.slug) / 4) * INTERVAL '1 second'
     FROM big, initiatives i`,
  // Every meeting's creation and four updates, and the large meeting's updates among them, inserted in time order as
  // their writes would commit: the change feed numbers them (seq) in that order, so the large meeting's history is
  // spread over the whole feed, as a long-lived record's is.
  `INSERT INTO audit_events (id, occurred_at, action, record_type, record_id, meeting_id)
     SELECT gen_random_uuid(), e.at, e.action::"AuditAction", 'meeting', e.meeting, e.meeting FROM (
       SELECT TIMESTAMPTZ '2024-01-01' + (m.g / 3) * INTERVAL '1 second' AS at, CASE k WHEN 0 THEN 'create' ELSE 'update' END AS action,
              m.id AS meeting, m.g * 10 + k AS n
       FROM numbered_meetings m CROSS JOIN generate_series(0, 4) k
       UNION ALL
       SELECT TIMESTAMPTZ '2024-01-01' + (g * 6 / 3) * INTERVAL '1 second', 'update', big.id, g * 60 + 5
       FROM big, generate_series(1, ${datasetSize.bigParts}) g
     ) AS e ORDER BY e.n`,
];

/**
 * Fills an empty database of the test's own with the dataset, then VACUUM ANALYZE as autovacuum would. It runs on a
 * connection of its own without the app's statement_timeout: on a fully loaded machine the bulk inserts take longer
 * than any request may.
 */
export async function fillListDataset(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SET statement_timeout = 0');
    await client.query('BEGIN');
    for (const sql of statements) await client.query(sql);
    await client.query('COMMIT');
    await client.query('VACUUM ANALYZE');
  } finally {
    await client.end();
  }
}
