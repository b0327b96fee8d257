import { loadConfig } from '../src/config.js';
import { startEmbeddedPostgres } from '../src/db/embedded.js';
import { resolveMigration } from '../src/db/migrate-on-start.js';
import { applyMigrations, createMigration } from '../src/db/schema-engine.js';

// npm run db:migrate                              apply pending migrations (DATABASE_URL, or the embedded database)
// npm run db:migrate:create -- <name> [--empty]   write a new migration from the schema diff; --empty for raw SQL
// npm run db:migrate -- resolve --applied <name>   record a migration as applied (its changes are in the database)
// npm run db:migrate -- resolve --rolled-back <name>   mark a failed migration rolled back, so that it runs again
const config = loadConfig();
const [command, name, flag] = process.argv.slice(2);

if (command === 'create') {
  if (!name) throw new Error('usage: npm run db:migrate:create -- <name> [--empty]');
  const serverUrl = config.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const folder = await createMigration(serverUrl, name, flag === '--empty');
  console.log(folder ? `Created ${folder}` : 'The schema and the migrations agree: nothing to create.');
} else if (command === 'resolve') {
  if ((name !== '--applied' && name !== '--rolled-back') || !flag)
    throw new Error('usage: npm run db:migrate -- resolve --applied <name> | --rolled-back <name>');
  const embedded = config.DATABASE_URL ? undefined : await startEmbeddedPostgres(config.DATA_DIR);
  try {
    await resolveMigration(config.DATABASE_URL ?? embedded!.url, flag, name === '--applied' ? 'applied' : 'rolled-back');
    console.log(`Recorded ${flag} as ${name.slice(2)}.`);
  } finally {
    await embedded?.close();
  }
} else {
  const embedded = config.DATABASE_URL ? undefined : await startEmbeddedPostgres(config.DATA_DIR);
  try {
    const applied = await applyMigrations(config.DATABASE_URL ?? embedded!.url);
    console.log(applied.length ? `Applied ${applied.join(', ')}` : 'Database is up to date.');
  } finally {
    await embedded?.close();
  }
}
