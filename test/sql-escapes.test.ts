import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// "regexp_replace(name, '\s+', ' ', 'g')" written in a JavaScript template reaches PostgreSQL as '+s' — JavaScript
// reads "\s" as "s" — and every lower-case "s" of a name was compared as white space (new-user trial 142 F1). A
// backslash before a letter in the text of an SQL template is such an escape: SQL that means a backslash writes "\\".

/** Every `.ts` file under `dir`, but generated code. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === 'generated' ? [] : sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** `file:line: text` of each part of a template tagged `sql` (`Prisma.sql`, `sql`) with a backslash before a letter. */
function escapedLettersInSql(path: string, text = readFileSync(path, 'utf8')): string[] {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isTaggedTemplateExpression(node) && /(?:^|\.)sql$/i.test(node.tag.getText(file))) {
      const template = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      for (const part of parts) {
        const raw = part.rawText ?? '';
        for (const match of raw.matchAll(/(?<!\\)(?:\\\\)*\\[A-Za-z]/g)) {
          const line = file.getLineAndCharacterOfPosition(part.getStart(file)).line + 1;
          found.push(`${path}:${line}: ${raw.slice(Math.max(0, (match.index ?? 0) - 20), (match.index ?? 0) + 10)}`);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('SQL written in JavaScript templates', () => {
  it('has no backslash escape that JavaScript would eat', () => {
    expect(sources('src').flatMap((path) => escapedLettersInSql(path))).toEqual([]);
  });

  it.each([
    ["Prisma.sql`SELECT regexp_replace(name, '\\s+', ' ')`", 1],
    ["sql`SELECT x ~ '\\d'`", 1],
    ["Prisma.sql`SELECT regexp_replace(name, '\\\\s+', ' ')`", 0],
    ["Prisma.sql`SELECT replace(x, '\\\\', '\\\\\\\\')`", 0],
    ["Prisma.sql`SELECT ${'\\s'} WHERE a ~ '\\w'`", 1],
    ["const other = `regexp '\\s'`", 0],
  ])('finds the escapes of %s: %i', (code, count) => {
    expect(escapedLettersInSql('example.ts', code)).toHaveLength(count);
  });
});
