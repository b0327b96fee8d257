import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './errors.js';
import { sendProblem } from './problem.js';

// RFC 9110 §15.5.6 and §9.3.7: a known path with a method it does not support is a 405 that lists the methods it does
// (`Allow`); OPTIONS answers with that list. HEAD is allowed wherever GET is (Fastify answers it for every GET route).

interface KnownRoute {
  pattern: RegExp;
  methods: Set<string>;
}

function patternOf(url: string): RegExp {
  const source = url
    .replace(/\/+$/, '')
    .split('/')
    .map((segment) => (segment === '*' ? '.*' : segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}/?$`);
}

/**
 * Records every route's methods as routes are added (register before them), and makes the not-found handler answer
 * 405 with `Allow` for a known path, and OPTIONS with 204 and `Allow`; with CORS on, the CORS plugin answers
 * preflights and `Allow` is added to its answer.
 */
const routesOf = new WeakMap<FastifyInstance, Map<string, KnownRoute>>();

/** The URL shapes of the routes registered so far ("/v1/meetings/:meetingId"). */
export function knownRouteUrls(app: FastifyInstance): string[] {
  return [...(routesOf.get(app)?.keys() ?? [])];
}

export function registerMethodRouting(app: FastifyInstance): void {
  const routes = new Map<string, KnownRoute>();
  routesOf.set(app, routes);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const known = routes.get(route.url) ?? { pattern: patternOf(route.url), methods: new Set<string>() };
    for (const method of methods) known.methods.add(method.toUpperCase());
    if (known.methods.has('GET')) known.methods.add('HEAD');
    routes.set(route.url, known);
  });
  const allowedFor = (request: FastifyRequest): string[] => {
    const path = (request.url.split('?')[0] ?? '/').replace(/\/{2,}/g, '/');
    const allowed = new Set<string>();
    for (const route of routes.values()) if (route.pattern.test(path)) for (const method of route.methods) allowed.add(method);
    if (allowed.size) allowed.add('OPTIONS');
    return ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'].filter((method) => allowed.has(method));
  };
  app.addHook('onSend', (request, reply, payload, done) => {
    if (request.method === 'OPTIONS' && !reply.hasHeader('allow')) {
      const allowed = allowedFor(request);
      if (allowed.length) reply.header('allow', allowed.join(', '));
    }
    done(null, payload);
  });
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const allowed = allowedFor(request);
    const path = request.url.split('?')[0];
    // A method the path's shape allows that still reached here did not match the router: "/v1//meetings", a missing
    // file under a wildcard route. That is a path that does not exist, not a method it lacks.
    if (!allowed.length || (request.method !== 'OPTIONS' && allowed.includes(request.method)))
      return sendProblem(reply, new AppError('route_not_found', `There is no ${request.method} ${path} endpoint.`));
    reply.header('allow', allowed.join(', '));
    if (request.method === 'OPTIONS') return reply.status(204).send();
    return sendProblem(
      reply,
      new AppError('method_not_allowed', `${path} does not support ${request.method}; it supports ${allowed.join(', ')}.`),
    );
  });
}
