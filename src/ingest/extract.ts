import { countryOfDomain, hostNamesIn } from './lexicon/domains.js';
import { maxDraftBytes, maxMeetingsPerReadout, type ExtractOptions, type ReadoutDraft } from './draft.js';
import { isReporter, resolveEntities } from './attribution/entities.js';
import { findPassages, type Passage } from './attribution/statements.js';
import { conformingDraft } from './assemble/conform.js';
import { sharedKinds } from './assemble/kind.js';
import { aboutAllMeetings, assembleMeeting, foldedText, headlineTitle, settingOf } from './assemble/meeting.js';
import { leadDate, referenceDate, type DateChoice } from './assemble/when.js';
import type { PlaceChoice } from './assemble/where.js';
import { readSentences, type ReadSentence, type Readout } from './document/readout.js';
import { maxSentenceChars } from './document/nlp.js';
import { readStructure } from './document/structure.js';
import { groupEncounters, type Encounter } from './frames/encounters.js';
import { announcedMeeting, findFrames, narrativeSentences, partiesOf } from './frames/frames.js';
import { publisherCountries } from './lexicon/publishers.js';
import { isRegionModifier, lookupCountry, lookupCountryInOtherLanguages } from './recognize/countries.js';
import { otherLanguage } from './text/language.js';
import { isoDate } from './recognize/dates.js';
import { markupTags } from './text/markup.js';
import { looksBinary } from './text/binary.js';
import { invisibleFormatClass } from './text/invisible.js';
import { withReplacementAsLetter, withReplacementRestored } from './text/replacement.js';
import { titleText } from './text/title-text.js';

export type { ExtractOptions, ReadoutDraft } from './draft.js';

/** Readouts are a few thousand characters; beyond this the text is no readout and only its beginning is read. */
export const maxAnalysedChars = 200_000;

/**
 * Turns a readout into the meetings it reports, every fact with its span in `text` and a confidence. The stages:
 * document structure (headline, dateline, stamps, body) → recognisers (people, titles, dates, places) → people
 * resolved across the text → meeting frames grouped into encounters → statements attributed → catalogue and people
 * linking → draft. Pure and total: empty, binary or unrelated text gives a draft with no meetings and a warning.
 */
export function extractReadout(text: string, options: ExtractOptions): ReadoutDraft {
  try {
    // "Kowal\u00adczyk", "\u200fAnna Kowalczyk": characters that print nothing would cut a name in two; the text is
    // read without them and every span given back is one of `text` as given.
    const visible = typeof text === 'string' ? withoutInvisible(text) : null;
    const read = visible ? visible.text : text;
    // "John Brice�o": a character the page's decoder lost is read as a letter of the word it stands in.
    const lettered = typeof read === 'string' ? withReplacementAsLetter(read) : null;
    const draft = lettered === null ? extract(read, options) : withReplacementRestored(extract(lettered.text, options), lettered.standIns);
    return visible ? spansOnto(draft, visible.origin) : draft;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return emptyDraft([`the extractor failed on this text and returned an empty draft (${reason})`]);
  }
}

function extract(text: string, options: ExtractOptions): ReadoutDraft {
  if (typeof text !== 'string' || text.trim().length === 0) return emptyDraft(['the text is empty']);
  if (looksBinary(text)) return emptyDraft(['the text looks like binary data, not a readout']);
  const warnings: string[] = [];
  const limit = Math.min(text.length, maxAnalysedChars);
  if (text.length > limit) warnings.push(`the text is ${text.length} characters long; only the first ${limit} were read`);
  const tags = markupTags(text.slice(0, limit));
  if (tags > 0) warnings.push(`the text looks like HTML (${tags} tags); send the page's text, not its markup — tags are read as words`);
  const language = otherLanguage(text.slice(0, limit));
  if (language)
    warnings.push(`the text looks like ${language.name}, not English: the extractor reads English, so expect few facts and check each`);
  // What the text was taken for, as the document stores it: BCP 47, franc's ISO 639-3 "fra" written "fr" (new-user trial
  // 115: a French readout was stored as "en").
  const tagged = { language: language ? (Intl.getCanonicalLocales(language.code)[0] ?? language.code) : 'en' };

  const givenCountry = publisherCountry(options.publisher) ?? domainCountry(options.publisher, options.url);
  const readout = readSentences(readStructure(text, limit, { usPublisher: givenCountry === 'US' }));
  // "met with Minister Anna Alpha, … (a hundred names) in Geneva" (new-user trial 117): a sentence read in parts loses
  // what spans them, silently but for this.
  if (readout.sentences.some((sentence) => sentence.cut))
    warnings.push(
      `a sentence of the text is longer than ${maxSentenceChars} characters and was read in parts: a list it holds may be drafted only in part; check the meetings against the text`,
    );
  warnings.push(...weekdayWarnings(readout));
  // "SYDNEY (Reuters) – …" on a U.S. radio station's site (blind-84): an international wire's copy is nobody's
  // readout, whoever prints it — the host is then the side the meeting was held by.
  const publishingCountry = wireCopy(readout) ? null : (givenCountry ?? publisherInText(readout));
  const headline = readout.structure.headline;
  const title = headlineTitle(headline);
  const entities = resolveEntities(readout, options.people, publishingCountry);
  const frames = findFrames(readout, entities);
  const found = groupEncounters(frames);
  const encounters = found.slice(0, maxMeetingsPerReadout);
  if (found.length > encounters.length)
    warnings.push(`the text reports ${found.length} meetings; only the first ${encounters.length} are drafted`);
  if (encounters.length === 0) {
    // "Wong will travel to Jakarta on 10 March to hold talks with …" (new-user trial 128 F11): an announcement, not a readout.
    const announced = announcedMeeting(readout);
    warnings.push(
      announced
        ? `no sentence says who met whom: the text announces a meeting still to come ("${clipped(announced.text)}"); only meetings held are drafted`
        : 'no sentence says who met whom; this does not look like a meeting readout',
    );
    return { ...title, meetings: [], confidence: 0, warnings, ...tagged };
  }
  warnings.push(...apartWarnings(encounters, text));
  // The meetings left out take their passages with them (new-user trial 121: the statements and speakers of 18 meetings
  // past the hundredth had gone to it, with a title past the draft's 500 characters): none from the first sentence of
  // one left out on.
  const cut = Math.min(...found.slice(maxMeetingsPerReadout).map((encounter) => encounter.firstSentence));
  const passages = findPassages(readout, entities, narrativeSentences(frames), partiesOf(frames)).filter(
    (passage) => (passage.sentences[0]?.index ?? 0) < cut,
  );
  withSpeakingCounterpart(encounters, passages);
  const draft = assembleDraft(encounters, passages, readout, publishingCountry, options, text, limit, title, warnings, false);
  if (Buffer.byteLength(JSON.stringify(draft)) <= maxDraftBytes) return conformingDraft({ ...draft, ...tagged });
  // "held meetings with A, B, C, D and E …" over hundreds of joint sentences: each meeting split off the sentence would
  // carry them all. Past the bound a client can send back, each passage goes to one meeting only.
  warnings.push(
    `the draft would be larger than ${maxDraftBytes} bytes; what meetings split off one sentence share is given to one of them only`,
  );
  return conformingDraft({
    ...assembleDraft(encounters, passages, readout, publishingCountry, options, text, limit, title, warnings, true),
    ...tagged,
  });
}

