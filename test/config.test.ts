import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConfigError, configSchema, loadConfig, type Config } from '../src/config.js';

describe('loadConfig', () => {
  it('applies defaults to an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ HOST: '127.0.0.1', PORT: 3000, LOG_LEVEL: 'info', DATABASE_POOL_SIZE: 10, DATA_DIR: '.data' });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('coerces numbers and flags', () => {
    const config = loadConfig({ PORT: '8080', DATABASE_POOL_SIZE: '3', TRUST_PROXY: 'true', SEED_ON_START: '0' });
    expect(config).toMatchObject({ PORT: 8080, DATABASE_POOL_SIZE: 3, TRUST_PROXY: true, SEED_ON_START: false });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it.each([
    [{ PORT: 'abc' }, /^Invalid configuration: PORT: .*\(got "abc"\)$/],
    [{ PORT: '70000' }, /PORT: .*65535/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL: /],
    [{ DATABASE_URL: 'mysql://x/y' }, /DATABASE_URL: must be a postgresql:\/\/ connection URL$/],
    [{ DATABASE_POOL_SIZE: '0' }, /DATABASE_POOL_SIZE: /],
  ])('rejects %o with a line naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('reads DATABASE_REPLICA_URLS as a list, and the replica settings', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgresql://p@primary/db',
      DATABASE_REPLICA_URLS: 'postgresql://r@standby1/db, postgres://r@standby2/db',
      REPLICA_MAX_LAG_MS: '2000',
      REPLICA_CHECK_INTERVAL_MS: '500',
    });
    expect(config.DATABASE_REPLICA_URLS).toEqual(['postgresql://r@standby1/db', 'postgres://r@standby2/db']);
    expect(config).toMatchObject({ REPLICA_MAX_LAG_MS: 2000, REPLICA_CHECK_INTERVAL_MS: 500 });
    expect(loadConfig({}).DATABASE_REPLICA_URLS).toEqual([]);
  });

  it.each([
    [{ DATABASE_URL: 'postgresql://p@primary/db', DATABASE_REPLICA_URLS: 'postgresql://r:hunter2@standby/db,mysql://r:hunter2@x/y' }],
    [{ DATABASE_URL: 'postgresql://p@primary/db', DATABASE_REPLICA_URLS: 'not a url with hunter2' }],
    [{ DATABASE_REPLICA_URLS: 'postgresql://r:hunter2@standby/db' }],
  ])('refuses bad replica URLs (or replicas without DATABASE_URL) without echoing them: %#', (env) => {
    expect(() => loadConfig(env)).toThrow(/^Invalid configuration: DATABASE_REPLICA_URLS/);
    expect(() => loadConfig(env)).not.toThrow(/hunter2/);
  });

  it.each([[{ REPLICA_MAX_LAG_MS: '-1' }], [{ REPLICA_CHECK_INTERVAL_MS: '10' }]])('refuses %o', (env) => {
    expect(() => loadConfig(env)).toThrow(new RegExp(`^Invalid configuration: ${Object.keys(env)[0]}`));
  });

  // Every duration lands in a timer or a PostgreSQL setting, both capped at 2^31 - 1 ms (trial finding F4).
  const durations = Object.keys(configSchema.shape).filter((name) => name.endsWith('_MS'));
  it('lists the durations it bounds', () => {
    expect(durations.length).toBeGreaterThanOrEqual(13);
  });
  // Two have bounds of their own, lower (a standby check every minute at most, a heartbeat every five).
  const ownBound: Record<string, number> = { REPLICA_CHECK_INTERVAL_MS: 60_000, CHANGE_STREAM_HEARTBEAT_MS: 300_000 };
  it.each(durations)('refuses %s past 2^31 - 1 ms, naming it, and takes the largest', (name) => {
    const bound = ownBound[name] ?? 2_147_483_647;
    expect(() => loadConfig({ [name]: '3000000000' })).toThrow(new RegExp(`^Invalid configuration: ${name}: .*${bound}`));
    expect(loadConfig({ [name]: String(bound) })[name as keyof Config]).toBe(bound);
  });

  it('never echoes a database URL or API keys, which hold secrets', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://user:secret@host/db' })).not.toThrow(/secret/);
    expect(() => loadConfig({ API_KEYS: 'newsroom:short-secret' })).toThrow(/API_KEYS/);
    expect(() => loadConfig({ API_KEYS: 'newsroom:short-secret' })).not.toThrow(/short-secret/);
  });

  // Compiling the server with tsx takes seconds, and a minute and more on a loaded machine: the child gets two minutes
  // before it is killed (spawnSync's timeout), the test a little longer.
  it('makes the server exit 1 with one line and no stack trace', { timeout: 150_000 }, () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      env: { ...process.env, PORT: 'not-a-port' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Invalid configuration: PORT: /)]);
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});

describe('the README documents every setting', () => {
  it('each variable has a row in the configuration table, with its real default', async () => {
    const { readFile } = await import('node:fs/promises');
    const { configSchema } = await import('../src/config.js');
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    const table = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('## Endpoints'));
    const documented = new Map<string, string>();
    for (const row of table.split('\n').filter((line) => line.startsWith('| `'))) {
      const [names = '', defaults = ''] = row.split('|').slice(1, 3);
      const variables = [...names.matchAll(/`([A-Z_]+)`/g)].map((match) => match[1]!);
      const values = [...defaults.matchAll(/`([^`]*)`|—/g)].map((match) => match[1] ?? '—');
      variables.forEach((variable, index) => documented.set(variable, values[index] ?? values[0] ?? '—'));
    }
    const defaults = loadConfig({}) as Record<string, string | number | boolean | object | undefined>;
    for (const variable of Object.keys(configSchema.shape)) {
      expect({ variable, documented: documented.has(variable) }).toEqual({ variable, documented: true });
      const actual = defaults[variable];
      const empty = actual === undefined || (actual instanceof Map && actual.size === 0) || (Array.isArray(actual) && !actual.length);
      const shown = empty ? '—' : typeof actual === 'object' ? JSON.stringify(actual) : String(actual);
      expect({ variable, default: documented.get(variable) }).toEqual({ variable, default: shown });
    }
  });
});
