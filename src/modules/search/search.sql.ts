import { Prisma } from '../../generated/prisma/client.js';
import { textQuery } from '../../http/name-match.js';
import { facetSize, hitTypes, type FacetName, type HitType, type SearchQuery } from './search.schemas.js';
import { headlineOptions, protectFrom, protectTo } from './search.highlight.js';
import { allOf, meetingFilterConditions, spokenBy } from '../meetings/meetings.sql.js';

// The search as SQL. Each hit type is one branch over its own GIN-indexed search_vector column (see the search
// migration); the branches are unioned, ranked and keyset-paged on (score desc, type, id).

export type SearchCriteria = Omit<SearchQuery, 'limit' | 'cursor' | 'count' | 'facets' | 'format' | 'fields'>;
export interface SearchKey {
  score: number;
  type: HitType;
  id: string;
}

const tsquery = textQuery;

/** The meeting filters of a search; its `q` is the search itself, not a filter of the meetings. */
export const meetingConditions = ({ q: _q, ...criteria }: SearchCriteria): Prisma.Sql[] => meetingFilterConditions(criteria);

// ts_rank rather than ts_rank_cd: repeated words add less and less, so long texts do not drown short ones. It is fed
// the query without its -exclusions (querytree), which would otherwise flatten every score to 1e-20. The +1 when the
// whole query matches the weight-A part alone (title, name, aliases) puts title hits above every body hit.
const positive = (query: Prisma.Sql) => Prisma.sql`(CASE querytree(${query}) WHEN 'T' THEN ${query} ELSE querytree(${query})::tsquery END)`;
const rank = (vector: Prisma.Sql, query: Prisma.Sql) => Prisma.sql`ts_rank(${vector}, ${positive(query)})::float8`;
const titleBoost = (vector: Prisma.Sql, query: Prisma.Sql) =>
  Prisma.sql`CASE WHEN ts_filter(${vector}, '{a}') @@ ${query} THEN 1 ELSE 0 END`;

/**
 * Hits ranked together at most. A query matching more (a very frequent word: "cooperation" in half of all statements)
 * is ranked in windows of this many hits, newest ids first (ids are UUIDv7: the order records were written), so a page
 * costs the database one index range of the window rather than ranking every hit; a query matching fewer is ranked
 * exactly, all at once. Every hit stays reachable by paging and is counted by `count=exact`.
 */
export const rankWindowSize = 1000;

/**
 * Which hits one ranking covers: a window already read (every hit with id in [lo, hi], both uuids), or the next one to
 * read: the `size` newest hits with an id below `below` (null: the newest of all).
 */
export type SearchWindow = { lo: string; hi: string } | { below: string | null; size: number };

const uuid = (value: string) => Prisma.sql`CAST(${value} AS uuid)`;

/** Every hit of the query (a window of them, when `window` is given) as (type, id, meeting_id, score). */
export function hitsSql(criteria: SearchCriteria, window?: SearchWindow): Prisma.Sql {
  const query = tsquery(criteria.q);
  const conditions = meetingConditions(criteria);
  const types = criteria.type ?? hitTypes;
  // A window bounds each branch: by its range once known; else the branch's `size` newest below `below`, of which
  // the union keeps the `size` newest (no branch can bring more than the window holds).
  const bounded = (id: Prisma.Sql, select: Prisma.Sql): Prisma.Sql => {
    if (!window) return select;
    if ('lo' in window) return Prisma.sql`${select} AND ${id} BETWEEN ${uuid(window.lo)} AND ${uuid(window.hi)}`;
    const below = window.below === null ? Prisma.empty : Prisma.sql`AND ${id} < ${uuid(window.below)}`;
    return Prisma.sql`(${select} ${below} ORDER BY ${id} DESC LIMIT ${window.size})`;
  };
  const branches: Prisma.Sql[] = [];
  if (types.includes('statement')) {
    const join = conditions.length ? Prisma.sql`JOIN meetings m ON m.id = s.meeting_id` : Prisma.empty;
    branches.push(
      bounded(
        Prisma.sql`s.id`,
        Prisma.sql`
      SELECT 'statement'::text AS type, s.id, s.meeting_id, ${rank(Prisma.sql`s.search_vector`, query)} AS score
      FROM statements s ${join}
      WHERE s.search_vector @@ ${query} AND ${allOf(conditions)} ${criteria.speaker ? Prisma.sql`AND ${spokenBy(Prisma.sql`s`, criteria.speaker)}` : Prisma.empty}`,
      ),
    );
  }
  if (types.includes('meeting')) {
    const vector = Prisma.sql`m.search_vector`;
    branches.push(
      bounded(
        Prisma.sql`m.id`,
        Prisma.sql`
      SELECT 'meeting'::text AS type, m.id, m.id AS meeting_id, ${rank(vector, query)} + ${titleBoost(vector, query)} AS score
      FROM meetings m
      WHERE m.search_vector @@ ${query} AND ${allOf(conditions)}`,
      ),
    );
  }
  if (types.includes('initiative')) {
    const vector = Prisma.sql`i.search_vector`;
    // Meeting filters keep an initiative only when it is linked to a meeting that passes them: "initiatives
    // discussed at meetings in KZ in 2021". Without meeting filters every matching initiative is a hit.
    const linked = conditions.length
      ? Prisma.sql`AND EXISTS (SELECT 1 FROM meeting_initiatives mi JOIN meetings m ON m.id = mi.meeting_id
          WHERE mi.initiative_id = i.id AND ${allOf(conditions)})`
      : Prisma.empty;
    branches.push(
      bounded(
        Prisma.sql`i.id`,
        Prisma.sql`
      SELECT 'initiative'::text AS type, i.id, NULL::uuid AS meeting_id, ${rank(vector, query)} + ${titleBoost(vector, query)} AS score
      FROM initiatives i
      WHERE i.search_vector @@ ${query} ${linked}`,
      ),
    );
  }
  const union = Prisma.join(branches, ' UNION ALL ');
  return window && !('lo' in window) ? Prisma.sql`SELECT * FROM (${union}) w ORDER BY w.id DESC LIMIT ${window.size}` : union;
}

