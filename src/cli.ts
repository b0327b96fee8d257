import { loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { seed } from './db/seed.js';
import { runImport } from './ingest-cli/run-import.js';
import { runKeys } from './keys-cli/run-keys.js';

// The commands of the built API, for places without the dev tools (the Docker image):
//   node dist/cli.js migrate                       apply pending migrations (DATABASE_URL, or the embedded database)
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

main(process.argv.slice(2)).then(
  // Exit now rather than when the loop drains: migrating leaves a 10 s timer of the WASM schema engine behind.
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
