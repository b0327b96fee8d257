import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { AppError } from '../src/http/errors.js';
import { ndjsonLines, type NdjsonItem, type NdjsonLimits } from '../src/http/ndjson-lines.js';

// The reader of NDJSON bodies on its own: lines across chunks, line ends, blank lines, and each limit.

const limits: NdjsonLimits = { maxLines: 100, maxLineBytes: 64, waitBudgetMs: 5_000 };

async function read(chunks: Array<string | Buffer>, overrides: Partial<NdjsonLimits> = {}): Promise<NdjsonItem[]> {
  const items: NdjsonItem[] = [];
  const body = Readable.from(chunks.map((chunk) => (typeof chunk === 'string' ? Buffer.from(chunk) : chunk)));
  for await (const item of ndjsonLines(body, { ...limits, ...overrides })) items.push(item);
  return items;
}

const summary = (items: NdjsonItem[]) =>
  items.map((item) => (item.kind === 'line' ? [item.line, item.text] : [item.line, item.kind, item.problem.code]));

describe('ndjsonLines', () => {
  it('splits lines across chunks, numbers them from 1 with blank lines counted, and reads a last line without LF', async () => {
    const items = await read(['{"a"', ':1}\n\n  \t\n{"b":2}\r', '\n{"c":', '3}']);
    expect(summary(items)).toEqual([
      [1, '{"a":1}'],
      [4, '{"b":2}'],
      [5, '{"c":3}'],
    ]);
  });

  it('decodes a character whose UTF-8 bytes are split between chunks', async () => {
    const bytes = Buffer.from('{"t":"Тілеуберді 王毅"}\n');
    const items = await read([bytes.subarray(0, 9), bytes.subarray(9, 10), bytes.subarray(10)]);
    expect(summary(items)).toEqual([[1, '{"t":"Тілеуберді 王毅"}']]);
  });

  it('a body that ends with LF has no extra line; one that ends with a blank line has it, and it gives nothing', async () => {
    expect(summary(await read(['1\n2\n']))).toEqual([
      [1, '1'],
      [2, '2'],
    ]);
    expect(summary(await read(['1\n2\n\n']))).toEqual([
      [1, '1'],
      [2, '2'],
    ]);
  });

  it('a line longer than the limit is its own 413 and the next line is read; the line end does not count', async () => {
    const exact = `"${'x'.repeat(62)}"`;
    const items = await read([`${'y'.repeat(40)}`, `${'y'.repeat(40)}\n`, `${exact}\r\n`, `${exact}x\n`, 'ok']);
    expect(summary(items)).toEqual([
      [1, 'bad-line', 'payload_too_large'],
      [2, exact],
      [3, 'bad-line', 'payload_too_large'],
      [4, 'ok'],
    ]);
  });

  it('skips a line of many megabytes as it streams by, and reads the next', async () => {
    const body = Readable.from(
      (function* () {
        for (let i = 0; i < 16; i += 1) yield Buffer.alloc(1024 * 1024, 0x78);
        yield Buffer.from('\n"after"');
      })(),
    );
    const items: NdjsonItem[] = [];
    for await (const item of ndjsonLines(body, limits)) items.push(item);
    expect(summary(items)).toEqual([
      [1, 'bad-line', 'payload_too_large'],
      [2, '"after"'],
    ]);
  });

  it('a line that is not UTF-8 is its own 400', async () => {
    const items = await read([Buffer.from([0x7b, 0xff, 0x7d, 0x0a]), '{}']);
    expect(summary(items)).toEqual([
      [1, 'bad-line', 'invalid_json'],
      [2, '{}'],
    ]);
  });

  it('keeps a byte-order mark in the text: the JSON parser decides about it, as for a JSON body', async () => {
    const items = await read(['\uFEFF{}']);
    expect(items[0]).toMatchObject({ kind: 'line', text: '\uFEFF{}' });
  });

  it('stops at the first line past maxLines, blank lines counted, and reads nothing after it', async () => {
    const body = new PassThrough();
    body.write('1\n\n3\n4\n5\n');
    const items: NdjsonItem[] = [];
    for await (const item of ndjsonLines(body, { ...limits, maxLines: 3 })) items.push(item);
    expect(summary(items)).toEqual([
      [1, '1'],
      [3, '3'],
      [4, 'stop', 'payload_too_large'],
    ]);
    expect(await read(['1\n2\n3\n'], { maxLines: 3 })).toHaveLength(3);
  });

  it('stops with 408 when the client has kept the reader waiting for longer than the budget in all', async () => {
    const body = new PassThrough();
    const items: NdjsonItem[] = [];
    const started = Date.now();
    body.write('1\n');
    setTimeout(() => body.write('2\n'), 150);
    // Time between lines that the consumer spends does not count: 300 ms here, against a budget of 250 ms.
    for await (const item of ndjsonLines(body, { ...limits, waitBudgetMs: 250 })) {
      items.push(item);
      if (item.kind === 'line') await new Promise((resolve) => setTimeout(resolve, 150));
    }
    expect(summary(items)).toEqual([
      [1, '1'],
      [2, '2'],
      [3, 'stop', 'request_timeout'],
    ]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250 + 300 - 20);
    body.destroy();
  });

  it('stops when its signal aborts, with the reason as the problem', async () => {
    const body = new PassThrough();
    const controller = new AbortController();
    body.write('1\n');
    setTimeout(() => controller.abort(new AppError('service_unavailable', 'shutting down')), 50);
    const items: NdjsonItem[] = [];
    for await (const item of ndjsonLines(body, { ...limits, signal: controller.signal })) items.push(item);
    expect(summary(items)).toEqual([
      [1, '1'],
      [2, 'stop', 'service_unavailable'],
    ]);
    body.destroy();
  });

  it('rejects when the body fails (the client went away)', async () => {
    const body = new PassThrough();
    body.write('1\n');
    setTimeout(() => body.destroy(new Error('aborted')), 20);
    const items: NdjsonItem[] = [];
    await expect(
      (async () => {
        for await (const item of ndjsonLines(body, limits)) items.push(item);
      })(),
    ).rejects.toThrow('aborted');
    expect(summary(items)).toEqual([[1, '1']]);
  });
});
