import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { looksBinary } from '../../ingest/text/binary.js';

// A readout's bytes as text: UTF-8 read strictly, so that a file in another encoding sent without its charset is refused
// rather than read with U+FFFD in place of its letters ("Jos\xe9 Manuel Albares" had become a participant "Jos", new-user
// trial 101). A U+FFFD the page itself prints, encoded as UTF-8 (EF BF BD), is text like any other.

const utf8Labels = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);

/** What `decodeReadout` gives: the text, or why the bytes are not text in that charset. */
export type DecodedReadout = { ok: true; text: string } | { ok: false; reason: string };

/**
 * The text of `bytes` in `charset` (a WHATWG Encoding Standard label; UTF-8 when null). UTF-8 is read strictly: the
 * first byte sequence it cannot decode is named by its offset (0-based, in bytes) and the reason says to send the
 * file's charset. Other charsets decode every byte (iso-8859-1 and windows-1252, one code page in the WHATWG standard,
 * map all 256, by iconv-lite). A leading UTF-8 byte order
 * mark is dropped. Bytes that look binary (NUL, mostly control characters) are given back read leniently, for the text
 * rules to refuse as binary data. Throws RangeError for a charset no decoder knows (the caller's 415).
 */
export function decodeReadout(bytes: Uint8Array, charset: string | null): DecodedReadout {
  // A UTF-16 byte order mark says the encoding whatever the label (the WHATWG Encoding Standard's "decode": BOM sniffing
  // takes precedence) — a file saved as "Unicode" by Windows tools, sent without its charset (new-user trial 119: it was
  // refused as text with NUL characters).
  const sniffed = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (sniffed) return { ok: true, text: new TextDecoder(sniffed).decode(bytes) };
  const label = (charset ?? 'utf-8').trim().toLowerCase();
  if (!utf8Labels.has(label)) {
    const decoder = new TextDecoder(label);
    const mislabelled = labelMismatch(bytes, label, decoder.encoding);
    if (mislabelled) return { ok: false, reason: mislabelled };
    // "iso-8859-1", "latin1", "cp1252" and "windows-1252" all name windows-1252 (WHATWG Encoding Standard), whose
    // 0x80–0x9F are “ ” – € …; Node 20's TextDecoder reads them as Latin-1's invisible C1 controls (new-user trial 102:
    // a quotation lost its marks and gave no statement). iconv-lite decodes the code page itself.
    if (decoder.encoding === 'windows-1252') return { ok: true, text: iconv.decode(Buffer.from(bytes), 'win1252') };
    try {
      return { ok: true, text: new TextDecoder(label, { fatal: true }).decode(bytes) };
    } catch {
      return { ok: false, reason: `the text is not ${label}: some of its bytes are no ${label} (send the file's own charset, or UTF-8)` };
    }
  }
  // UTF-16 without a byte order mark: Latin letters with a NUL byte beside each.
  const utf16 = utf16Without(bytes);
  if (utf16)
    return {
      ok: false,
      reason: `the text looks like ${utf16.toUpperCase()} without a byte order mark (a NUL byte beside every Latin letter); send it as text/plain with charset=${utf16}, or as UTF-8`,
    };
  if (isUtf8(bytes)) return { ok: true, text: new TextDecoder('utf-8').decode(bytes) };
  // A PNG or a PDF is no text in any encoding: read leniently, for the text rules to call it binary data.
  const lenient = new TextDecoder('utf-8').decode(bytes);
  if (lenient.includes('\u0000') || looksBinary(lenient.replaceAll('\uFFFD', ''))) return { ok: true, text: lenient };
  const offset = firstInvalidOffset(bytes);
  const shown = Array.from(bytes.subarray(offset, offset + 2), (byte) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');
  return {
    ok: false,
    reason: `the text is not UTF-8: the bytes at offset ${offset} (${shown}) are no UTF-8 (a file in another encoding); send it as text/plain with its charset (charset=iso-8859-1, charset=windows-1252) or as UTF-8`,
  };
}

/**
 * Why bytes cannot be in the charset their label declares, or null: a UTF-16 label (without a byte order mark) on an odd
 * number of bytes, or on bytes with no NUL that are valid UTF-8 (UTF-16 puts a NUL beside every ASCII space, digit and
 * Latin letter); any other charset's label on valid UTF-8 with letters beyond ASCII ("José" as C3 A9 would be read
 * "JosÃ©"). New-user trial 143: a UTF-8 readout labelled `charset=utf-16` was stored as CJK characters.
 */
function labelMismatch(bytes: Uint8Array, label: string, encoding: string): string | null {
  const beyondAscii = bytes.some((byte) => byte >= 0x80);
  if (encoding.startsWith('utf-16')) {
    if (bytes.length % 2 !== 0)
      return `the text cannot be ${label}: it is ${bytes.length} bytes, and UTF-16 takes two per unit; send it with its own charset (UTF-8 when in doubt)`;
    if (!bytes.includes(0) && isUtf8(bytes))
      return `the text is declared ${label} but its bytes are UTF-8 (UTF-16 would put a NUL byte beside every space and Latin letter); send it as charset=utf-8`;
    return null;
  }
  if (beyondAscii && isUtf8(bytes))
    return `the text is declared ${label} but its bytes are UTF-8 (its letters beyond ASCII are UTF-8 sequences, which ${label} would read as other characters: "é" as "Ã©"); send it as charset=utf-8`;
  return null;
}

// 'utf-16le' when most odd bytes of the first 200 are NUL and few even ones are (ASCII letters in UTF-16LE), 'utf-16be'
// for the other way round; else null.
function utf16Without(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const head = bytes.subarray(0, 200);
  if (head.length < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let at = 0; at < head.length; at++) {
    if (head[at] !== 0) continue;
    if (at % 2 === 0) evenNul++;
    else oddNul++;
  }
  const half = head.length / 2;
  if (oddNul >= half * 0.6 && evenNul <= half * 0.1) return 'utf-16le';
  if (evenNul >= half * 0.6 && oddNul <= half * 0.1) return 'utf-16be';
  return null;
}

// The offset of the first sequence a lenient decoder replaces: every character before it was decoded from its own bytes,
// so the UTF-8 length of the text before it is its offset — unless that U+FFFD was printed as such (EF BF BD).
function firstInvalidOffset(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let offset = 0;
  let from = 0;
  for (let at = text.indexOf('\uFFFD'); at >= 0; at = text.indexOf('\uFFFD', at + 1)) {
    offset += Buffer.byteLength(text.slice(from, at), 'utf8');
    from = at;
    if (!(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) return offset;
  }
  return offset;
}
