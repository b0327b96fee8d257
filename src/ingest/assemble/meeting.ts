import { foldText } from '../text/fold.js';
import { trimSpan } from '../text/span.js';
import type { DraftStatement, ExtractOptions, MeetingDraft, Span } from '../draft.js';
import { meetingRef } from '../draft.js';
import { genderOf, holds, type Gender, type PersonEntity } from '../attribution/entities.js';
import type { Passage } from '../attribution/statements.js';
import type { ReadSentence, Readout } from '../document/readout.js';
import type { Encounter } from '../frames/encounters.js';
import { extractInitiatives } from '../linking/initiatives.js';
import { sidelinesWords } from '../lexicon/meeting-phrases.js';
import { headlineVerbs } from '../lexicon/verbs.js';
import { officeOf } from '../lexicon/titles.js';
import { lookupCountry } from '../recognize/countries.js';
import { lookupCity } from '../recognize/places.js';
import { foldDocument } from '../text/fold.js';
import { meetingKind } from './kind.js';
import { meetingPeople } from './participants.js';
import { meetingDate, referenceAt, type DateChoice, type ReferenceDate } from './when.js';
import { impossibleDate } from '../recognize/dates.js';
import { meetingPlace, type PlaceChoice } from './where.js';
import { topicsOf } from './topics.js';
import { generatedTitle } from './generated-title.js';

export interface MeetingContext {
  readout: Readout;
  options: ExtractOptions;
  passages: readonly Passage[];
  reference: ReferenceDate | null;
  publisherCountry: string | null;
  folded: string;
  /** Sentences that set the scene for every meeting ("held a series of talks … on the sidelines of … in Cairo"). */
  setting: readonly ReadSentence[];
  /** How many meetings the readout reports. */
  meetingCount: number;
  /** Sentences about all of the readout's meetings ("Discussions during the meetings …"; see aboutAllMeetings). */
  aboutAll?: readonly ReadSentence[];
  /** Every encounter of the readout (a sentence that reports another one dates that one, not this one). */
  encounters?: readonly Encounter[];
  /** The meeting (by index) a passage belongs to when its region is not where it was said (see passageOwners). */
  passageOwner?: ReadonlyMap<Passage, number>;
  /** Passages of a stretch that meetings split off one sentence share, given to one of them (see siblingOwners). */
  sharedPassages?: ReadonlySet<Passage>;
}

const allTheMeetings = /\b(?:during|at|in)\s+(?:the|both|all)\s+(?:(?:two|three|four)\s+)?meetings\b/i;

/**
 * "Discussions during the meetings centered on … the Economic Partnership Agreement" (blind-48): the body's sentences
 * about all of a readout's meetings, which name what each of them discussed; none when it reports one.
 */
export function aboutAllMeetings(readout: Readout, meetingCount: number): ReadSentence[] {
  if (meetingCount < 2) return [];
  return readout.sentences.filter((s) => !s.inHeadline && !s.inPreface && allTheMeetings.test(s.text));
}

/**
 * One encounter as a meeting draft. `region` is the stretch of sentences that report it (from its first report to the
 * next encounter's): its statements and initiatives are read there.
 */
