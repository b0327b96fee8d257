import { parseArgs } from 'node:util';
import { documentInputSchema } from '../modules/documents/documents.schemas.js';

export const usage = 'usage: npm run import -- <files or folders>… [--commit] [--publisher <name>] [--language <tag>] [--translation]';

export const help = `${usage}

Stores each readout (*.txt and *.md files, folders walked recursively, hidden files skipped) as a document with
its extracted draft, exactly as POST /v1/documents does; a text already stored is counted as a duplicate.
Metadata for one file may sit beside it, as the seed's does: name.json next to name.txt, holding any of
url, title, publisher, publishedAt (resolves year-less dates), language and isTranslation; it overrides the flags.

  --commit          also turn each draft into a meeting, as POST /v1/documents/{documentId}/commit does
  --publisher NAME  publisher recorded on the new documents
  --language TAG    BCP 47 language of the texts (default: the one the extractor takes each text for, as the API does)
  --translation     the texts are translations
  -h, --help        show this help

Uses the database of the environment (DATABASE_URL, or the embedded one in DATA_DIR) and migrates it first.
Exit status: 0 when every file went through, 1 when any failed, 2 for a usage error.`;

export interface ImportOptions {
  commit: boolean;
  publisher: string | null;
  /** Unset: each document's is the one the extractor takes its text for, as POST /v1/documents without `language`. */
  language: string | undefined;
  /** Unset unless --translation: a repeat of a text stored as a translation does not contradict it. */
  isTranslation: true | undefined;
}

export type ParsedArgs =
  { kind: 'run'; paths: string[]; options: ImportOptions } | { kind: 'help' } | { kind: 'usage-error'; message: string };

// The same rules the API applies to these fields of POST /v1/documents.
const metadataSchema = documentInputSchema.pick({ publisher: true, language: true });

export function parseImportArgs(argv: string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        commit: { type: 'boolean', default: false },
        publisher: { type: 'string' },
        language: { type: 'string' },
        translation: { type: 'boolean' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return { kind: 'usage-error', message: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (!positionals.length) return { kind: 'usage-error', message: 'no files or folders given' };
  const metadata = metadataSchema.safeParse({ publisher: values.publisher, language: values.language });
  if (!metadata.success) {
    const message = metadata.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('; ');
    return { kind: 'usage-error', message };
  }
  return {
    kind: 'run',
    paths: positionals,
    options: {
      commit: values.commit,
      publisher: metadata.data.publisher ?? null,
      language: metadata.data.language,
      isTranslation: values.translation ? true : undefined,
    },
  };
}
