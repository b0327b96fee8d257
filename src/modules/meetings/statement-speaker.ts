/**
 * Whether a statement's kind and speaker agree, the one rule every path that writes a statement checks (POST and PATCH
 * of a statement, a nested create and its NDJSON lines, a commit's draft, created or attached): a `reported` statement
 * has the participant who spoke; a `joint` one ("the two sides agreed …") is no one participant's and has none; a
 * `narrative` one may have either. Returns the sentence for a 422, or null when they agree. The database checks the
 * same (statements_reported_has_speaker_check, statements_joint_no_speaker_check).
 */
export function speakerProblem(kind: string, hasSpeaker: boolean): string | null {
  if (kind === 'reported' && !hasSpeaker) return 'a reported statement needs a speaker';
  if (kind === 'joint' && hasSpeaker) return 'a joint statement is said by the sides together and has no speaker: send the speaker as null';
  return null;
}
