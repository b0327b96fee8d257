import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.js';
import { sessionOptions } from './session.js';

export type Db = PrismaClient;

/**
 * How long the API waits on PostgreSQL before it gives up and answers 503 (milliseconds). `connect` bounds opening a
 * connection and waiting for one from the pool; `statement` is PostgreSQL's statement_timeout and `query` the same limit
 * on our side (a frozen server enforces nothing); `lock` is lock_timeout; `idleInTransaction` ends a transaction left
 * open; `transaction` bounds a whole interactive transaction.
 */
export interface DatabaseLimits {
  connect: number;
  statement: number;
  query: number;
  lock: number;
  idleInTransaction: number;
  transaction: number;
}

export const defaultDatabaseLimits: DatabaseLimits = {
  connect: 2_000,
  statement: 5_000,
  query: 6_000,
  lock: 2_000,
  idleInTransaction: 10_000,
  transaction: 8_000,
};

export function createPrisma(databaseUrl: string, poolSize: number, limits: DatabaseLimits = defaultDatabaseLimits): Db {
  const adapter = new PrismaPg({
    connectionString: databaseUrl,
    max: poolSize,
    connectionTimeoutMillis: limits.connect,
    query_timeout: limits.query,
    statement_timeout: limits.statement,
    lock_timeout: limits.lock,
    idle_in_transaction_session_timeout: limits.idleInTransaction,
    keepAlive: true,
    options: sessionOptions,
  });
  return new PrismaClient({ adapter, transactionOptions: { maxWait: limits.connect, timeout: limits.transaction } });
}
