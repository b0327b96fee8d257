import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { seed } from '../src/db/seed.js';

// npm run db:seed: migrates, then seeds (idempotent: running it again adds nothing).
const database = await openDatabase({ ...loadConfig(), SEED_ON_START: false });
try {
  console.log(await seed(database.prisma));
} finally {
  await database.close();
}