/**
 * "Wang Yi held talks with Kazakh Foreign Minister Murat Nurtleu and Uzbek Foreign Minister Bakhtiyor Saidov in Xi'an"
 * (new-user trial 120): meetings drafted one per counterpart from a sentence that does not say they were separate, as
 * such lists of different countries' counterparts mostly are — one warning per sentence, naming the meetings (1-based)
 * and the sentence's phrase, so that the editor merges them when they met at one table.
 */
function apartWarnings(encounters: readonly Encounter[], text: string): string[] {
  const bySentence = new Map<number, { phrase: string; meetings: number[] }>();
  encounters.forEach((encounter, index) => {
    for (const frame of encounter.frames.filter((f) => f.apart)) {
      const entry = bySentence.get(frame.sentence.index) ?? {
        phrase: text.slice(frame.phrase.start, frame.phrase.end).trim(),
        meetings: [],
      };
      if (!entry.meetings.includes(index + 1)) entry.meetings.push(index + 1);
      bySentence.set(frame.sentence.index, entry);
    }
  });
  return [...bySentence.values()]
    .filter(({ meetings }) => meetings.length >= 2)
    .map(
      ({ phrase, meetings }) =>
        `meetings ${meetings.slice(0, -1).join(', ')} and ${meetings.at(-1)} (${meetings.map((n) => `/meetings/${n - 1}`).join(', ')}) are drafted apart from one sentence ("${phrase} …") that does not say they were separate; if they met together, merge them into one`,
    );
}

/**
 * "Sheikh Abdullah during the meeting affirmed … The top diplomat of Dominican Republic hailed …" (blind-53, whose
 * stored excerpt starts after the lead): a readout's one meeting, told of one side only, is with the one official of
 * another country who speaks in the text. Changes the encounter in place; nothing when that is not one person.
 */
function withSpeakingCounterpart(encounters: readonly Encounter[], passages: readonly Passage[]): void {
  const [only] = encounters;
  const [side] = only?.participants ?? [];
  if (!only || !side || encounters.length !== 1 || only.participants.length !== 1) return;
  const speakers = new Set(
    passages.flatMap(({ attribution }) =>
      attribution.kind === 'person' &&
      attribution.entity !== side &&
      attribution.entity.strong &&
      attribution.entity.office !== null &&
      attribution.entity.countryCode !== null &&
      attribution.entity.countryCode !== side.countryCode &&
      !isReporter(attribution.entity)
        ? [attribution.entity]
        : [],
    ),
  );
  if (speakers.size === 1) only.participants.push(...speakers);
}

