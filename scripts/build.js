// npm run build: generate the Prisma client and compile src/ to dist/.
// npm start runs it with --if-stale first: it builds only what its inputs changed since the last build — the client
// when prisma/schema.prisma or package-lock.json is newer than it, dist/ when anything under src/, a tsconfig or
// package-lock.json is newer than the last successful build — so a warm start costs a few file stats, not 15 s of
// CPU. Plain JavaScript, so that deciding needs no compiler.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';

const root = path.resolve(import.meta.dirname, '..');
const at = (...parts) => path.join(root, ...parts);
const generated = at('src', 'generated');
const client = at('src', 'generated', 'prisma', 'client.ts');
const stamp = at('dist', '.build-stamp');

/** The latest modification time (ms) of a file, or of a directory and everything under it except `skip`; 0 if absent. */
function newest(target, skip) {
  if (target === skip || !existsSync(target)) return 0;
  const stats = statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(target).reduce((latest, name) => Math.max(latest, newest(path.join(target, name), skip)), stats.mtimeMs);
}

const builtAt = (file) => (existsSync(file) ? statSync(file).mtimeMs : -Infinity);

/** Runs a project binary (node_modules/.bin) with the terminal attached; exits with its status when it fails. */
function run(binary, args) {
  const result = spawnSync(at('node_modules', '.bin', binary), args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const onlyIfStale = process.argv.includes('--if-stale');
const lockfile = newest(at('package-lock.json'));
const clientStale = !onlyIfStale || Math.max(newest(at('prisma', 'schema.prisma')), lockfile) > builtAt(client);
if (clientStale) run('prisma', ['generate']);

const sources = Math.max(
  newest(at('src'), generated),
  newest(generated),
  newest(at('tsconfig.json')),
  newest(at('tsconfig.build.json')),
  lockfile,
);
if (clientStale || !existsSync(at('dist', 'server.js')) || sources > builtAt(stamp)) {
  const started = Date.now();
  run('tsc', ['-p', 'tsconfig.build.json']);
  // The review page's HTML, CSS and browser modules are served as they are, from beside the compiled routes.
  for (const name of readdirSync(at('src', 'review')).filter((name) => !name.endsWith('.ts')))
    copyFileSync(at('src', 'review', name), at('dist', 'review', name));
  // Stamped with the time the compiler started: a file saved while it ran is newer, and the next start builds again.
  writeFileSync(stamp, '');
  utimesSync(stamp, started / 1000, started / 1000);
}
