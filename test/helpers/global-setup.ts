import type { TestProject } from 'vitest/node';
import { resolveTestServer } from '../support/postgres-server.js';
import { resolveTestRedis } from '../support/redis-server.js';
import { createTemplateDatabase, dropDatabase, setServerUrl } from './db.js';

// The run's PostgreSQL server (the configured one, a local one, or an embedded one started now), and one migrated
// template database on it; each test file clones the template (CREATE DATABASE … TEMPLATE), so files run in
// parallel on databases of their own and nothing is left behind — an embedded server is stopped and deleted, also
// when the run is interrupted.
export default async function setup(project: TestProject) {
  const server = await resolveTestServer();
  const redis = await resolveTestRedis();
  console.log(`tests use ${server.description}, and ${redis.description}`);
  const stopOnSignal = (signal: NodeJS.Signals) => {
    server.stopNow();
    redis.stopNow();
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  setServerUrl(server.url);
  project.provide('testServerUrl', server.url);
  project.provide('testRedisUrl', redis.url);
  const template = await createTemplateDatabase();
  project.provide('templateDatabase', template);
  return async () => {
    process.off('SIGINT', stopOnSignal);
    process.off('SIGTERM', stopOnSignal);
    await dropDatabase(template).catch(() => undefined);
    await server.stop();
    await redis.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    testServerUrl: string;
    testRedisUrl: string;
    templateDatabase: string;
  }
}
