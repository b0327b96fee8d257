import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

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

  it('never echoes a database URL or API keys, which hold secrets', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://user:secret@host/db' })).not.toThrow(/secret/);
    expect(() => loadConfig({ API_KEYS: 'newsroom:short-secret' })).toThrow(/API_KEYS/);
    expect(() => loadConfig({ API_KEYS: 'newsroom:short-secret' })).not.toThrow(/short-secret/);
  });

  it('makes the server exit 1 with one line and no stack trace', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      env: { ...process.env, PORT: 'not-a-port' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Invalid configuration: PORT: /)]);
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
