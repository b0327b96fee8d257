import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seedDir } from '../src/db/seed.js';
import { ensureInitiativeCatalogue } from '../src/ingest-cli/catalogue.js';
import { parseImportArgs, type ImportOptions } from '../src/ingest-cli/cli-args.js';
import { importPaths, type FileOutcome } from '../src/ingest-cli/import-files.js';
import { exitCodeFor, formatSummary } from '../src/ingest-cli/summary.js';
import { maxDocumentBytes } from '../src/modules/documents/documents.schemas.js';
import { sha256 } from '../src/modules/documents/documents.service.js';
import { createTestContext, type TestContext } from './helpers/app.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = path.join(root, 'test/fixtures/readouts/development');
const run = promisify(execFile);

let ctx: TestContext;
let dir: string;
let folder: string;
let seedText: string;
const missing = () => path.join(dir, 'no-such-file.txt');

beforeAll(async () => {
  ctx = await createTestContext();
  dir = await mkdtemp(path.join(tmpdir(), 'dm-import-'));
  folder = path.join(dir, 'readouts');
  await mkdir(path.join(folder, 'nested'), { recursive: true });
  await mkdir(path.join(folder, '.drafts'));
  seedText = await readFile(path.join(seedDir, 'wang-yi-tileuberdi-2021-07-15.txt'), 'utf8');
  await copyFile(path.join(seedDir, 'wang-yi-tileuberdi-2021-07-15.txt'), path.join(folder, 'wang-yi-tileuberdi-2021-07-15.txt'));
  await writeFile(path.join(folder, 'wang-yi-tileuberdi-copy.txt'), seedText);
  await copyFile(path.join(fixtures, 'cn-wang-yi-blinken-2023-02-03.txt'), path.join(folder, 'nested/wang-yi-blinken.txt'));
  // "On November 16" has no year: the publication date beside it, as the seed keeps its own, resolves it.
  await copyFile(path.join(fixtures, 'jp-motegi-borrell-2020-11-16.txt'), path.join(folder, 'nested/motegi-borrell.md'));
  await writeFile(path.join(folder, 'nested/motegi-borrell.json'), JSON.stringify({ publishedAt: '2020-11-16', publisher: 'MOFA Japan' }));
  await copyFile(path.join(fixtures, 'ru-lavrov-kerry-2015-08-13.txt'), path.join(folder, 'bad-meta.txt'));
  await writeFile(path.join(folder, 'bad-meta.json'), JSON.stringify({ publishedAt: 'yesterday', author: 'me' }));
  await writeFile(path.join(folder, 'empty.txt'), ' \n\n');
  await writeFile(path.join(folder, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0xff, 0xfe]));
  await writeFile(path.join(folder, 'large.txt'), 'a'.repeat(maxDocumentBytes + 1));
  await writeFile(path.join(folder, 'recipe.txt'), 'Mix the flour and the butter, then bake for 20 minutes.\n');
  await writeFile(path.join(folder, '.hidden.txt'), 'On May 1, 2020, Foreign Minister Wang Yi met with Foreign Minister Motegi in Tokyo.');
  await writeFile(
    path.join(folder, '.drafts/draft.txt'),
    'On May 2, 2020, Foreign Minister Wang Yi met with Foreign Minister Motegi in Tokyo.',
  );
  await writeFile(path.join(folder, 'scan.pdf'), '%PDF-1.7 not a readout');
});
afterAll(async () => {
  await ctx.close();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  await ctx.reset();
  await ensureInitiativeCatalogue(ctx.prisma);
});

const options = (overrides: Partial<ImportOptions> = {}): ImportOptions => ({
  commit: false,
  publisher: null,
  language: undefined,
  isTranslation: undefined,
  ...overrides,
});
const inFolder = (...parts: string[]) => path.join(folder, ...parts);
const reasons = (files: FileOutcome[]) => Object.fromEntries(files.filter((f) => f.reason).map((f) => [path.basename(f.file), f.reason]));

