import type { FastifyInstance, FastifyRequest } from 'fastify';

/** An operation of the OpenAPI contract, as far as the request checks read it. */
export interface ContractOperation {
  parameters?: Array<{ $ref?: string; in?: string; name?: string; schema?: { type?: string; minimum?: number; maximum?: number } }>;
  requestBody?: { content?: Record<string, unknown> };
  responses?: Record<string, { content?: Record<string, unknown>; $ref?: string }>;
}

/**
 * The contract's operation for the request's matched route ("/v1/meetings/:id" is "/v1/meetings/{id}" there; HEAD is
 * GET's), or null when there is none — also for an app built without the contract (@fastify/swagger not registered).
 * Callers cache what they derive from it per route: `app.swagger()` builds the whole document.
 */
export function contractOperation(app: FastifyInstance, request: FastifyRequest): ContractOperation | null {
  const route = request.routeOptions.url;
  if (!route || typeof app.swagger !== 'function') return null;
  let document: { paths?: Record<string, Record<string, ContractOperation>> };
  try {
    document = app.swagger() as typeof document;
  } catch {
    return null;
  }
  const path = route.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
  const method = request.method === 'HEAD' ? 'get' : request.method.toLowerCase();
  return document.paths?.[path]?.[method] ?? null;
}
