import type { DraftInitiative, DraftParticipant, DraftStatement, KnownInitiative, Span } from '../draft.js';
import { findCandidateMentions, slugify } from './initiative-candidates.js';
import { isGenericInstrument, partiesSuffix } from './generic-instruments.js';
import { initiativeSlugSchema } from '../draft.js';
import { lookupCountry } from '../recognize/countries.js';
import { compileAliases, findCatalogueMentions, type InitiativeMention } from './initiative-mentions.js';

type Status = DraftInitiative['status'];
const statusRank: Record<Status, number> = { discussed: 0, proposed: 1, supported: 2, agreed: 3, signed: 4, implemented: 5 };

// The verb nearest before a mention in its clause says what happened to it: "sincerely support Kazakhstan to host …".
// Only a past "signed" means signed; "to negotiate and sign" is an intention.
const statusVerbs: [RegExp, Status][] = [
  [/^signed/, 'signed'],
  [/^sign/, 'proposed'],
  [/^agree/, 'agreed'],
  [/^support/, 'supported'],
  [/^(?:propos|put forward)/, 'proposed'],
  // "They launched the Quad Maritime Legal Dialogue", "announced the launch of …" (new-user trial 125): under way.
  [/^(?:launched|inaugurated|launch of)/, 'implemented'],
];
const statusVerb =
  /\b(?:sign(?:s|ed|ing)?|agree(?:s|d|ing)?|support(?:s|ed|ing)?|propos(?:e|es|ed|ing)|put forward|launched|inaugurated|launch of)\b/g;
const commitment = /\b(?:will|shall|ready to|willing to|committed to|pledged|agreed|support(?:s|ed)?)\b/;

export interface InitiativeContext {
  text: string;
  folded: string;
  region: { start: number; end: number };
  catalogue: readonly KnownInitiative[];
  statements: readonly DraftStatement[];
  participants: readonly DraftParticipant[];
  /** Spans that are no programme names even if capitalised (participants' titles). */
  excluded: readonly Span[];
}

// The heads of a programme's own name, which a format or grouping's name may open ("Quad Maritime Legal Dialogue",
// "ASEAN Smart Cities Network") — not of its meetings ("Quad Summit" is the Quad's).
const programmeOfItsOwn =
  /\b(?:Dialogue|Initiative|Partnership|Mechanism|Framework|Fund|Facility|Programme|Program|Fellowship|Network|Platform|Corridor|Strategy|Plan|Agreement|Commission|Pipeline)$/;

