import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';

// Expect: 100-continue (RFC 9110 §10.1.1): the client sends the headers, waits for 100 Continue, and only then sends
// the body (curl does this for large uploads). Node answers 100 as soon as the headers are in, unless the
// server listens to 'checkContinue'; then the 100 is ours to send. We send it when the body is wanted:
//
// - when the route's body parser starts reading the body. Fastify checks Content-Length against the matched route's
//   limit (its own bodyLimit — POST /v1/documents: 4 MiB — or BODY_LIMIT_BYTES) before it reads a byte, and answers
//   413 problem+json (http/problem.ts) when it is over: that answer then goes out without a 100, the client never
//   sends the body, and Node closes the connection (the body was never asked for). The limit is the one Fastify
//   enforces for the route and content type, found by its router; no table of routes here.
// - at the latest just before the handler runs, for a route that reads its body as a stream (the NDJSON bulk create,
//   which has a limit per line, not per body) or never reads it.
// - at once for a path no route serves, as Node would (its 404 or 405 is unchanged).
//
// Whatever answers before the body is parsed answers without a 100 too: authentication runs in onRequest (http/auth.ts),
// so an oversized body without a valid key is a 401, as it is without Expect — the order of the checks is the same
// with and without Expect, which is the simplest rule, and an unauthenticated client learns nothing about the limits.

// The requests whose 100 Continue is still to be sent, with their responses. Each has a _read of its own that sends
// it (the stream calls _read when something first reads the body); sending it removes that _read again.
const pending = new WeakMap<IncomingMessage, ServerResponse>();

/** Sends the deferred 100 Continue of a request, if it still has one to send and no answer has started. */
export function sendContinue(request: IncomingMessage): void {
  const response = pending.get(request);
  if (!response) return;
  pending.delete(request);
  Reflect.deleteProperty(request, '_read');
  // Once the final answer is under way a 100 has no place: this is Node discarding the unread body of a refused
  // request (or readBodyAlongAnswer reading out its rest).
  if (!response.headersSent && !response.writableEnded) response.writeContinue();
}

/**
 * Makes the server leave Expect: 100-continue to the app: a request that expects it goes to `handler` without the
 * 100, which is sent when the body is first read (or by the hooks of registerExpectContinue).
 */
export function deferContinue(server: Server, handler: (request: IncomingMessage, response: ServerResponse) => void): void {
  server.on('checkContinue', (request: IncomingMessage, response: ServerResponse) => {
    pending.set(request, response);
    request._read = function (this: IncomingMessage, size: number) {
      sendContinue(this);
      // The prototype's _read from now on.
      this._read(size);
    };
    handler(request, response);
  });
}

/** A route that takes a body, with the most it takes (Fastify's route listing has no limits). */
export interface BodyRoute {
  method: string;
  url: string;
  bodyLimit: number;
  constraints: Record<string, unknown>;
}

const bodyMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const bodyRoutesOf = new WeakMap<FastifyInstance, BodyRoute[]>();

/** The routes registered so far whose method takes a body (the Expect: 100-continue tests go over all of them). */
export function bodyRoutes(app: FastifyInstance): readonly BodyRoute[] {
  return bodyRoutesOf.get(app) ?? [];
}

/** The app's part of deferContinue (register before the routes). */
export function registerExpectContinue(app: FastifyInstance): void {
  const routes: BodyRoute[] = [];
  bodyRoutesOf.set(app, routes);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (bodyMethods.has(method.toUpperCase()))
        routes.push({
          method: method.toUpperCase(),
          url: route.url,
          bodyLimit: route.bodyLimit ?? app.initialConfig.bodyLimit ?? 1_048_576,
          constraints: { ...(route.constraints as Record<string, unknown> | undefined) },
        });
    }
  });
  // Callback-style: nothing to wait for (see app.ts).
  app.addHook('onRequest', (request, _reply, done) => {
    if (request.is404) sendContinue(request.raw);
    done();
  });
  app.addHook('preHandler', (request, _reply, done) => {
    sendContinue(request.raw);
    done();
  });
}