describe('importPaths', () => {
  it('stores every good readout once, skips hidden and non-text files, and gives each bad file its reason', async () => {
    const seen: string[] = [];
    const summary = await importPaths([folder, missing()], {
      prisma: ctx.prisma,
      options: options({ publisher: 'Test ministry', language: 'en-GB', isTranslation: true }),
      onFile: (outcome, index, total) => seen.push(`${index + 1}/${total} ${path.basename(outcome.file)}`),
    });

    expect(summary).toMatchObject({ commit: false, imported: 4, duplicates: 1, committed: 0, failed: 5 });
    expect(seen).toEqual([
      '1/10 no-such-file.txt',
      '2/10 bad-meta.txt',
      '3/10 binary.txt',
      '4/10 empty.txt',
      '5/10 large.txt',
      '6/10 motegi-borrell.md',
      '7/10 wang-yi-blinken.txt',
      '8/10 recipe.txt',
      '9/10 wang-yi-tileuberdi-2021-07-15.txt',
      '10/10 wang-yi-tileuberdi-copy.txt',
    ]);
    expect(reasons(summary.files)).toEqual({
      'no-such-file.txt': 'unreadable: no such file or directory',
      'bad-meta.txt':
        'metadata file bad-meta.json: publishedAt: must be a date YYYY-MM-DD, or a timestamp such as 2024-03-03T10:00:00Z; is not a known member: "author"',
      'binary.txt': 'the text contains binary data (NUL, undecodable bytes or control characters)',
      'empty.txt': 'the text is empty',
      'large.txt': 'too large: 4,194,305 bytes (the API takes at most 4 MiB, 4,194,304 bytes)',
    });

    const original = summary.files.find((f) => f.file === inFolder('wang-yi-tileuberdi-2021-07-15.txt'))!;
    const copy = summary.files.find((f) => f.file === inFolder('wang-yi-tileuberdi-copy.txt'))!;
    expect(original).toMatchObject({ document: 'created', reason: null, meetingIds: [] });
    expect(copy).toMatchObject({ document: 'existing', documentId: original.documentId, reason: null });

    const stored = await ctx.prisma.sourceDocument.findMany({ orderBy: { createdAt: 'asc' } });
    expect(stored).toHaveLength(4);
    expect(stored.every((doc) => doc.language === 'en-GB' && doc.isTranslation)).toBe(true);
    expect(stored.map((doc) => doc.publisher).sort()).toEqual(['MOFA Japan', 'Test ministry', 'Test ministry', 'Test ministry']);
    const motegi = summary.files.find((f) => f.file === inFolder('nested/motegi-borrell.md'))!;
    expect(stored.find((doc) => doc.id === motegi.documentId)?.publishedAt?.toISOString()).toBe('2020-11-16T00:00:00.000Z');
    const seeded = stored.find((doc) => doc.id === original.documentId)!;
    expect(seeded).toMatchObject({ text: seedText, sha256: sha256(seedText) });
    expect(seeded.draft).toMatchObject({ meetings: [{ date: '2021-07-15', city: 'Tashkent' }] });
    expect(await ctx.prisma.meeting.count()).toBe(0);
    const events = await ctx.prisma.auditEvent.findMany({ where: { recordType: 'document' } });
    expect(events.map((event) => event.actor)).toEqual(['import', 'import', 'import', 'import']);
  });

  it('with commit, turns each draft into a meeting; a draft without a date stays a stored document and fails', async () => {
    const summary = await importPaths([folder], { prisma: ctx.prisma, options: options({ commit: true }) });

    expect(summary).toMatchObject({ commit: true, imported: 3, duplicates: 1, committed: 3, failed: 5 });
    const recipe = summary.files.find((f) => f.file === inFolder('recipe.txt'))!;
    expect(recipe.document).toBe('created');
    expect(recipe.reason).toBe(
      `stored as document ${recipe.documentId} but not committed: The draft reports no meeting; supply a corrected draft with one.`,
    );
    const meetings = await ctx.prisma.meeting.findMany({ orderBy: { date: 'asc' } });
    expect(meetings.map((m) => m.date.toISOString().slice(0, 10))).toEqual(['2020-11-16', '2021-07-15', '2023-02-03']);
    const committed = summary.files.filter((f) => f.meetingIds.length > 0);
    expect(new Set(committed.flatMap((f) => f.meetingIds))).toEqual(new Set(meetings.map((m) => m.id)));
    for (const outcome of committed) {
      for (const id of outcome.meetingIds) expect(meetings.find((m) => m.id === id)?.sourceDocumentId).toBe(outcome.documentId);
    }
    expect(await ctx.prisma.provenanceSpan.count()).toBeGreaterThan(0);
    const actors = await ctx.prisma.auditEvent.findMany({ where: { recordType: 'meeting' }, select: { actor: true } });
    expect(actors).toEqual([{ actor: 'import' }, { actor: 'import' }, { actor: 'import' }]);
  });

  it('commits documents an earlier run stored without committing, and never commits one twice', async () => {
    const good = [inFolder('wang-yi-tileuberdi-2021-07-15.txt'), inFolder('nested')];
    const first = await importPaths(good, { prisma: ctx.prisma, options: options() });
    expect(first).toMatchObject({ imported: 3, duplicates: 0, committed: 0, failed: 0 });

    const second = await importPaths(good, { prisma: ctx.prisma, options: options({ commit: true }) });
    expect(second).toMatchObject({ imported: 0, duplicates: 3, committed: 3, failed: 0 });

    const third = await importPaths(good, { prisma: ctx.prisma, options: options({ commit: true }) });
    expect(third).toMatchObject({ imported: 0, duplicates: 3, committed: 0, failed: 0 });
    expect(await ctx.prisma.meeting.count()).toBe(3);
    expect(await ctx.prisma.sourceDocument.count()).toBe(3);
  });

  it('a file stored before with other metadata fails with both values; a value it lacked is filled in', async () => {
    const file = [inFolder('wang-yi-tileuberdi-2021-07-15.txt')];
    await importPaths(file, { prisma: ctx.prisma, options: options() });
    const filled = await importPaths(file, { prisma: ctx.prisma, options: options({ publisher: 'MFA China' }) });
    expect(filled).toMatchObject({ imported: 0, duplicates: 1, failed: 0 });
    const contradicted = await importPaths(file, { prisma: ctx.prisma, options: options({ publisher: 'MFA Kazakhstan' }) });
    expect(contradicted).toMatchObject({ imported: 0, failed: 1 });
    expect(contradicted.files[0]?.reason).toContain('publisher: "MFA China" stored, "MFA Kazakhstan" sent');
    expect((await ctx.prisma.sourceDocument.findFirstOrThrow()).publisher).toBe('MFA China');
  });

  it('without --language a text is stored in the language the extractor takes it for, as the API stores it', async () => {
    const german = path.join(root, 'test/fixtures/readouts/other-languages/at-plassnik-ban-2006-01-31.txt');
    const summary = await importPaths([german], { prisma: ctx.prisma, options: options() });
    expect(summary).toMatchObject({ imported: 1, failed: 0 });
    expect((await ctx.prisma.sourceDocument.findFirstOrThrow()).language).toBe('de');
  });
});

