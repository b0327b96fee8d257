import type pg from 'pg';

// The baseline's GET /v1/search runs the API's own SQL: the parent renders search.sql.ts's pageSql once with
// placeholders (search-template.ts) and hands the text over; this fills in q and the page size. So the scenario
// measures our process around the same statement, and follows whatever search.sql.ts becomes. Sent unnamed, as the
// API sends it: the plan depends on how common the words are, which a generic prepared plan would not know.
//
// Plans (`npm run bench:explain`, 100,000 meetings, 1,000,000 statements, warm cache): every hit is ranked, then
// sorted, then the page's rows are read by primary key for the snippets.
// - desalination (101 statements): Bitmap Index Scans of statements_search_vector_idx and meetings_search_vector_idx,
//   Seq Scan on initiatives (20 rows), Sort; 300 buffers, 1.3 ms.
// - hydropower (10,310 statements): the same plan; 10,510 buffers, 21–41 ms.
// - cooperation (500,000 statements, 33,334 meetings): Seq Scan on statements (parallel) and a Bitmap Heap Scan on
//   meetings, ranking all 533,334 hits; 114,029 buffers, 530–570 ms.

export interface SearchTemplate {
  text: string;
  /** Each parameter: the query, the page size plus one, or a constant. */
  values: Array<{ q: true } | { take: true } | { value: unknown }>;
}

interface HitRow {
  type: string;
  id: string;
  score: number;
  snippet: string;
}

// The highlights as search.highlight.ts turns them into HTML: private-use markers to <mark>, the rest escaped.
const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '\uE000': '<mark>',
  '\uE001': '</mark>',
  '\uE002': '&lt;',
  '\uE003': '&gt;',
};
const special = /[&<>"'\uE000-\uE003]/g;
const toHtml = (headline: string) => headline.replace(special, (char) => escapes[char] ?? char);

const encode = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');

/** The first page of hits for `q` as the response body (JSON text). */
export async function searchFirstPage(pool: pg.Pool, template: SearchTemplate, q: string, limit: number): Promise<string> {
  const values = template.values.map((value) => ('q' in value ? q : 'take' in value ? limit + 1 : value.value));
  const { rows } = await pool.query<HitRow>(template.text, values);
  const page = rows.slice(0, limit).map((row) => ({ ...row, snippet: toHtml(row.snippet) }));
  const last = page.at(-1);
  return JSON.stringify({ data: page, nextCursor: rows.length > limit && last ? encode([last.score, last.type, last.id]) : null });
}
