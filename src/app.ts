import { z } from 'zod';
import http from 'node:http';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import cors from '@fastify/cors';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import type { Db } from './db/prisma.js';
import { ReadRouter } from './db/read-routing.js';
import { registerMetrics } from './http/metrics.js';
import { registerReadConsistency } from './http/read-consistency.js';
import underPressure from '@fastify/under-pressure';
import { registerAuth } from './http/auth.js';
import { AppError, serviceUnavailable } from './http/errors.js';
import { assertEntityTag, expectedVersions } from './http/etag.js';
import { withoutSecrets } from './http/redact.js';
import { createRedisClient, redisReady } from './http/redis-client.js';
import { registerResponseBudget } from './http/response-budget.js';
import { registerRepresentationTags } from './http/representation-tag.js';
import { authFailureLimiter, registerRateLimits, type RateLimits } from './http/rate-limit.js';
import { keysRoutes } from './modules/keys/keys.routes.js';
import { createKeysService } from './modules/keys/keys.service.js';
import { createIdempotencyStore, registerIdempotency } from './http/idempotency.js';
import { deferContinue, registerExpectContinue } from './http/expect-continue.js';
import { registerMethodRouting } from './http/methods.js';
import { closeExtraction } from './ingest/extract-pool.js';
import { registerRepeatedQueryCheck } from './http/repeated-query.js';
import { registerAcceptCheck } from './http/accept.js';
import { registerIntegerQueryCheck } from './http/integer-query.js';
import { registerContentCodings, registerJsonParsers } from './http/content-coding.js';
import {
  frameworkErrors,
  maxPathParameterLength,
  ProblemLogController,
  registerProblemHandlers,
  registerProblemHeaders,
  registerRequestMediaTypes,
} from './http/problem.js';
import { registerProblemTypes } from './http/problem-types.js';
import { answerFraming, answerUnframedRequests, clientErrorHandler, framingProblem, servedMethods } from './http/request-framing.js';
import { registerReadRetry } from './http/read-retry.js';
import { registerTextGuard } from './http/text-guard.js';
import { requestIdFrom } from './http/request-id.js';
import { documentsRoutes } from './modules/documents/documents.routes.js';
import { createDocumentsService } from './modules/documents/documents.service.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { initiativesRoutes } from './modules/initiatives/initiatives.routes.js';
import { createInitiativesService } from './modules/initiatives/initiatives.service.js';
import { createMeetingInitiativesService } from './modules/meetings/meeting-initiatives.service.js';
import { meetingPartsRoutes } from './modules/meetings/meeting-parts.routes.js';
import { createMeetingCommands } from './modules/meetings/meetings.commands.js';
import { meetingsBulkRoutes } from './modules/meetings/meetings.bulk.routes.js';
import { meetingsRoutes } from './modules/meetings/meetings.routes.js';
import { createMeetingsService } from './modules/meetings/meetings.service.js';
import { createParticipantsService } from './modules/meetings/participants.service.js';
import { createStatementsService } from './modules/meetings/statements.service.js';
import { peopleRoutes } from './modules/people/people.routes.js';
import { createPeopleService } from './modules/people/people.service.js';
import { searchRoutes } from './modules/search/search.routes.js';
import { createSearchService } from './modules/search/search.service.js';
import { registerExportSlots } from './http/export/export-slots.js';
import { createChangeNotifier } from './modules/changes/change-notifier.js';
import { changesRoutes } from './modules/changes/changes.routes.js';
import { createChangesService } from './modules/changes/changes.service.js';
import { statsRoutes } from './modules/stats/stats.routes.js';
import { tablesRoutes } from './modules/tables/tables.routes.js';
import { createTablesService } from './modules/tables/tables.service.js';
import { createStatsService } from './modules/stats/stats.service.js';
import { sourcesRoutes } from './modules/sources/sources.routes.js';
import { createSourcesService } from './modules/sources/sources.service.js';
import { timelinesRoutes } from './modules/timelines/timelines.routes.js';
import { createTimelinesService } from './modules/timelines/timelines.service.js';
import { registerOpenApiRoutes } from './openapi/document.js';
import { reviewRoutes } from './review/review.routes.js';
import { finalizeDocument } from './openapi/finalize.js';
import { openApiInfo } from './openapi/info.js';

