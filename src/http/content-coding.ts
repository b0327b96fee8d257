import { isUtf8 } from 'node:buffer';
import { PassThrough, type Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate, type Gunzip } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { type AppError, beforeValidation, fieldsProblem, inHeader, partProblem, wholeBody } from './errors.js';
import { repeatedMembers, repeatedMemberMessage, whyNotJson } from './json-body.js';

// How a request body is encoded on the wire, read before any parser sees it (RFC 9110 §8.4, §12.5.3), and the
// character encoding a JSON body may declare (RFC 8259 §8.1: JSON between systems is UTF-8).

/** The content codings a request body may carry, decoded with Node's zlib, in the order `Accept-Encoding` lists them. */
export const requestContentCodings = ['gzip', 'deflate', 'br'] as const;

const decoders: Record<string, () => Gunzip | ReturnType<typeof createInflate> | ReturnType<typeof createBrotliDecompress>> = {
  gzip: createGunzip,
  'x-gzip': createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

/** Media types whose bodies are JSON text, which RFC 8259 §8.1 requires to be UTF-8. */
const jsonMediaTypes = new Set(['application/json', 'application/merge-patch+json', 'application/x-ndjson']);
const utf8Labels = new Set(['utf-8', 'utf8', 'us-ascii']);

/**
 * The `charset` parameter of a Content-Type ("text/plain; charset=\"ISO-8859-1\"" → ISO-8859-1), or undefined. Given
 * twice with different values ("charset=utf-8; charset=latin1"), both, comma-separated — a label no decoder knows, so
 * the body is refused (415) rather than read in one of them (new-user trial 116: the second was ignored).
 */
export function charsetOf(contentType: string | undefined): string | undefined {
  const values = [...(contentType ?? '').matchAll(/;\s*charset\s*=\s*"?([^";\s]+)"?/gi)].map((match) => match[1] as string);
  const distinct = [...new Set(values.map((value) => value.toLowerCase()))];
  return distinct.length > 1 ? values.join(', ') : values[0];
}

/** A stream of a decoded body that counts the bytes received on the wire, as Fastify's body reader asks. */
type DecodedBody = PassThrough & { receivedEncodedLength: number };

/**
 * Adds a preParsing hook that
 * - decodes a body sent with `Content-Encoding: gzip`, `deflate` or `br` (several, applied in the order listed, are
 *   decoded in reverse); `identity` is no coding. The size limit (`BODY_LIMIT_BYTES`) applies to the decoded body, so a
 *   small compressed body that inflates past it is a 413, and `Content-Length` is compared with the bytes received.
 *   A coding the server does not decode is a 415 with `Accept-Encoding: gzip, deflate, br` (RFC 9110 §12.5.3); a body
 *   that is not what its coding says (a corrupt gzip stream) is a 400.
 * - refuses a JSON body (application/json, JSON Merge Patch, NDJSON) that declares a charset other than UTF-8 (415):
 *   it would otherwise be read as UTF-8 regardless, and a UTF-16 body fail as "malformed JSON".
 * Errors: AppError `unsupported_media_type` (415) and `bad_request` (400), as problem+json.
 */
export function registerContentCodings(app: FastifyInstance): void {
  app.addHook('preParsing', (request, reply, payload, done) => {
    const contentType = request.headers['content-type'];
    if (contentType !== undefined) {
      const essence = (contentType.split(';')[0] ?? '').trim().toLowerCase();
      const charset = charsetOf(contentType);
      if (jsonMediaTypes.has(essence) && charset !== undefined && !utf8Labels.has(charset.toLowerCase()))
        return done(
          partProblem(
            'unsupported_media_type',
            inHeader('content-type'),
            `The body of ${essence} is UTF-8 (RFC 8259 §8.1); charset=${charset} is not taken.`,
          ),
        );
    }
    const header = request.headers['content-encoding'];
    if (header === undefined) return done(null, payload);
    // No content at all has no coding to undo (a client that sends Content-Encoding on every request): nothing to
    // decode — trial finding: an empty "gzip" body on a GET made the decoder fail on a stream no one read, which
    // stopped the process.
    if (request.headers['transfer-encoding'] === undefined && Number(request.headers['content-length'] ?? 0) === 0)
      return done(null, payload);
    const codings = header
      .split(',')
      .map((coding) => coding.trim().toLowerCase())
      .filter((coding) => coding !== '' && coding !== 'identity');
    if (codings.length === 0) return done(null, payload);
    const unknown = codings.find((coding) => decoders[coding] === undefined);
    if (unknown !== undefined) {
      reply.header('accept-encoding', requestContentCodings.join(', '));
      return done(
        partProblem(
          'unsupported_media_type',
          inHeader('content-encoding'),
          `A request body in the content coding "${unknown}" is not taken; send it as ${requestContentCodings.join(', ')} or uncompressed.`,
        ),
      );
    }
    done(null, decode(payload, codings));
  });
}

// The codings were applied in the order listed, so they are undone from the last.
function decode(wire: Readable, codings: readonly string[]): DecodedBody {
  const out = new PassThrough() as DecodedBody;
  out.receivedEncodedLength = 0;
  wire.on('data', (chunk: Buffer) => {
    out.receivedEncodedLength += chunk.length;
  });
  let stream: Readable = wire;
  for (const coding of [...codings].reverse()) {
    const decoder = (decoders[coding] as () => ReturnType<typeof createGunzip>)();
    decoder.once('error', () =>
      out.destroy(
        partProblem(
          'bad_request',
          inHeader('content-encoding'),
          `The request body is not valid ${coding} data, as its Content-Encoding says it is.`,
        ),
      ),
    );
    stream = stream.pipe(decoder);
  }
  wire.once('error', (error) => out.destroy(error));
  stream.pipe(out);
  // A route that reads no body (a GET sent a body, no Content-Type to parse it by) never consumes `out`: its error,
  // then, is no one's to answer, and must not be an unhandled 'error' event (which would stop the process). A parser
  // that reads it listens too and answers the 400.
  out.on('error', () => undefined);
  return out;
}

/**
 * The JSON body parsers (application/json and JSON Merge Patch): Fastify's own, given the body only once it is known to
 * be UTF-8 (RFC 8259 §8.1). A body with bytes that are not UTF-8 (a Latin-1 "Ministère" sent as JSON) is a 400
 * `invalid_json` rather than text stored with U+FFFD in place of its letters. A UTF-8 byte order mark is allowed. No
 * content at all is no body (null), whatever the header says: a route that needs one answers as it does without it.
 */
export function registerJsonParsers(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  for (const type of ['application/json', 'application/merge-patch+json'])
    app.addContentTypeParser(type, { parseAs: 'buffer' }, (request, body, done) => {
      const bytes = body as Buffer;
      // "Content-Type: application/json" on a request with no content at all (clients and SDKs that send the header on
      // every request, a DELETE among them) is a request with no body, as one without the header is.
      if (bytes.length === 0) return done(null, null);
      if (!isUtf8(bytes))
        return done(
          beforeValidation(
            partProblem('invalid_json', wholeBody, 'The body is not valid UTF-8 (RFC 8259 §8.1); send JSON text encoded as UTF-8.'),
            'body',
          ),
          undefined,
        );
      const text = bytes.toString('utf8');
      void parse(request, text, (error, value) => {
        if (error) return done(beforeValidation(refused(error, text), 'body'), undefined);
        const twice = repeatedMembers(text, value);
        if (twice.pointers.length > 0)
          return done(
            beforeValidation(
              fieldsProblem(
                'validation_failed',
                twice.pointers.map((pointer) => ({ in: 'body', pointer, message: repeatedMemberMessage })),
                twice.more,
              ),
              'body',
            ),
          );
        done(null, value);
      });
    });
}

/**
 * Why Fastify's JSON parser refused a body, at the place it is about: text that is no JSON is an `invalid_json` saying
 * the line and column where it stops being JSON (jsonSyntaxError); a `__proto__` member, or a `constructor` with a
 * `prototype` (prototype poisoning), which the parser refuses with the same error, is a validation error at that
 * member, as any member no body has.
 */
function refused(error: Error, text: string): AppError {
  try {
    JSON.parse(text);
  } catch (syntaxError) {
    const why = whyNotJson(text, (syntaxError as Error).message);
    return partProblem('invalid_json', wholeBody, `The body is not valid JSON: ${why}.`, why);
  }
  const member = text.includes('"__proto__"') ? '__proto__' : 'constructor';
  return fieldsProblem('validation_failed', [{ in: 'body', pointer: `/${member}`, message: `no body has a member named ${member}` }]);
}
