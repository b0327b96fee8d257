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
    hookTimeout: 60_000,
  },
});
