import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyPluginAsync } from 'fastify';

// The editors' review page at /review: plain HTML, a stylesheet and a few ES modules, beside this file in src/review/
// and, once built, in dist/review/ (scripts/build.js copies them). They are read once at startup and served from
// memory with a strong ETag and `no-cache`: a browser revalidates them (a 304) at every load, so a deploy is never half
// seen. The policy allows scripts and styles from this origin only and no inline script.

const reviewAssetsDir = path.dirname(fileURLToPath(import.meta.url));

/** The page's files, by name, with their media types. */
export const reviewAssets: Readonly<Record<string, string>> = {
  'index.html': 'text/html; charset=utf-8',
  'review.css': 'text/css; charset=utf-8',
  'review.js': 'text/javascript; charset=utf-8',
  'api.js': 'text/javascript; charset=utf-8',
  'controls.js': 'text/javascript; charset=utf-8',
  'dom.js': 'text/javascript; charset=utf-8',
  'draft-form.js': 'text/javascript; charset=utf-8',
  'highlight.js': 'text/javascript; charset=utf-8',
  'messages.js': 'text/javascript; charset=utf-8',
  'person-lookup.js': 'text/javascript; charset=utf-8',
  'readback.js': 'text/javascript; charset=utf-8',
  // The page's icon, so that a browser does not ask for /favicon.ico (a 404 in the console).
  'favicon.svg': 'image/svg+xml',
};

const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const reviewRoutes: FastifyPluginAsync = async (app) => {
  for (const [name, type] of Object.entries(reviewAssets)) {
    const body = await readFile(path.join(reviewAssetsDir, name));
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
    const url = name === 'index.html' ? '/review' : `/review/${name}`;
    app.get(url, { config: { readRouting: false }, schema: { hide: true } }, async (request, reply) => {
      void reply
        .header('content-security-policy', contentSecurityPolicy)
        .header('x-content-type-options', 'nosniff')
        .header('referrer-policy', 'no-referrer')
        .header('cache-control', 'no-cache')
        .header('etag', etag);
      const match = request.headers['if-none-match'];
      if (match?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) return reply.status(304).send();
      return reply.type(type).send(body);
    });
  }
};