/** One entry per initiative: the first mention's span and statement, the strongest status of all its mentions. */
export function extractInitiatives(context: InitiativeContext): DraftInitiative[] {
  const { text, folded, region } = context;
  const found = findCatalogueMentions(text, folded, region.start, region.end, compileAliases(context.catalogue)).filter(
    (mention) => !context.excluded.some((span) => mention.start < span.end && mention.end > span.start),
  );
  // "launched the Quad Maritime Legal Dialogue" (new-user trial 125): a catalogue name that opens a longer programme's
  // name is a word of that name, which is a candidate of its own.
  const longer = findCandidateMentions(text, region.start, region.end, context.excluded).filter((candidate) =>
    programmeOfItsOwn.test(candidate.name),
  );
  // Words of its own before the head, not the head alone: "the Eastern Partnership Framework", "the One Belt One Road
  // Initiative" are the catalogue's entries. The longer name may open before the catalogue's: "the Agreement on the
  // Central Asia–China Gas Pipeline" is no mention of the "Central Asia–China" format.
  const ownWords = (from: number, to: number) => text.slice(from, to).trim().split(/\s+/).length >= 2;
  const catalogueMentions = found.filter(
    (mention) =>
      !longer.some((candidate) => candidate.start <= mention.start && candidate.end > mention.end && ownWords(mention.end, candidate.end)),
  );
  const candidates = findCandidateMentions(text, region.start, region.end, [...catalogueMentions, ...context.excluded]).filter(
    (mention) => !isVenue(folded, region.start, mention.start),
  );
  const mentions = [...catalogueMentions, ...candidates]
    .filter((mention) => !namesAnOffice(text, folded, region.start, mention))
    .sort((a, b) => a.start - b.start);

  // "Memorandum of Understanding on Political Consultations": a generic instrument is its parties' (generic-instruments.ts).
  // A catalogue entry of such a name that is another pair's is no link: this pair's is a candidate of its own. Not a
  // curated entry (one with a category: "Abraham Accords", "Good Friday Agreement"), whose name is a proper name.
  const parties = partiesSuffix(context.participants);
  const curated = new Set(context.catalogue.filter((entry) => entry.category).map((entry) => entry.slug));
  if (parties)
    for (const mention of mentions) {
      const printed = text.slice(mention.start, mention.end);
      if (curated.has(mention.slug) || mention.slug.endsWith(`-${parties}`)) continue;
      if (!isGenericInstrument(mention.isCandidate ? printed : mention.name)) continue;
      const slug = `${mention.isCandidate ? mention.slug : slugify(printed)}-${parties}`;
      if (!initiativeSlugSchema.safeParse(slug).success) continue;
      [mention.slug, mention.isCandidate] = [slug, true];
    }

  const bySlug = new Map<string, DraftInitiative>();
  // "the Afghan peace process" and "the Afghanistan peace process": one initiative, named as first printed.
  const sameAs = new Map<string, string>();
  // "the Trilateral Strategic Dialogue (TSD) … the TSD process" (new-user trial 130 F9): the acronym the text gives a
  // name after it in brackets, alone or before a generic head, is that name.
  const byAcronym = new Map<string, string>();
  for (const mention of mentions) {
    const acronym = /^\s*\(([A-Z][A-Z0-9&+-]{1,7})\)/.exec(text.slice(mention.end, mention.end + 12))?.[1];
    if (acronym && !byAcronym.has(acronym)) byAcronym.set(acronym, mention.slug);
  }
  for (const mention of mentions) {
    const key = countryNeutralKey(mention.name);
    const first = sameAs.get(key);
    // Not the acronym alone: "UN Climate Change Conference (COP26)" and "COP26" are two entries to the corpus's annotators.
    const acronym = /^([A-Z][A-Z&+-]{1,7})\s+(?:process|format|mechanism|framework|initiative|dialogue)$/.exec(mention.name.trim())?.[1];
    const named = acronym ? byAcronym.get(acronym) : undefined;
    if (named !== undefined && mention.isCandidate && named !== mention.slug) mention.slug = named;
    else if (first === undefined) sameAs.set(key, mention.slug);
    else if (mention.isCandidate) mention.slug = first;
  }
  for (const mention of mentions) {
    const statementIndex = context.statements.findIndex(
      (s) => s.span !== null && mention.start >= s.span.start && mention.end <= s.span.end,
    );
    const own = clauseBefore(folded, region.start, mention.start);
    // "The following documents were signed:" over a list (new-user trial 128 F7): an item with no verb of its own takes
    // the verb of the clause that introduces the list.
    const intro = statusOf(own) === 'discussed' ? listIntroduction(folded, region.start, mention.start) : null;
    const clause = intro ?? own;
    const status = statusOf(clause);
    const existing = bySlug.get(mention.slug);
    if (existing) {
      if (statusRank[status] > statusRank[existing.status]) existing.status = status;
      mergeParties(existing.committedParties, committedParties(clause, status, statementIndex, context, mention.name));
      continue;
    }
    bySlug.set(
      mention.slug,
      toInitiative(text, mention, status, statementIndex, committedParties(clause, status, statementIndex, context, mention.name)),
    );
  }
  return [...bySlug.values()];
}

function toInitiative(
  text: string,
  mention: InitiativeMention,
  status: Status,
  statementIndex: number,
  parties: string[],
): DraftInitiative {
  return {
    slug: mention.slug,
    name: mention.isCandidate ? text.slice(mention.start, mention.end) : mention.name,
    isCandidate: mention.isCandidate,
    status,
    description: null,
    committedParties: parties,
    statementIndex: statementIndex >= 0 ? statementIndex : null,
    span: { start: mention.start, end: mention.end },
    confidence: mention.isCandidate ? 0.55 : /^[A-Z0-9+&]+$/.test(text.slice(mention.start, mention.end)) ? 0.7 : 0.85,
  };
}

