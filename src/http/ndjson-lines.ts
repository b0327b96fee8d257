import type { Readable } from 'node:stream';
import { AppError, partProblem, wholeBody } from './errors.js';

// The lines of an application/x-ndjson body, read as they arrive: never more than one line is held, and a line longer
// than the limit is skipped byte by byte rather than buffered. Lines end with LF (a CR before it is part of the line
// end); the last line needs none. Blank lines (spaces, tabs) carry nothing but count, as every line does, both for
// the numbers (so a result names the line of the client's file) and for the limit on lines.

export type NdjsonItem =
  /** A line with something on it, decoded from UTF-8, without its line end. */
  | { kind: 'line'; line: number; text: string }
  /** A line that cannot be read (too long, not UTF-8): its own problem; reading goes on. */
  | { kind: 'bad-line'; line: number; problem: AppError }
  /** Reading stopped before the end of the body, at `line` (not read), for `problem`. The last item. */
  | { kind: 'stop'; line: number; problem: AppError };

export interface NdjsonLimits {
  /** Most lines a body may have; reading stops at the first line past them. */
  maxLines: number;
  /** Most bytes of a line, its line end aside. */
  maxLineBytes: number;
  /**
   * Most time, summed over the body, spent waiting for the client to send more (time the reader's consumer spends
   * between lines does not count): a client that stalls is stopped with 408 however slowly the lines are processed.
   */
  waitBudgetMs: number;
  /** Stops reading when aborted; its reason (an AppError) is the stop's problem. */
  signal?: AbortSignal | undefined;
}

const LF = 0x0a;
const CR = 0x0d;
const blank = /^[ \t\r]*$/;

type Waited<T> = IteratorResult<T> | 'timeout' | 'aborted';

/** The iterator's next chunk, or 'timeout' after `ms`, or 'aborted' when `signal` is. A chunk that comes later is dropped. */
async function nextWithin<T>(iterator: AsyncIterator<T>, ms: number, signal: AbortSignal | undefined): Promise<Waited<T>> {
  let timer: NodeJS.Timeout | undefined;
  let onAbort = (): void => undefined;
  const next = iterator.next();
  next.catch(() => undefined);
  const deadline = new Promise<'timeout' | 'aborted'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), Math.max(0, ms));
    onAbort = () => resolve('aborted');
    if (signal?.aborted) resolve('aborted');
    else signal?.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([next, deadline]);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * The items of `body`, one per line (blank lines give none), ending early with a `stop` item when the body has more
 * than `maxLines` lines, the client waits past `waitBudgetMs`, or `signal` aborts. Rejects when the body fails (the
 * client went away). Leaves what it did not read in the stream: the caller decides what becomes of the connection.
 */
export async function* ndjsonLines(body: Readable, limits: NdjsonLimits): AsyncGenerator<NdjsonItem, void, undefined> {
  const chunks = body.iterator({ destroyOnReturn: false }) as AsyncIterator<Buffer>;
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let line = 1;
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let waitLeft = limits.waitBudgetMs;
  let pending = false;

  const tooLarge = () =>
    partProblem(
      'payload_too_large',
      wholeBody,
      `The line is longer than ${limits.maxLineBytes} bytes (the limit of a JSON body); it was skipped.`,
    );
  const finish = (): NdjsonItem | null => {
    const number = line;
    line += 1;
    const bytes = tooLong ? null : Buffer.concat(parts, size);
    parts = [];
    size = 0;
    const skipped = tooLong;
    tooLong = false;
    if (skipped || !bytes) return { kind: 'bad-line', line: number, problem: tooLarge() };
    const ending = bytes.length > 0 && bytes[bytes.length - 1] === CR ? 1 : 0;
    if (bytes.length - ending > limits.maxLineBytes) return { kind: 'bad-line', line: number, problem: tooLarge() };
    let text: string;
    try {
      text = decoder.decode(bytes.subarray(0, bytes.length - ending));
    } catch {
      return { kind: 'bad-line', line: number, problem: partProblem('invalid_json', wholeBody, 'The line is not valid UTF-8.') };
    }
    return blank.test(text) ? null : { kind: 'line', line: number, text };
  };
  const append = (segment: Buffer) => {
    if (tooLong || !segment.length) return;
    size += segment.length;
    // One byte over the limit may be the CR of a CRLF; more cannot be.
    if (size > limits.maxLineBytes + 1) {
      tooLong = true;
      parts = [];
      size = 0;
    } else parts.push(segment);
  };

  try {
    for (;;) {
      const started = performance.now();
      pending = true;
      const next = await nextWithin(chunks, waitLeft, limits.signal);
      if (next === 'timeout' || next === 'aborted') {
        const problem =
          next === 'aborted'
            ? (limits.signal?.reason as AppError)
            : new AppError('request_timeout', 'The client sent the body too slowly: the time the server waits for it is used up.');
        yield { kind: 'stop', line, problem };
        return;
      }
      pending = false;
      waitLeft -= performance.now() - started;
      if (next.done) break;
      const chunk = next.value;
      let start = 0;
      while (start < chunk.length) {
        if (line > limits.maxLines) {
          yield {
            kind: 'stop',
            line,
            problem: partProblem(
              'payload_too_large',
              wholeBody,
              `The body has more than ${limits.maxLines} lines, the most one request may have.`,
            ),
          };
          return;
        }
        const end = chunk.indexOf(LF, start);
        append(chunk.subarray(start, end === -1 ? chunk.length : end));
        if (end === -1) break;
        const item = finish();
        if (item) yield item;
        start = end + 1;
      }
    }
    if (size > 0 || tooLong) {
      const item = finish();
      if (item) yield item;
    }
  } finally {
    // A read still waiting (a stalled client) settles when the connection closes; return() runs after it.
    const closing = chunks.return?.();
    if (pending) closing?.catch(() => undefined);
    else await closing;
  }
}
