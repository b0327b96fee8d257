import type { FastifyInstance, FastifyRequest } from 'fastify';

/** One record a keyed request created or changed, as the audit trail wrote it inside the request's transaction. */
export interface OutcomeEntry {
  action: 'create' | 'update' | 'delete';
  recordType: string;
  recordId: string;
  meetingId: string | null;
}

/** A response rebuilt from an outcome: what the request would have answered, from the records as they are now. */
export interface RebuiltResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

// Where each kind of record is read.
function urlOf(entry: OutcomeEntry): string | null {
  switch (entry.recordType) {
    case 'meeting':
      return `/v1/meetings/${entry.recordId}?include=participants,statements,initiatives`;
    case 'person':
      return `/v1/people/${entry.recordId}`;
    case 'initiative':
      return `/v1/initiatives/${entry.recordId}`;
    case 'document':
      return `/v1/documents/${entry.recordId}`;
    case 'participant':
      return `/v1/meetings/${entry.meetingId}/participants/${entry.recordId}`;
    case 'statement':
      return `/v1/meetings/${entry.meetingId}/statements/${entry.recordId}`;
    case 'meeting_initiative':
      return `/v1/meetings/${entry.meetingId}/initiatives/${entry.recordId}`;
    default:
      return null;
  }
}

// The record each creating route answers with.
const createdBy: Record<string, string> = {
  '/v1/meetings': 'meeting',
  '/v1/people': 'person',
  '/v1/initiatives': 'initiative',
  '/v1/documents': 'document',
  '/v1/meetings/:meetingId/participants': 'participant',
  '/v1/meetings/:meetingId/statements': 'statement',
  '/v1/meetings/:meetingId/initiatives': 'meeting_initiative',
  '/v1/documents/:documentId/commit': 'meeting',
};

/**
 * The response a keyed POST would have given, rebuilt from its recorded outcome when the process that ran it died
 * between committing and storing its response: 201 with `Location` and the created record as it reads now (for a
 * document's commit, every meeting it created). Null when the outcome names no record this route creates.
 */
export async function rebuildResponse(
  app: FastifyInstance,
  request: FastifyRequest,
  outcome: readonly OutcomeEntry[],
): Promise<RebuiltResponse | null> {
  const route = request.routeOptions.url ?? '';
  const type = createdBy[route];
  const created = outcome.filter((entry) => entry.action === 'create' && entry.recordType === type);
  const first = created[0];
  if (!first) return null;
  const read = async (entry: OutcomeEntry) => {
    const url = urlOf(entry);
    if (!url) return null;
    const response = await app.inject({ method: 'GET', url });
    return response.statusCode === 200 ? response.json<unknown>() : null;
  };
  if (route === '/v1/documents/:documentId/commit') {
    const meetings = await Promise.all(created.map(read));
    const documentId = (request.params as { documentId: string }).documentId;
    return {
      statusCode: 201,
      headers: {
        location: `/v1/documents/${documentId}`,
        link: created.map((entry) => `</v1/meetings/${entry.recordId}>; rel="item"`).join(', '),
        'content-type': 'application/json; charset=utf-8',
      },
      body: JSON.stringify({ data: meetings.filter(Boolean) }),
    };
  }
  const body = await read(first);
  if (body === null) return null;
  const location = (urlOf(first) ?? '').replace(/\?.*$/, '');
  return { statusCode: 201, headers: { location, 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(body) };
}
