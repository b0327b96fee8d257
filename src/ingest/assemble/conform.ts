import { meetingRef, readoutDraftSchema, type ReadoutDraft } from '../draft.js';

/**
 * The draft as its own schema (readoutDraftSchema) takes it. Every stage keeps its facts within the schema's limits;
 * this is the last guard of that promise, so that a readout never loses its whole draft to a limit one stage missed
 * (new-user trial 121: a generated title of 520 characters, past the 500 a meeting's title may have, stored the
 * document with no draft at all). A readout title that fails is dropped; a meeting that fails is left out — the
 * meetings held on its sidelines lose that link — and a warning names each, with the member and the rule it broke;
 * anything else failing gives a draft of no meetings whose warning says so. Returns the draft itself when it conforms
 * (the usual case: one schema check).
 */
export function conformingDraft(draft: ReadoutDraft): ReadoutDraft {
  const checked = readoutDraftSchema.safeParse(draft);
  if (checked.success) return draft;
  const failedMeetings = new Map<number, string>();
  let titleFailed: string | null = null;
  let other: string | null = null;
  for (const issue of checked.error.issues) {
    const [head, index, ...member] = issue.path;
    const problem = `${issue.path.join('/')}: ${issue.message}`;
    if (head === 'meetings' && typeof index === 'number') {
      if (!failedMeetings.has(index)) failedMeetings.set(index, `${member.join('/') || 'meeting'}: ${issue.message}`);
    } else if (head === 'title' || head === 'titleSpan') titleFailed ??= problem;
    else other ??= problem;
  }
  const warnings = [...draft.warnings];
  // Outside the title and the meetings only a fault of the extractor itself can fail: the text stays, with no meetings
  // drafted and a warning that says why, rather than no draft.
  if (other)
    return {
      title: null,
      titleSpan: null,
      meetings: [],
      confidence: 0,
      warnings: [...warnings, `nothing was drafted: the draft broke its schema at ${other}`],
    };
  if (titleFailed) warnings.push(`the readout's title was left out: ${titleFailed}`);
  const kept = draft.meetings.flatMap((meeting, index) => (failedMeetings.has(index) ? [] : [{ meeting, index }]));
  const newIndex = new Map(kept.map(({ index }, at) => [index, at]));
  // The warnings name the meetings kept by their new places (meetingRef); one left out is named as the text counts it.
  const renumbered = warnings.map((warning) =>
    warning.replace(/\bmeeting (\d+) \(\/meetings\/(\d+)\)/g, (whole, _n: string, at: string) => {
      const moved = newIndex.get(Number(at));
      return moved === undefined ? `meeting ${Number(at) + 1} (left out)` : meetingRef(moved);
    }),
  );
  warnings.splice(0, warnings.length, ...renumbered);
  for (const [index, problem] of failedMeetings)
    warnings.push(`meeting ${index + 1} was left out of the draft, whose limits it breaks (${problem}); add it by hand`);
  return {
    ...draft,
    ...(titleFailed ? { title: null, titleSpan: null } : {}),
    meetings: kept.map(({ meeting }) =>
      meeting.sidelinesOf === undefined || meeting.sidelinesOf === null
        ? meeting
        : { ...meeting, sidelinesOf: newIndex.get(meeting.sidelinesOf) ?? null },
    ),
    warnings,
  };
}
