import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import { acceptedMediaTypes } from '../../http/accept.js';
import { AppError, inHeader, partProblem, wholeBody } from '../../http/errors.js';
import { readBodyAlongAnswer } from '../../http/streamed-body.js';
import { bulkCreate, type BulkDeps } from './meetings.bulk.js';

// POST /v1/meetings with Content-Type: application/x-ndjson — a route of its own, chosen by the body's media type (a
// router constraint), since its body is a stream read line by line while the answer is written, not a JSON value
// that a schema validates first. Its place in the contract is the createMeeting operation (openapi/ndjson-create.ts).

export const ndjsonMediaType = 'application/x-ndjson';

const isNdjson = (contentType: string | undefined) => contentType?.split(';', 1)[0]?.trim().toLowerCase() === ndjsonMediaType;

/** The body of an NDJSON request: its payload stream, read as the lines are processed, never buffered whole. */
class NdjsonBody {
  readonly #stream: Readable;
  constructor(stream: Readable) {
    this.#stream = stream;
  }
  get stream(): Readable {
    return this.#stream;
  }
}

// Requests with an NDJSON body go to the routes constrained to it; every other request to the unconstrained ones.
type ConstraintStrategy = Parameters<FastifyInstance['addConstraintStrategy']>[0];
type RouteStore = Parameters<ReturnType<ConstraintStrategy['storage']>['set']>[1];
const bodyTypeStrategy = (): ConstraintStrategy => ({
  name: 'bodyType',
  storage() {
    const handlers = new Map<unknown, RouteStore>();
    return { get: (type) => handlers.get(type) ?? null, set: (type, store) => void handlers.set(type, store) };
  },
  deriveConstraint: (request: IncomingMessage) =>
    request.method === 'POST' && isNdjson(request.headers['content-type']) ? 'ndjson' : undefined,
  mustMatchWhenDerived: false,
});

function refuseUnacceptable(request: FastifyRequest): void {
  const accept = request.headers.accept;
  if (!accept?.trim() || acceptedMediaTypes(accept, [ndjsonMediaType]).length) return;
  throw partProblem(
    'not_acceptable',
    inHeader('accept'),
    `The answer to an ${ndjsonMediaType} body is ${ndjsonMediaType}, a result per line; Accept does not allow it.`,
  );
}

async function* encoded(lines: AsyncIterable<object>): AsyncGenerator<string, void, undefined> {
  for await (const line of lines) yield `${JSON.stringify(line)}\n`;
}

export interface BulkRoutesOptions extends BulkDeps {
  /** BULK_MAX_LINES. */
  maxLines: number;
  /** The longest line: BODY_LIMIT_BYTES, as for a JSON body. */
  maxLineBytes: number;
  /** REQUEST_TIMEOUT_MS: the most the request may wait for its body, in all. */
  waitBudgetMs: number;
  /**
   * Results written but not read by the client yet, at most (RESPONSE_BUDGET_BYTES): up to this much, lines go on
   * being processed for a client that sends its whole body before it reads the answer.
   */
  unreadBytes: number;
}

export const meetingsBulkRoutes: FastifyPluginAsync<BulkRoutesOptions> = async (app, options) => {
  const closing = new AbortController();
  app.addHook('preClose', async () =>
    closing.abort(new AppError('service_unavailable', 'The server is shutting down; send the lines from nextLine on again.')),
  );
  app.addConstraintStrategy(bodyTypeStrategy());
  app.addContentTypeParser(ndjsonMediaType, (_request, payload, done) => done(null, new NdjsonBody(payload)));

  app.post(
    '/meetings',
    {
      constraints: { bodyType: 'ndjson' },
      config: { idempotency: false, consistencyHeader: false },
      schema: { hide: true },
    },
    async (request, reply) => {
      refuseUnacceptable(request);
      if (request.headers['idempotency-key'] !== undefined)
        throw partProblem(
          'bad_request',
          inHeader('idempotency-key'),
          'An NDJSON body is keyed line by line: send {"idempotencyKey": "…", "meeting": {…}} lines, not an Idempotency-Key header.',
        );
      if (!(request.body instanceof NdjsonBody))
        throw partProblem('invalid_json', wholeBody, 'The body has no lines: send one JSON meeting per line.');
      readBodyAlongAnswer(request, reply);
      const results = bulkCreate(request, options).results(request.body.stream, {
        maxLines: options.maxLines,
        maxLineBytes: options.maxLineBytes,
        waitBudgetMs: options.waitBudgetMs,
        signal: closing.signal,
      });
      return reply
        .type(`${ndjsonMediaType}; charset=utf-8`)
        .header('cache-control', 'no-store')
        .send(Readable.from(encoded(results), { objectMode: false, highWaterMark: options.unreadBytes }));
    },
  );
};