// "on the sidelines of the Munich Security Conference", "the two ministers met again at the Munich Security
// Conference": the event a meeting was held at is where, not what was discussed (ANNOTATING.md).
const sidelinesBefore = /\b(?:on|in) the (?:side\s?lines?|margins?|fringes?) of (?:the )?(?:[\w-]+ ){0,2}$/;
const meetingAtBefore =
  /\b(?:met|meet|meets|meeting|talks|held|hold|holds|conversation|spoke|sat down)\b[^.;:]{0,60}\b(?:at|during|in the course of) (?:the )?(?:[\w-]+ ){0,2}$/;
function isVenue(folded: string, regionStart: number, mentionStart: number): boolean {
  const before = folded.slice(Math.max(regionStart, mentionStart - 120), mentionStart);
  return sidelinesBefore.test(before) || meetingAtBefore.test(before);
}

// "Chairperson of the African Union Commission", "the head of AU Commission and several top officials of the …
// Commission": an organisation named as the one someone holds office in says who they are, not what was discussed
// (ANNOTATING.md: organisation officials get the organisation).
const officeOfBefore =
  /\b(?:head|heads|chair|chairman|chairwoman|chairperson|(?:vice-)?president|secretary(?:[- ]general)?|(?:deputy )?secretary-general|director(?:[- ]general)?|commissioner|executive secretary|representative|spokesperson|spokesman|spokeswoman|officials?|staff)\s+of\s+(?:the\s+)?$/;
