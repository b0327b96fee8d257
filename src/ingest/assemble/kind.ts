import type { MeetingKind, Span } from '../draft.js';
import type { ReadSentence, Readout } from '../document/readout.js';
import type { Encounter } from '../frames/encounters.js';
import {
  habitualBefore,
  duringWords,
  multilateralWords,
  phoneWords,
  sidelinesWords,
  talksWords,
  telephoneWords,
  videoWords,
} from '../lexicon/meeting-phrases.js';

/** A credentials ceremony: "letters of credence", "credentials", "accreditation letters". */
const accreditationWords = /\b(?:credentials|credence|accreditation)\b/i;

/** The kind of an encounter, the printed words it rests on and how sure it is. */
export interface KindChoice {
  kind: MeetingKind;
  span: Span | null;
  confidence: number;
}

// A sentence whose subject is the readout's meeting, set somewhere: "The meeting comes/was held on the sidelines of …".
const theMeetingWas =
  /^\s*(?:the|this|their|today['’]s)\s+(?:meeting|talks|encounter|discussions?)\s+(?:comes?|came|was\s+held|were\s+held|is\s+held|took\s+place|takes\s+place)\s+(?:on|in)\s+(?:the\s+)?(?:side\w{0,2}lines?|margins?|fringes?)\s+of\b/i;

/**
 * The kind, first that applies (ANNOTATING.md): a call, a video call, a meeting on the sidelines of a larger event,
 * three or more parties at one table, talks, else a meeting. The medium comes from the phrase that reports the
 * encounter or its sentence; the setting ("on the sidelines of") from its sentences or, for the first, the headline.
 */
const conversing = /\b(?:talking|speaking)\s+(?:to|with)\b/i;
const anotherDayWords = /\b(?:the\s+(?:following|next)\s+(?:day|morning)|the\s+day\s+after|a\s+day\s+later|two\s+days\s+later)\b/i;

export function meetingKind(
  readout: Readout,
  encounter: Encounter,
  first: boolean,
  setting: readonly ReadSentence[],
  sole = false,
): KindChoice {
  const frames = encounter.frames;
  const sentences = [...new Set(frames.map((frame) => frame.sentence))];
  const settingPool = [
    ...sentences,
    ...setting,
    ...(first ? readout.sentences.filter((s) => s.inHeadline || s.paragraph === sentences[0]?.paragraph) : []),
  ];
  const cue = (pattern: RegExp, pool = sentences): Span | null => {
    for (const sentence of pool) {
      const found = pattern.exec(sentence.text);
      if (found) return { start: sentence.start + found.index, end: sentence.start + found.index + found[0].length };
    }
    return null;
  };
  const phrase = (channel: 'phone' | 'video') => frames.find((frame) => frame.channel === channel)?.phrase ?? null;
  // The headline names the medium of the first meeting: "Readout: Foreign Secretary call with Sergei Lavrov".
  const headline = first ? readout.sentences.filter((s) => s.inHeadline) : [];
  // "paid a courtesy call on the Prime Minister … During the call, held at the Prime Minister's Office": once the
  // encounter is a call paid in person, a bare "call" names it again; only a telephone word says otherwise.
  const paidCall = frames.some((f) => paidCallWords.test(readout.structure.text.slice(f.phrase.start, f.phrase.end)));
  const phoneCue = paidCall ? telephoneWords : phoneWords;
  const phone = phrase('phone') ?? (frames.some((f) => f.channel === 'video') ? null : (cue(phoneCue) ?? cue(phoneCue, headline)));
  if (phone) return { kind: 'phone_call', span: phone, confidence: 0.95 };
  const video = phrase('video') ?? cue(videoWords) ?? cue(videoWords, headline);
  if (video) return { kind: 'video_call', span: video, confidence: 0.9 };
  // "Telephone calls were held between X and several of his counterparts. Discussions were held with A; B; C": the
  // scene-setting sentence gives the medium of the meetings it introduces.
  const settingPhone = settingCue(phoneCue, setting);
  const settingVideo = settingCue(videoWords, setting);
  if (settingPhone && !settingVideo) return { kind: 'phone_call', span: settingPhone, confidence: 0.8 };
  if (settingVideo && !settingPhone) return { kind: 'video_call', span: settingVideo, confidence: 0.75 };
  // "The teleconference, which had President Muhammadu Buhari in attendance, was presided over by …" after "the leaders
  // made their various contributions via a video conference call" (blind-80): the one encounter of a text that calls it
  // a teleconference is a video call when the text tells of video and of no telephone or presence.
  if (sole) {
    const body = readout.sentences.filter((s) => !s.inHeadline && !otherTime.test(s.text) && !toCome.test(s.text));
    const teleconference = settingCue(/\btele-?conferenc(?:e|es|ing)\b/i, body);
    const video = settingCue(videoWords, body);
    if (teleconference && video && !settingCue(telephoneWords, body) && !body.some((s) => presentWords.test(s.text)))
      return { kind: 'video_call', span: video, confidence: 0.75 };
  }
  // "Minister Joly today spoke with Elizabeth Truss … Minister Joly concluded the call by …": a readout of one
  // encounter reported by a verb that names no medium, which the text later calls a call.
  const text = readout.structure.text;
  const mediumless = frames.some((f) => !f.sentence.inHeadline && mediumlessContact.test(text.slice(f.phrase.start, f.phrase.end)));
  if (sole && mediumless && !paidCall) {
    const firstSentence = Math.min(...sentences.map((s) => s.index));
    // Not a sentence about another time ("They also spoke by telephone last week").
    const later = readout.sentences.filter((s) => !s.inHeadline && s.index > firstSentence && !otherTime.test(s.text));
    const laterPhone = settingCue(telephoneWords, later) ?? settingCue(callNoun, later);
    const laterVideo = settingCue(videoWords, later);
    if (laterPhone && !laterVideo) return { kind: 'phone_call', span: laterPhone, confidence: 0.8 };
    if (laterVideo && !laterPhone) return { kind: 'video_call', span: laterVideo, confidence: 0.75 };
    // "Today, the Prime Minister, Mark Carney, spoke with the Prime Minister of Japan" (blind-47), "Prime Minister
    // Rishi Sunak spoke to Japanese Prime Minister Fumio Kishida this morning": a readout whose only encounter is told
    // by "spoke" and that tells of nothing done in person is, by the readouts' convention, a call — at a confidence that
    // says it was inferred (new-user trial 124 F8).
    // (A sentence of what the two discussed after it tells of no medium: "Minister Joly and Secretary Bárcena discussed
    // …", new-user trial 135 F8.)
    const spoke = (f: Encounter['frames'][number]) => spokeWords.test(text.slice(f.phrase.start, f.phrase.end));
    const spokeOnly = frames.some(spoke) && frames.every((f) => f.sentence.inHeadline || f.discussion || spoke(f));
    // Not a meeting to come ("Both leaders looked forward to meeting in person soon").
    const body = readout.sentences.filter((s) => !s.inHeadline && !otherTime.test(s.text) && !toCome.test(s.text));
    const told = frames.find((f) => !f.sentence.inHeadline && spoke(f));
    if (spokeOnly && told && !body.some((s) => inPersonWords.test(s.text)))
      return { kind: 'phone_call', span: told.phrase, confidence: 0.6 };
  }
  // Not a sentence that only says who was there ("During the talks, A and B commended …"): no setting of its own.
  // Nor one whose phrase is the conversation at that meeting ("talking to A during the meeting, the minister …").
  const meetingSentences = [
    ...new Set(
      frames
        .filter(
          (f) => !f.discussion && !f.participation && !f.sentence.inHeadline && !conversing.test(text.slice(f.phrase.start, f.phrase.end)),
        )
        .map((f) => f.sentence),
    ),
  ];
  // "… on the Margins of the G20 Foreign Ministers' Meeting" over "Separately, Secretary Blinken met …" (trial 95): a
  // headline that sets the readout's meetings on the sidelines of an event sets each of them there.
  // "The meeting comes on the sidelines of the first session of political consultations" (blind-44): in a readout of one
  // meeting, a sentence about "the meeting" or "the talks" anywhere sets it.
  const aboutTheMeeting = sole ? readout.sentences.filter((s) => !s.inHeadline && theMeetingWas.test(s.text)) : [];
  // "On the margins of the ASEAN meeting in Kuala Lumpur on 10 July, Wong held bilateral meetings with … The following
  // day, Minister Wong met Malaysia's Foreign Minister … in Putrajaya" (new-user trial 126): a meeting its own sentence
  // puts on another day is not on the margins the scene-setting sentences tell of.
  const anotherDay = sentences.some((s) => !s.inHeadline && anotherDayWords.test(s.text));
  const sidelinesPool = anotherDay ? sentences : [...settingPool, ...aboutTheMeeting];
  const sidelines =
    cue(sidelinesWords, sidelinesPool) ??
    cue(duringWords, meetingSentences) ??
    (first
      ? null
      : cue(
          sidelinesWords,
          readout.sentences.filter((s) => s.inHeadline),
        ));
  const parties = new Set(
    encounter.participants.flatMap((p) => ((p.countryCode ?? p.organization) ? [p.countryCode ?? p.organization] : [])),
  );
  // Two sides with their delegations (ambassadors, directors attending) meet on the sidelines as two ministers do —
  // also when the text gives some of the delegation no country ("Permanent Representative to the United Nations").
  if (sidelines && (encounter.participants.length <= 3 || (parties.size >= 1 && parties.size <= 2)))
    return { kind: 'sideline_meeting', span: sidelines, confidence: 0.85 };
  const multilateral = cue(multilateralWords);
  // "met with the foreign ministers of the Gulf Cooperation Council" (blind-59): a body's office holders told of
  // together are several sides.
  const bodyGroup = encounter.participants.some((p) => p.name === null && p.mentions.every((m) => m.mention.plural));
  // "President Sahle-Work Zewde received credentials of 10 newly appointed ambassadors" (blind-16, blind-77): envoys
  // accredited together each come to the head of state, not to a conference of their countries.
  const accreditation = frames.some((frame) => accreditationWords.test(frame.sentence.text));
  if ((parties.size >= 3 && (!accreditation || multilateral)) || (multilateral && encounter.participants.length >= 3) || bodyGroup)
    return { kind: 'multilateral', span: multilateral, confidence: 0.8 };
  // "… also participated in the 5th China-Pakistan-Afghanistan Trilateral Foreign Ministers' Dialogue, with the
  // participation of the Chinese foreign minister" (blind-56): a meeting the text opens with someone taking part in one
  // of several sides is that meeting, however few of its people the text names.
  const opening = encounter.frames[0];
  const joined =
    opening?.participation &&
    /\b(?:participated|took\s+part|attended)\s+in\s+(?:the\s+)?[^.;]{0,80}?\b(?:trilateral|quadrilateral)\b/i.test(opening.sentence.text)
      ? opening
      : undefined;
  if (joined) return { kind: 'multilateral', span: joined.phrase, confidence: 0.75 };
  const talks = frames.find((frame) => frame.talks)?.phrase ?? cue(talksWords);
  if (talks) return { kind: 'talks', span: talks, confidence: 0.8 };
  const lead = frames.find((frame) => !frame.sentence.inHeadline) ?? frames[0];
  return { kind: 'meeting', span: lead?.phrase ?? null, confidence: 0.75 };
}

// Verbs of contact that say nothing of where: "spoke with", "engaged", "talked to", "had a conversation".
const mediumlessContact = /\b(?:spoke|speaks|speaking|talked|talks\s+to|engaged|conversation|exchanged\s+views)\b/i;
// "spoke with", "spoke to", "speaks with": a conversation, with no word of where.
const spokeWords = /\b(?:spoke|speaks|speak|spoken)\b/i;
// What is done in person: a meeting, a visit, a reception, a place at a table or event. "welcomed" a person, not a
// thing: "She welcomed New Zealand's contribution to the Pacific Islands Forum" after "spoke with" is what was said on
// a call (new-user trial 136 F5).
const welcomedThing = String.raw`(?!\s+(?:(?:the|a|an|this|their|its)\s+)?(?:[A-Za-z-]+\s+){0,3}?(?:[A-Za-z-]+['’]s\s+(?:[A-Za-z-]+\s+){0,2}?)?(?:contributions?|decisions?|progress|efforts?|support|role|initiatives?|proposals?|participation|outcomes?|results?|adoption|establishment|signing|agreements?|steps?|moves?|commitments?|statements?|announcements?|news|resumption|opening|appointment|election|developments?|cooperation|interest|readiness|engagement|plans?|leadership|offer|invitation|holding|presidency|chairmanship|partnership|relations|ties|dialogue)\b)`;
const inPersonWords = new RegExp(
  String.raw`\b(?:met|meets|meeting|received|receives|receiving|hosted|hosts|hosting|welcomed${welcomedThing}|visit|visits|visited|visiting|arrived|arrives|in[- ]person|face[- ]to[- ]face|side-?lines?|margins?|fringes?|talks|held|luncheon|dinner|breakfast|ceremony|delegations?|tour|toured|press\s+conference|joint\s+press)\b`,
  'i',
);
// Narrower than inPersonWords: what a teleconference's text may say of its meeting ("before the meeting went into a
// closed-door session") without telling of presence.
const presentWords =
  /\b(?:in[- ]person|face[- ]to[- ]face|visit(?:ed|ing|s)?|arrived|toured|luncheon|dinner|breakfast|ceremony|venue|hall)\b/i;
const toCome = /\b(?:look(?:s|ed|ing)?\s+forward|will|would|shall|next|upcoming|forthcoming|soon|invit\w+)\b/i;
const otherTime = /\b(?:last\s+(?:week|month|year)|earlier|previously|recalled|in\s+the\s+past|next\s+(?:week|month))\b/i;
// "the call", "this call", "during the call": the encounter named again as a call.
const callNoun = /\b(?:the|this|their|that|during\s+the)\s+call\b(?!\s+(?:on|for|to action)\b)/i;

const paidCallWords = /\b(?:courtesy|farewell|introductory|protocol|goodbye)\b|\bcalled\s+on\b/i;

// A medium word of a scene-setting sentence, unless it names something else ("the Global Food Security Call to Action",
// capitalised inside a sentence) or a call of the past ("the recent telephone conversation between the heads of state").
function settingCue(pattern: RegExp, sentences: readonly ReadSentence[]): Span | null {
  for (const sentence of sentences) {
    // Its own flags ("u": videoWords reads \p{L}), and every match.
    const found = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
    for (let match = found.exec(sentence.text); match; match = found.exec(sentence.text)) {
      const named = match.index > 0 && /^\p{Lu}/u.test(match[0]);
      const recalled = /\b(?:recent|previous|earlier|last|prior|had|former)\s+(?:[\w-]+\s+)?$/i.test(sentence.text.slice(0, match.index));
      // "We regularly meet and talk by phone" (new-user trial 128 F2): a habit, not this encounter's medium.
      const habit = habitualBefore.test(sentence.text.slice(0, match.index));
      if (named || recalled || habit) continue;
      return { start: sentence.start + match.index, end: sentence.start + match.index + match[0].length };
    }
  }
  return null;
}

// ANNOTATING.md's order: the first kind that applies.
const kindOrder: readonly MeetingKind[] = ['phone_call', 'video_call', 'sideline_meeting', 'talks', 'meeting'];

/**
 * "Foreign Minister holds talks with counterparts from Laos and Cambodia … held separate meetings with A and B"
 * (new-user trial 138 F5): meetings split off one sentence were told by one phrase, so they are of one kind — the first
 * in ANNOTATING.md's order that any of them was found to be (the headline's "talks" reaches only the first by itself).
 * Not a multilateral one, whose kind says how many sides sat at its table. `meetings[i]` is `encounters[i]`'s draft;
 * returns the meetings, those changed as new objects.
 */
export function sharedKinds<M extends { kind: MeetingKind; kindSpan: Span | null; kindConfidence: number }>(
  meetings: readonly M[],
  encounters: readonly Encounter[],
): M[] {
  const splitOff = (encounter: Encounter) =>
    encounter.frames.some((frame) => frame.shared === true && frame.sentence.index === encounter.firstSentence);
  const groups = new Map<number, number[]>();
  encounters.forEach((encounter, index) => {
    if (splitOff(encounter)) groups.set(encounter.firstSentence, [...(groups.get(encounter.firstSentence) ?? []), index]);
  });
  const result = [...meetings];
  for (const members of groups.values()) {
    const drafted = members.flatMap((index) => (result[index] ? [result[index]] : []));
    if (drafted.length < 2 || drafted.some((meeting) => !kindOrder.includes(meeting.kind))) continue;
    const chosen = [...drafted].sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind))[0] as M;
    for (const index of members) {
      const meeting = result[index];
      if (meeting && meeting.kind !== chosen.kind)
        result[index] = {
          ...meeting,
          kind: chosen.kind,
          kindSpan: chosen.kindSpan,
          kindConfidence: Math.min(meeting.kindConfidence, chosen.kindConfidence),
        };
    }
  }
  return result;
}