function assembleDraft(
  encounters: readonly Encounter[],
  passages: readonly Passage[],
  readout: Readout,
  publishingCountry: string | null,
  options: ExtractOptions,
  text: string,
  limit: number,
  title: Pick<ReadoutDraft, 'title' | 'titleSpan'>,
  earlierWarnings: readonly string[],
  shareOnce: boolean,
): ReadoutDraft {
  const warnings = [...earlierWarnings];
  const owners = passageOwners(encounters, passages);
  const context = {
    readout,
    options,
    passages,
    reference: referenceDate(readout, options.publishedAt, options.url),
    publisherCountry: publishingCountry,
    folded: foldedText(text, limit),
    setting: settingOf(readout, encounters),
    meetingCount: encounters.length,
    aboutAll: aboutAllMeetings(readout, encounters.length),
    encounters,
    ...(shareOnce ? siblingOwners(encounters, passages, owners) : { passageOwner: owners }),
  };
  // Before the first meeting, "the meeting before" is the day the lead reports, if it names one.
  let previousDate: DateChoice | null = leadDate(readout, context.reference);
  let previousPlace: PlaceChoice | null = null;
  const meetings = encounters.map((encounter, index) => {
    // Meetings split off one sentence ("telephone calls with the Foreign Ministers of Turkey and Qatar") share what
    // follows it: "In all of them, he shared his deep alarm …".
    const later = stretchStarts(encounters).filter((first) => first > encounter.firstSentence);
    const earliest = Math.min(...stretchStarts(encounters));
    const start = encounter.firstSentence === earliest ? 0 : encounter.firstSentence;
    // A meeting told in passing ("…, after talking with X") has its own sentence only.
    const region: [number, number] = encounter.toldInPassing
      ? [encounter.firstSentence, encounter.firstSentence + 1]
      : [start, later.length > 0 ? Math.min(...later) : Number.MAX_SAFE_INTEGER];
    // "received the credentials of the Ambassador of Korea, Kim, and the Ambassador of Sweden, Polano": meetings split
    // off one sentence share what follows it, but one's counterpart speaking there is no participant of the other.
    const elsewhere = encounters
      .filter((other) => other !== encounter && other.firstSentence === encounter.firstSentence)
      .flatMap((other) => other.participants)
      .filter((person) => !encounter.participants.includes(person));
    const assembled = assembleMeeting(encounter, index, region, context, previousDate, previousPlace, elsewhere);
    previousDate = assembled.date ?? previousDate;
    previousPlace = assembled.place ?? previousPlace;
    warnings.push(...assembled.warnings);
    return hundredths(oneLine(assembled.draft));
  });
  const confidence = Math.round((meetings.reduce((sum, m) => sum + m.confidence, 0) / meetings.length) * 100) / 100;
  return { ...title, meetings: withSidelines(sharedKinds(meetings, encounters)), confidence, warnings };
}

/**
 * Where the meetings' stretches of text start (the sentence each is first told in), but for meetings told in passing
 * ("…, after talking with X"), which have none; all of them when every meeting is.
 */
function stretchStarts(encounters: readonly Encounter[]): number[] {
  const opening = encounters.filter((encounter) => !encounter.toldInPassing);
  return (opening.length > 0 ? opening : encounters).map((encounter) => encounter.firstSentence);
}

/**
 * "Trilateral meeting of A, B and C … On the margins of the trilateral meeting, A also held a bilateral meeting with B"
 * (new-user trial 116): a sideline meeting of a readout that reports one multilateral meeting of the same day is on
 * its margins — `sidelinesOf`, which the commit turns into the meeting's `parentId`.
 */
function withSidelines(meetings: ReadoutDraft['meetings']): ReadoutDraft['meetings'] {
  return meetings.map((meeting) => {
    if (meeting.kind !== 'sideline_meeting') return meeting;
    const events = meetings.flatMap((other, index) => (other.kind === 'multilateral' && other.date === meeting.date ? [index] : []));
    return events.length === 1 ? { ...meeting, sidelinesOf: events[0] } : meeting;
  });
}

/**
 * Meetings split off one sentence ("held bilateral meetings with A, B and C") share the stretch after it; a passage of
 * that stretch that no meeting owns goes to the meeting of the one of them who speaks it, else to the first of them —
 * once, not to each: a draft carries each passage once, so it stays as small as its text (and can be sent back).
 * What those passages name (initiatives) is still read for each of them: a series' programme is every meeting's.
 */
function siblingOwners(
  encounters: readonly Encounter[],
  passages: readonly Passage[],
  owners: Map<Passage, number>,
): { passageOwner: Map<Passage, number>; sharedPassages: Set<Passage> } {
  const shared = new Set<Passage>();
  for (const passage of passages) {
    const at = passage.sentences[0]?.index;
    if (owners.has(passage) || at === undefined) continue;
    // The meetings whose stretch holds the passage: the last first sentence at or before it, and all that share it.
    const before = encounters.map((encounter) => encounter.firstSentence).filter((first) => first <= at);
    if (before.length === 0) continue;
    const start = Math.max(...before);
    const siblings = encounters.flatMap((encounter, i) => (encounter.firstSentence === start ? [i] : []));
    if (siblings.length < 2) continue;
    const speaker = passage.attribution.kind === 'person' ? passage.attribution.entity : null;
    const theirs = speaker ? siblings.filter((i) => encounters[i]?.participants.includes(speaker)) : [];
    owners.set(passage, (theirs.length === 1 ? theirs[0] : siblings[0]) as number);
    shared.add(passage);
  }
  return { passageOwner: owners, sharedPassages: shared };
}

