import type { DraftParticipant, DraftStatement } from './draft.js';
import { attributeSentence, type Attribution } from './attribution.js';
import type { Paragraph, Segment } from './segments.js';

interface OpenStatement {
  speakerKey: string | null;
  kind: 'reported' | 'joint';
  start: number;
  end: number;
  confidence: number;
}

/**
 * One statement per attributed passage, in order. A passage starts at a sentence whose subject is a participant
 * ("Wang Yi said", "The Secretary noted", "He added" for the last speaker) or both sides ("The two sides agreed",
 * "They discussed"), and runs on through the unattributed sentences of the same paragraph; consecutive attributions to
 * the same speaker within a paragraph stay one passage. "Both sides should …" inside a speaker's paragraph is that
 * speaker's reported proposal, not a joint statement. Unattributed paragraphs and the meeting sentence are narrative and
 * are not returned.
 */
export function extractStatements(
  text: string,
  paragraphs: readonly Paragraph[],
  lead: Segment,
  bodyEnd: number,
  participants: readonly DraftParticipant[],
): DraftStatement[] {
  const statements: DraftStatement[] = [];
  if (participants.length === 0) return statements;
  let lastSpeaker: string | null = null;

  for (const paragraph of paragraphs) {
    if (paragraph.end <= lead.start || paragraph.start >= bodyEnd) continue;
    let open: OpenStatement | null = null;
    for (const sentence of paragraph.sentences) {
      if (sentence.start <= lead.start) continue;
      const speaker = speakerOf(attributeSentence(text, sentence, participants), open, participants, lastSpeaker);
      if (speaker === undefined || (open && open.speakerKey === speaker.key)) {
        if (open) open.end = sentence.end;
        continue;
      }
      if (open) statements.push(toStatement(text, open));
      open = {
        speakerKey: speaker.key,
        kind: speaker.key === null ? 'joint' : 'reported',
        start: sentence.start,
        end: sentence.end,
        confidence: speaker.confidence,
      };
      if (speaker.key !== null) lastSpeaker = speaker.key;
    }
    if (open) statements.push(toStatement(text, open));
  }
  return statements;
}

/** The speaker a sentence starts a passage for (null: both sides), or undefined when it continues the open one. */
function speakerOf(
  attribution: Attribution,
  open: OpenStatement | null,
  participants: readonly DraftParticipant[],
  lastSpeaker: string | null,
): { key: string | null; confidence: number } | undefined {
  if (attribution?.kind === 'speaker') return { key: attribution.key, confidence: attribution.confidence };
  if (attribution?.kind === 'pronoun') return lastSpeaker ? { key: lastSpeaker, confidence: 0.75 } : undefined;
  if (attribution?.kind === 'joint') return attribution.modal && open?.kind === 'reported' ? undefined : { key: null, confidence: 0.75 };
  if (attribution?.kind === 'country' && attribution.speechVerb) {
    // "Kazakhstan expressed its support": the one participant of that country, unless it is already speaking.
    const ofCountry = participants.filter((p) => p.countryCode === attribution.countryCode);
    const speakingCountry = participants.find((p) => p.key === open?.speakerKey)?.countryCode;
    const only = ofCountry.length === 1 ? ofCountry[0] : undefined;
    if (only && speakingCountry !== attribution.countryCode) return { key: only.key, confidence: 0.6 };
  }
  return undefined;
}

function toStatement(text: string, open: OpenStatement): DraftStatement {
  return {
    speakerKey: open.speakerKey,
    kind: open.kind,
    text: text.slice(open.start, open.end),
    span: { start: open.start, end: open.end },
    confidence: open.kind === 'joint' ? 0.75 : open.confidence,
  };
}