/**
 * One page of a window's hits after `after`, best first, with snippets and display fields; every row also carries the
 * window (`lo`, `hi`: its lowest and highest id, null when it holds no hit; `n`: how many hits it holds), and when the
 * page is empty it is the only row, with a null `id`.
 */
export function pageSql(criteria: SearchCriteria, window: SearchWindow, after: SearchKey | undefined, take: number): Prisma.Sql {
  // (score desc, type, id) as one row-value comparison: the score negated runs in the same direction as the others.
  const beyond = after
    ? Prisma.sql`WHERE (-h.score, h.type, h.id) > (-CAST(${after.score} AS float8), CAST(${after.type} AS text), CAST(${after.id} AS uuid))`
    : Prisma.empty;
  const text = Prisma.sql`CASE page.type
      WHEN 'statement' THEN s.text
      WHEN 'meeting' THEN concat_ws(' — ', m.title, m.summary)
      ELSE concat_ws(' — ', i.name, nullif(array_to_string(i.aliases, '; '), ''), i.description) END`;
  return Prisma.sql`
    WITH hits AS MATERIALIZED (${hitsSql(criteria, window)}),
    bounds AS (SELECT (SELECT id::text FROM hits ORDER BY id LIMIT 1) AS lo, (SELECT id::text FROM hits ORDER BY id DESC LIMIT 1) AS hi,
      (SELECT count(*)::int FROM hits) AS n),
    page AS (SELECT * FROM hits h ${beyond} ORDER BY h.score DESC, h.type, h.id LIMIT ${take}),
    shown AS (SELECT page.type, page.id::text, page.meeting_id::text AS "meetingId", page.score,
      coalesce(i.name, m.title) AS title, to_char(m.date, 'YYYY-MM-DD') AS date, m.date_precision::text AS "datePrecision",
      s.speaker_id::text AS "speakerId", i.slug,
      ts_headline('english_unaccent', translate(${text}, ${protectFrom}, ${protectTo}), ${tsquery(criteria.q)}, ${headlineOptions}) AS snippet
    FROM page
    LEFT JOIN meetings m ON m.id = page.meeting_id
    LEFT JOIN statements s ON page.type = 'statement' AND s.id = page.id
    LEFT JOIN initiatives i ON page.type = 'initiative' AND i.id = page.id)
    SELECT bounds.lo, bounds.hi, bounds.n, shown.* FROM bounds LEFT JOIN shown ON true
    ORDER BY shown.score DESC, shown.type, shown.id`;
}

const hitsInMeeting = Prisma.sql`count(DISTINCT (c.type, c.id))::int`;
const facetQueries: Record<FacetName, Prisma.Sql> = {
  type: Prisma.sql`SELECT h.type AS value, NULL AS label, count(*)::int AS count FROM hits h GROUP BY h.type`,
  year: Prisma.sql`SELECT to_char(m.date, 'YYYY') AS value, NULL AS label, ${hitsInMeeting} AS count
    FROM context c JOIN meetings m ON m.id = c.meeting_id GROUP BY 1`,
  country: Prisma.sql`SELECT k.code::text AS value, NULL AS label, ${hitsInMeeting} AS count
    FROM context c JOIN meetings m ON m.id = c.meeting_id
    CROSS JOIN LATERAL unnest(m.country_codes) k(code) GROUP BY k.code`,
  initiative: Prisma.sql`SELECT i.slug AS value, i.name AS label, ${hitsInMeeting} AS count
    FROM context c JOIN meeting_initiatives mi ON mi.meeting_id = c.meeting_id JOIN initiatives i ON i.id = mi.initiative_id
    GROUP BY i.slug, i.name`,
  speaker: Prisma.sql`SELECT pe.id::text AS value, pe.name AS label, count(*)::int AS count
    FROM hits h JOIN statements s ON s.id = h.id JOIN participants p ON p.id = s.speaker_id JOIN people pe ON pe.id = p.person_id
    WHERE h.type = 'statement' GROUP BY pe.id, pe.name`,
};

/** The total and the requested facets over the whole result, in one pass over the hits. */
export function summarySql(criteria: SearchCriteria, facets: readonly FacetName[]): Prisma.Sql {
  // The meetings a hit belongs to: its own, or for an initiative the linked meetings that pass the filters.
  const context = Prisma.sql`
    SELECT h.type, h.id, h.meeting_id FROM hits h WHERE h.meeting_id IS NOT NULL
    UNION ALL
    SELECT h.type, h.id, mi.meeting_id FROM hits h
      JOIN meeting_initiatives mi ON mi.initiative_id = h.id JOIN meetings m ON m.id = mi.meeting_id
    WHERE h.type = 'initiative' AND ${allOf(meetingConditions(criteria))}`;
  const pairs = facets.map(
    (name) => Prisma.sql`${name}::text, (SELECT coalesce(json_agg(json_strip_nulls(json_build_object('value', b.value,
        'label', b.label, 'count', b.count)) ORDER BY b.count DESC, b.value), '[]'::json)
      FROM (${facetQueries[name]} ORDER BY count DESC, value LIMIT ${facetSize}) b)`,
  );
  return Prisma.sql`
    WITH hits AS (${hitsSql(criteria)}), context AS (${context})
    SELECT (SELECT count(*)::int FROM hits) AS total,
      json_build_object(${pairs.length ? Prisma.join(pairs) : Prisma.empty}) AS facets`;
}
