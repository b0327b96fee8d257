import { z } from 'zod';
import { datePrecisions } from '../../ingest/draft.js';
import type { Db } from '../../db/prisma.js';
import { Prisma } from '../../generated/prisma/client.js';
import { worldCountries } from '../../ingest/recognize/world-countries.js';
import { isoDateSchema } from '../../http/schemas.js';
import { assertKnownInitiatives } from '../meetings/meeting-filters.js';
import { meetingFilterSchemas } from '../meetings/meeting-filters.schemas.js';
import { allOf, meetingFilterConditions } from '../meetings/meetings.sql.js';
import type { MeetingFilters } from './stats.schemas.js';

// GET /v1/stats/network: who met whom, for a force-directed graph. Two people (or countries) are linked by every
// matching meeting both took part in (represented at); the top `limit` nodes by degree are kept, with the edges among
// them. Multilateral meetings link every pair of their participants.

export const networkLevels = ['person', 'country'] as const;

export const networkQuerySchema = z.strictObject({
  level: z.enum(networkLevels).default('person').describe('Nodes are people (participants) or countries (represented by one).'),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .default(100)
    .describe('How many nodes: those with the most distinct neighbours (ties by meetings, then id), 1 to 500.'),
  ...meetingFilterSchemas,
});
export type NetworkQuery = z.infer<typeof networkQuerySchema>;

const count = z.int().min(0);
export const networkSchema = z
  .object({
    level: z.enum(networkLevels),
    nodes: z
      .array(
        z
          .object({
            id: z.string().describe('Person id or country code.'),
            label: z.string().describe("The person's name or the country's English name."),
            degree: count.describe('Distinct neighbours in the whole matching network (not only among these nodes).'),
            meetings: count.describe('Matching meetings of the node.'),
          })
          .meta({ id: 'NetworkNode' }),
      )
      .describe('Most neighbours first.'),
    edges: z
      .array(
        z
          .object({
            source: z.string(),
            target: z.string().describe('source < target: each pair once.'),
            weight: count.describe('Matching meetings both took part in.'),
            firstDate: isoDateSchema.describe('Date of the first meeting (its first day, see firstDatePrecision).'),
            firstDatePrecision: z.enum(datePrecisions),
            lastDate: isoDateSchema.describe('Date of the last meeting (its first day, see lastDatePrecision).'),
            lastDatePrecision: z.enum(datePrecisions),
          })
          .meta({ id: 'NetworkEdge' }),
      )
      .describe('Every edge between two of the nodes, heaviest first.'),
  })
  .meta({ id: 'Network' });
export type Network = z.infer<typeof networkSchema>;

const countryNames = new Map(worldCountries.map((country) => [country.cca2, country.name.common]));

function networkSql(level: NetworkQuery['level'], filters: MeetingFilters, limit: number): Prisma.Sql {
  const node = level === 'person' ? Prisma.sql`pa.person_id::text` : Prisma.sql`pa.country_code`;
  const day = (value: Prisma.Sql) => Prisma.sql`to_char(${value}, 'YYYY-MM-DD')`;
  return Prisma.sql`
    WITH present AS (
      SELECT DISTINCT m.id AS meeting_id, m.date, m.date_precision::text AS date_precision, ${node} AS node
      FROM meetings m JOIN participants pa ON pa.meeting_id = m.id
      WHERE ${allOf(meetingFilterConditions(filters))} AND ${node} IS NOT NULL
    ), pairs AS (
      SELECT a.node AS source, b.node AS target, count(*)::int AS weight, min(a.date) AS first, max(a.date) AS last,
        (array_agg(a.date_precision ORDER BY a.date, a.meeting_id))[1] AS first_precision,
        (array_agg(a.date_precision ORDER BY a.date DESC, a.meeting_id DESC))[1] AS last_precision
      FROM present a JOIN present b ON b.meeting_id = a.meeting_id AND a.node < b.node
      GROUP BY 1, 2
    ), degrees AS (
      SELECT node, count(*)::int AS degree FROM (SELECT source AS node FROM pairs UNION ALL SELECT target FROM pairs) ends GROUP BY node
    ), nodes AS (
      SELECT p.node AS id, coalesce(d.degree, 0) AS degree, count(*)::int AS meetings
      FROM present p LEFT JOIN degrees d ON d.node = p.node
      GROUP BY p.node, d.degree
      ORDER BY degree DESC, meetings DESC, id
      LIMIT ${limit}
    )
    SELECT json_build_object(
      'nodes', coalesce((SELECT json_agg(json_build_object('id', n.id, 'degree', n.degree, 'meetings', n.meetings)
                                 ORDER BY n.degree DESC, n.meetings DESC, n.id) FROM nodes n), '[]'),
      'edges', coalesce((SELECT json_agg(json_build_object('source', e.source, 'target', e.target, 'weight', e.weight,
                                 'firstDate', ${day(Prisma.sql`e.first`)}, 'firstDatePrecision', e.first_precision,
                                 'lastDate', ${day(Prisma.sql`e.last`)}, 'lastDatePrecision', e.last_precision)
                                 ORDER BY e.weight DESC, e.source, e.target)
                         FROM pairs e WHERE e.source IN (SELECT id FROM nodes) AND e.target IN (SELECT id FROM nodes)), '[]')
    ) AS network`;
}

type NetworkRow = { network: { nodes: Array<Omit<Network['nodes'][number], 'label'>>; edges: Network['edges'] } };

/** The network of the matching meetings at `level`: the top `limit` nodes by degree and the edges among them. */
export async function meetingNetwork(prisma: Db, { level, limit, ...filters }: NetworkQuery): Promise<Network> {
  await assertKnownInitiatives(prisma, filters);
  const [row] = await prisma.$queryRaw<NetworkRow[]>(networkSql(level, filters, limit));
  const { nodes, edges } = row!.network;
  const names =
    level === 'person'
      ? new Map(
          (await prisma.person.findMany({ where: { id: { in: nodes.map((n) => n.id) } }, select: { id: true, name: true } })).map((p) => [
            p.id,
            p.name,
          ]),
        )
      : countryNames;
  return { level, nodes: nodes.map((node) => ({ ...node, label: names.get(node.id) ?? node.id })), edges };
}
