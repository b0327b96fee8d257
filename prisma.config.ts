import path from 'node:path';
import { defineConfig } from 'prisma/config';

// The CLI insists on a native schema engine binary even for `generate`, which does not use it; the binary cannot be
// downloaded on machines without Prisma's binary host, so point it at our WASM-backed migration script instead.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve('scripts/db-migrate.ts');

export default defineConfig({
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/postgres' },
});
