import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { createChangeNotifier, type ChangeSignal } from '../src/modules/changes/change-notifier.js';
import { databaseUrl } from './helpers/db.js';
import { startTcpProxy, type TcpProxy } from './support/tcp-proxy.js';

// The change stream's LISTEN connection through a proxy this test cuts: an outage is logged once when it starts and
// once when it ends, not once per reconnect attempt; streams are woken when it is back.

let proxy: TcpProxy | null = null;
let notifier: ChangeSignal | null = null;
afterEach(async () => {
  await notifier?.close();
  await proxy?.close();
});

describe('the LISTEN connection lost and restored', () => {
  it('logs the outage once, and its end once; subscribers are woken on reconnecting', async () => {
    const target = new URL(databaseUrl(inject('templateDatabase')));
    proxy = await startTcpProxy(Number(target.port || 5432), target.hostname);
    target.hostname = '127.0.0.1';
    target.port = String(proxy.port);
    const lines: Array<{ level: number; msg: string }> = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as { level: number; msg: string });
        done();
      },
    });
    notifier = createChangeNotifier({
      url: target.toString(),
      log: pino({ level: 'info' }, stream),
      connectTimeoutMs: 500,
      reconnectMs: 50,
    });
    let wakes = 0;
    notifier.subscribe(() => (wakes += 1));
    await vi.waitFor(() => expect(wakes).toBe(1), { timeout: 10_000, interval: 20 });
    proxy.cut();
    // Many reconnect attempts fail while it is cut.
    await vi.waitFor(() => expect(lines.filter((l) => /LISTEN connection lost/.test(l.msg))).toHaveLength(1), {
      timeout: 10_000,
      interval: 20,
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    proxy.restore();
    await vi.waitFor(() => expect(lines.some((l) => /LISTEN connection restored/.test(l.msg))).toBe(true), {
      timeout: 10_000,
      interval: 20,
    });
    expect(lines.filter((l) => /LISTEN connection lost/.test(l.msg))).toHaveLength(1);
    expect(wakes).toBeGreaterThanOrEqual(2);
  });
});
