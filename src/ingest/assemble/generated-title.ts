import type { MeetingDraft } from '../draft.js';

const maxTitleChars = 500;

/**
 * The title a meeting gets when its readout has no headline of its own: the kind and the participants' names
 * ("Phone call: Hiroshi Takeda, Retno Marsudi"), within the 500 characters a meeting's title may have (new-user trial
 * 121: 38 names made 520) — the names that fit, then how many more ("… and 12 more"). A draft carries it with a null
 * `titleSpan`; a commit makes it again when the editor corrected the kind or the names but left the title as drafted.
 */
export function generatedTitle(names: readonly string[], kind: MeetingDraft['kind']): string {
  const label = {
    meeting: 'Meeting',
    talks: 'Talks',
    phone_call: 'Phone call',
    video_call: 'Video call',
    sideline_meeting: 'Meeting',
    visit: 'Visit',
    multilateral: 'Meeting',
  }[kind];
  if (names.length === 0) return label;
  let title = `${label}: ${names[0]}`.slice(0, maxTitleChars);
  for (const [at, name] of names.entries()) {
    if (at === 0) continue;
    const more = names.length - at;
    const next = `${title}, ${name}`;
    if (next.length + (more > 1 ? ` and ${more - 1} more`.length : 0) > maxTitleChars) return `${title} and ${more} more`;
    title = next;
  }
  return title;
}

/**
 * A corrected draft whose meetings keep the extractor's generated title (`stored`'s meeting at the same index: the
 * same title, no span in either) get it made again from their corrected kind and names: "Meeting: A, B" corrected to a
 * phone call is committed as "Phone call: A, B" (new-user trial 136). A title the editor wrote, or one the readout
 * printed, is kept as it is.
 */
export function withGeneratedTitles<T extends { meetings: readonly MeetingDraft[] }>(corrected: T, stored: T | null): T {
  if (!stored) return corrected;
  let changed = false;
  const meetings = corrected.meetings.map((meeting, index) => {
    const before = stored.meetings[index];
    if (!before || before.titleSpan !== null || meeting.titleSpan !== null || meeting.title !== before.title) return meeting;
    const title = generatedTitle(
      meeting.participants.map((participant) => participant.name),
      meeting.kind,
    );
    if (
      before.title !==
        generatedTitle(
          before.participants.map((participant) => participant.name),
          before.kind,
        ) ||
      title === meeting.title
    )
      return meeting;
    changed = true;
    return { ...meeting, title };
  });
  return changed ? { ...corrected, meetings } : corrected;
}
