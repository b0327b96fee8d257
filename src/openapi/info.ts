// The static parts of the OpenAPI document; paths and schemas come from the routes' zod schemas.
export const openApiInfo = {
  openapi: '3.1.0',
  info: {
    title: 'Diplomatic Meetings API',
    version: '1.0.0',
    description:
      'Records of diplomatic meetings: who met whom, where and when, with what titles, who said what, and which ' +
      'initiatives were agreed — each fact traceable to the readout it came from.\n\n' +
      'Lists page with an opaque `cursor` (`nextCursor`, `Link: rel="next"`). Single records carry an `ETag`; send it ' +
      'back in `If-None-Match` (304) or `If-Match` (412 when stale). POSTs accept an `Idempotency-Key`. Every error is ' +
      'RFC 9457 `application/problem+json` with a stable `code`.',
    license: { name: 'MIT', identifier: 'MIT' },
    contact: { name: 'Diplomatic Meetings API maintainers' },
  },
  servers: [{ url: '/', description: 'This server' }],
  tags: [
    { name: 'meetings', description: 'Meetings and their participants, statements and initiative links' },
    { name: 'people', description: 'People who take part in meetings, with aliases and external identifiers' },
    { name: 'initiatives', description: 'The catalogue of initiatives that meetings discuss or agree' },
    { name: 'documents', description: 'Source readouts, the drafts extracted from them, and committing drafts' },
    { name: 'tables', description: 'Participants, statements and initiative links of every meeting, one row each, to export and join' },
    { name: 'search', description: 'Full-text search over statements, meetings and initiatives' },
    { name: 'stats', description: 'Aggregates for dashboards: meetings over time, top initiatives and people, meetings per country' },
    { name: 'changes', description: 'The change feed: every write in commit order, paged or as Server-Sent Events' },
    { name: 'health', description: 'Liveness and readiness probes' },
  ],
  components: {
    securitySchemes: {
      bearerAuth: { type: 'http' as const, scheme: 'bearer', description: 'An API key, when the server is configured with API_KEYS.' },
      apiKeyHeader: { type: 'apiKey' as const, in: 'header', name: 'X-Api-Key', description: 'The same key in a header of its own.' },
    },
  },
};
