import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

/**
 * The speaker of the first meeting's statement that begins as `sentence` does (its first `prefix` characters): the
 * participant's name, "joint", or null when no statement that is not narrative begins so.
 */
export function speakerOf(
  text: string,
  sentence: string,
  prefix = 30,
  options: ExtractOptions = { initiatives: [], people: [] },
): string | null {
  const meeting = extractReadout(text, options).meetings[0];
  const statement = meeting?.statements.find((s) => s.text.startsWith(sentence.slice(0, prefix)));
  if (!statement || statement.kind === 'narrative') return null;
  if (statement.speakerKey === null) return 'joint';
  return meeting?.participants.find((p) => p.key === statement.speakerKey)?.name ?? null;
}
