import { Prisma } from '../../generated/prisma/client.js';
import { foldedContainsPattern, textQuery } from '../../http/name-match.js';
import { utcInstant, uuidPattern } from '../../http/schemas.js';
import type { meetingFilterSchemas } from './meeting-filters.schemas.js';
import type { ListMeetingsQuery } from './meetings.schemas.js';

// The filters of GET /v1/meetings as SQL conditions on a meeting aliased `m`, shared by the list, search, stats and the
// tables so that a filter means the same everywhere. Each can be served by an index: `country` by the GIN index on
// m.country_codes (where the meeting was held and whom its participants represented, see country-codes.ts), `person`,
// `initiative`, `status` and `speaker` as semi-joins from their btree indexes, `q` by the GIN indexes of the meetings'
// and statements' search vectors, `kind` and dates by theirs. `organization` compares folded names of a meeting's
// participants (no index: it reads the participants of the meetings it is asked about), `sourcePublisher` the folded
// publishers of a meeting's sources (no index either: few documents per meeting).

export type MeetingFilterFields = Partial<Pick<ListMeetingsQuery, keyof typeof meetingFilterSchemas | 'updatedSince'>>;

export const uuids = (ids: readonly string[]) => Prisma.sql`CAST(ARRAY[${Prisma.join(ids)}] AS uuid[])`;

/** Initiative row `alias` is one of `keys` (ids or slugs). */
export function initiativeIs(alias: Prisma.Sql, keys: readonly string[]): Prisma.Sql {
  const ids = keys.filter((key) => uuidPattern.test(key));
  const slugs = keys.filter((key) => !uuidPattern.test(key));
  const match = Prisma.join(
    [
      ...(ids.length ? [Prisma.sql`${alias}.id = ANY(${uuids(ids)})`] : []),
      ...(slugs.length ? [Prisma.sql`${alias}.slug = ANY(CAST(ARRAY[${Prisma.join(slugs)}] AS text[]))`] : []),
    ],
    ' OR ',
  );
  return Prisma.sql`(${match})`;
}

/** Participant row `alias` represents one of the organisations `names` (compared folded, as the meeting filter does). */
export function organizationIs(alias: Prisma.Sql, names: readonly string[]): Prisma.Sql {
  return Prisma.sql`fold_text(${alias}.organization) = ANY(ARRAY[${Prisma.join(names.map((name) => Prisma.sql`fold_text(${name})`))}])`;
}

/** The condition on initiative links `fmi` (joined to `fi`) of `initiative` and `status`, which must hold for one link. */
function linkCondition(initiatives: readonly string[] | undefined, statuses: readonly string[] | undefined): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (initiatives) parts.push(initiativeIs(Prisma.sql`fi`, initiatives));
  if (statuses) parts.push(Prisma.sql`fmi.status = ANY(CAST(ARRAY[${Prisma.join(statuses)}] AS "InitiativeStatus"[]))`);
  const join = initiatives ? Prisma.sql`JOIN initiatives fi ON fi.id = fmi.initiative_id` : Prisma.empty;
  return Prisma.sql`EXISTS (SELECT 1 FROM meeting_initiatives fmi ${join} WHERE fmi.meeting_id = m.id AND ${Prisma.join(parts, ' AND ')})`;
}

/**
 * The meetings that match the full-text query `q` (websearch syntax) as wholes: what it asks for in their title or
 * summary (the meeting's search vector) or a statement, and none of what it excludes (`-vaccines`, `-"belt and road"`,
 * `-coop*`) anywhere in them — a meeting with one statement that mentions vaccines is out, however many others do not.
 * (Search, which answers statements, excludes per statement.) An exclusion applies to the whole query, also after OR.
 */
export function textMatchCondition(q: string): Prisma.Sql {
  const excluded: string[] = [];
  const kept = q.replace(/(^|\s)-("[^"]*"?|[^\s"]+)/gu, (_whole, space: string, item: string) => {
    excluded.push(item);
    return space;
  });
  const wanted = /[\p{L}\p{N}]/u.test(kept) ? textQuery(kept.trim()) : null;
  const unwanted = excluded.map(textQuery);
  const queries = [...(wanted ? [wanted] : []), ...unwanted];
  // A query with no word to search for ("-*", "the", "!!!": signs and stop words give an empty tsquery) keeps nothing,
  // as the search does — not every meeting.
  if (queries.length === 0) return Prisma.sql`FALSE`;
  const parts: Prisma.Sql[] = [
    Prisma.sql`(${Prisma.join(
      queries.map((query) => Prisma.sql`numnode(${query}) > 0`),
      ' OR ',
    )})`,
  ];
  // "the -talks": stop words kept beside an exclusion ask for nothing of their own (as in the search).
  if (wanted) parts.push(Prisma.sql`(numnode(${wanted}) = 0 OR ${mentions(wanted)})`);
  for (const query of unwanted) parts.push(Prisma.sql`NOT ${mentions(query)}`);
  return Prisma.sql`(${Prisma.join(parts, ' AND ')})`;
}

