import type { FastifyInstance } from 'fastify';
import { type FieldError, fieldsProblem } from './errors.js';

// Values PostgreSQL cannot take, refused up front with a pointer instead of failing in the database: NUL characters
// (text cannot hold them), unpaired UTF-16 surrogates (not valid Unicode, so not valid JSON for jsonb), and JSON nested
// deeper than any record of this API (walked without recursion, so no depth can exhaust the stack).

const maxDepth = 32;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const escapeKey = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** The first value PostgreSQL cannot take in `root`, with its JSON Pointer. */
export function findTextProblem(root: unknown): { pointer: string; message: string } | undefined {
  const stack: Array<[value: unknown, pointer: string, depth: number]> = [[root, '', 0]];
  while (stack.length) {
    const [value, pointer, depth] = stack.pop()!;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return { pointer, message: 'must not contain NUL characters' };
      if (loneSurrogate.test(value)) return { pointer, message: 'must not contain unpaired surrogates (invalid Unicode)' };
    } else if (value && typeof value === 'object') {
      if (depth >= maxDepth) return { pointer, message: `is nested more than ${maxDepth} levels deep` };
      for (const [key, item] of Object.entries(value)) stack.push([item, `${pointer}/${escapeKey(key)}`, depth + 1]);
    }
  }
  return undefined;
}

/**
 * The first query parameter, or the path, whose percent-encoding is not UTF-8 ("q=Z%FCrich", Latin-1's ü): the query
 * parser leaves such a value undecoded, and a filter on it would silently match nothing (RFC 3986 §2.5: characters
 * outside ASCII are percent-encoded UTF-8). Read from the request line as sent.
 */
function findUndecodable(url: string): { where: FieldError['in']; pointer: string; message: string } | undefined {
  if (!url.includes('%')) return undefined;
  const message = undecodableMessage;
  const at = url.indexOf('?');
  const path = at < 0 ? url : url.slice(0, at);
  if (!decodesAsUtf8(path)) return { where: 'path', pointer: '', message };
  if (at < 0) return undefined;
  for (const pair of url.slice(at + 1).split('&')) {
    const [name = '', value = ''] = pair.split('=', 2);
    if (!decodesAsUtf8(value) || !decodesAsUtf8(name))
      return { where: 'query', pointer: `/${escapeKey(decodesAsUtf8(name) ? decodeURIComponent(name) : name)}`, message };
  }
  return undefined;
}

/** What a value whose percent-encoding is not UTF-8 is told (in the query, by this guard; in the path, by the router). */
export const undecodableMessage =
  'is not percent-encoded UTF-8: each "%" starts an escape of two hex digits ("%25" for "%" itself), and characters outside ASCII are escaped as UTF-8 (%C3%BC for ü)';

/** Whether a URL component's percent-escapes decode as UTF-8 ("+" read as a space, as in a query). */
export function decodesAsUtf8(component: string): boolean {
  try {
    decodeURIComponent(component.replace(/\+/g, ' '));
    return true;
  } catch {
    return false;
  }
}

// Canonically equivalent strings are one string: everything that comes in is stored and compared in NFC.
export function toNfc(root: unknown): unknown {
  if (typeof root === 'string') return root.normalize('NFC');
  const stack: unknown[] = [root];
  while (stack.length) {
    const value = stack.pop();
    if (!value || typeof value !== 'object') continue;
    const record = value as Record<string, unknown>;
    for (const [key, item] of Object.entries(record)) {
      if (typeof item === 'string') record[key] = item.normalize('NFC');
      else if (item && typeof item === 'object') stack.push(item);
    }
  }
  return root;
}

export function registerTextGuard(app: FastifyInstance): void {
  // Callback-style: it has nothing to wait for (see app.ts).
  app.addHook('preValidation', (request, _reply, done) => {
    const places: Array<[FieldError['in'], unknown]> = [
      ['query', request.query],
      ['path', request.params],
      ['body', request.body],
    ];
    const undecodable = findUndecodable(request.raw.url ?? '');
    if (undecodable) {
      const { where, ...problem } = undecodable;
      return done(fieldsProblem('validation_failed', [{ in: where, ...problem }]));
    }
    for (const [where, value] of places) {
      const problem = findTextProblem(value);
      if (problem) {
        const error: FieldError = { in: where, ...problem };
        return done(fieldsProblem('validation_failed', [error]));
      }
    }
    request.query = toNfc(request.query);
    request.params = toNfc(request.params);
    request.body = toNfc(request.body);
    done();
  });
}
