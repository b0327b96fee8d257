import { Presets, SingleBar } from 'cli-progress';
import type { FileOutcome } from './import-files.js';

// Progress goes to stderr so stdout carries only the summary: a bar on a terminal, one line per file in CI logs.

export interface Progress {
  start(total: number): void;
  file(outcome: FileOutcome, index: number, total: number): void;
  stop(): void;
}

export function describeOutcome(outcome: FileOutcome): string {
  if (outcome.reason !== null) return `failed     ${outcome.file}: ${outcome.reason}`;
  const what = outcome.document === 'created' ? 'imported  ' : 'duplicate ';
  const meeting = outcome.meetingIds.length
    ? `, ${outcome.meetingIds.length === 1 ? 'meeting' : 'meetings'} ${outcome.meetingIds.join(', ')}`
    : '';
  return `${what} ${outcome.file} (document ${outcome.documentId}${meeting})`;
}

export function lineProgress(stream: NodeJS.WritableStream): Progress {
  return {
    start: () => undefined,
    file(outcome, index, total) {
      const width = String(total).length;
      stream.write(`[${String(index + 1).padStart(width)}/${total}] ${describeOutcome(outcome)}\n`);
    },
    stop: () => undefined,
  };
}

export function barProgress(stream: NodeJS.WritableStream): Progress {
  const bar = new SingleBar(
    { stream, format: 'importing {bar} {value}/{total} | failed {failed} | {file}', hideCursor: true, clearOnComplete: false },
    Presets.shades_classic,
  );
  let failures = 0;
  return {
    start: (total) => bar.start(total, 0, { failed: 0, file: '' }),
    file(outcome) {
      if (outcome.reason !== null) failures += 1;
      bar.increment(1, { failed: failures, file: outcome.file });
    },
    stop: () => bar.stop(),
  };
}

export const progressFor = (stream: NodeJS.WriteStream): Progress => (stream.isTTY ? barProgress(stream) : lineProgress(stream));
