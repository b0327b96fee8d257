import type { ImportSummary } from './import-files.js';

/** The closing report on stdout: the counts, then each failed file with its reason. */
export function formatSummary(summary: ImportSummary): string {
  const total = summary.files.length;
  if (!total) return 'No readouts found: give .txt or .md files, or folders that hold them.\n';
  // "4 files: imported 1, duplicates 1, failed 2; committed 2": the first three add up to the files.
  const counts = [`imported ${summary.imported}`, `duplicates ${summary.duplicates}`, `failed ${summary.failed}`];
  const committed = summary.commit ? `; committed ${summary.committed}` : '';
  const lines = [`${total} ${total === 1 ? 'file' : 'files'}: ${counts.join(', ')}${committed}`];
  const failures = summary.files.filter((outcome) => outcome.reason !== null);
  if (failures.length) lines.push('Failed:', ...failures.map((outcome) => `  ${outcome.file}: ${outcome.reason}`));
  return `${lines.join('\n')}\n`;
}

/** 0 when every file went through, 1 when any failed (usage errors, 2, are the caller's). */
export const exitCodeFor = (summary: ImportSummary): number => (summary.failed ? 1 : 0);
