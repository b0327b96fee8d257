import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { applyMigrations } from '../../src/db/schema-engine.js';
import { sessionOptions } from '../../src/db/session.js';

// Throwaway databases are created on the run's PostgreSQL server (test/support/postgres-server.ts), which the global
// setup chooses and hands to every test file.
let server: string | undefined;

/** Sets the server for this process (the global setup does, before anything else). */
export function setServerUrl(url: string): void {
  server = url;
}

/** The URL of the run's PostgreSQL server (its `postgres` database). */
export function serverUrl(): string {
  server ??= inject('testServerUrl');
  return server;
}

export function databaseUrl(name: string): string {
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

const uniqueName = (prefix: string) => `${prefix}_${Date.now()}_${randomBytes(3).toString('hex')}`;

// The test databases' default time zone is not UTC, so that nothing depends on it (the API pins UTC per session).
export const testDatabaseTimezone = 'Asia/Tokyo';

export async function createTemplateDatabase(): Promise<string> {
  const name = uniqueName('dm_test_template');
  await admin(async (client) => {
    await client.query(`CREATE DATABASE "${name}"`);
    await client.query(`ALTER DATABASE "${name}" SET timezone TO '${testDatabaseTimezone}'`);
  });
  await applyMigrations(databaseUrl(name));
  return name;
}

export async function cloneDatabase(template: string): Promise<string> {
  const name = uniqueName('dm_test');
  await admin(async (client) => {
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    await client.query(`ALTER DATABASE "${name}" SET timezone TO '${testDatabaseTimezone}'`);
  });
  return name;
}

export async function dropDatabase(name: string): Promise<void> {
  await admin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

const tables = [
  'audit_events',
  'idempotency_keys',
  'provenance_spans',
  'meeting_sources',
  'meeting_initiatives',
  'statements',
  'participants',
  'meetings',
  'person_identifiers',
  'people',
  'initiatives',
  'source_documents',
  'api_keys',
];

export async function truncateAll(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`TRUNCATE ${tables.map((table) => `"${table}"`).join(', ')} CASCADE`);
  } finally {
    await client.end();
  }
}

/**
 * Runs a test's data setup (bulk INSERTs, ANALYZE, VACUUM) on a connection of its own, without the app's
 * statement_timeout (5 s): on a fully loaded machine a bulk insert into trigram and full-text indexes takes longer than
 * any request may, and the test is about the reads that follow, not about how fast its setup runs. Statements run one
 * after another, each in its own implicit transaction (VACUUM cannot run in a block), in the app's session settings
 * (time zone UTC, so literals mean what they mean to the app).
 */
export async function setupSql(url: string, ...statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url, options: sessionOptions });
  await client.connect();
  try {
    await client.query('SET statement_timeout = 0');
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}