export function assembleMeeting(
  encounter: Encounter,
  index: number,
  region: [number, number],
  context: MeetingContext,
  previousDate: DateChoice | null = null,
  previousPlace: PlaceChoice | null = null,
  elsewhere: readonly PersonEntity[] = [],
): { draft: MeetingDraft; warnings: string[]; date: DateChoice | null; place: PlaceChoice | null } {
  const { readout } = context;
  const text = readout.structure.text;
  const first = index === 0;
  const inRegion = (p: Passage) => p.sentences[0] !== undefined && p.sentences[0].index >= region[0] && p.sentences[0].index < region[1];
  const ownerOf = (p: Passage) => context.passageOwner?.get(p);
  const passages = context.passages.filter((p) => (ownerOf(p) === undefined ? inRegion(p) : ownerOf(p) === index));
  // Passages of this stretch that belong to an earlier meeting, and passages of a later stretch that belong here: the
  // initiatives they name go with them.
  const movedOut = context.passages.filter(
    (p) => inRegion(p) && ownerOf(p) !== undefined && ownerOf(p) !== index && !context.sharedPassages?.has(p),
  );
  const movedIn = passages.filter((p) => !inRegion(p));
  // "Earlier, on 9 October, the Minister met with …" (trial 95): a sentence that reports another meeting dates that one.
  const own = new Set(encounter.frames.map((frame) => frame.sentence.index));
  const reportingOthers = new Set(
    (context.encounters ?? [])
      .filter((other) => other !== encounter)
      .flatMap((other) => other.frames.filter((frame) => !frame.sentence.inHeadline && !frame.shared).map((frame) => frame.sentence.index))
      .filter((index) => !own.has(index)),
  );
  // Where the meeting is last told ("Deputy Secretary Sherman’s Meeting with …" is the release's heading above its stamp).
  const told = encounter.frames.filter((frame) => !frame.sentence.inHeadline).map((frame) => frame.sentence.start);
  const othersTold = (context.encounters ?? [])
    .filter((other) => other !== encounter)
    .flatMap((other) => other.frames.filter((frame) => !frame.sentence.inHeadline).map((frame) => frame.sentence.start));
  const reference = told.length > 0 ? referenceAt(readout, context.reference, Math.max(...told), othersTold) : context.reference;
  // Under a stamp of its own, the day before is not the previous release's.
  const date = meetingDate(
    readout,
    encounter,
    reference,
    first,
    context.setting,
    reference === context.reference ? previousDate : null,
    reportingOthers,
  );
  const kind = meetingKind(readout, encounter, first, context.setting, context.meetingCount === 1);
  const inPerson = kind.kind !== 'phone_call' && kind.kind !== 'video_call';
  // Meetings reported one after another in person happened where the one before did, unless the text says otherwise.
  // The dateline says where the report was written; a later meeting of a visit is rather where the one before was.
  const ownPlace = inPerson ? meetingPlace(readout, encounter, first, context.setting) : null;
  const fromDateline = ownPlace !== null && ownPlace.span.start === readout.structure.dateline?.place.start;
  const inherited = inPerson && previousPlace ? { ...previousPlace, confidence: Math.round(previousPlace.confidence * 80) / 100 } : null;
  // "Minister Wong also called on Prime Minister Chinh" after a meeting in Hanoi, on a visit to Viet Nam: a country
  // alone (the visit's) is no news after a city of that country.
  const sameCountryOnly = ownPlace?.city === null && inherited?.city != null && inherited.countryCode === ownPlace.countryCode;
  const place = ownPlace && !(fromDateline && !first && inherited) && !sameCountryOnly ? ownPlace : (inherited ?? ownPlace);
  const speakers = passages.flatMap((p) =>
    p.attribution.kind === 'person' && !elsewhere.includes(p.attribution.entity) ? [p.attribution.entity] : [],
  );
  const people = meetingPeople(
    encounter,
    speakers,
    {
      readout,
      options: context.options,
      passages: context.passages,
      publisherCountry: context.publisherCountry,
      date: date?.date ?? null,
      sideline: kind.kind === 'sideline_meeting' || kind.kind === 'multilateral' || atEvent(readout, place),
      encounters: context.encounters ?? [],
    },
    place?.countryCode ?? null,
  );
  // Topics: what each statement speaks of besides the meeting's own countries (its participants' and its place's).
  const ownCountries = new Set([place?.countryCode, ...people.participants.map((p) => p.countryCode)].filter((code) => code != null));
  // The publishing side's one participant: "The Prime Minister" printed alone in its own readout (new-user trial 131).
  const publishing = people.participants.filter(
    (p) => p.role === 'host' && p.countryCode !== null && p.countryCode === context.publisherCountry,
  );
  const ownKey = publishing.length === 1 ? (publishing[0]?.key ?? null) : null;
  const statements = toStatements(text, passages, people.keyOf, encounter, ownKey).map((statement) => ({
    ...statement,
    topics: topicsOf(statement.text, ownCountries),
  }));
  const sentences = readout.sentences.filter((s) => !s.inHeadline && !s.inPreface && s.index >= region[0] && s.index < region[1]);
  const regionSpan =
    sentences.length > 0
      ? { start: (sentences[0] as { start: number }).start, end: (sentences[sentences.length - 1] as { end: number }).end }
      : null;
  const initiativesIn = (span: { start: number; end: number }) =>
    extractInitiatives({
      text,
      folded: context.folded,
      region: span,
      catalogue: context.options.initiatives,
      statements,
      participants: people.participants,
      excluded: [
        ...people.participants.flatMap((p) => (p.titleSpan ? [p.titleSpan] : [])),
        ...parentEvents(readout, encounter, context.setting),
        ...movedOut.map((p) => p.span),
      ],
    });
  const found = [
    ...(regionSpan ? initiativesIn(regionSpan) : []),
    ...movedIn.flatMap((p) => initiativesIn(p.span)),
    ...(context.aboutAll ?? []).flatMap((s) => initiativesIn({ start: s.start, end: s.end })),
  ];
  const initiatives = found.filter((initiative, at) => found.findIndex((other) => other.slug === initiative.slug) === at);
  const headline = first ? readout.structure.headline : null;
  const confidences = [kind.confidence, date ? date.confidence : 0.3, ...people.participants.map((p) => p.confidence)];
  if (people.participants.length < 2) confidences.push(0.2);
  return {
    draft: {
      ...(headline && !letterheadOrDateline(headline.text)
        ? headlineTitle(headline)
        : {
            title: generatedTitle(
              people.participants.map((p) => p.name),
              kind.kind,
            ),
            titleSpan: null,
          }),
      kind: kind.kind,
      // "met " (trial 122): a phrase matched with the space after it cites the word alone.
      kindSpan: kind.span && trimSpan(text, kind.span, /\s/),
      kindConfidence: kind.confidence,
      date: date?.date ?? null,
      datePrecision: date?.precision ?? 'day',
      dateSpan: date?.span ?? null,
      dateBasis: date?.basis ?? null,
      dateConfidence: date?.confidence ?? 0,
      timezone: place?.timezone ?? null,
      city: place?.city ?? null,
      countryCode: place?.countryCode ?? null,
      locationSpan: place?.span ?? null,
      locationConfidence: place?.confidence ?? 0,
      participants: people.participants,
      statements,
      initiatives,
      confidence: Math.round((confidences.reduce((sum, value) => sum + value, 0) / confidences.length) * 100) / 100,
    },
    warnings: [
      // "meeting 3: participant p2 is named only by title": which meeting, when the readout reports several (trial 99).
      ...people.warnings.map((warning) => (context.meetingCount > 1 ? `${meetingRef(index)}: ${warning}` : warning)),
      ...(date ? [] : [undatedWarning(index, context.reference, context.readout)]),
      // "Vice Foreign Minister Sun Weidong met with …" read without its subject: a meeting needs two sides.
      ...(people.participants.length < 2 ? [`${meetingRef(index)} has only one participant; the other side may be missing`] : []),
    ],
    date,
    place,
  };
}

