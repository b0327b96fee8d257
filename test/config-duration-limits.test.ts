import { afterEach, describe, expect, it } from 'vitest';
import { configSchema, loadConfig, maxTimerMs } from '../src/config.js';
import { limitsOf } from '../src/db/database.js';
import { createPrisma, type Db } from '../src/db/prisma.js';
import { useTestContext } from './helpers/app.js';

// Every duration setting takes any value up to 2^31 - 1 ms, as the README says; what the server derives from one (a
// margin over it) must stay a value a timer and PostgreSQL accept. Trial 100: DB_STATEMENT_TIMEOUT_MS=2147483647 made
// our query deadline overflow (Node fires such a timer at once: every query failed, "Query read timeout"), and
// DB_TRANSACTION_TIMEOUT_MS near it set an idle_in_transaction_session_timeout PostgreSQL refuses.

const ctx = useTestContext();
const clients: Db[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.$disconnect()));
});

// The settings of milliseconds whose largest value is the timer's.
const durations = Object.entries(configSchema.shape)
  .filter(([name]) => name.endsWith('_MS'))
  .filter(([name]) => configSchema.safeParse({ [name]: String(maxTimerMs) }).success)
  .map(([name]) => name);

it('covers the database limits among the settings at their largest value', () => {
  expect(durations).toEqual(
    expect.arrayContaining(['DB_CONNECT_TIMEOUT_MS', 'DB_STATEMENT_TIMEOUT_MS', 'DB_LOCK_TIMEOUT_MS', 'DB_TRANSACTION_TIMEOUT_MS']),
  );
});

describe.each(durations)('%s at 2147483647', (name) => {
  it('loads, and every limit derived from it is at most 2^31 - 1 ms', () => {
    const limits = limitsOf(loadConfig({ [name]: String(maxTimerMs) }));
    for (const [limit, value] of Object.entries(limits))
      if (typeof value === 'number') expect({ limit, value: value <= maxTimerMs }).toEqual({ limit, value: true });
  });
});

describe.each(['DB_STATEMENT_TIMEOUT_MS', 'DB_TRANSACTION_TIMEOUT_MS', 'DB_LOCK_TIMEOUT_MS'])(
  'a database client with %s at 2147483647',
  (name) => {
    it('reads and writes in a transaction on the real server', async () => {
      const limits = limitsOf(loadConfig({ [name]: String(maxTimerMs) }));
      const client = createPrisma(ctx.url, 1, limits);
      clients.push(client);
      const [row] = await client.$queryRaw<{ one: number }[]>`SELECT 1 AS one`;
      expect(row?.one).toBe(1);
      const count = await client.$transaction(async (tx) => tx.meeting.count());
      expect(count).toBeGreaterThanOrEqual(0);
    });
  },
);
