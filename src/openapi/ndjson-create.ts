import { rateLimitHeaders } from './conventions.js';
// The NDJSON side of createMeeting. Its route (modules/meetings/meetings.bulk.routes.ts) is chosen by the body's media
// type and hidden from the generated document, since a route's schema declares one body; here the operation gets
// the second body and its answer. The lines' schemas are the zod schemas of meetings.bulk.schemas.ts (components
// CreateMeetingLine and CreateMeetingLineResult). Each body is described as an array of its lines, as SDKs take it,
// sent one JSON text per line.

type Json = Record<string, unknown>;

const lines = (component: string) => ({ type: 'array', items: { $ref: `#/components/schemas/${component}` } });

const requestDescription =
  'application/json: one meeting. application/x-ndjson: one meeting per line (each exactly as the JSON body, or ' +
  '`{"idempotencyKey": "…", "meeting": {…}}` to key it; blank lines are skipped but counted), at most BULK_MAX_LINES ' +
  '(10,000) lines of at most BODY_LIMIT_BYTES (1 MiB) each, in UTF-8.';

const answerDescription =
  'The answer to an application/x-ndjson body, streamed: one result line per non-blank line, in order, each written ' +
  'as soon as its meeting is committed (`{"line", "status": 201, "id", "location", "etag"}`) or refused ' +
  '(`{"line", "status", "problem"}`), then a summary line with the counts. Each line is its own transaction.';

const bulkDescription =
  ' With Content-Type: application/x-ndjson, many meetings: each line is created in a transaction of its own and ' +
  'answered by a line of the 200 answer as it commits; a line that fails leaves nothing and the others stand. Lines ' +
  'carry their own Idempotency-Key (the header is refused with such a body). Until the first result, errors are ' +
  'ordinary problem+json answers.';

/** Adds the application/x-ndjson request body and 200 answer to the createMeeting operation (and its 406). */
export function declareNdjsonCreate(operation: {
  description?: string;
  requestBody?: { description?: string; content: Record<string, Json> };
  responses: Record<string, Json>;
}): void {
  if (!operation.requestBody) throw new Error('createMeeting has no request body to add application/x-ndjson to');
  operation.description = `${operation.description ?? ''}${bulkDescription}`;
  operation.requestBody.description = requestDescription;
  operation.requestBody.content['application/x-ndjson'] = { schema: lines('CreateMeetingLineInput') };
  operation.responses['200'] = {
    description: answerDescription,
    headers: Object.fromEntries(
      ['X-Request-Id', 'Cache-Control', ...rateLimitHeaders].map((name) => [name, { $ref: `#/components/headers/${name}` }]),
    ),
    content: { 'application/x-ndjson': { schema: lines('CreateMeetingLineResult') } },
  };
  operation.responses['406'] = { $ref: '#/components/responses/NotAcceptable' };
  operation.responses = Object.fromEntries(Object.entries(operation.responses).sort(([a], [b]) => a.localeCompare(b)));
}