// "European Commission President Ursula von der Leyen", "ASEAN Secretary-General Kao Kim Hourn" (new-user trial 110):
// the organisation before an office and its holder's name.
const officeAfter =
  /^['’]?s?\s+(?:(?:vice-)?president|chair(?:man|woman|person)?|secretary[- ]general|director[- ]general|commissioner|high representative|executive secretary|spokes(?:person|man|woman))\s+(?:\p{Lu}|h\.?e\.?\s|dr\.?\s|mr\.?\s|ms\.?\s)/u;
function namesAnOffice(text: string, folded: string, regionStart: number, mention: { start: number; end: number }): boolean {
  return (
    officeOfBefore.test(folded.slice(Math.max(regionStart, mention.start - 60), mention.start)) ||
    officeAfter.test(
      text
        .slice(mention.end, mention.end + 60)
        .replace(/^(['’]?s?\s+)(\p{L}+)/u, (_, gap: string, word: string) => gap + word.toLowerCase()),
    )
  );
}

function clauseBefore(folded: string, regionStart: number, mentionStart: number): string {
  const from = Math.max(regionStart, mentionStart - 300);
  const window = folded.slice(from, mentionStart);
  const boundary = Math.max(window.lastIndexOf(','), window.lastIndexOf(';'), window.lastIndexOf('. '), window.lastIndexOf('\n'));
  return window.slice(boundary + 1);
}

// A list's item: a line opened by a bullet, a dash or a number ("1.", "2)", "a)"), or a part of a line after its colon.
const listMarker = /^\s*(?:[-–—•*·▪●○◦]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s/;

/**
 * The clause that introduces the list a mention is an item of, or null: the text before the colon of "the following
 * documents were signed: A; B and C" on the mention's own line, or of the line ending in a colon above a run of list
 * items ("were signed:" / "- Agreement on …" / "- Memorandum …"). Folded text in; the clause as clauseBefore gives it.
 */
function listIntroduction(folded: string, regionStart: number, mentionStart: number): string | null {
  const lineStart = folded.lastIndexOf('\n', mentionStart - 1) + 1;
  const onLine = folded.slice(Math.max(lineStart, regionStart), mentionStart);
  const colon = onLine.lastIndexOf(':');
  if (colon >= 0)
    return /[.!?]\s/.test(onLine.slice(colon)) ? null : clauseBefore(folded, regionStart, Math.max(lineStart, regionStart) + colon);
  if (!listMarker.test(onLine)) return null;
  let end = lineStart - 1;
  for (let items = 0; end > regionStart && items < 40; items++) {
    const start = folded.lastIndexOf('\n', end - 1) + 1;
    const line = folded.slice(Math.max(start, regionStart), end);
    if (/:\s*$/.test(line)) return clauseBefore(folded, regionStart, Math.max(start, regionStart) + line.lastIndexOf(':'));
    if (line.trim() !== '' && !listMarker.test(line)) return null;
    end = start - 1;
  }
  return null;
}

function statusOf(clause: string): Status {
  let last: string | null = null;
  let at = 0;
  statusVerb.lastIndex = 0;
  for (let match = statusVerb.exec(clause); match; match = statusVerb.exec(clause)) {
    // "the Global Development Initiative proposed by President Xi Jinping and … BRICS" (new-user trial 128 F19): a
    // passive after a noun tells of that noun, not of what follows.
    if (/^\s+by\b/.test(clause.slice(match.index + match[0].length))) continue;
    [last, at] = [match[0], match.index];
  }
  if (last === null) return 'discussed';
  // "The leaders launched negotiations on the India-Maldives Free Trade Agreement" (new-user trial 128 F8): what was
  // launched is the negotiation; the agreement is agreed to be negotiated, not under way.
  if (
    /^launch/.test(last) &&
    /^\s*(?:(?:the|formal|official)\s+)*(?:negotiations?|talks|consultations|discussions|work|a\s+feasibility\s+study|feasibility\s+studies)\b/.test(
      clause.slice(at + last.length),
    )
  )
    return 'agreed';
  // "The two sides agreed to sign a memorandum on …": agreed, though not yet signed.
  if (/^sign$/.test(last) && /\bagree(?:d|s)?\s+to\s+$/.test(clause.slice(0, at))) return 'agreed';
  // "Minister Kamikawa welcomed the signing of the Japan-Philippines Reciprocal Access Agreement" (trial 122): the
  // signing one welcomes, attends or witnesses has happened; one looked forward to has not.
  if (
    last === 'signing' &&
    /\b(?:welcom|hail|celebrat|attend|witness|applaud|congratulat|note|commend|laud|salut)\w*\s+(?:(?:also|warmly|the|recent|successful|historic)\s+)*$/.test(
      clause.slice(0, at),
    )
  )
    return 'signed';
  for (const [pattern, status] of statusVerbs) if (pattern.test(last)) return status;
  return 'discussed';
}

// Who committed is clear when the passage is a participant's own ("China will continue to provide …") or joint.
function committedParties(clause: string, status: Status, statementIndex: number, context: InitiativeContext, name = ''): string[] {
  // "the signing of the Japan-Philippines Reciprocal Access Agreement": the participants' countries a signed agreement is
  // named after signed it, whoever told of it (trial 122).
  const named =
    status === 'signed'
      ? name
          .split(/[\s\-–—/]+/)
          .map((word) => lookupCountry(word.replace(/['’]s$/, ''))?.code ?? null)
          .filter((code): code is string => code !== null && context.participants.some((p) => p.countryCode === code))
      : [];
  if (status === 'discussed' && !commitment.test(clause)) return [];
  const statement = context.statements[statementIndex];
  // "Minister A and Minister B signed a Memorandum of Understanding on …" (new-user trial 143 F4): a signing the
  // meeting's narrative tells of, in no one's words, is the meeting's parties' — as a joint passage's is.
  if (!statement && status === 'signed')
    return [...new Set([...context.participants.map((p) => p.countryCode).filter((code): code is string => code !== null), ...named])];
  if (!statement) return [...new Set(named)];
  const countries =
    statement.speakerKey === null
      ? context.participants.map((p) => p.countryCode)
      : [context.participants.find((p) => p.key === statement.speakerKey)?.countryCode ?? null];
  return [...new Set([...countries.filter((code): code is string => code !== null), ...named])];
}

function mergeParties(into: string[], more: readonly string[]): void {
  for (const code of more) if (!into.includes(code)) into.push(code);
}

// A name with every country name or demonym in it replaced by the country's code: "Afghan peace process" and
// "Afghanistan peace process" → "AF peace process".
function countryNeutralKey(name: string): string {
  return name
    .split(/\s+/)
    .map((word) => lookupCountry(word.replace(/['’]s$/, ''))?.code ?? word.toLowerCase())
    .join(' ');
}
