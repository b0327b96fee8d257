import type pg from 'pg';
import { snippetOf } from '../src/modules/search/search.highlight.js';

// The baseline's GET /v1/search runs the API's own SQL: the parent renders search.sql.ts's pageSql once with
// placeholders (search-template.ts) and hands the text over; this fills in q and the page size. So the scenario
// measures our process around the same statement, and follows whatever search.sql.ts becomes. Sent unnamed, as the
// API sends it: the plan depends on how common the words are, which a generic prepared plan would not know.
//
// Plans (the first page: the newest window of at most 1,000 hits, ranked; src/modules/search/search.sql.ts):
// - desalination, hydropower: Bitmap Index Scans of the search_vector GIN indexes, every hit read, the newest 1,000
//   kept (a top-N sort on id), ranked, sorted; the page's rows read by primary key for the snippets.
// - cooperation (half of all statements): Index Scan Backward on statements_pkey (and meetings_pkey) filtered by the
//   query, stopping after 1,000 hits — no full read of the table, where ranking every hit read it all (0.5 s).

export interface SearchTemplate {
  text: string;
  /** Each parameter: the query, the page size plus one, or a constant. */
  values: Array<{ q: true } | { take: true } | { value: unknown }>;
}

interface HitRow {
  lo: string | null;
  hi: string | null;
  n: number;
  type: string;
  id: string | null;
  score: number;
  snippet: string;
}

// The snippets as the API cuts and escapes them (search.highlight.ts): the same work on the same ts_headline output.
const encode = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');

/** The first page of hits for `q` as the response body (JSON text). */
export async function searchFirstPage(pool: pg.Pool, template: SearchTemplate, q: string, limit: number): Promise<string> {
  const values = template.values.map((value) => ('q' in value ? q : 'take' in value ? limit + 1 : value.value));
  const { rows } = await pool.query<HitRow>(template.text, values);
  // Every row also carries the window's bounds; an empty page is one row without a hit.
  const hits = rows.filter((row) => row.id !== null);
  const page = hits.slice(0, limit).map(({ lo: _lo, hi: _hi, n: _n, ...row }) => ({ ...row, snippet: snippetOf(row.snippet) }));
  const last = page.at(-1);
  return JSON.stringify({ data: page, nextCursor: hits.length > limit && last ? encode([last.score, last.type, last.id]) : null });
}
