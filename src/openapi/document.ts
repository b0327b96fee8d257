import { stringify } from 'yaml';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { createPrisma } from '../db/prisma.js';

export function toYaml(document: unknown): string {
  // Written as YAML 1.1 reads it too: a string that 1.1 would take for something else ("no", "on", "12:30") is quoted,
  // and reads the same to 1.2 (new-user trial 121: `enum: [no]` was `[false]` to PyYAML and OpenAPI Generator).
  return stringify(document, { aliasDuplicateObjects: false, lineWidth: 0, version: '1.1' });
}

/** GET /openapi.json and /openapi.yaml: the document this app serves, and that openapi.yaml must equal. */
export function registerOpenApiRoutes(app: FastifyInstance): void {
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/openapi.yaml', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('application/yaml; charset=utf-8').send(toYaml(app.swagger())),
  );
}

/** The OpenAPI document as the app serves it, built without a database connection (the client connects lazily). */
export async function openApiYaml(): Promise<string> {
  const prisma = createPrisma('postgresql://openapi@127.0.0.1:1/none', 1);
  const app = await buildApp(
    { LOG_LEVEL: 'silent', BODY_LIMIT_BYTES: 1_048_576, TRUST_PROXY: false, API_KEYS: new Map() },
    { prisma, expectedMigrations: [] },
  );
  try {
    await app.ready();
    return toYaml(app.swagger());
  } finally {
    await app.close();
    await prisma.$disconnect();
  }
}