function toStatements(
  text: string,
  passages: readonly Passage[],
  keyOf: ReadonlyMap<PersonEntity, string>,
  encounter: Encounter,
  ownKey: string | null = null,
): DraftStatement[] {
  const statements: DraftStatement[] = [];
  let lastSpeaker: string | null = null;
  let lastParagraph = -1;
  const hostKey = encounter.hosts[0] ? (keyOf.get(encounter.hosts[0]) ?? null) : null;
  const genderByKey = new Map<string, Gender>();
  for (const [entity, key] of keyOf) {
    const gender = genderOf(entity, text);
    if (gender) genderByKey.set(key, gender);
  }
  const spoken: string[] = [];
  for (const passage of passages) {
    const attribution = passage.attribution;
    let speakerKey: string | null = null;
    let confidence = 0.85;
    if (attribution.kind === 'person') [speakerKey, confidence] = [keyOf.get(attribution.entity) ?? null, attribution.confidence];
    else if (attribution.kind === 'side') {
      const entity = [...keyOf.keys()].find((e) => e.countryCode === attribution.countryCode);
      [speakerKey, confidence] = [entity ? (keyOf.get(entity) ?? null) : null, 0.75];
    } else if (attribution.kind === 'joint' && attribution.members && encounter.frames.some((frame) => frame.shared)) {
      // "Obama called A, B, C and D. … A, C, D and B described the contributions their governments are making"
      // (blind-68): after separate meetings, the one of them at this meeting spoke in it; none of them, nobody here.
      const here = attribution.members.filter((member) => keyOf.has(member));
      if (here.length === 0) continue;
      if (here.length === 1 && !encounter.hosts.includes(here[0] as PersonEntity))
        [speakerKey, confidence] = [keyOf.get(here[0] as PersonEntity) ?? null, 0.75];
    } else if (attribution.kind === 'joint' && attribution.group && encounter.frames.some((frame) => frame.shared)) {
      // "Demeke held discussions with the foreign ministers of Gabon, Gambia … The foreign ministers expressed …": after
      // separate meetings the ministers told of together are the counterparts, in each meeting its one guest.
      const guests = [...keyOf.entries()].filter(([entity]) => !encounter.hosts.includes(entity));
      if (guests.length === 1) [speakerKey, confidence] = [(guests[0] as [PersonEntity, string])[1], 0.7];
    } else if (attribution.kind === 'guests') {
      // "The ambassadors reassured the minister": the other side of this meeting, when it is one person. "The ministers"
      // of a meeting of ministers are both sides, and several guests speak together.
      const office = attribution.office ? officeOf(attribution.office.replace(/s$/, '')) : null;
      const guests = [...keyOf.entries()].filter(([entity]) => !encounter.hosts.includes(entity));
      const sameAsHost = office !== null && encounter.hosts.some((host) => holds(host, office));
      // "Leaders agreed …" after a table of three leaders and a minister who joined them (blind-64): not the one guest
      // who holds another office (one of no stated office may be of those told of).
      const guest = guests.length === 1 ? (guests[0] as [PersonEntity, string]) : null;
      // "The envoys congratulated …" of a new ambassador (blind-27): an ambassador is an envoy.
      const held = (entity: PersonEntity) =>
        office === null || entity.office === null || holds(entity, office) || (office === 'envoy' && holds(entity, 'ambassador'));
      const speaks = guest !== null && !sameAsHost && held(guest[0]);
      [speakerKey, confidence] = [speaks ? guest[1] : null, 0.7];
    } else if (attribution.kind === 'counterpart') {
      // "Abdelatty said … His counterpart stressed …": of a meeting of two, the one who did not speak last (or, before
      // anyone spoke, the host's guest).
      const reference: string | null = lastSpeaker ?? hostKey;
      const others: string[] = [...keyOf.values()].filter((key) => key !== reference);
      [speakerKey, confidence] = [keyOf.size === 2 && reference !== null && others.length === 1 ? (others[0] as string) : null, 0.7];
      if (speakerKey === null) continue;
    } else if (attribution.kind === 'referent') {
      speakerKey = namedBefore(text, passage.span.start, keyOf, attribution.which);
      confidence = 0.75;
      if (speakerKey === null) continue;
    } else if (attribution.kind === 'pronoun' || attribution.kind === 'generic-title') {
      speakerKey = (passage.paragraph === lastParagraph ? lastSpeaker : null) ?? lastSpeaker ?? hostKey;
      confidence = passage.paragraph === lastParagraph ? 0.8 : 0.65;
      // "Ambassador Wang Yingwu … transmitted a message … through the Minister of External Relations. He noted …"
      // (blind-49): before anyone has spoken in the paragraph, "he" is the previous sentence's subject, when that is a
      // participant.
      const subject =
        attribution.kind === 'pronoun' && passage.paragraph !== lastParagraph ? subjectBefore(text, passage.span.start, keyOf) : null;
      if (subject) [speakerKey, confidence] = [subject, 0.75];
      // "The Russian Ambassador apprised the Foreign Minister … The Foreign Minister expressed …": the one participant
      // of this meeting who holds the office, whoever spoke last.
      const office = attribution.kind === 'generic-title' ? attribution.office : null;
      const holders = office ? [...keyOf.entries()].filter(([entity]) => holds(entity, office)) : [];
      if (holders.length === 1) [speakerKey, confidence] = [(holders[0] as [PersonEntity, string])[1], 0.8];
      // "Secretary of State Marco Rubio spoke with Saudi Foreign Minister Faisal bin Farhan. The Foreign Minister
      // emphasized …" (new-user trial 121): of several who hold the office, the one whose title has its words.
      const words = attribution.kind === 'generic-title' && attribution.title ? foldText(attribution.title).replace(/^the\s+/, '') : '';
      const named =
        words && holders.length > 1 ? holders.filter(([entity]) => entity.title !== null && foldText(entity.title).includes(words)) : [];
      if (named.length === 1) [speakerKey, confidence] = [(named[0] as [PersonEntity, string])[1], 0.75];
      // "Giorgi Kvirikashvili held a meeting with Cristian Urse, the Head of …. The Prime Minister stressed …"
      // (blind-42): an office no participant holds is the one participant the text gives no office.
      const untitled = office && holders.length === 0 ? [...keyOf.entries()].filter(([entity]) => entity.office === null) : [];
      if (untitled.length === 1) [speakerKey, confidence] = [(untitled[0] as [PersonEntity, string])[1], 0.7];
      // "The Prime Minister thanked the Australian leader …" in Downing Street's readout of two prime ministers (new-user
      // trial 131): the title printed alone, of the publishing side's one holder.
      const ownHolder = holders.length > 1 && named.length !== 1 && holders.some(([, key]) => key === ownKey) ? ownKey : null;
      if (ownHolder) [speakerKey, confidence] = [ownHolder, 0.75];
      // A head of state or government neither held by one participant nor left to one: "the premier" of two premiers
      // is nobody's (blind-38).
      else if (office && /^head-of-/.test(office) && holders.length !== 1 && untitled.length !== 1) speakerKey = null;
      // "She praised …" after a man spoke (as the text shows: "Mr", "his counterpart"): the latest speaker the text
      // shows to be a woman, or the one participant it shows so. A speaker the text says nothing of keeps the pronoun:
      // guessing from the others' genders did worse on the corpus.
      const gender: Gender | null = attribution.kind === 'pronoun' ? attribution.gender : null;
      const lastGender: Gender | undefined = speakerKey ? genderByKey.get(speakerKey) : undefined;
      if (gender && lastGender !== undefined && lastGender !== gender) {
        const matching: string[] = [...genderByKey].filter(([, g]) => g === gender).map(([key]) => key);
        const latest: string | undefined = [...spoken].reverse().find((key) => matching.includes(key));
        // "She said … He said": the one other participant no text or pronoun has shown to be of the other gender.
        const others: string[] = [...keyOf.values()].filter((key) => key !== speakerKey && genderByKey.get(key) !== lastGender);
        const chosen: string | undefined = latest ?? (matching.length === 1 ? matching[0] : others.length === 1 ? others[0] : undefined);
        if (chosen) [speakerKey, confidence] = [chosen, 0.7];
      }
      // "She said Kenya is committed …" with nobody quoted before: the participant of the country the pronoun speaks
      // for (after someone spoke, "he" is rather that one, speaking of any country).
      const country =
        attribution.kind === 'pronoun' && spoken.length === 0 ? countrySpokenFor(text.slice(passage.span.start, passage.span.end)) : null;
      const ofCountry = country ? [...keyOf].filter(([entity]) => entity.countryCode === country).map(([, key]) => key) : [];
      if (ofCountry.length === 1 && ofCountry[0] !== speakerKey) [speakerKey, confidence] = [ofCountry[0] as string, 0.7];
      // "Sikorski said … She, for her part, said …" (new-user trial 135 F3): the other of a meeting of two answers.
      if (attribution.kind === 'pronoun' && attribution.turn && speakerKey !== null && speakerKey === lastSpeaker && keyOf.size === 2) {
        const other = [...keyOf.values()].find((key) => key !== speakerKey);
        if (other) [speakerKey, confidence] = [other, 0.7];
      }
      // What a pronoun said tells its speaker's gender for the pronouns after it.
      if (gender && speakerKey && !genderByKey.has(speakerKey)) genderByKey.set(speakerKey, gender);
    }
    if (attribution.kind !== 'joint' && attribution.kind !== 'guests' && speakerKey === null) continue;
    if (speakerKey) [lastSpeaker, lastParagraph] = [speakerKey, passage.paragraph];
    if (speakerKey) spoken.push(speakerKey);
    statements.push({
      speakerKey,
      kind: speakerKey ? 'reported' : 'joint',
      text: text.slice(passage.span.start, passage.span.end),
      topics: [],
      span: passage.span,
      confidence,
    });
  }
  return statements;
}

