import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import type { FastifyBaseLogger, FastifyReply } from 'fastify';
import type { ChangeSignal } from './change-notifier.js';
import type { ChangesService } from './changes.service.js';

// One Server-Sent Events stream of the change feed (WHATWG HTML §9.2, "Server-sent events"): each change an event
// `id: <seq>`, `event: change`, `data: <the change as JSON>`, so a client that reconnects sends Last-Event-ID and
// resumes after the last change it received. The stream reads the feed itself after its position whenever it is woken
// — by a NOTIFY (change-notifier.ts) or at each heartbeat — so it sends every change once, in feed order, whatever
// notifications were lost. Heartbeats are comment lines, which keep proxies from closing an idle connection.

const pageSize = 100;

interface StreamOptions {
  changes: ChangesService;
  signal: ChangeSignal;
  /** The position to start after (a seq). */
  after: string;
  heartbeatMs: number;
  log: FastifyBaseLogger;
}

/** The event stream's body; ends its timer and subscription when it closes (client gone, or server shutting down). */
export function openChangeStream({ changes, signal, after, heartbeatMs, log }: StreamOptions): PassThrough {
  const stream = new PassThrough();
  let cursor = after;
  let running = false;
  let again = false;
  let closed = false;

  const send = async (text: string) => {
    if (!stream.write(text)) await Promise.race([once(stream, 'drain'), once(stream, 'close')]);
  };

  const pump = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        for (let more = true; more && !closed;) {
          const page = await changes.after(cursor, pageSize);
          for (const change of page.data) await send(`id: ${change.seq}\nevent: change\ndata: ${JSON.stringify(change)}\n\n`);
          cursor = page.nextCursor;
          more = page.hasMore;
        }
      } while (again && !closed);
    } catch (error) {
      // The database is away: the next wake-up or heartbeat tries again from the same position.
      log.warn({ err: error }, 'change stream: reading the feed failed; retrying at the next heartbeat');
    } finally {
      running = false;
    }
  };

  const heartbeat = setInterval(() => {
    if (closed) return;
    stream.write(': heartbeat\n\n');
    void pump();
  }, heartbeatMs);
  const unsubscribe = signal.subscribe(() => void pump());
  stream.once('close', () => {
    closed = true;
    clearInterval(heartbeat);
    unsubscribe();
  });
  // The retry delay browsers wait before reconnecting, and a first line, so that the headers go out at once.
  stream.write(`retry: 2000\n: after ${after}\n\n`);
  void pump();
  return stream;
}

/** Sends an event stream (none: the headers alone, for HEAD): `text/event-stream`, never cached, never buffered by a proxy. */
export function sendEventStream(reply: FastifyReply, stream: PassThrough | null): FastifyReply {
  reply.type('text/event-stream; charset=utf-8').header('cache-control', 'no-store').header('x-accel-buffering', 'no');
  // HEAD: an empty stream, so that no Content-Length (which must be the GET body's length, RFC 9110 §8.6) is sent.
  return reply.send(stream ?? Readable.from([]));
}