export interface AppDeps {
  /** The primary. */
  prisma: Db;
  /**
   * Where reads go (db/database.ts opens it with the standbys of DATABASE_REPLICA_URLS); without it every read goes
   * to the primary. The app does not close it: its opener does.
   */
  readRouter?: ReadRouter;
  /** Names of the migration folders this build ships; readiness requires all of them applied. */
  expectedMigrations: readonly string[];
  /** Where log lines go (stdout when absent). */
  logStream?: NodeJS.WritableStream;
  /**
   * How long no request may have met a database fault before a success ends the episode and logs "database
   * recovered" (milliseconds; 10 000 when absent). Fault tests shorten it.
   */
  faultQuietMs?: number;
  /**
   * The PostgreSQL the change stream LISTENs on for commits; absent (the embedded database, one session), streams
   * read the feed at every heartbeat instead.
   */
  changesUrl?: string | undefined;
}

export type AppConfig = Pick<Config, 'LOG_LEVEL' | 'BODY_LIMIT_BYTES' | 'TRUST_PROXY' | 'API_KEYS'> &
  Partial<
    Pick<
      Config,
      | 'CORS_ORIGINS'
      | 'RETRY_AFTER_SECONDS'
      | 'REQUEST_TIMEOUT_MS'
      | 'HEADERS_TIMEOUT_MS'
      | 'KEEP_ALIVE_TIMEOUT_MS'
      | 'REQUIRE_KEY_FOR_READS'
      | 'REDIS_URL'
      | 'RATE_LIMIT_MAX'
      | 'RATE_LIMIT_WINDOW_MS'
      | 'AUTH_FAILURE_LIMIT'
      | 'LOAD_SHED_EVENT_LOOP_DELAY_MS'
      | 'RESPONSE_BUDGET_BYTES'
      | 'EXPORT_MAX_CONCURRENT'
      | 'REDIS_KEY_PREFIX'
      | 'CHANGE_STREAM_HEARTBEAT_MS'
      | 'DB_CONNECT_TIMEOUT_MS'
      | 'BULK_MAX_LINES'
    >
  >;

/**
 * The HTTP server, with the client-side limits: a whole request within REQUEST_TIMEOUT_MS and its headers within
 * HEADERS_TIMEOUT_MS (Node checks these every 250 ms rather than its default 30 s, so a stalled client is cut off
 * close to the limit), idle keep-alive connections closed after KEEP_ALIVE_TIMEOUT_MS. Expect: 100-continue is the
 * app's to answer (http/expect-continue.ts): a body over the route's limit is refused before the client sends it.
 */
function httpServerFor(config: AppConfig) {
  const requestTimeout = config.REQUEST_TIMEOUT_MS ?? 30_000;
  return (routed: http.RequestListener) => {
    // The request's framing first (http/request-framing.ts): a missing or repeated Host, an HTTP version not served.
    // "OPTIONS *" asks about the server as a whole (RFC 9110 §9.3.7): the methods it serves. The asterisk form is for
    // OPTIONS only; with any other method it is a 400.
    const handler: http.RequestListener = (request, response) => {
      const framing = framingProblem(request);
      if (framing) return answerFraming(request, response, framing);
      if (request.url !== '*') return routed(request, response);
      if (request.method === 'OPTIONS') {
        response.writeHead(204, { allow: servedMethods.join(', '), 'x-request-id': requestIdFrom(request) });
        return response.end();
      }
      answerFraming(request, response, {
        status: 400,
        reason: 'Bad Request',
        code: 'bad_request',
        detail: 'The request target "*" is for OPTIONS only (RFC 9110 §7.1).',
      });
    };
    const server = http.createServer(
      {
        requestTimeout,
        headersTimeout: Math.min(config.HEADERS_TIMEOUT_MS ?? 10_000, requestTimeout),
        keepAliveTimeout: config.KEEP_ALIVE_TIMEOUT_MS ?? 5_000,
        connectionsCheckingInterval: 250,
        // A request without Host is answered as a problem (framingProblem), not with Node's empty 400.
        requireHostHeader: false,
      },
      handler,
    );
    deferContinue(server, handler);
    answerUnframedRequests(server);
    return server;
  };
}

