import pg from 'pg';

// Every exportable list with more rows than an export batch (1,000) and than a page (100): 1,100 meetings, each with
// one participant, one statement ("cooperation", for search) and one initiative link; 1,100 people and initiatives.
// Odd-numbered ones are Kazakh (meetings held in KZ, people of KZ) and even-numbered initiatives are in "health", so
// every list has a filter that keeps about half. One meeting, person and initiative carry text that CSV and
// spreadsheets must survive: quotes, commas, line breaks, other scripts, and leading =, +, -, @.

export const exportRows = 1_100;
export const trickyTitle = '=HYPERLINK("http://evil.example","click"), then "quotes",\nand a new line — Тілеуберді 王毅';
export const trickySummary = '+1 and -1, @mention\r\nsecond line';
/** A summary whose only line break is a lone carriage return: quoted all the same (RFC 4180). */
export const loneReturnSummary = 'first\rsecond';
/** A summary whose only special character is a lone line feed: quoted too (csv-stringify with CRLF line ends did not). */
export const loneFeedSummary = 'first\nsecond';

/** Fills the database at `url` with the dataset above (set-based SQL, about a second). */
export async function fillExportDataset(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const n = exportRows;
    await client.query(
      `INSERT INTO meetings (id, title, kind, date, country_code, summary)
      SELECT gen_random_uuid(), CASE g WHEN 1 THEN $1 ELSE 'Meeting ' || g END, 'talks', DATE '2020-01-01' + g % 400,
        CASE WHEN g % 2 = 1 THEN 'KZ' ELSE 'CN' END, CASE g WHEN 1 THEN $2 WHEN 2 THEN $3 WHEN 3 THEN $4 END
      FROM generate_series(1, ${n}) g`,
      [trickyTitle, trickySummary, loneReturnSummary, loneFeedSummary],
    );
    await client.query(
      `INSERT INTO people (id, name, aliases, country_code)
      SELECT gen_random_uuid(), CASE g WHEN 1 THEN $1 ELSE 'Person ' || lpad(g::text, 5, '0') END,
        CASE g WHEN 1 THEN ARRAY['-Tleuberdi', 'Мұхтар, "Тілеуберді"'] ELSE ARRAY[]::text[] END,
        CASE WHEN g % 2 = 1 THEN 'KZ' ELSE 'CN' END
      FROM generate_series(1, ${n}) g`,
      ['@Mukhtar Tileuberdi'],
    );
    await client.query(
      `INSERT INTO initiatives (id, slug, name, category, description)
      SELECT gen_random_uuid(), 'initiative-' || g, 'Initiative ' || lpad(g::text, 5, '0'),
        CASE WHEN g % 2 = 0 THEN 'health' ELSE 'economy' END, CASE g WHEN 2 THEN $1 END
      FROM generate_series(1, ${n}) g`,
      [trickySummary],
    );
    await client.query(`CREATE TEMP TABLE nm AS SELECT id, row_number() OVER (ORDER BY created_at, id) AS g FROM meetings`);
    await client.query(`CREATE TEMP TABLE np AS SELECT id, country_code, row_number() OVER (ORDER BY name, id) AS g FROM people`);
    await client.query(`CREATE TEMP TABLE ni AS SELECT id, row_number() OVER (ORDER BY slug, id) AS g FROM initiatives`);
    await client.query(
      `INSERT INTO participants (id, meeting_id, person_id, country_code, role, position, title)
      SELECT gen_random_uuid(), nm.id, np.id, np.country_code, 'host', 0, CASE WHEN nm.g = 1 THEN $1 END
      FROM nm JOIN np ON np.g = nm.g`,
      [trickyTitle],
    );
    await client.query(`INSERT INTO statements (id, meeting_id, speaker_id, speaker_meeting_id, kind, text, position, topics)
      SELECT gen_random_uuid(), p.meeting_id, p.id, p.meeting_id, 'reported',
        CASE WHEN nm.g = 1 THEN '=cmd|'' /C calc''!A0 — cooperation, "quoted"' || chr(10) || 'and more' ELSE 'The sides discussed cooperation ' || nm.g END,
        0, ARRAY['economy', 'trade, "fair"']
      FROM participants p JOIN nm ON nm.id = p.meeting_id`);
    await client.query(`INSERT INTO meeting_initiatives (id, meeting_id, initiative_id, status, committed_parties, statement_id)
      SELECT gen_random_uuid(), nm.id, ni.id, 'agreed', ARRAY['CN', 'KZ'], s.id
      FROM nm JOIN ni ON ni.g = nm.g JOIN statements s ON s.meeting_id = nm.id`);
  } finally {
    await client.end();
  }
}
