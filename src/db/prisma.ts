import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.js';
import { sessionOptions } from './session.js';

export type Db = PrismaClient;

export function createPrisma(databaseUrl: string, poolSize: number): Db {
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: poolSize, connectionTimeoutMillis: 5_000, options: sessionOptions });
  return new PrismaClient({ adapter });
}
