import Fastify, { type FastifyInstance } from 'fastify';
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
import { registerProblemHandlers } from './http/problem.js';
import { requestIdFrom } from './http/request-id.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { meetingsRoutes } from './modules/meetings/meetings.routes.js';
import { createMeetingsService } from './modules/meetings/meetings.service.js';
import { openApiInfo } from './openapi.js';

export interface AppDeps {
  prisma: Db;
  /** Names of the migration folders this build ships; readiness requires all of them applied. */
  expectedMigrations: readonly string[];
}

export type AppConfig = Pick<Config, 'LOG_LEVEL' | 'BODY_LIMIT_BYTES' | 'TRUST_PROXY'>;

export async function buildApp(config: AppConfig, deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.LOG_LEVEL,
      redact: { paths: ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie'], censor: '[redacted]' },
    },
    genReqId: requestIdFrom,
    requestIdLogLabel: 'requestId',
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: config.TRUST_PROXY,
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemHandlers(app);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(swagger, { openapi: openApiInfo, transform: jsonSchemaTransform, transformObject: jsonSchemaTransformObject });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  await app.register(healthRoutes, { prisma: deps.prisma, expectedMigrations: deps.expectedMigrations });
  await app.register(meetingsRoutes, { prefix: '/v1', meetings: createMeetingsService({ prisma: deps.prisma }) });

  return app;
}
