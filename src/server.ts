import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { applyApiV8Flags } from './v8-flags.js';

// The only file that listens. Start: V8's flags (v8-flags.ts) → config → database (migrate, seed) → app → listen. Stop: on SIGTERM/SIGINT stop
// accepting, let in-flight requests finish, close the pool and the embedded database, exit 0.

async function main(): Promise<void> {
  applyApiV8Flags();
  const config = loadConfig();
  const database = await openDatabase(config);
  // The change stream LISTENs on a server; the embedded database has one session, and its streams poll instead.
  const app = await buildApp(config, { ...database, changesUrl: database.embedded ? undefined : database.url });
  app.addHook('onClose', async () => database.close());
  if (database.applied.length) app.log.info({ migrations: database.applied }, 'applied migrations');
  if (database.seeded) app.log.info(database.seeded, 'seeded the database');

  closeWithGrace({ delay: config.SHUTDOWN_TIMEOUT_MS, logger: app.log }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error');
    else app.log.info({ signal }, 'shutting down');
    await app.close();
  });

  const address = await app.listen({ host: config.HOST, port: config.PORT });
  const where = database.embedded ? `embedded PostgreSQL in ${config.DATA_DIR}/` : 'the PostgreSQL server in DATABASE_URL';
  app.log.info(`API on ${address}/v1/meetings, docs on ${address}/docs, data in ${where}`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
});
