import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReadoutFile } from '../src/ingest-cli/readout-file.js';
import { decodeReadout } from '../src/modules/documents/readout-encoding.js';
import { createTestContext, type TestContext } from './helpers/app.js';

// A readout's bytes are UTF-8 read strictly on both ways in — POST /v1/documents as text/plain and `npm run import` —
// so that a file in another encoding sent without its charset is refused, never read with U+FFFD in place of its
// letters (new-user trial 101: "Jos\xe9 Manuel Albares" became a participant "Jos" and, committed, a person).

const lead = 'Spanish Foreign Minister José Manuel Albares met with Norwegian Foreign Minister Lars Fjeldstad in Madrid on 4 June 2024.';
const utf8 = (text: string) => Buffer.from(text, 'utf8');
const latin1 = (text: string) => Buffer.from(text, 'latin1');

// [label, bytes, the offset named (refused) or null (read)]
const cases: [string, Buffer, number | null][] = [
  ['one Windows-1252 letter', latin1(lead), lead.indexOf('é')],
  ['a Latin-1 text with several', latin1(`${lead} Señor Albares añadió que …`), lead.indexOf('é')],
  [
    'a stray byte after valid UTF-8 accents',
    Buffer.concat([utf8('Ministra Ana Peña met Minister Ole Berg. '), Buffer.from([0xe9]), utf8(' Oslo.')]),
    Buffer.byteLength('Ministra Ana Peña met Minister Ole Berg. ', 'utf8'),
  ],
  [
    'a cut multi-byte sequence at the end',
    Buffer.concat([utf8('Minister Ana Peña met Minister Ole Berg in Oslo'), Buffer.from([0xe2, 0x80])]),
    Buffer.byteLength('Minister Ana Peña met Minister Ole Berg in Oslo', 'utf8'),
  ],
  [
    'a bad byte after a U+FFFD the page printed',
    Buffer.concat([utf8('Minister A\uFFFDB met Minister Ole Berg. '), Buffer.from([0xff]), utf8(' Oslo.')]),
    Buffer.byteLength('Minister A\uFFFDB met Minister Ole Berg. ', 'utf8'),
  ],
  ['UTF-8 with accents', utf8(lead), null],
  ['a U+FFFD the page printed, as UTF-8', utf8(`${lead} The name of the aide, Ma\uFFFDa, was garbled at the source.`), null],
  ['a byte order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(lead)]), null],
];

describe('decodeReadout', () => {
  it.each(cases)('%s', (_label, bytes, offset) => {
    const decoded = decodeReadout(bytes, null);
    if (offset === null) expect(decoded).toMatchObject({ ok: true });
    else expect(decoded).toEqual({ ok: false, reason: expect.stringContaining(`at offset ${offset} (`) });
  });

  // New-user trial 102: Node's own decoder read windows-1252's 0x80–0x9F as Latin-1's invisible C1 controls.
  it.each(['windows-1252', 'iso-8859-1', 'latin1', 'cp1252', 'Windows-1252'])(
    '%s is windows-1252 (WHATWG): its quotes, dashes and € are read as such',
    (charset) => {
      const bytes = Buffer.from([
        0x93, 0x57, 0x65, 0x94, 0x20, 0x96, 0x20, 0x80, 0x31, 0x30, 0x30, 0x20, 0x53, 0xe9, 0x6a, 0x6f, 0x75, 0x72, 0x6e, 0xe9,
      ]);
      expect(decodeReadout(bytes, charset)).toEqual({ ok: true, text: '“We” – €100 Séjourné' });
    },
  );

  it('reads a charset that maps every byte, and refuses to guess one', () => {
    expect(decodeReadout(latin1(lead), 'windows-1252')).toEqual({ ok: true, text: lead });
    expect(decodeReadout(latin1(lead), 'ISO-8859-1')).toEqual({ ok: true, text: lead });
    expect(() => decodeReadout(latin1(lead), 'x-klingon')).toThrow(RangeError);
  });
});

// New-user trial 143: a UTF-8 readout sent as `charset=utf-16` was stored as CJK characters; the same class is any
// label that does not fit the bytes.
describe('a charset the bytes cannot be in is refused, not read as other characters', () => {
  const utf16le = (text: string) => Buffer.from(text, 'utf16le');
  it.each([
    ['utf-16', utf8('abc'), 'it is 3 bytes'],
    ['utf-16', utf8(lead), 'but its bytes are UTF-8'],
    ['utf-16le', utf8('Minister Ana Peña met Minister Ole Berg in Oslo. '), 'but its bytes are UTF-8'],
    ['utf-16be', utf8(lead), 'but its bytes are UTF-8'],
    ['iso-8859-1', utf8(lead), 'but its bytes are UTF-8'],
    ['windows-1252', utf8(lead), 'but its bytes are UTF-8'],
    ['koi8-r', utf8('Министр Лавров встретился с министром'), 'but its bytes are UTF-8'],
    ['shift_jis', Buffer.from([0x82, 0xa0, 0x82]), 'the text is not shift_jis'],
  ])('%s on %s', (charset, bytes, reason) => {
    expect(decodeReadout(bytes, charset)).toEqual({ ok: false, reason: expect.stringContaining(reason) });
  });

  it.each([
    ['utf-16le', utf16le(lead), lead],
    ['utf-16', utf16le(lead), lead],
    ['utf-16le', utf16le('王毅会见了来访的外交部长。'), '王毅会见了来访的外交部长。'],
    ['iso-8859-1', latin1(lead), lead],
    ['iso-8859-1', utf8('Minister Ole Berg met Minister Ana Lind in Oslo.'), 'Minister Ole Berg met Minister Ana Lind in Oslo.'],
    ['koi8-r', Buffer.from([0xed, 0xc9, 0xce, 0xc9, 0xd3, 0xd4, 0xd2]), 'Министр'],
  ])('%s read as such: %s', (charset, bytes, text) => {
    expect(decodeReadout(bytes, charset)).toEqual({ ok: true, text });
  });
});

describe('the two ways a readout comes in', () => {
  let ctx: TestContext;
  let dir: string;
  beforeAll(async () => {
    ctx = await createTestContext();
    dir = await mkdtemp(path.join(tmpdir(), 'dm-encoding-'));
  });
  afterAll(async () => {
    await ctx?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it.each(cases)('POST /v1/documents as text/plain: %s', async (_label, bytes, offset) => {
    await ctx.reset();
    const response = await supertest(ctx.app.server).post('/v1/documents').set('content-type', 'text/plain').send(bytes);
    if (offset === null) {
      expect(response.status, response.text).toBe(201);
      return;
    }
    expect(response.status, response.text).toBe(400);
    expect(response.body).toMatchObject({
      code: 'validation_failed',
      errors: [{ in: 'body', message: expect.stringContaining(`at offset ${offset} (`) }],
    });
    expect(response.body.errors[0].message).toContain('charset=windows-1252');
    expect(await ctx.prisma.sourceDocument.count()).toBe(0);
    expect(await ctx.prisma.person.count()).toBe(0);
  });

  it.each(cases)('npm run import (readReadoutFile): %s', async (label, bytes, offset) => {
    const file = path.join(dir, `${label.replaceAll(/\W+/g, '-')}.txt`);
    await writeFile(file, bytes);
    const read = await readReadoutFile(file);
    if (offset === null) expect(read).toMatchObject({ ok: true });
    else expect(read).toEqual({ ok: false, reason: expect.stringContaining(`at offset ${offset} (`) });
  });

  it('a windows-1252 quotation keeps its marks and is read as a statement', async () => {
    await ctx.reset();
    const text =
      'French Foreign Minister Stéphane Séjourné met German Foreign Minister Annalena Baerbock in Paris on 5 April 2024.\n\n“We stand together,” Séjourné said – a €100 million fund was announced.';
    const response = await supertest(ctx.app.server)
      .post('/v1/documents')
      .set('content-type', 'text/plain; charset=windows-1252')
      .send(Buffer.from(text.replace('“', '\x93').replace('”', '\x94').replace('–', '\x96').replace('€', '\x80'), 'latin1'))
      .expect(201);
    expect(response.body.text).toBe(text);
    expect(response.body.draft.meetings[0].statements.map((s: { text: string }) => s.text)).toContain(
      '“We stand together,” Séjourné said – a €100 million fund was announced.',
    );
  });

  it.each([
    ['utf-16', utf8('abc')],
    ['utf-16', utf8(lead)],
    ['iso-8859-1', utf8(lead)],
  ])('POST /v1/documents as text/plain; charset=%s on bytes it cannot be: 400, nothing stored', async (charset, bytes) => {
    await ctx.reset();
    const response = await supertest(ctx.app.server)
      .post('/v1/documents')
      .set('content-type', `text/plain; charset=${charset}`)
      .send(bytes);
    expect(response.status, response.text).toBe(400);
    expect(response.body).toMatchObject({ code: 'validation_failed', errors: [{ in: 'body', message: expect.stringContaining(charset) }] });
    expect(await ctx.prisma.sourceDocument.count()).toBe(0);
  });

  it('the same Windows-1252 bytes with their charset declared are read, the name whole', async () => {
    await ctx.reset();
    const response = await supertest(ctx.app.server)
      .post('/v1/documents')
      .set('content-type', 'text/plain; charset=windows-1252')
      .send(latin1(lead))
      .expect(201);
    expect(response.body.draft.meetings[0].participants.map((p: { name: string }) => p.name)).toContain('José Manuel Albares');
  });
});

// A file saved as "Unicode" (UTF-16) by Windows tools, sent without its charset (new-user trial 119: refused as text
// with NUL characters, where the README promises a message that says to send the charset).
describe('UTF-16', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx?.close());
  const bom = (encoding: 'utf16le' | 'utf16be', text: string) => {
    const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
    return encoding === 'utf16le' ? le : Buffer.from(le.swap16());
  };
  it.each([
    ['UTF-16LE with its byte order mark', bom('utf16le', lead)],
    ['UTF-16BE with its byte order mark', bom('utf16be', lead)],
  ])('%s is read, whatever charset the request names', (_name, bytes) => {
    for (const charset of [null, 'utf-8']) expect(decodeReadout(bytes, charset)).toEqual({ ok: true, text: lead });
  });

  it.each([
    ['UTF-16LE', Buffer.from(lead, 'utf16le'), 'charset=utf-16le'],
    ['UTF-16BE', Buffer.from(Buffer.from(lead, 'utf16le')).swap16(), 'charset=utf-16be'],
  ])('%s without a byte order mark is refused with the charset to send', (_name, bytes, charset) => {
    const decoded = decodeReadout(bytes, null);
    expect(decoded.ok).toBe(false);
    expect(decoded.ok === false && decoded.reason).toContain(charset);
  });

  it('POST /v1/documents: a UTF-16 file with its mark is read (201), one without it is a 400 that names the charset', async () => {
    await ctx.reset();
    const read = await supertest(ctx.app.server)
      .post('/v1/documents')
      .set('content-type', 'text/plain')
      .send(bom('utf16le', lead))
      .expect(201);
    expect(read.body.text).toBe(lead);
    const refused = await supertest(ctx.app.server)
      .post('/v1/documents')
      .set('content-type', 'text/plain')
      .send(Buffer.from(lead.replace('José', 'Jose'), 'utf16le'))
      .expect(400);
    expect(refused.body.detail).toMatch(/UTF-16LE.*charset=utf-16le/);
  });
});
