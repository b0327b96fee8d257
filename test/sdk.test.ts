import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import openapiTS, { astToString } from 'openapi-typescript';
import { createTestContext, type TestContext } from './helpers/app.js';

// Generates a TypeScript SDK from openapi.yaml, type-checks a client program written against it, and runs that
// program against a live server: the contract is exact enough to build on.

let ctx: TestContext;
let baseUrl: string;
beforeAll(async () => {
  ctx = await createTestContext();
  baseUrl = await ctx.app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => ctx.close());

const generatedDir = new URL('./sdk/generated/', import.meta.url);

describe('an SDK generated from openapi.yaml', () => {
  it('generates, type-checks strictly and round-trips against the live server', async () => {
    const spec = await readFile(new URL('../openapi.yaml', import.meta.url), 'utf8');
    await mkdir(generatedDir, { recursive: true });
    await writeFile(new URL('api.ts', generatedDir), astToString(await openapiTS(spec, { defaultNonNullable: false })));

    // The README's example, as printed (but for where the generated types are), is type-checked with the program.
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    const example = /TypeScript client[^]*?```ts\n([^]*?)```/.exec(readme)?.[1];
    expect(example, "the README's TypeScript client example").toBeTruthy();
    await writeFile(new URL('readme-example.ts', generatedDir), `${example!.replace("from './api'", "from './api.js'")}\nexport {};\n`);

    const program = await readFile(new URL('./sdk/client-program.ts', import.meta.url), 'utf8');
    const code = program.replace(/^\s*\/\/.*$/gm, '');
    expect(code).not.toMatch(/\)\s+as\s|\bas\s+(unknown|never|[A-Z])|:\s*any\b|<any>/);
    await promisify(execFile)('npx', ['tsc', '-p', 'test/sdk/tsconfig.json'], { encoding: 'utf8' }).catch((error: { stdout: string }) => {
      throw new Error(`the client program does not type-check:\n${error.stdout}`);
    });

    // Loaded by a computed path: the program compiles only against the generated SDK, which the project's own
    // type-check (run before tests, on a fresh clone) does not have yet.
    const programPath = './sdk/client-program.js';
    const { runRoundTrip } = (await import(programPath)) as { runRoundTrip: (baseUrl: string) => Promise<Record<string, unknown>> };
    const result = await runRoundTrip(baseUrl);
    expect(result).toMatchObject({
      createdStatus: 201,
      participants: 2,
      statements: 2,
      patchedSummary: 'Vaccines and the Belt and Road.',
      stalePatchStatus: 412,
      deletedStatus: 204,
      afterDeleteStatus: 404,
    });
    expect(result.listedIds).toHaveLength(1);
    expect(result.sparseTitles).toEqual(['Wang Yi meets with Mukhtar Tileuberdi']);
    // The exports: a header row and the one meeting; both statements of it, one JSON object per line.
    expect(result.exportedCsvLines).toBe(2);
    expect(result.exportedStatementIds).toHaveLength(2);
    expect(result.searchHitTypes).toEqual(expect.arrayContaining(['statement', 'initiative']));
    // The NDJSON bulk create: a result line per meeting, each created.
    expect(result.bulkStatus).toBe(200);
    expect(result.bulkStatuses).toEqual([201, 201]);
    // Issue 14's other parameters and media types, each used once through the SDK.
    expect(result.filteredIds).toHaveLength(1);
    expect(result.groupedSeries).toEqual(expect.arrayContaining(['CN', 'KZ']));
    expect(result.networkNodes).toBeGreaterThanOrEqual(2);
    expect(result.positions).toEqual(['State Councilor and Foreign Minister']);
    expect(result.timelineMeetingIds).toHaveLength(1);
    expect(result.changeTypes).toEqual(expect.arrayContaining(['initiative', 'meeting']));
    // The stream resumed after the first change: its first event is a later one.
    expect(Number(result.streamedSeq)).toBeGreaterThan(1);
  }, 90_000);
});
