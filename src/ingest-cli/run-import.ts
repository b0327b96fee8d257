import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { ensureInitiativeCatalogue } from './catalogue.js';
import { help, parseImportArgs, usage } from './cli-args.js';
import { importPaths } from './import-files.js';
import { progressFor } from './progress.js';
import { exitCodeFor, formatSummary } from './summary.js';

export interface ImportIo {
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

/** `npm run import`: returns the exit status (0 all imported, 1 some file failed or no database, 2 usage error). */
export async function runImport(argv: string[], io: ImportIo): Promise<number> {
  const args = parseImportArgs(argv);
  if (args.kind === 'help') {
    io.stdout.write(`${help}\n`);
    return 0;
  }
  if (args.kind === 'usage-error') {
    io.stderr.write(`import: ${args.message}\n${usage}\n`);
    return 2;
  }
  let database;
  try {
    database = await openDatabase({ ...loadConfig(io.env), SEED_ON_START: false });
  } catch (error) {
    io.stderr.write(`import: cannot open the database: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  try {
    const added = await ensureInitiativeCatalogue(database.prisma);
    if (added) io.stderr.write(`import: the database had no initiative catalogue; added the default one (${added} entries)\n`);
    const progress = progressFor(io.stderr);
    let summary;
    try {
      summary = await importPaths(args.paths, {
        prisma: database.prisma,
        options: args.options,
        onStart: (total) => progress.start(total),
        onFile: (outcome, index, total) => progress.file(outcome, index, total),
      });
    } finally {
      progress.stop();
    }
    io.stdout.write(formatSummary(summary));
    return exitCodeFor(summary);
  } finally {
    await database.close();
  }
}
