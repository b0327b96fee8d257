import type { FastifyInstance, FastifyRequest } from 'fastify';
import Negotiator from 'negotiator';
import { contractOperation } from './contract-operation.js';
import { inHeader, partProblem } from './errors.js';

/**
 * Refuses with 406 `not_acceptable` a request whose Accept allows none of the media types the matched operation answers
 * in, as the contract lists them for its 2xx responses (RFC 9110 §12.5.1, quality values included): `Accept:
 * application/xml` on a meeting, a statistic or the change feed is told so, as it is on a list. Lists that export
 * (CSV, NDJSON) negotiate for themselves (http/export/export-format.ts); an operation with no body to answer (204) and
 * a request without Accept are left alone. Problems are sent as application/problem+json whatever Accept says.
 */
/**
 * Of `types` (media types without parameters, e.g. `text/csv`), those Accept allows, best first (RFC 9110 §12.5.1,
 * quality values included, ties in Accept's order). Each is offered as it is sent — UTF-8, and CSV with its header row
 * (`text/csv; charset=utf-8; header=present`) — so a range with those parameters (`application/json; charset=utf-8`)
 * matches, as the RFC has it, and one with others (`charset=iso-8859-1`) does not.
 */
export function acceptedMediaTypes(accept: string, types: readonly string[]): string[] {
  const offered = new Map<string, string>();
  for (const type of types) {
    const forms = [type, `${type}; charset=utf-8`];
    if (type === 'text/csv') forms.push(`${type}; header=present`, `${type}; charset=utf-8; header=present`);
    for (const form of forms) offered.set(form, type);
  }
  const allowed = new Negotiator({ headers: { accept } }).mediaTypes([...offered.keys()]);
  return [...new Set(allowed.map((form) => offered.get(form) as string))];
}

export function registerAcceptCheck(app: FastifyInstance): void {
  const byRoute = new Map<string, string[]>();
  app.addHook('preValidation', (request, _reply, done) => {
    const accept = request.headers.accept;
    if (!accept?.trim() || !request.routeOptions.url?.startsWith('/v1/')) return done();
    const route = `${request.method} ${request.routeOptions.url}`;
    let produced = byRoute.get(route);
    if (!produced) byRoute.set(route, (produced = responseMediaTypes(app, request)));
    if (produced.length === 0 || acceptedMediaTypes(accept, produced).length > 0) return done();
    done(
      partProblem(
        'not_acceptable',
        inHeader('accept'),
        `This endpoint answers in ${produced.join(', ')}; Accept (${accept.slice(0, 100)}) allows none of them.`,
      ),
    );
  });
}

// The media types of the matched operation's 2xx answers; none when it exports (it negotiates itself) or has no body.
function responseMediaTypes(app: FastifyInstance, request: FastifyRequest): string[] {
  const responses = contractOperation(app, request)?.responses ?? {};
  const types = new Set(
    Object.entries(responses)
      .filter(([status]) => status.startsWith('2'))
      .flatMap(([, response]) => Object.keys(response.content ?? {})),
  );
  return types.has('text/csv') ? [] : [...types];
}
