import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

// The servers under load run under plain node, as in production: the API from dist/ (built by scripts/build.js
// --if-stale, as npm start does), the baseline and the worker that hosts both transpiled from bench/ to
// node_modules/.cache/dm-bench/ — where `pg` and the rest resolve from the project's node_modules.

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'node_modules', '.cache', 'dm-bench');
/** The files the server processes run; they import each other, node's modules, packages and the API's dist/. */
const files = ['server.worker.ts', 'api-server.ts', 'baseline.ts', 'baseline-sql.ts', 'baseline-create.ts', 'baseline-search.ts'];

/** Builds dist/ if src/ changed since the last build; throws when the build fails. */
export function buildApi(): void {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.js'), '--if-stale'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`scripts/build.js --if-stale failed (${result.status ?? result.signal})`);
}

/** The commit the API is built from, and whether src/ or prisma/ have uncommitted changes; null outside a checkout. */
export function codeVersion(): string | null {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD');
  if (head.status !== 0) return null;
  const changed = git('status', '--porcelain', '--', 'src', 'prisma').stdout.trim() !== '';
  return `${head.stdout.trim()}${changed ? ' with uncommitted changes in src/ or prisma/' : ''}`;
}

/** Transpiles the server processes' files (types are checked by npm run typecheck); the worker's path. */
export async function compileServers(): Promise<string> {
  await mkdir(out, { recursive: true });
  for (const file of files) {
    const source = await readFile(path.join(root, 'bench', file), 'utf8');
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2023, verbatimModuleSyntax: false },
      fileName: file,
    });
    // The API's own code (`../src/…`: the baseline cuts search snippets as the API does) runs from dist/, as built.
    const text = outputText.replace(/((?:from |import\()\s*')\.\.\/src\/([^']*)'/g, (_, before: string, rest: string) => {
      return `${before}${pathToFileURL(path.join(root, 'dist', rest)).href}'`;
    });
    for (const [, specifier] of text.matchAll(/(?:from |import\()\s*'(\.[^']*)'/g)) {
      if (!files.includes(specifier!.replace(/^\.\//, '').replace(/\.js$/, '.ts'))) {
        throw new Error(`bench/${file} imports ${specifier}, which the server processes do not have`);
      }
    }
    await writeFile(path.join(out, file.replace(/\.ts$/, '.js')), text);
  }
  await writeFile(path.join(out, 'package.json'), '{ "type": "module" }\n');
  return path.join(out, 'server.worker.js');
}