/**
 * The key of the participant who is the subject of the sentence before `start` in its paragraph — named first, with at
 * most "the" before them — else null.
 */
function subjectBefore(text: string, start: number, keyOf: ReadonlyMap<PersonEntity, string>): string | null {
  const paragraphStart = text.lastIndexOf('\n', start - 1) + 1;
  const ends = [...text.slice(paragraphStart, start).matchAll(/[.!?]["”’)]?\s+(?=\S)/g)].map(
    (m) => paragraphStart + (m.index ?? 0) + m[0].length,
  );
  const boundaries = [paragraphStart, ...ends].filter((at) => at < start - 1);
  const previous = boundaries.at(-1);
  if (previous === undefined) return null;
  for (const [entity, key] of keyOf)
    for (const { mention } of entity.mentions)
      if (
        mention.span.start >= previous &&
        mention.span.start < start &&
        /^\s*(?:the\s+)?$/i.test(text.slice(previous, mention.span.start))
      )
        return key;
  return null;
}

/**
 * The key of the participant named last (`latter`) or first (`former`) in the nearest sentence before `start` that names
 * two of them, whatever its paragraph — "… met with the Foreign Minister of Montenegro, Filip Ivanović. The latter
 * thanked …"; past sentences that name one or none ("Cassis presented the Swiss priorities. The latter stressed …",
 * new-user trial 136 F4: the latter of the pair is the guest named in the lead) — else null.
 */
function namedBefore(text: string, start: number, keyOf: ReadonlyMap<PersonEntity, string>, which: 'latter' | 'former'): string | null {
  const before = text.slice(Math.max(0, start - 2000), start);
  const ends = [...before.matchAll(/[.!?]["”’)]?\s+(?=\S)/g)].map((m) => start - before.length + (m.index ?? 0) + m[0].length);
  const bounds = [start - before.length, ...ends.filter((at) => at < start - 1), start];
  const mentions: [number, string][] = [];
  for (const [entity, key] of keyOf) for (const { mention } of entity.mentions) mentions.push([mention.span.start, key]);
  for (let at = bounds.length - 1; at > 0; at--) {
    const named = mentions.filter(([position]) => position >= (bounds[at - 1] as number) && position < (bounds[at] as number));
    if (new Set(named.map(([, key]) => key)).size < 2) continue;
    named.sort((a, b) => a[0] - b[0]);
    const chosen = which === 'latter' ? named.at(-1) : named[0];
    return chosen?.[1] ?? null;
  }
  return null;
}

/** The country a pronoun's sentence opens by speaking for: "She said Kenya is committed …" → KE; else null. */
function countrySpokenFor(passage: string): string | null {
  const said =
    /^(?:he|she)\s+(?:also\s+)?(?:said|noted|stressed|added|stated|affirmed|reiterated|emphasi[sz]ed|underlined)\s+(?:that\s+)?(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/iu.exec(
      passage,
    );
  if (!said) return null;
  const words = (said[1] as string).split(/\s+/);
  return lookupCountry(words.join(' '))?.code ?? lookupCountry(words[0] as string)?.code ?? null;
}

const attendedEvent =
  /\b(?:summit|meeting|conference|forum|session|assembly|ceremony|celebrations?|games|congress|festival|expo|exhibition|talks|funeral|inauguration|parade|olympics|cup|championship|event|week|days?|dialogue|consultations?|council|commission|committee|convention|jubilee|anniversary|opening|gathering|retreat|symposium|seminar|workshop|fair)\b/i;

// "on the sidelines of the CICA ministerial meeting": the event a meeting was held at is not one of its initiatives —
// named in the sentences that report the meeting or in those that set the scene for all of them.
function parentEvents(readout: Readout, encounter: Encounter, setting: readonly ReadSentence[]): Span[] {
  const spans: Span[] = [];
  for (const sentence of new Set([...encounter.frames.map((f) => f.sentence), ...setting])) {
    const cue = new RegExp(
      `(?:${sidelinesWords.source})|\\bto (?:attend|participate in|take part in)\\b|\\bduring (?:the|his|her)\\b`,
      'gi',
    );
    for (let found = cue.exec(sentence.text); found; found = cue.exec(sentence.text)) {
      const start = sentence.start + found.index;
      const rest = sentence.text.slice(found.index + found[0].length);
      const stop = /[,;.]|\s(?:held|met|meets|had|on\s+\d)/.exec(rest);
      const attended = rest.slice(0, stop ? stop.index : rest.length);
      // "welcomes Finland to take part in the Belt and Road Initiative" (new-user trial 142 F5): one takes part in a
      // programme too; only an event one attends is where the meeting was held.
      if (/^to\s/i.test(found[0]) && !attendedEvent.test(attended)) continue;
      spans.push({ start, end: start + found[0].length + attended.length });
    }
  }
  return spans;
}

// "Readout: Secretary Blinken's Call with …" (new-user trial 121): the label of the kind of page is no part of the title.
const pageLabel = /^(?:readout|press\s+release|news\s+release|media\s+note|press\s+statement|statement)\s*[:|–—-]\s*(?=\S)/i;

/** The title a headline gives (`{ title, titleSpan }`, the span its slice of the text), without a page's label before it. */
export function headlineTitle(headline: { text: string; start: number; end: number } | null): {
  title: string | null;
  titleSpan: { start: number; end: number } | null;
} {
  if (!headline || letterheadOrDateline(headline.text)) return { title: null, titleSpan: null };
  const label = pageLabel.exec(headline.text)?.[0].length ?? 0;
  return { title: headline.text.slice(label), titleSpan: { start: headline.start + label, end: headline.end } };
}

// A first line that only heads the page: the ministry's letterhead, a label, or the dateline alone ("NEW DELHI,
// Tuesday", "RIYADH, Sunday 10 Rajab 1445 H, corresponding to 21 January 2024"; new-user trial 135 F12) — no title.
const letterhead =
  /^(?:the\s+)?(?:(?:ministry|department|office|embassy|high\s+commission|permanent\s+mission|presidency|government)\b[^.!?:;]{0,80}|press\s+(?:statement|release)|media\s+(?:statement|release|note)|news\s+release|statement)$/i;
const dateWords =
  /\b(?:\d{1,4}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|today|yesterday)\b/i;
function letterheadOrDateline(line: string): boolean {
  const text = line.trim();
  if (letterhead.test(text) && !text.split(/[^\p{L}]+/u).some((word) => headlineVerbs.has(word.toLowerCase()))) return true;
  const dateline = /^(\p{Lu}[\p{Lu}\p{L}.' -]*?),\s+(.+)$/u.exec(text);
  if (!dateline || !lookupCity(dateline[1] as string)) return false;
  // The rest is a date, a weekday or an agency: no words of a headline's own.
  const rest = (dateline[2] as string).replace(/\([^)]*\)/g, ' ');
  return dateWords.test(rest) && rest.split(/\s+/).filter((word) => /^\p{Ll}{4,}/u.test(word) && !dateWords.test(word)).length <= 2;
}

/**
 * The scene-setting sentences of a readout: those of its first two paragraphs that do not report one meeting of their
 * own ("held a series of talks … on the sidelines of … in Cairo", "held bilateral meetings with the Foreign Ministers
 * of A, B and C on the margins of …"). What they say of time, place and setting holds for every meeting.
 */
// "… participating at the 78th session of the United Nations General Assembly in New York": a place given as where an
// event was held says nothing of who hosted the meetings held there, whatever their kind.
const eventWords = /\b(?:summit|session|general\s+assembly|conference|forum|ministerial\s+meeting|retreat|congress)\b/i;
function atEvent(readout: Readout, place: PlaceChoice | null): boolean {
  if (!place) return false;
  const sentence = readout.sentences.find((s) => s.start <= place.span.start && place.span.end <= s.end);
  return sentence !== undefined && eventWords.test(sentence.text);
}

export function settingOf(readout: Readout, encounters: readonly Encounter[]): ReadSentence[] {
  const firstParagraphs = new Set(readout.structure.body.slice(0, 2).map((p) => p.index));
  const owners = new Map<ReadSentence, Set<Encounter>>();
  // "President Museveni on Tuesday at State House, Entebbe received credentials from six envoys": a frame of one person
  // that names no counterpart (a group, told one by one after) owns its sentence for no one meeting, whichever it was
  // grouped with ("A and B had a telephone conversation" names both sides: it owns its sentence).
  for (const encounter of encounters)
    for (const frame of encounter.frames)
      if (frame.objects.length > 0 || frame.subjects.length !== 1)
        owners.set(frame.sentence, (owners.get(frame.sentence) ?? new Set()).add(encounter));
  return readout.sentences.filter((s) => !s.inHeadline && firstParagraphs.has(s.paragraph) && (owners.get(s)?.size ?? 0) !== 1);
}

export const foldedText = (text: string, end: number): string => foldDocument(text.slice(0, end));

// "meeting 1 has no date the text states; the page is dated 2018-01-06 (its date stamp)": the page's own date is the
// editor's best clue, and dates the report rather than the meeting (when.ts).
// "ASTANA, 5 October –" or "on Tuesday" with no year and no publication date (new-user trial 110: "no date the text
// states" read as if the text stated none): the day is there, the year to resolve it is not.
function undatedWarning(index: number, reference: ReferenceDate | null, readout: Readout): string {
  // "on 31 February 2024" (new-user trial 116): a day the month does not have, which no date parser takes.
  const impossible = impossibleDate(readout.structure.text);
  if (impossible)
    return `${meetingRef(index)} has no date: the text gives "${impossible}", a day that month does not have; correct it in the draft`;
  if (!reference) {
    const dates = [readout.structure.dateline?.date ?? null, ...readout.sentences.filter((s) => !s.inPreface).flatMap((s) => s.dates)];
    const yearless = dates.find((d) => d !== null && d.year === null && (d.day !== null || d.weekday !== null));
    if (yearless)
      return `${meetingRef(index)} has no date: the text gives "${yearless.text.trim()}" but not the ${yearless.day === null ? 'week' : yearless.monthOffset !== undefined ? 'month' : 'year'}; send publishedAt (the page's date) to resolve it`;
  }
  // "paid an official visit to Vietnam on 2-3 November 2026 and met …" (new-user trial 117): the days of a visit or
  // an event, of which the text does not say this meeting's.
  const range = readout.sentences
    .filter((s) => !s.inPreface)
    .flatMap((s) => s.dates)
    .find((d) => d.range === true && d.day !== null);
  if (range)
    return `${meetingRef(index)} has no date: the text gives "${range.text.trim()}", several days, but not which of them this meeting was; correct it in the draft`;
  const warning = `${meetingRef(index)} has no date the text states`;
  if (!reference?.span || reference.source === 'published') return warning;
  return `${warning}; the page is dated ${reference.date} (its ${reference.source === 'dateline' ? 'dateline' : 'date stamp'}), which dates the report, not necessarily the meeting`;
}
