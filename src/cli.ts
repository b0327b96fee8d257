import { loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './db/embedded.js';
import { resolveMigration } from './db/migrate-on-start.js';
import { seed } from './db/seed.js';
import { runImport } from './ingest-cli/run-import.js';
import { runKeys } from './keys-cli/run-keys.js';

// The commands of the built API, for places without the dev tools (the Docker image):
//   node dist/cli.js migrate                       apply pending migrations (DATABASE_URL, or the embedded database)
//   node dist/cli.js migrate resolve --applied|--rolled-back <name>   as npm run db:migrate -- resolve …
//   node dist/cli.js seed                          migrate, then add the seed readout and people (idempotent)
//   node dist/cli.js keys create|list|revoke …     manage API keys (as npm run keys)
//   node dist/cli.js import <paths> [--commit] …   import readouts (as npm run import)

const usage = 'usage: node dist/cli.js migrate | seed | keys <create|list|revoke> … | import <paths> …';

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const io = { env: process.env, stdout: process.stdout, stderr: process.stderr };
  switch (command) {
    case 'migrate':
    case 'seed': {
      if (command === 'migrate' && rest[0] === 'resolve') return resolve(rest.slice(1));
      const database = await openDatabase({ ...loadConfig(), MIGRATE_ON_START: true, SEED_ON_START: false });
      try {
        console.log(database.applied.length ? `Applied ${database.applied.join(', ')}` : 'Database is up to date.');
        if (command === 'seed') console.log(await seed(database.prisma));
      } finally {
        await database.close();
      }
      return 0;
    }
    case 'keys':
      return runKeys(rest, io);
    case 'import':
      return runImport(rest, io);
    default:
      process.stderr.write(`${usage}\n`);
      return 2;
  }
}

// Records a migration as applied, or its failed attempt as rolled back (see src/db/migrate-on-start.ts).
async function resolve([flag, name]: string[]): Promise<number> {
  if ((flag !== '--applied' && flag !== '--rolled-back') || !name) {
    process.stderr.write('usage: node dist/cli.js migrate resolve --applied <name> | --rolled-back <name>\n');
    return 2;
  }
  const config = loadConfig();
  const embedded = config.DATABASE_URL ? undefined : await startEmbeddedPostgres(config.DATA_DIR);
  try {
    await resolveMigration(
      config.DATABASE_URL ?? (embedded as EmbeddedPostgres).url,
      name,
      flag === '--applied' ? 'applied' : 'rolled-back',
    );
    console.log(`Recorded ${name} as ${flag.slice(2)}.`);
    return 0;
  } finally {
    await embedded?.close();
  }
}

main(process.argv.slice(2)).then(
  // Exit now rather than when the loop drains: migrating leaves a 10 s timer of the WASM schema engine behind.
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