describe('the summary and the arguments', () => {
  it('formats the counts and each failure, and sets the exit status', async () => {
    const summary = await importPaths([inFolder('empty.txt'), inFolder('wang-yi-tileuberdi-2021-07-15.txt')], {
      prisma: ctx.prisma,
      options: options({ commit: true }),
    });
    expect(formatSummary(summary)).toBe(
      `2 files: imported 1, duplicates 0, failed 1; committed 1\nFailed:\n  ${inFolder('empty.txt')}: the text is empty\n`,
    );
    expect(exitCodeFor(summary)).toBe(1);
    const clean = await importPaths([inFolder('wang-yi-tileuberdi-copy.txt')], { prisma: ctx.prisma, options: options() });
    expect(formatSummary(clean)).toBe('1 file: imported 0, duplicates 1, failed 0\n');
    expect(exitCodeFor(clean)).toBe(0);
    const nothing = await importPaths([await mkdtemp(path.join(dir, 'empty-'))], { prisma: ctx.prisma, options: options() });
    expect(formatSummary(nothing)).toBe('No readouts found: give .txt or .md files, or folders that hold them.\n');
    expect(exitCodeFor(nothing)).toBe(0);
  });

  it('counts each file once among imported, duplicates and failed (new-user trial 125: a duplicate whose commit failed)', async () => {
    const recipe = inFolder('recipe.txt');
    await importPaths([recipe], { prisma: ctx.prisma, options: options() });
    const summary = await importPaths([recipe, inFolder('wang-yi-tileuberdi-2021-07-15.txt')], {
      prisma: ctx.prisma,
      options: options({ commit: true }),
    });
    expect(summary).toMatchObject({ imported: 1, duplicates: 0, failed: 1, committed: 1 });
    expect(summary.imported + summary.duplicates + summary.failed).toBe(summary.files.length);
    expect(formatSummary(summary)).toMatch(
      /^2 files: imported 1, duplicates 0, failed 1; committed 1\nFailed:\n {2}.*recipe\.txt: stored as document /,
    );
  });

  it('parses flags with the API’s rules and refuses what it does not know', () => {
    expect(parseImportArgs(['a.txt', 'dir', '--commit', '--publisher', 'MFA', '--language', 'ru', '--translation'])).toEqual({
      kind: 'run',
      paths: ['a.txt', 'dir'],
      options: { commit: true, publisher: 'MFA', language: 'ru', isTranslation: true },
    });
    expect(parseImportArgs(['a.txt'])).toMatchObject({ kind: 'run', options: options() });
    expect(parseImportArgs(['--', '--odd-name.txt'])).toMatchObject({ kind: 'run', paths: ['--odd-name.txt'] });
    expect(parseImportArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseImportArgs([])).toEqual({ kind: 'usage-error', message: 'no files or folders given' });
    expect(parseImportArgs(['a.txt', '--force'])).toMatchObject({ kind: 'usage-error', message: expect.stringContaining("'--force'") });
    expect(parseImportArgs(['a.txt', '--publisher'])).toMatchObject({ kind: 'usage-error' });
    expect(parseImportArgs(['a.txt', '--language', 'English'])).toMatchObject({
      kind: 'usage-error',
      message: expect.stringContaining('--language: must be a BCP 47 language tag'),
    });
  });
});

