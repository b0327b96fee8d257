// The static parts of the OpenAPI document; paths and components come from the routes' zod schemas.
export const openApiInfo = {
  openapi: '3.1.0',
  info: {
    title: 'Diplomatic Meetings API',
    version: '1.0.0',
    description:
      'Records of diplomatic meetings: who met whom, where and when, with what titles, who said what, and which ' +
      'initiatives were agreed — each fact traceable to the readout it came from.',
    license: { name: 'MIT', identifier: 'MIT' },
  },
  servers: [{ url: '/', description: 'This server' }],
  tags: [
    { name: 'meetings', description: 'Meetings and their participants, statements and initiatives' },
    { name: 'health', description: 'Liveness and readiness probes' },
  ],
};
