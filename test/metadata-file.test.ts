import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readMetadataFile } from '../src/ingest-cli/metadata-file.js';

// A readout's metadata file (name.json beside name.txt) is JSON as a request body is: a member given twice, or text
// that is no JSON, is a reason that says where — not the last of two "publishedAt" taken silently.
const folder = mkdtempSync(path.join(tmpdir(), 'metadata-file-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function readoutWith(name: string, metadata: string): string {
  writeFileSync(path.join(folder, `${name}.json`), metadata);
  const file = path.join(folder, `${name}.txt`);
  writeFileSync(file, 'Foreign Minister Ana Silva met Foreign Minister Kenji Mori in Lisbon on 3 May 2024.');
  return file;
}

describe('readMetadataFile', () => {
  it.each([
    [
      'twice',
      '{"publishedAt": "2024-05-03", "publishedAt": "2024-05-04"}',
      'metadata file twice.json: publishedAt is sent twice in one object',
    ],
    [
      'broken',
      '{\n  "publisher": "MFA",\n  "language": en\n}',
      'metadata file broken.json: not JSON (line 3, column 15: expected a JSON value',
    ],
    [
      'trailing',
      '{"publisher": "MFA",}',
      'metadata file trailing.json: not JSON (line 1, column 21: expected a member name in double quotes',
    ],
  ])('%s', async (name, metadata, reason) => {
    const result = await readMetadataFile(readoutWith(name, metadata));
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toContain(reason);
  });

  it('reads a well-formed file whose strings hold colons and quotes', async () => {
    const result = await readMetadataFile(
      readoutWith('good', '{"publisher": "MFA: \\"Press\\" office", "url": "https://example.org/a:b"}'),
    );
    expect(result).toEqual({ ok: true, metadata: { publisher: 'MFA: "Press" office', url: 'https://example.org/a:b' } });
  });
});

describe('readMetadataFile, encodings', () => {
  it('refuses a file that is not UTF-8, rather than storing U+FFFD for its letters', async () => {
    const file = readoutWith('latin1', '');
    writeFileSync(path.join(folder, 'latin1.json'), Buffer.from('{"publisher": "Minist\xe8re des Affaires \xe9trang\xe8res"}', 'latin1'));
    const result = await readMetadataFile(file);
    expect(result.ok ? '' : result.reason).toBe('metadata file latin1.json: not UTF-8 (RFC 8259 §8.1); save it as UTF-8');
  });

  it('reads a file with a byte order mark, and says where one that is no JSON stops being JSON', async () => {
    const good = await readMetadataFile(readoutWith('bom', '\uFEFF{"publisher": "Ministère"}'));
    expect(good).toEqual({ ok: true, metadata: { publisher: 'Ministère' } });
    const broken = await readMetadataFile(readoutWith('bom-broken', '\uFEFF{\n  "publisher": Ministère\n}'));
    expect(broken.ok ? '' : broken.reason).toContain('line 2, column 16');
  });
});
