import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    pool: 'forks',
    // The files mostly wait on PostgreSQL and child processes, so more workers than cores finish sooner
    // (measured on 2 cores: 2 workers 130 s, 4 workers 80 s). Each file has a database of its own.
    maxWorkers: 4,
    testTimeout: 60_000,
    // Neither the process's time zone nor the database's default is UTC (see test/helpers/db.ts): nothing may depend
    // on them.
    env: { TZ: 'America/Los_Angeles' },
    hookTimeout: 60_000,
  },
});
