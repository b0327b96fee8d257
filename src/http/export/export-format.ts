import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { acceptedMediaTypes } from '../accept.js';
import { fieldsProblem, inHeader, partProblem } from '../errors.js';

// Which representation a list answers in: a JSON page, or the whole result as CSV or NDJSON. `format` wins (a browser
// cannot set Accept on a link); else the Accept header is negotiated (RFC 9110 §12.5.1, quality values included).

export const exportFormats = ['csv', 'ndjson'] as const;
export type ExportFormat = (typeof exportFormats)[number];
export type ListFormat = 'json' | ExportFormat;

/** The media type each representation is sent as. */
export const mediaTypes: Record<ListFormat, string> = {
  json: 'application/json',
  csv: 'text/csv',
  ndjson: 'application/x-ndjson',
};

export const formatSchema = z
  .enum(exportFormats)
  .optional()
  .describe(
    'Export the whole result (no page limit) as `csv` (RFC 4180) or `ndjson` (one JSON object per line) instead of a ' +
      'JSON page; the same as `Accept: text/csv` or `Accept: application/x-ndjson`, and it wins over Accept.',
  );

// NDJSON goes by other names too — application/ndjson (the format's own site) and application/jsonl (JSON Lines, the
// same lines): Accept may name any; the answer is application/x-ndjson, the name the contract declares.
const ndjsonAliases = ['application/ndjson', 'application/jsonl'];
const byMediaType = new Map<string, ListFormat>([
  ...Object.entries(mediaTypes).map(([format, type]) => [type, format as ListFormat] as const),
  ...ndjsonAliases.map((type) => [type, 'ndjson'] as const),
]);

/**
 * The representation to answer in: `format` when given, else the best of JSON, CSV and NDJSON (by any of its names)
 * that Accept allows (JSON without Accept, for `*∕*` and on ties). Throws 406 `not_acceptable` when Accept allows none of them. The
 * answer says it depends on Accept (`Vary: Accept`, RFC 9110 §12.5.5), so that no cache hands the JSON page to a
 * client that asked for CSV.
 */
export function listFormat(request: FastifyRequest, reply: FastifyReply, format: ExportFormat | undefined): ListFormat {
  const vary = String(reply.getHeader('vary') ?? '');
  if (!/(?:^|,)\s*(?:accept|\*)\s*(?:,|$)/i.test(vary)) reply.header('vary', vary ? `${vary}, Accept` : 'Accept');
  if (format) return format;
  const accept = request.headers.accept;
  if (!accept?.trim()) return 'json';
  const [best] = acceptedMediaTypes(accept, [...byMediaType.keys()]);
  const chosen = best === undefined ? undefined : byMediaType.get(best);
  if (!chosen)
    throw partProblem(
      'not_acceptable',
      inHeader('accept'),
      `This list is available as ${Object.values(mediaTypes).join(', ')}; Accept allows none of them (or use format=csv|ndjson).`,
    );
  return chosen;
}

/**
 * Refuses, as a 400 naming them, the page-only parameters an export cannot honour: `count` and `facets` (an export has
 * no page to put them beside) and `include` (an export is one flat table; the embedded lists are tables of their own).
 */
export function refusePageOnly(query: {
  count?: 'exact' | undefined;
  include?: readonly string[] | undefined;
  facets?: readonly string[] | undefined;
}): void {
  const refused = (['count', 'include', 'facets'] as const).filter((name) => {
    const value = query[name];
    return Array.isArray(value) ? value.length > 0 : value !== undefined;
  });
  // In the one form of every field problem ("query/count: …", new-user trial 126).
  if (refused.length)
    throw fieldsProblem(
      'validation_failed',
      refused.map((name) => ({
        in: 'query',
        pointer: `/${name}`,
        message: 'does not apply to an export (format csv or ndjson): it is the whole list as one flat table',
      })),
    );
}