describe('npm run import (the script, in a child process)', () => {
  const cli = async (...args: string[]) => {
    const env = { ...process.env, DATABASE_URL: ctx.url, SEED_ON_START: 'false', LOG_LEVEL: 'silent' };
    try {
      const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'import', ...args], { cwd: root, env });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };

  it('imports a folder, prints one progress line per file and the summary, and exits 1 when a file failed', async () => {
    await ctx.prisma.initiative.deleteMany();
    const result = await cli(folder, '--commit');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('9 files: imported 3, duplicates 1, failed 5; committed 3\nFailed:\n');
    expect(result.stdout).toContain(`${inFolder('empty.txt')}: the text is empty`);
    expect(result.stderr).toContain('added the default one');
    expect(result.stderr).toMatch(/\[2\/9\] failed {5}.*binary\.txt: the text contains binary data/);
    expect(result.stderr).toMatch(/\[8\/9\] imported {3}.*wang-yi-tileuberdi-2021-07-15\.txt \(document .*, meeting .*\)/);
    expect(result.stderr).toMatch(/\[9\/9\] duplicate {2}.*wang-yi-tileuberdi-copy\.txt/);
    expect(await ctx.prisma.meeting.count()).toBe(3);
    expect(await ctx.prisma.initiative.count({ where: { slug: 'belt-and-road-initiative' } })).toBe(1);

    const again = await cli(inFolder('wang-yi-tileuberdi-2021-07-15.txt'), '--commit');
    expect(again).toMatchObject({ code: 0, stdout: '1 file: imported 0, duplicates 1, failed 0; committed 0\n' });
  }, 60_000);

  it('exits 2 with the usage line for no paths or an unknown flag', async () => {
    for (const args of [[], [folder, '--dry-run']]) {
      const result = await cli(...args);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('usage: npm run import -- <files or folders>');
      expect(result.stdout).toBe('');
    }
  }, 60_000);
});
