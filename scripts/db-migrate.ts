import { loadConfig } from '../src/config.js';
import { startEmbeddedPostgres } from '../src/db/embedded.js';
import { applyMigrations, createMigration } from '../src/db/schema-engine.js';

// npm run db:migrate                              apply pending migrations (DATABASE_URL, or the embedded database)
// npm run db:migrate:create -- <name> [--empty]   write a new migration from the schema diff; --empty for raw SQL
const config = loadConfig();
const [command, name, flag] = process.argv.slice(2);

if (command === 'create') {
  if (!name) throw new Error('usage: npm run db:migrate:create -- <name> [--empty]');
  const serverUrl = config.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const folder = await createMigration(serverUrl, name, flag === '--empty');
  console.log(folder ? `Created ${folder}` : 'The schema and the migrations agree: nothing to create.');
} else {
  const embedded = config.DATABASE_URL ? undefined : await startEmbeddedPostgres(config.DATA_DIR);
  try {
    const applied = await applyMigrations(config.DATABASE_URL ?? embedded!.url);
    console.log(applied.length ? `Applied ${applied.join(', ')}` : 'Database is up to date.');
  } finally {
    await embedded?.close();
  }
}
