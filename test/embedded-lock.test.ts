import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirInUseError } from '../src/db/data-dir-lock.js';
import { startEmbeddedPostgres } from '../src/db/embedded.js';

// The embedded database (PGlite) lives in one process's memory and is written out on close: a second process on the
// same data directory would lose one of them's writes without a word. It is refused instead, with a clear message.

const dirs: string[] = [];
const children: ChildProcess[] = [];
const freshDir = async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'dm-lock-'));
  dirs.push(dir);
  return dir;
};
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('the embedded data directory', () => {
  it('refuses a second open while the first is running, in this process, and allows it once closed', async () => {
    const dir = await freshDir();
    const first = await startEmbeddedPostgres(dir);
    try {
      await expect(startEmbeddedPostgres(dir)).rejects.toBeInstanceOf(DataDirInUseError);
    } finally {
      await first.close();
    }
    const again = await startEmbeddedPostgres(dir);
    await again.close();
  });

  it('refuses another process, naming this one, and `npm run import` says so and changes nothing', async () => {
    const dir = await freshDir();
    const first = await startEmbeddedPostgres(dir);
    try {
      const readout = path.join(dir, 'readout.txt');
      await writeFile(readout, 'Foreign Minister Anna Berg met Finnish Foreign Minister Pekka Laine in Stockholm on 3 May 2024.');
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'import', readout, '--commit'], {
        env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      children.push(child);
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      expect(code).toBe(1);
      expect(stderr).toContain(`in use by process ${process.pid}`);
    } finally {
      await first.close();
    }
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const dir = await freshDir();
    await writeFile(path.join(dir, 'dm-api.lock'), '999999999\n');
    const database = await startEmbeddedPostgres(dir);
    expect((await readFile(path.join(dir, 'dm-api.lock'), 'utf8')).trim()).toBe(String(process.pid));
    await database.close();
  });
});
