import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses, timestampSchema } from '../../http/schemas.js';
import { scopes, type KeysService } from './keys.service.js';

const tags = ['keys'];

const keySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string().describe('The key’s first characters, to tell keys apart; not enough to use it.'),
    scopes: z.array(z.enum(scopes)),
    createdAt: timestampSchema,
    lastUsedAt: timestampSchema.nullable().describe('When the key was last used, to the minute.'),
    revokedAt: timestampSchema.nullable(),
  })
  .meta({ id: 'ApiKey' });

const createdKeySchema = keySchema
  .extend({ key: z.string().describe('The key itself. Shown this once: it is stored only as a hash.') })
  .meta({ id: 'CreatedApiKey' });

const createKeySchema = z
  .strictObject({
    name: z
      .string()
      .trim()
      .regex(/^[\w.-]{1,100}$/, { error: 'must be 1–100 letters, digits, "_", "." or "-"' })
      .describe('Who uses the key; the actor in the audit log.'),
    scopes: z.array(z.enum(scopes)).min(1).default(['read', 'write']),
  })
  .meta({ id: 'CreateApiKey' });

/** `environmentAdmins`: how many keys API_KEYS gives the admin scope (they cannot be revoked, so none is the last). */
export const keysRoutes: FastifyPluginAsyncZod<{ keys: KeysService; changed: () => void; environmentAdmins: number }> = async (
  app,
  { keys, changed, environmentAdmins },
) => {
  app.get(
    '/keys',
    {
      schema: {
        operationId: 'listApiKeys',
        tags,
        summary: 'List API keys (admin scope)',
        response: { 200: z.object({ data: z.array(keySchema) }).meta({ id: 'ApiKeyList' }), ...problemResponses(401, 403, 500) },
      },
    },
    async () => ({ data: await keys.list() }),
  );

  app.post(
    '/keys',
    {
      // The response holds the key, which is stored nowhere: Idempotency-Key is ignored here, and a retry of a create
      // that did go through is a 409 (names are unique): revoke that key and create another.
      config: { idempotency: false },
      schema: {
        operationId: 'createApiKey',
        tags,
        summary: 'Create an API key (admin scope); the key is in this response only',
        description:
          'The key is returned in this response only and stored as a SHA-256 hash. Idempotency-Key is ignored on this route (the response is not stored); a retry after a create that went through gets 409, since names are unique.',
        body: createKeySchema,
        response: { 201: createdKeySchema, ...problemResponses(400, 401, 403, 409, 500) },
      },
    },
    async (request, reply) => {
      const created = await keys.create(request.body.name, request.body.scopes, request.actor);
      changed();
      return reply.status(201).header('location', `/v1/keys/${created.id}`).header('cache-control', 'no-store').send(created);
    },
  );

  app.delete(
    '/keys/:keyId',
    {
      schema: {
        operationId: 'revokeApiKey',
        tags,
        summary: 'Revoke an API key (admin scope); it stops working at once',
        params: z.strictObject({ keyId: z.string().min(1).max(100).describe('Id or name of the key.') }),
        description:
          'The last active key with the admin scope (when API_KEYS gives no admin key either) is not revoked here: 409, since no one could manage keys through the API after it; `npm run keys -- revoke` can.',
        response: { 200: keySchema, ...problemResponses(400, 401, 403, 404, 409, 500) },
      },
    },
    async (request) => {
      const revoked = await keys.revoke(request.params.keyId, request.actor, { otherAdmins: environmentAdmins });
      changed();
      return revoked;
    },
  );
};