// The meetings whose own text or one of whose statements matches `query`.
function mentions(query: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`m.id IN (SELECT tm.id FROM meetings tm WHERE tm.search_vector @@ ${query}
    UNION SELECT ts.meeting_id FROM statements ts WHERE ts.search_vector @@ ${query})`;
}

/** The statements `s` made by one of the people `speakers` (a participant of the statement's meeting is the speaker). */
export function spokenBy(statement: Prisma.Sql, speakers: readonly string[]): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM participants fsp WHERE fsp.id = ${statement}.speaker_id
    AND fsp.person_id = ANY(${uuids(speakers)}))`;
}

/** One condition per filter present, to be combined with AND (see allOf). */
export function meetingFilterConditions(filters: MeetingFilterFields): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (filters.from) where.push(Prisma.sql`m.date >= CAST(${filters.from} AS date)`);
  // A month- or year-precise meeting is stored as its period's first day, and a range finds it only when it holds the
  // whole period: a range never returns a meeting that may lie outside it. The first bound is the index's.
  if (filters.to)
    where.push(
      Prisma.sql`m.date <= CAST(${filters.to} AS date)`,
      Prisma.sql`(m.date_precision = 'day' OR m.date + CASE m.date_precision WHEN 'month' THEN interval '1 month - 1 day' ELSE interval '1 year - 1 day' END <= CAST(${filters.to} AS date))`,
    );
  if (filters.kind) where.push(Prisma.sql`m.kind = ANY(CAST(ARRAY[${Prisma.join(filters.kind)}] AS "MeetingKind"[]))`);
  if (filters.updatedSince) where.push(Prisma.sql`m.updated_at >= CAST(${utcInstant(filters.updatedSince)} AS timestamptz)`);
  if (filters.person) {
    where.push(
      Prisma.sql`EXISTS (SELECT 1 FROM participants fp WHERE fp.meeting_id = m.id AND fp.person_id = ANY(${uuids(filters.person)}))`,
    );
  }
  if (filters.country) where.push(Prisma.sql`m.country_codes && CAST(ARRAY[${Prisma.join(filters.country)}] AS text[])`);
  if (filters.initiative || filters.status) where.push(linkCondition(filters.initiative, filters.status));
  if (filters.q) where.push(textMatchCondition(filters.q));
  if (filters.speaker) {
    where.push(
      Prisma.sql`EXISTS (SELECT 1 FROM statements fs WHERE fs.meeting_id = m.id AND ${spokenBy(Prisma.sql`fs`, filters.speaker)})`,
    );
  }
  if (filters.organization) {
    where.push(
      Prisma.sql`EXISTS (SELECT 1 FROM participants fo WHERE fo.meeting_id = m.id AND ${organizationIs(Prisma.sql`fo`, filters.organization)})`,
    );
  }
  if (filters.hasDocument !== undefined) {
    where.push(filters.hasDocument ? Prisma.sql`m.source_document_id IS NOT NULL` : Prisma.sql`m.source_document_id IS NULL`);
  }
  if (filters.sourcePublisher) {
    // Contains, ignoring case and accents: LIKE's own characters in the value are taken literally.
    const patterns = filters.sourcePublisher.map((name) => foldedContainsPattern(name));
    where.push(
      Prisma.sql`EXISTS (SELECT 1 FROM meeting_sources fms JOIN source_documents fsd ON fsd.id = fms.document_id
        WHERE fms.meeting_id = m.id AND fold_text(fsd.publisher) LIKE ANY(ARRAY[${Prisma.join(patterns)}]))`,
    );
  }
  return where;
}

/** The conditions joined with AND; TRUE when there are none. */
export const allOf = (conditions: Prisma.Sql[]) => (conditions.length ? Prisma.join(conditions, ' AND ') : Prisma.sql`TRUE`);
