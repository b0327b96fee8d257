import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// What the server loads at start: the modules src/app.ts imports statically, transitively. The readout extractor
// (src/ingest/extract.ts: lexicons, a gazetteer of cities, a language model — ~40 MB of RSS) is imported only by the
// first document, with import(), so a process that never ingests one never holds it.

const root = path.resolve(import.meta.dirname, '..', 'src');
// `import … from './x.js'` and `export … from './x.js'`, not `import type`, not `import()`.
const staticImport = /^\s*(import|export)(\s+type)?\s[^;]*?\sfrom\s+'(\.{1,2}\/[^']+)'/gm;

function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, , typeOnly, specifier] of readFileSync(file, 'utf8').matchAll(staticImport)) {
      if (!typeOnly) visit(path.resolve(path.dirname(file), specifier!.replace(/\.js$/, '.ts')));
    }
  };
  visit(entry);
  return seen;
}

describe('the modules loaded at start', () => {
  it('include the documents module but not the readout extractor', () => {
    const graph = [...staticGraph(path.join(root, 'app.ts'))].map((file) => path.relative(root, file));
    expect(graph).toContain('modules/documents/documents.service.ts');
    expect(graph).not.toContain('ingest/extract.ts');
  });
});