// A passage that opens on a summit (or a trilateral), and one that opens on a meeting of its own.
// "The three leaders “reiterated …”" (blind-80): the sides counted, three or more, open a passage of the table too.
const summitOpening =
  /^\s*(?:(?:during|at|after|following|in\s+the\s+course\s+of)\s+(?:the|their)\s+(?:(?:three|four|five)[- ]\p{L}+\s+|trilateral\s+|quadrilateral\s+|leaders['’]?\s+)?(?:summit|trilateral|plenary)|(?:the|all)\s+(?:three|four|five)\s+(?:leaders|sides|parties|countries|presidents|(?:foreign\s+|prime\s+)?ministers|heads)\b)/iu;
const encounterOpening =
  /^\s*(?:during|at|after|following|in)\s+(?:the|their|his|her)\s+(?:\p{L}+\s+){0,2}(?:meeting|talks|call|conversation|summit|bilateral)\b/iu;

/**
 * The passages said in one meeting's stretch of text by someone who took part in another meeting only: "Later that
 * day, the Foreign Secretary held a video call with … Dr Mutua welcomed the UK-Kenya Strategic Partnership" — Mutua met
 * the Foreign Secretary in London, and what he welcomed belongs to that meeting, not to the call (where he would
 * otherwise be seated). Passage → index of the meeting it belongs to; passages of people in several meetings, or in
 * none, or in the meeting of their stretch, or only in a meeting told later, are left to their stretch.
 */
function passageOwners(encounters: readonly Encounter[], passages: readonly Passage[]): Map<Passage, number> {
  const owners = new Map<Passage, number>();
  const starts = encounters.map((encounter) => (encounter.toldInPassing ? Number.MAX_SAFE_INTEGER : encounter.firstSentence));
  // Where each meeting is first told of, also in a sentence it shares with others ("received on inaugural visits
  // Slovakian Ambassador A and Qatari Ambassador B … A expressed satisfaction …"): what A says after it is A's meeting's.
  const told = encounters.map((encounter) =>
    Math.min(encounter.firstSentence, ...encounter.frames.filter((f) => !f.sentence.inHeadline).map((f) => f.sentence.index)),
  );
  // The meeting whose stretch sentence `at` is in: the last to start at or before it (the first one's stretch starts at 0).
  // (The meetings are in the order the text first tells of them, which need not be the order of their first sentences.)
  const earliest = starts.indexOf(Math.min(...starts));
  const stretchAt = (at: number) =>
    starts.reduce((found, start, i) => (start <= at && start >= (starts[found] as number) ? i : found), earliest);
  for (const passage of passages) {
    if (passage.attribution.kind !== 'person' || passage.sentences[0] === undefined) continue;
    const speaker = passage.attribution.entity;
    const at = passage.sentences[0].index;
    const stretch = stretchAt(at);
    if (encounters[stretch]?.participants.includes(speaker)) continue;
    const theirs = encounters.flatMap((encounter, i) => (encounter.participants.includes(speaker) ? [i] : []));
    // Only back to a meeting told before: someone who speaks before the text tells of their meeting is rather one of
    // the people of the meeting at hand (a delegation, named when they speak).
    // Or to a meeting split off the same sentence ("received credentials from five new envoys. The envoys included A
    // (Uganda), B (Australia) …"): what A says is A's meeting's.
    const owner = theirs[0] as number;
    if (theirs.length === 1 && (told[owner] as number) <= (starts[stretch] as number)) owners.set(passage, owner);
  }
  // "… Later, Kallas held a video call with the Prime Minister of Moldova. The High Representative stressed the
  // importance of the EU-India Free Trade Agreement": a passage of someone in several meetings that names the country of
  // the counterparts of exactly one of them, a meeting told before its stretch, is that meeting's.
  for (const passage of passages) {
    if (owners.has(passage) || passage.attribution.kind !== 'person' || passage.sentences[0] === undefined) continue;
    const speaker = passage.attribution.entity;
    const at = passage.sentences[0].index;
    const stretch = stretchAt(at);
    const named = countriesIn(passage.sentences);
    if (named.size === 0) continue;
    const meant = encounters.flatMap((encounter, i) =>
      encounter.participants.includes(speaker) &&
      encounter.participants.some(
        (p) => p !== speaker && p.countryCode !== null && p.countryCode !== speaker.countryCode && named.has(p.countryCode),
      )
        ? [i]
        : [],
    );
    const owner = meant[0] as number;
    if (meant.length === 1 && owner !== stretch && (starts[owner] as number) <= (starts[stretch] as number)) owners.set(passage, owner);
  }
  // "Minister Pusić and the Qatari ambassador agreed that Croatia and Qatar …", in the stretch of the meeting with the
  // Slovak ambassador: a joint passage that names the country of the guests of exactly one meeting told before is that
  // meeting's.
  for (const passage of passages) {
    if (owners.has(passage) || passage.attribution.kind !== 'joint' || passage.sentences[0] === undefined) continue;
    const at = passage.sentences[0].index;
    const stretch = stretchAt(at);
    // One country besides the hosts' (not a series' "the Central Asian states and Russia").
    const hostCountries = new Set(encounters.flatMap((encounter) => encounter.hosts.map((host) => host.countryCode)));
    const named = new Set([...countriesIn(passage.sentences)].filter((code) => !hostCountries.has(code)));
    if (named.size !== 1) continue;
    const meant = encounters.flatMap((encounter, i) => {
      const hostCountries = new Set(encounter.hosts.map((host) => host.countryCode));
      const guests = encounter.participants.filter((p) => !encounter.hosts.includes(p) && p.countryCode !== null);
      return guests.some((p) => !hostCountries.has(p.countryCode) && named.has(p.countryCode as string)) ? [i] : [];
    });
    const owner = meant[0] as number;
    if (meant.length === 1 && owner !== stretch && (told[owner] as number) <= at) owners.set(passage, owner);
  }
  // "Biden hosted Trudeau and Lopez Obrador … for their first North American Leaders' Summit. On Thursday, Biden met
  // separately with Trudeau and Obrador … During the summit, the three leaders …" (blind-71): a passage that opens on
  // the summit (or the trilateral) is that of the one meeting of three or more told before it, with what follows it.
  for (const [k, passage] of passages.entries()) {
    const first = passage.sentences[0];
    if (owners.has(passage) || first === undefined || !summitOpening.test(first.text)) continue;
    const tables = encounters.flatMap((encounter, i) =>
      encounter.participants.length >= 3 && (told[i] as number) <= first.index ? [i] : [],
    );
    const owner = tables[0];
    if (tables.length !== 1 || owner === undefined || owner === stretchAt(first.index)) continue;
    owners.set(passage, owner);
    // The passages after it in its paragraph and the next ones, no paragraph without one between, up to the next that
    // names a meeting of its own.
    let last = first.paragraph;
    for (const next of passages.slice(k + 1)) {
      const at = next.sentences[0];
      if (!at || owners.has(next) || at.paragraph > last + 1 || encounterOpening.test(at.text)) break;
      owners.set(next, owner);
      last = at.paragraph;
    }
  }
  // "Martin met President Ramaphosa and Minister Pandor … Earlier, the Tánaiste marked Mandela Day with Minister Pandor
  // …" (new-user trial 134): a passage of the one who met both, in one meeting's stretch, that names the counterpart of
  // exactly one other meeting told before it and not this one's is that other meeting's.
  for (const passage of passages) {
    const first = passage.sentences[0];
    if (owners.has(passage) || first === undefined || passage.attribution.kind !== 'person') continue;
    const speaker = passage.attribution.entity;
    const stretch = stretchAt(first.index);
    const named = new Set(passage.sentences.flatMap((sentence) => sentence.people));
    const counterparts = (i: number) => (encounters[i] as Encounter).participants.filter((person) => person !== speaker);
    const names = (i: number) => counterparts(i).some((person) => person.mentions.some(({ mention }) => named.has(mention)));
    // Not in a stretch that meetings split off one sentence share ("In his conversations with Ban and regional leaders,
    // Obama reiterated …", blind-68): those are read below.
    const shared = starts.filter((start) => start === starts[stretch]).length > 1;
    if (shared || !encounters[stretch]?.participants.includes(speaker) || names(stretch)) continue;
    const others = encounters.flatMap((encounter, i) =>
      i !== stretch && encounter.participants.includes(speaker) && (told[i] as number) <= first.index && names(i) ? [i] : [],
    );
    if (others.length === 1) owners.set(passage, others[0] as number);
  }
  // "The heads of delegations were received by the President … In preparation for the summit, the parties considered
  // …" (blind-65): the reception of a whole table is told in passing; what follows it is the table's, unless the one who
  // received them speaks it or is named in it.
  for (const passage of passages) {
    const first = passage.sentences[0];
    if (owners.has(passage) || first === undefined) continue;
    const reception = encounters[stretchAt(first.index)];
    if (!reception?.frames.some((frame) => frame.receivedGroup === true)) continue;
    const receivers = reception.hosts;
    const received = reception.participants.filter((person) => !receivers.includes(person));
    const named = new Set(passage.sentences.flatMap((sentence) => sentence.people));
    const speaker = passage.attribution.kind === 'person' ? passage.attribution.entity : null;
    if ((speaker && receivers.includes(speaker)) || receivers.some((p) => p.mentions.some(({ mention }) => named.has(mention)))) continue;
    const table = encounters.findIndex((other) => other !== reception && received.every((person) => other.participants.includes(person)));
    if (table >= 0) owners.set(passage, table);
  }
  // "Berg held separate meetings with van Klaveren of Chile and Faisal bin Farhan of Saudi Arabia … With van Klaveren,
  // Berg discussed … Faisal bin Farhan briefed Berg on the Middle East Green Initiative": in the stretch that meetings
  // split off one sentence share, a passage spoken by, or naming, the counterpart of exactly one of them is that
  // meeting's alone — and so is what it names (new-user trial 101: the initiative had gone to both).
  for (const passage of passages) {
    const at = passage.sentences[0]?.index;
    if (owners.has(passage) || at === undefined) continue;
    const siblings = encounters.flatMap((encounter, i) => (encounter.firstSentence === starts[stretchAt(at)] ? [i] : []));
    if (siblings.length < 2) continue;
    const speaker = passage.attribution.kind === 'person' ? passage.attribution.entity : null;
    const named = new Set(passage.sentences.flatMap((sentence) => sentence.people));
    const counterpartOf = (i: number) => {
      const encounter = encounters[i] as Encounter;
      return encounter.participants.filter((person) => !encounter.hosts.includes(person));
    };
    const spoken = siblings.filter((i) => speaker !== null && counterpartOf(i).includes(speaker));
    const naming = siblings.filter((i) => counterpartOf(i).some((person) => person.mentions.some(({ mention }) => named.has(mention))));
    const own = spoken.length === 1 ? spoken : naming.length === 1 ? naming : [];
    if (own[0] !== undefined) owners.set(passage, own[0]);
  }
  // "During his visit, Novak met Prime Minister Meloni. He also met Foreign Minister Tajani. … Novak and Meloni discussed
  // energy security." (new-user trial 116: a passage copied into, or left in, the meeting told last): a passage whose
  // first sentence names by name two or more people of the text's meetings, all of whom took part in exactly one
  // meeting told before it, is that meeting's. (Only the sides together: "… where Kerry called on all parties
  // including Kenyatta" is Kerry's, wherever Kenyatta was met.)
  for (const passage of passages) {
    const first = passage.sentences[0];
    if (owners.has(passage) || first === undefined || passage.attribution.kind !== 'joint') continue;
    const mentioned = new Set(first.people.filter((mention) => mention.name !== null));
    const named = new Set(
      encounters.flatMap((encounter) =>
        encounter.participants.filter((person) => person.mentions.some(({ mention }) => mentioned.has(mention))),
      ),
    );
    if (named.size < 2) continue;
    const meant = encounters.flatMap((encounter, i) => ([...named].every((person) => encounter.participants.includes(person)) ? [i] : []));
    const owner = meant[0] as number;
    if (meant.length === 1 && owner !== stretchAt(first.index) && (told[owner] as number) <= first.index) owners.set(passage, owner);
  }
  // "Minister Maris briefed Minister Wong on the border. Minister Wong said Australia supports dialogue." (new-user
  // trial 126): a passage moved to its speaker's meeting takes the next passage of its paragraph along when that one's
  // speaker took part in the same meeting (the host answering in it), or is both sides.
  for (const [index, passage] of passages.entries()) {
    const before = passages[index - 1];
    const first = passage.sentences[0];
    if (owners.has(passage) || !before || !first || before.paragraph !== passage.paragraph || !owners.has(before)) continue;
    const owner = owners.get(before) as number;
    if (owner === stretchAt(first.index)) continue;
    // Moved for its speaker, a counterpart of that meeting (not a passage shared by several meetings).
    if (before.attribution.kind !== 'person' || encounters[owner]?.hosts.includes(before.attribution.entity)) continue;
    const kind = passage.attribution.kind;
    if ((kind === 'person' && encounters[owner]?.participants.includes(passage.attribution.entity)) || kind === 'joint')
      owners.set(passage, owner);
  }
  // "… received credentials from five new envoys. The envoys included A (Uganda), B (Australia) … 'On behalf of …,'
  // said Ms Otaala. She said Uganda looks to Kenya …": in the stretch that meetings split off one sentence share, "she"
  // (or a title) after someone of one of them speaks is that speaker's, and so is the passage's meeting.
  // Elsewhere, "he" or a title in the paragraph of a passage moved to its speaker's meeting goes with it ("Priputen
  // expressed satisfaction … “We are happy …,” he said.").
  let previous: Passage | null = null;
  for (const passage of passages) {
    const kind = passage.attribution.kind;
    const at = passage.sentences[0]?.index;
    const split = at !== undefined && starts.filter((start) => start === starts[stretchAt(at)]).length > 1;
    if ((kind === 'pronoun' || kind === 'generic-title') && previous && !owners.has(passage)) {
      const before = owners.get(previous);
      const near = passage.paragraph - previous.paragraph <= (split ? 1 : 0);
      if (before !== undefined && near) owners.set(passage, before);
    }
    if (kind === 'person') previous = passage;
  }
  return owners;
}

/** The countries the sentences name (ISO codes), also inside compounds: "EU-India", "Kenya–Ghana". */
function countriesIn(sentences: readonly ReadSentence[]): Set<string> {
  const named = new Set<string>();
  for (const sentence of sentences)
    for (const word of sentence.words)
      for (const part of word.text.replace(/['’]s$/, '').split(/[-–—]/)) {
        const country = /^\p{Lu}/u.test(part) && part.length > 2 ? lookupCountry(part) : null;
        if (country && !country.ambiguous) named.add(country.code);
      }
  return named;
}

/**
 * `text` without the characters that print nothing (text/invisible.ts), and for each of its UTF-16 code units the
 * offset of that unit in `text` (one more entry: `text.length`); null when `text` has none of them.
 */
function withoutInvisible(text: string): { text: string; origin: Int32Array } | null {
  if (!anyInvisible.test(text)) return null;
  const kept: string[] = [];
  const origin = new Int32Array(text.length + 1);
  let length = 0;
  for (let at = 0; at < text.length; at++) {
    if (invisibleOne.test(text[at] as string)) continue;
    kept.push(text[at] as string);
    origin[length++] = at;
  }
  origin[length] = text.length;
  return { text: kept.join(''), origin: origin.subarray(0, length + 1) };
}
const anyInvisible = new RegExp(`[${invisibleFormatClass}]`, 'u');
const invisibleOne = new RegExp(`^[${invisibleFormatClass}]$`, 'u');

/**
 * The draft with every span (`{ start, end }` of the text read without invisible characters) moved onto the text as
 * given: a start to its character's offset there, an end to just after its last character's.
 */
function spansOnto(draft: ReadoutDraft, origin: Int32Array): ReadoutDraft {
  const last = origin.length - 1;
  const move = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(move);
    if (value === null || typeof value !== 'object') return value;
    const record = value as Record<string, unknown>;
    if (typeof record.start === 'number' && typeof record.end === 'number' && Object.keys(record).length === 2) {
      const [start, end] = [Math.min(record.start, last), Math.min(record.end, last)];
      return { start: origin[start], end: end > start ? (origin[end - 1] as number) + 1 : origin[start] };
    }
    return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key, move(inner)]));
  };
  return move(draft) as ReadoutDraft;
}

// "Rangin⏎Dadfar Spanta", "State⏎Councilor": a name or a title the page wrapped is one line, as the API stores names
// and titles (http/schemas.ts `line`); what was printed stays verbatim in printedName and printedTitle.
const invisibleFormat = new RegExp(`[${invisibleFormatClass}]`, 'gu');
const oneLine = (meeting: ReadoutDraft['meetings'][number]): ReadoutDraft['meetings'][number] => {
  // Direction marks and characters that print nothing (a page's U+200F around an Arabic name) are left out too.
  const tidy = <T extends string | null>(value: T): T =>
    value === null ? value : (value.replace(invisibleFormat, '').replace(/\s+/g, ' ') as T);
  return {
    ...meeting,
    // A title made of the names ("Talks: Julio Cesar Arriola, S⏎⏎Jaishankar", blind-87) is one line as they are.
    title: meeting.titleSpan === null ? tidy(meeting.title) : meeting.title,
    city: tidy(meeting.city),
    participants: meeting.participants.map((p) => ({
      ...p,
      name: tidy(p.name),
      title: p.title === null ? null : titleText(p.title),
      organization: tidy(p.organization),
    })),
  };
};

// Confidences are products of the evidence's weights (0.9 × 0.8): given in hundredths, as they are compared and shown,
// not as 0.7200000000000001 (new-user trial 95).
const round2 = (value: number): number => Math.round(value * 100) / 100;
const hundredths = (meeting: ReadoutDraft['meetings'][number]): ReadoutDraft['meetings'][number] => ({
  ...meeting,
  kindConfidence: round2(meeting.kindConfidence),
  dateConfidence: round2(meeting.dateConfidence),
  locationConfidence: round2(meeting.locationConfidence),
  confidence: round2(meeting.confidence),
  participants: meeting.participants.map((p) => ({ ...p, confidence: round2(p.confidence) })),
  statements: meeting.statements.map((s) => ({ ...s, confidence: round2(s.confidence) })),
  initiatives: meeting.initiatives.map((i) => ({ ...i, confidence: round2(i.confidence) })),
});

/**
 * The publisher's country: a known publisher's ("Xinhua", "U.S. Department of State", lexicon/publishers.ts) or the
 * country its name names ("Ministry of Foreign Affairs of Japan"), whichever comes first in the name ("Trend News
 * Agency (Azerbaijan), citing Anadolu Agency" is Azerbaijani). The language it writes in is no country: "News in English
 * (newsinenglish.no, Norway)" is Norwegian.
 */
function publisherCountry(given: string | null | undefined): string | null {
  if (!given) return null;
  // "Emirates News Updates, carrying the Saudi Press Agency": a reprint is the readout of the one it carries (blind-48),
  // when the name says whose — "citing" still reports in the outlet's own words.
  const reprint = /[,(]\s*(?:carrying|relaying|reprinting|republishing)\s+(.+)$/i.exec(given);
  const carried = reprint ? publisherCountryIn(reprint[1] as string) : null;
  return carried ?? publisherCountryIn(given);
}

// Languages outlets write in, whose names are also demonyms ("English" reads as England).
const languages =
  'English|French|Spanish|Arabic|Portuguese|Russian|Chinese|German|Italian|Japanese|Korean|Turkish|Persian|Urdu|Hindi|Bengali|Indonesian|Vietnamese|Dutch|Polish|Ukrainian';

function publisherCountryIn(given: string): string | null {
  // "News in English", "Kyodo News English service", "Arabs Today, English AMP page" (blind-57), "Almaghrib Today
  // (English), reprinting AFP" (blind-70: it had made Merkel British): a language the outlet writes in names no
  // country (same length).
  const publisher = given.replace(
    new RegExp(
      `\\bin (?:${languages})\\b|\\b(?:${languages})[- ](?:(?:AMP|mobile|web)\\s+)?(?:edition|service|version|section|language|desk|news|page|site|website)\\b|\\(\\s*(?:${languages})(?:\\s+(?:edition|service|version|section|language|page|site|website))?\\s*\\)|(?<=[,;–—-]\\s*)(?:${languages})(?=\\s*(?:[,;)]|$))`,
      'gi',
    ),
    (phrase) => ' '.repeat(phrase.length),
  );
  // "Embassy of the Federal Democratic Republic of Ethiopia (ethioembassy.org.uk, United Kingdom)" (blind-78), "Colombian
  // Embassy in Washington": a mission speaks for the country that sends it, not the one it sits in.
  const mission =
    /\b(?:embassy|consulate(?:[- ]general)?|high\s+commission|permanent\s+mission|mission)\s+of\s+(?:the\s+)?([^,;()]+?)(?=\s+(?:to|in|at)\b|\s*[,;()]|\s*$)/i.exec(
      publisher,
    ) ??
    /\b(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+(?:[Ee]mbassy|[Cc]onsulate|[Hh]igh\s+[Cc]ommission|[Pp]ermanent\s+[Mm]ission)\b/u.exec(
      publisher,
    );
  const sender = mission ? lookupCountry((mission[1] as string).trim()) : null;
  if (sender) return sender.code;
  // "Indian Weekender (New Zealand)" (blind-60): a country named, by its name, in brackets after the outlet's name says
  // where the outlet is, whatever words of its name name.
  for (const bracket of publisher.matchAll(/\(([^()]*)\)/g))
    for (const part of (bracket[1] as string).split(/[,;]/)) {
      const country = lookupCountry(part.trim());
      if (country && country.kind === 'name') return country.code;
    }
  // "People's Daily (peoplesdailyng.com), Nigerian newspaper" (blind-87), "Bernama (Malaysian National News Agency)":
  // an outlet the name describes as a country's is that country's, whichever known outlet its name shares.
  for (const described of publisher.matchAll(outletDescribed)) {
    const [words, last] = [described[1] as string, described[2] as string];
    // "South American Daily": a region's demonym names no country.
    if (words !== last && isRegionModifier(words.slice(0, words.length - last.length).trim())) continue;
    const country = lookupCountry(words) ?? lookupCountry(last);
    if (country && country.kind === 'demonym') return country.code;
  }
  const found: [number, string][] = [];
  for (const [pattern, code] of publisherCountries) {
    const match = pattern.exec(publisher);
    if (match) found.push([match.index, code]);
  }
  const words = [...publisher.matchAll(/[^\s,()]+/g)];
  for (let length = 4; length >= 1; length--) {
    for (let i = 0; i + length <= words.length; i++) {
      const phrase = words
        .slice(i, i + length)
        .map((word) => word[0])
        .join(' ');
      // "Jordan News Gazette", "Georgia Today": a word that is also a given name names a country in an outlet's name.
      // "Tunisie Numérique": or in the outlet's own language (blind-47).
      // "Latin American Herald Tribune": a region's demonym names no country.
      const before = i > 0 ? (words[i - 1] as RegExpMatchArray)[0] : '';
      if (isRegionModifier(before) && lookupCountry(phrase)?.kind === 'demonym' && !lookupCountry(`${before} ${phrase}`)) continue;
      const country = lookupCountry(phrase)?.code ?? lookupCountryInOtherLanguages(phrase);
      if (country) found.push([(words[i] as RegExpMatchArray).index ?? 0, country]);
    }
  }
  return found.sort((a, b) => a[0] - b[0])[0]?.[1] ?? null;
}

// A demonym (of one or two words) before what an outlet is: "Nigerian newspaper", "Malaysian National News Agency".
const initialCase = (words: string) => words.replace(/\b(\p{L})/gu, (letter) => `[${letter.toUpperCase()}${letter}]`);
const outletDescribed = new RegExp(
  `\\b((?:\\p{Lu}[\\p{L}'’-]+\\s+)?\\p{Lu}[\\p{L}'’-]+)(?<=\\b(\\p{Lu}[\\p{L}'’-]+))\\s+(?:(?:${initialCase('daily|weekly|state|national|online|private|government')})\\s+)*(?:${initialCase('newspaper|paper|daily|weekly|news site|news website|news portal|news agency|news outlet|website|outlet|broadcaster|magazine|portal|agency|tabloid')})\\b`,
  'gu',
);

// The international wires, credited in a dateline: "SYDNEY (Reuters) –", "PARIS (AFP) -", "NEW YORK (AP) —".
const wireCredit = /^[^\n]{0,60}?\(\s*(?:Reuters|AFP|AP|Associated Press|Agence France-Presse|Bloomberg|UPI)\s*\)\s*(?:[–—-]{1,2}|:)/u;

/** Whether the body opens with an international wire's dateline: its copy, whoever prints it. */
function wireCopy(readout: Readout): boolean {
  const dateline = readout.structure.dateline;
  if (!dateline) return false;
  return wireCredit.test(readout.structure.text.slice(dateline.span.start, dateline.span.end + 4));
}

/**
 * The country of the publisher's site, when its name names none: the country-code domain of a host printed in the
 * publisher ("Prime Minister's Office, 10 Downing Street (gov.uk)") or of the document's URL ("jis.gov.jm").
 */
function domainCountry(publisher: string | null | undefined, url: string | null | undefined): string | null {
  const hosts = [...hostNamesIn(publisher ?? ''), ...(url ? [hostOf(url)] : [])];
  for (const host of hosts) {
    const country = host ? countryOfDomain(host) : null;
    if (country) return country;
  }
  return null;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/**
 * With no publisher given, a ministry or agency the page names in its stamp, byline or sign-off lines ("March 2, 2023
 * - New Delhi, India - Global Affairs Canada", "State Department Press Office"): the known publishers of
 * lexicon/publishers.ts only, so a country merely named there (the place of the dateline) is not taken for it.
 */
function publisherInText(readout: Readout): string | null {
  const { text, stamps, preface, body, headline } = readout.structure;
  // The page's masthead: the lines above the headline.
  const masthead = headline
    ? text
        .slice(0, headline.start)
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
    : [];
  const lines = [
    ...masthead,
    ...stamps.map((stamp) => lineAround(text, stamp.start)),
    ...preface.map((paragraph) => paragraph.text),
    lineAround(text, text.trimEnd().length - 1),
  ];
  // The last line only when it is a sign-off, not the readout's last sentence.
  const lastBody = body.at(-1);
  if (lastBody && lines.at(-1) === lastBody.text) lines.pop();
  for (const line of lines) for (const [pattern, code] of publisherCountries) if (line.length <= 160 && pattern.test(line)) return code;
  // "Ministry of Foreign Affairs of Australia", "State House Kenya" (new-user trial 110): a line that is only the name
  // of a ministry, a presidency or a government names whose readout it is.
  // ("Office of the Spokesperson" names no country: the next such line may.)
  for (const line of lines) {
    const code = line.length <= 100 && institutionLine.test(line) ? publisherCountryIn(line) : null;
    if (code) return code;
  }
  return null;
}
const institutionLine =
  /^(?:the\s+)?(?:(?:\p{Lu}[\p{L}'’.-]*\s+){0,2})?(?:Ministry|Department|Office|Presidency|Government|State\s+House|Prime\s+Minister['’]s\s+Office)\b[^.!?:;]*$/u;

function lineAround(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end).trim();
}

const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * "WELLINGTON, Tuesday 5 March 2025 – …" (new-user trial 122: 5 March 2025 was a Wednesday): a date printed in full with
 * a weekday that is not its own is a misprint of one or the other, which an editor should settle; one warning a date.
 */
function weekdayWarnings(readout: Readout): string[] {
  const dates = [
    ...readout.structure.stamps,
    ...(readout.structure.dateline?.date ? [readout.structure.dateline.date] : []),
    ...readout.sentences.flatMap((sentence) => sentence.dates),
  ];
  const warnings = new Set<string>();
  for (const date of dates) {
    if (date.weekday === null || date.year === null || date.month === null || date.day === null) continue;
    const actual = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
    if (actual !== date.weekday)
      warnings.add(
        `the text prints "${date.text.trim()}", but ${isoDate(date.year, date.month, date.day)} was a ${weekdayNames[actual]}: check which the readout means`,
      );
  }
  return [...warnings];
}

function emptyDraft(warnings: string[]): ReadoutDraft {
  return { title: null, titleSpan: null, meetings: [], confidence: 0, warnings };
}

/** A sentence for a warning: its whitespace collapsed, cut at a word after 120 characters with "…". */
function clipped(sentence: string): string {
  const flat = sentence.replace(/\s+/g, ' ').trim();
  return flat.length <= 120 ? flat : `${flat.slice(0, 120).replace(/\s+\S*$/, '')} …`;
}
