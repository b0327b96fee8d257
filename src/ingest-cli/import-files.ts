import type { Db } from '../db/prisma.js';
import { AppError } from '../http/errors.js';
import type { Actor } from '../modules/audit/audit.js';
import { createDocumentsService, type DocumentsService } from '../modules/documents/documents.service.js';
import type { ImportOptions } from './cli-args.js';
import { discoverFiles } from './file-discovery.js';
import { readMetadataFile } from './metadata-file.js';
import { readReadoutFile } from './readout-file.js';

export const importActor: Actor = { actor: 'import', requestId: null };

/** What became of one file. `document` is null when nothing was stored; `meetingIds` lists the meetings committed from it; `reason` is set when the file failed. */
export interface FileOutcome {
  file: string;
  document: 'created' | 'existing' | null;
  documentId: string | null;
  meetingIds: string[];
  reason: string | null;
}

/**
 * The counts of a run: every file is in exactly one of `imported` (stored new), `duplicates` (stored before) and
 * `failed` (not read, not stored, or — with --commit — stored but not committed; its reason says which); `committed`
 * counts the files meetings were committed from in this run.
 */
export interface ImportSummary {
  commit: boolean;
  files: FileOutcome[];
  imported: number;
  duplicates: number;
  committed: number;
  failed: number;
}

export interface ImportRun {
  prisma: Db;
  options: ImportOptions;
  /** Told once the files are known, then after each file. */
  onStart?: (total: number) => void;
  onFile?: (outcome: FileOutcome, index: number, total: number) => void;
}

/** Imports every readout under `paths` through the API's own ingest (and commit); a failing file never stops the rest. */
export async function importPaths(paths: string[], run: ImportRun): Promise<ImportSummary> {
  const { files, problems } = await discoverFiles(paths);
  const documents = createDocumentsService({ prisma: run.prisma });
  const outcomes: FileOutcome[] = problems.map(({ file, reason }) => failed(file, reason));
  const total = files.length + problems.length;
  run.onStart?.(total);
  outcomes.forEach((outcome, index) => run.onFile?.(outcome, index, total));
  for (const file of files) {
    const outcome = await importFile(file, documents, run.options);
    outcomes.push(outcome);
    run.onFile?.(outcome, outcomes.length - 1, total);
  }
  return summarize(outcomes, run.options.commit);
}

async function importFile(file: string, documents: DocumentsService, options: ImportOptions): Promise<FileOutcome> {
  const read = await readReadoutFile(file);
  if (!read.ok) return failed(file, read.reason);
  const meta = await readMetadataFile(file);
  if (!meta.ok) return failed(file, meta.reason);
  let stored: { id: string; created: boolean };
  try {
    const { document, created } = await documents.ingest(
      { publisher: options.publisher, language: options.language, isTranslation: options.isTranslation, ...meta.metadata, text: read.text },
      importActor,
    );
    stored = { id: document.id, created };
  } catch (error) {
    return failed(file, describeError(error));
  }
  const outcome: FileOutcome = {
    file,
    document: stored.created ? 'created' : 'existing',
    documentId: stored.id,
    meetingIds: [],
    reason: null,
  };
  if (!options.commit) return outcome;
  try {
    // A document stored by an earlier run without --commit is committed now; one already committed is left alone.
    if (!stored.created && (await documents.get(stored.id)).sources.length) return outcome;
    const meetings = await documents.commit(stored.id, undefined, importActor);
    return { ...outcome, meetingIds: meetings.map((meeting) => meeting.id) };
  } catch (error) {
    return { ...outcome, reason: `stored as document ${stored.id} but not committed: ${describeError(error)}` };
  }
}

const failed = (file: string, reason: string): FileOutcome => ({ file, document: null, documentId: null, meetingIds: [], reason });

function describeError(error: unknown): string {
  // A file has no request body: what is wrong with its draft, without the HTTP pointers ("body/draft/meetings: …").
  // A conflict's detail names the fields and their values (a repeat of a stored text with other metadata).
  if (error instanceof AppError && error.code !== 'conflict' && error.errors?.length)
    return error.errors.map((problem) => problem.message).join('; ');
  if (error instanceof AppError) return error.detail;
  // Database errors span several lines; the summary gives each file one.
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
}

function summarize(files: FileOutcome[], commit: boolean): ImportSummary {
  const count = (test: (outcome: FileOutcome) => boolean) => files.filter(test).length;
  return {
    commit,
    files,
    // Each file counts once among imported, duplicates and failed (new-user trial 125: a duplicate whose commit failed
    // was counted as both, 5 counts for 4 files); committed counts the files meetings were committed from.
    imported: count((outcome) => outcome.document === 'created' && outcome.reason === null),
    duplicates: count((outcome) => outcome.document === 'existing' && outcome.reason === null),
    committed: count((outcome) => outcome.meetingIds.length > 0),
    failed: count((outcome) => outcome.reason !== null),
  };
}