// POST routes that evaluate If-Match / If-None-Match against a resource of their own (see onRoute below).
const ownPreconditions = /^\/v1\/(?:meetings\/:meetingId\/(?:participants|statements|initiatives)|documents\/:documentId\/commit)$/;

export async function buildApp(config: AppConfig, deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.LOG_LEVEL,
      redact: { paths: ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie'], censor: '[redacted]' },
      // Keys are never logged: not from headers (above), nor from a URL a client put one in by mistake.
      serializers: {
        req: (request: FastifyRequest) => ({
          method: request.method,
          url: withoutSecrets(request.url),
          host: request.host,
          remoteAddress: request.ip,
        }),
      },
      ...(deps.logStream ? { stream: deps.logStream } : {}),
    },
    genReqId: requestIdFrom,
    logController: new ProblemLogController({ requestIdLogLabel: 'requestId' }),
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: config.TRUST_PROXY,
    // Requests that arrive while the server closes are refused by the hook below, as a problem like every other 503.
    return503OnClosing: false,
    // Path parameters up to 200 characters reach the route (slugs are at most 120); longer ones are a 400 naming the
    // parameter (http/problem.ts).
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: maxPathParameterLength },
    frameworkErrors,
    clientErrorHandler,
    serverFactory: httpServerFor(config),
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // An operation that takes no query parameters refuses any (400, as unknown parameters are everywhere else): a
  // client's typo — ?limit on a document, ?fields on a person's positions — is never silently ignored.
  // Each query schema with a range gets the check once: routes that share a schema share its checked form, and a
  // schema already checked (HEAD's, copied from GET's) is left as it is.
  const checkedOf = new WeakMap<object, z.ZodType>();
  const checked = new WeakSet<object>();
  app.addHook('onRoute', (route) => {
    // RFC 9110 §13.2.1: an origin server evaluates the preconditions it receives, also on POST. Adding a meeting's part
    // compares them with the meeting's version, committing a document with the document's ETag (their routes do);
    // any other POST targets a collection, which has no ETag: If-Match with a tag, or If-None-Match: *, is a 412.
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (methods.includes('POST') && route.url.startsWith('/v1/') && !ownPreconditions.test(route.url)) {
      const existing = route.preHandler ? (Array.isArray(route.preHandler) ? route.preHandler : [route.preHandler]) : [];
      route.preHandler = [
        (request, _reply, done) => {
          try {
            assertEntityTag('collection', expectedVersions(request), null);
            done();
          } catch (error) {
            done(error as Error);
          }
        },
        ...existing,
      ];
    }
    if (route.url.startsWith('/v1/') && route.schema && !route.schema.querystring) route.schema.querystring = z.strictObject({});
    // A date range that ends before it starts (`from` after `to`) is a 400 on every operation that takes one, not an
    // empty answer that looks like no data.
    const query = route.schema?.querystring;
    if (!(query instanceof z.ZodObject) || !('from' in query.shape) || !('to' in query.shape) || !route.schema || checked.has(query))
      return;
    let ranged = checkedOf.get(query);
    if (!ranged) {
      ranged = query.refine(
        (value: { from?: unknown; to?: unknown }) =>
          !(typeof value.from === 'string' && typeof value.to === 'string' && value.from > value.to),
        { message: 'must not be after `to`', path: ['from'] },
      );
      checkedOf.set(query, ranged);
      checked.add(ranged);
    }
    route.schema.querystring = ranged;
  });
  registerProblemHandlers(app, config.RETRY_AFTER_SECONDS, deps.faultQuietMs);
  registerReadRetry(app);
  registerMethodRouting(app);
  registerExpectContinue(app);
  registerRequestMediaTypes(app);
  registerContentCodings(app);
  registerRepeatedQueryCheck(app);
  registerIntegerQueryCheck(app);
  registerAcceptCheck(app);
  // The extraction thread, if a document started one, ends with the app.
  app.addHook('onClose', async () => closeExtraction());
  // Hooks on every request's path are callback-style where they have nothing to wait for: an async hook costs a
  // promise and a turn of the microtask queue per request.
  // From the moment close() is called (SIGTERM), a request on a connection still open is answered 503 as a problem
  // with Retry-After and its request id — not Fastify's own plain JSON — and the connection is closed after it.
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    if (!closing) return done();
    void reply.header('connection', 'close');
    done(
      serviceUnavailable(
        `The server is shutting down; retry in ${config.RETRY_AFTER_SECONDS} s (on another instance, or on this one once it is back).`,
      ),
    );
  });
  // Bodies are JSON (JSON Merge Patch is JSON too); only the documents module takes text/plain, and says so itself.
  app.removeContentTypeParser('text/plain');
  registerJsonParsers(app);
  if (config.CORS_ORIGINS?.length) {
    await app.register(cors, {
      origin: config.CORS_ORIGINS.includes('*') ? '*' : config.CORS_ORIGINS,
      methods: ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE', 'OPTIONS'],
      allowedHeaders: [
        'Content-Type',
        'Authorization',
        'X-Api-Key',
        'If-Match',
        'If-None-Match',
        'Idempotency-Key',
        'X-Request-Id',
        'X-Consistency-Token',
      ],
      exposedHeaders: ['ETag', 'Location', 'Link', 'X-Request-Id', 'Idempotent-Replayed', 'X-Consistency-Token'],
      maxAge: 600,
      // A plain OPTIONS (no Origin) is a client asking which methods a path has: 204 with Allow, not a refused preflight.
      strictPreflight: false,
    });
  }
  // Rate-limit counters: in Redis when configured (shared by every instance), else in this process.
  const redis = config.REDIS_URL ? createRedisClient(config.REDIS_URL, app.log) : null;
  if (redis) {
    app.addHook('onClose', async () => void redis.disconnect());
    await redisReady(redis, 2_000);
  }
  const limits: RateLimits = {
    max: config.RATE_LIMIT_MAX ?? 600,
    windowMs: config.RATE_LIMIT_WINDOW_MS ?? 60_000,
    authFailures: config.AUTH_FAILURE_LIMIT ?? 20,
    redis,
    prefix: config.REDIS_KEY_PREFIX ?? 'dm-api:',
  };
  const auth = registerAuth(app, {
    environmentKeys: config.API_KEYS,
    requireKeyForReads: config.REQUIRE_KEY_FOR_READS ?? false,
    prisma: deps.prisma,
    limiter: authFailureLimiter(limits),
  });
  await registerRateLimits(app, limits);
  // Load shedding: while the event loop lags more than the limit, answer 503 rather than queue without end.
  if (config.LOAD_SHED_EVENT_LOOP_DELAY_MS) {
    await app.register(underPressure, {
      maxEventLoopDelay: config.LOAD_SHED_EVENT_LOOP_DELAY_MS,
      retryAfter: config.RETRY_AFTER_SECONDS ?? 2,
      exposeStatusRoute: false,
      customError: class Overloaded extends AppError {
        constructor() {
          super('service_unavailable', 'The server is overloaded; retry after Retry-After seconds.');
        }
      },
    });
  }
  const router = deps.readRouter ?? new ReadRouter(deps.prisma, [], { maxLagMs: 0, checkIntervalMs: 1_000 });
  registerMetrics(app, deps.prisma, router);
  registerReadConsistency(app, router);
  registerTextGuard(app);
  const idempotency = createIdempotencyStore(app, deps.prisma);
  registerIdempotency(app, idempotency);
  registerResponseBudget(app, config.RESPONSE_BUDGET_BYTES ?? 4 * 1024 * 1024);
  registerRepresentationTags(app);
  registerProblemHeaders(app);
  registerExportSlots(app, config.EXPORT_MAX_CONCURRENT ?? 8);

  await app.register(swagger, {
    openapi: openApiInfo,
    transform: jsonSchemaTransform,
    transformObject: (input) => finalizeDocument(jsonSchemaTransformObject(input)),
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  registerOpenApiRoutes(app);
  registerProblemTypes(app);
  await app.register(reviewRoutes);

  await app.register(healthRoutes, { prisma: deps.prisma, router, expectedMigrations: deps.expectedMigrations });
  // Services read through the router's client: inside a read request, the database it was routed to.
  const prisma = router.db;
  const commands = createMeetingCommands({ prisma });
  await app.register(meetingsRoutes, {
    prefix: '/v1',
    meetings: createMeetingsService({ prisma, budgetBytes: app.responseBudgetBytes }),
    commands,
  });
  await app.register(meetingsBulkRoutes, {
    prefix: '/v1',
    commands,
    idempotency,
    currentPosition: () => router.currentPosition(),
    retryAfterSeconds: config.RETRY_AFTER_SECONDS ?? 2,
    maxLines: config.BULK_MAX_LINES ?? 10_000,
    maxLineBytes: config.BODY_LIMIT_BYTES,
    waitBudgetMs: config.REQUEST_TIMEOUT_MS ?? 30_000,
    unreadBytes: app.responseBudgetBytes,
  });
  await app.register(meetingPartsRoutes, {
    prefix: '/v1',
    participants: createParticipantsService({ prisma }),
    statements: createStatementsService({ prisma }),
    links: createMeetingInitiativesService({ prisma }),
  });
  await app.register(tablesRoutes, { prefix: '/v1', tables: createTablesService({ prisma }) });
  await app.register(peopleRoutes, { prefix: '/v1', people: createPeopleService({ prisma }) });
  await app.register(initiativesRoutes, { prefix: '/v1', initiatives: createInitiativesService({ prisma }) });
  await app.register(documentsRoutes, { prefix: '/v1', documents: createDocumentsService({ prisma }) });
  await app.register(statsRoutes, {
    prefix: '/v1',
    stats: createStatsService({ prisma }),
    cacheControl: `${config.REQUIRE_KEY_FOR_READS ? 'private' : 'public'}, max-age=60`,
  });
  await app.register(searchRoutes, { prefix: '/v1', search: createSearchService({ prisma }) });
  await app.register(sourcesRoutes, { prefix: '/v1', sources: createSourcesService({ prisma }) });
  await app.register(timelinesRoutes, { prefix: '/v1', timelines: createTimelinesService({ prisma }) });
  await app.register(changesRoutes, {
    prefix: '/v1',
    changes: createChangesService({ prisma, primary: deps.prisma, budgetBytes: app.responseBudgetBytes }),
    signal: createChangeNotifier({ url: deps.changesUrl, log: app.log, connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS ?? 2_000 }),
    heartbeatMs: config.CHANGE_STREAM_HEARTBEAT_MS ?? 15_000,
  });
  await app.register(keysRoutes, {
    prefix: '/v1',
    keys: createKeysService({ prisma: deps.prisma }),
    changed: () => auth.invalidate(),
    environmentAdmins: [...config.API_KEYS.values()].filter((key) => key.scopes.includes('admin')).length,
  });

  return app;
}
