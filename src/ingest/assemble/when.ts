import { inTopicEvent } from './topic-events.js';
import type { Span } from '../draft.js';
import type { ReadSentence, Readout } from '../document/readout.js';
import type { Encounter } from '../frames/encounters.js';
import { isFullDate, resolveDate, type DateMention, type ResolvedDate } from '../recognize/dates.js';
import { invitedTo } from '../lexicon/meeting-phrases.js';

/** The date chosen for a meeting, with what it rests on and how sure it is. */
export interface DateChoice {
  date: string;
  precision: 'day' | 'month';
  span: Span;
  basis: 'stated' | 'year-from-reference' | 'weekday' | 'relative' | 'dateline' | 'published';
  confidence: number;
}

/** The day a readout was written, to resolve "On Thursday" and "5 October": its source and the ISO date. */
export interface ReferenceDate {
  date: string;
  /** `inferred`: no year was printed; the weekday the text gives fixed it. */
  source: 'dateline' | 'stamp' | 'published';
  /** Where the page prints it (a dateline's or a stamp's date); null for the publication date given with the text. */
  span: Span | null;
}

/**
 * The year and month (and day, if given) a page's address prints in its path: "…/2014/02/s-korean-…html" →
 * { year: 2014, month: 2, day: null }, "…/2021/06/14/…" → day 14. Null when the path prints none (a year must be
 * 1990–2099 and followed by a month 01–12 in the next segment).
 */
export function urlDate(url: string | null | undefined): { year: number; month: number; day: number | null } | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const found = /\/((?:19|20)\d\d)\/(0[1-9]|1[0-2])(?:\/(0[1-9]|[12]\d|3[01])(?=\/|$))?(?=\/|$)/.exec(path);
  if (!found) return null;
  return { year: Number(found[1]), month: Number(found[2]), day: found[3] ? Number(found[3]) : null };
}

/**
 * The reference date: the dateline's full date, else the page's first date stamp, else the publication date given
 * with the text; a dateline without a year ("ASTANA, 5 October") takes the year of the other two, or of the page's
 * address ("SEOUL, Feb. 12 (Yonhap)" on …/2014/02/…, blind-63). A day the address prints in full stands for the
 * publication date when none is given.
 */
export function referenceDate(readout: Readout, givenPublishedAt: string | null | undefined, url?: string | null): ReferenceDate | null {
  const address = urlDate(url);
  const pad = (value: number) => String(value).padStart(2, '0');
  const publishedAt = givenPublishedAt ?? (address?.day ? `${address.year}-${pad(address.month)}-${pad(address.day)}` : null);
  // The address's month without its day: its last day, so that a day of that month resolves into the address's year.
  const addressMonthEnd = address && !address.day ? new Date(Date.UTC(address.year, address.month, 0)).toISOString().slice(0, 10) : null;
  const { dateline, stamps } = readout.structure;
  const stamp = chooseStamp(readout, stamps.filter(isFullDate), publishedAt);
  const headlineDate = readout.sentences
    .filter((s) => s.inHeadline)
    .flatMap((s) => s.dates)
    .find(isFullDate);
  const fallback: ReferenceDate | null = stamp
    ? { date: resolveDate(stamp, null)?.date as string, source: 'stamp', span: spanOf(stamp) }
    : publishedAt
      ? { date: publishedAt, source: 'published', span: null }
      : headlineDate
        ? // "Official visit … to Japan, 3–6 March 2025" (new-user trial 116): a range of days in the headline is the
          // visit's, told of after its last day ("On 5 March" is in it).
          {
            date: addDays(resolveDate(headlineDate, null)?.date as string, (headlineDate.rangeDays ?? 1) - 1),
            source: 'stamp',
            span: spanOf(headlineDate),
          }
        : null;
  const datelineDate = dateline?.date;
  // "BRUSSELS, Monday –": a weekday alone is a day counted from the page's date, not a reference of its own.
  if (datelineDate && (datelineDate.day !== null || datelineDate.month !== null)) {
    const resolved = resolveDate(datelineDate, fallback?.date ?? yearFromWeekday(readout, datelineDate) ?? addressMonthEnd);
    if (resolved && resolved.precision === 'day') return { date: resolved.date, source: 'dateline', span: spanOf(datelineDate) };
  }
  return fallback;
}

/**
 * A page of several releases, each under its own stamp ("01/08/2022 … Secretary Blinken’s Call …", "01/09/2022 …
 * Deputy Secretary Sherman’s Meeting … today in Geneva", new-user trial 130 F2): a meeting first told after a later stamp
 * than the page's reference counts its "today" from that stamp, when a stamp stands between it and another meeting.
 * `toldAt` is where the meeting is told, `othersToldAt` where the others are (offsets in the text); the page's reference
 * otherwise.
 */
export function referenceAt(
  readout: Readout,
  reference: ReferenceDate | null,
  toldAt: number,
  othersToldAt: readonly number[],
): ReferenceDate | null {
  const text = readout.structure.text;
  // "Last updated: Wed 19 Feb 2020" dates an edit of the page, not a release (blind-31).
  const stamps = readout.structure.stamps.filter(
    (stamp) =>
      isFullDate(stamp) && !/\b(?:updated|modified|edited|revised)\b[^\n]*$/i.test(text.slice(Math.max(0, stamp.start - 40), stamp.start)),
  );
  if (stamps.length < 2) return reference;
  const last = stamps.filter((stamp) => stamp.start < toldAt).at(-1);
  // A release of its own: a stamp stands between it and another meeting.
  const apart = othersToldAt.some((at) => stamps.some((stamp) => Math.min(at, toldAt) < stamp.start && stamp.start < Math.max(at, toldAt)));
  if (!last || !apart) return reference;
  const date = last ? resolveDate(last, null)?.date : undefined;
  if (!last || !date || date === reference?.date) return reference;
  // Only on a page of stamps of two days or more.
  if (!stamps.some((stamp) => resolveDate(stamp, null)?.date !== date)) return reference;
  return { date, source: 'stamp', span: spanOf(last) };
}

// "ISLAMABAD, Dec 18 … met here on Saturday", with no year anywhere but "in March 2022" further on: of the years the
// text prints (and the one before and after each), the one in which the dateline's day is that weekday — when exactly
// one is. Returns the dateline's day in that year as a reference (`YYYY-MM-DD`), or null.
function yearFromWeekday(readout: Readout, dateline: DateMention): string | null {
  if (dateline.month === null || dateline.day === null || dateline.year !== null) return null;
  const body = readout.sentences.filter((s) => !s.inHeadline && !s.inPreface).slice(0, 4);
  const weekday = body.flatMap((s) => s.dates).find((d) => d.weekday !== null && d.day === null && !d.strictlyBefore)?.weekday;
  if (weekday === undefined || weekday === null) return null;
  return dayInWeekdayYear(dateline.month, dateline.day, weekday, printedYears(readout));
}

// Of the years printed (and, with a slack of 1, the one before and after each), the one in which day/month is that
// weekday, as `YYYY-MM-DD` — when exactly one is; else null.
function dayInWeekdayYear(month: number, day: number, weekday: number, years: readonly number[], slack = 1): string | null {
  const candidates = new Set(years.flatMap((year) => [year - slack, year, year + slack]));
  const fitting = [...candidates].filter((year) => new Date(Date.UTC(year, month - 1, day)).getUTCDay() === weekday);
  if (fitting.length !== 1) return null;
  return new Date(Date.UTC(fitting[0] as number, month - 1, day)).toISOString().slice(0, 10);
}

// A page can print a site-wide date bar as well as the post's own date. With a publication date given, the stamp
// that agrees with it; otherwise the one shortly after the dates the text prints ("17 June" → 19/06/2021, not a
// "Fri. Jun 2nd, 2023" bar), else the one nearest the body: a site's date bar comes first on the page.
function chooseStamp(readout: Readout, stamps: readonly DateMention[], publishedAt: string | null | undefined): DateMention | null {
  const dayOf = (mention: DateMention) => Date.parse(resolveDate(mention, null)?.date ?? '');
  if (publishedAt) {
    const agreeing = stamps.find((stamp) => Math.abs(dayOf(stamp) - Date.parse(publishedAt)) <= 3 * 86_400_000);
    if (agreeing) return agreeing;
    // "Tuesday, June 19, 2018" over an article a publication date gives as 13 July: the page's own date of the
    // article, printed before the date it was published or updated under (a site's date bar shows a later day).
    const earlier = stamps.filter(
      (stamp) => dayOf(stamp) < Date.parse(publishedAt) && Date.parse(publishedAt) - dayOf(stamp) <= 90 * 86_400_000,
    );
    return earlier.length === 1 ? (earlier[0] as DateMention) : null;
  }
  if (stamps.length <= 1) return stamps[0] ?? null;
  const printed = readout.sentences.flatMap((s) => s.dates).filter((d) => d.month !== null && d.day !== null);
  const fits = (stamp: DateMention) => {
    const at = new Date(dayOf(stamp));
    return printed.filter((d) => {
      const candidate = Date.UTC(at.getUTCFullYear(), (d.month as number) - 1, d.day as number);
      return candidate <= at.getTime() + 86_400_000 && candidate >= at.getTime() - 30 * 86_400_000;
    }).length;
  };
  const nearest = (stamp: DateMention) => -Math.abs((readout.structure.body[0]?.start ?? 0) - stamp.start);
  return [...stamps].sort((a, b) => fits(b) - fits(a) || nearest(b) - nearest(a))[0] ?? null;
}

// "the administration set to take office in the U.S. on January 20" (blind-53): a day still to come.
const futureContext =
  /\b(?:will|would|shall|next|upcoming|forthcoming|scheduled|planned|to be held|ahead of|before)\s+(?:[\w'’-]+,?\s+){0,3}$|\b(?:set|due|expected|slated|poised)\s+to\s+(?:take\s+office|be\s+(?:sworn\s+in|inaugurated|held)|start|begin|open|assume)\b[^;]{0,40}$|\b(?:until|till|by|since|expires?|from)\s+$|\bdue\s+(?:in|on|by)\s+$|\bsince\b[^.;,]{0,40}$/i;
// "the Geneva communiqué of 30 June 2012", "Resolution 2254 of 18 December": the date of a document, not of a meeting.
const documentContext =
  /\b(?:communiqu[eé]|agreement|declaration|resolution|statement|decision|memorandum|accords?|treaty|letter|law|decree|protocol|deal|ceasefire|truce|charter|convention)\s+(?:[\p{L}\d'’-]+\s+){0,3}(?:of|dated|signed(?: on| in)?)\s+$/iu;
// "The last time … visited South Korea was around four years ago in June 2018": the date of an earlier visit.
// "Mohamad, who was appointed as the foreign minister on December 12, 2023, also had a meeting …": the date of an
// appointment, an election or a founding.
// "It should be recalled that on March 8, 2023, after negotiations with …": a recollection, as a reader is told.
// "the Economic Partnership Agreement, which entered into force in July 2024" (new-user trial 128 F3): an instrument's.
// Not "the newly-appointed Minister S Jaishankar on Monday" (blind-52): a word of tenure before a title.
// "… during my appearance at the Ethiopian parliament back in March 2015" (blind-86): "back in" dates what is recalled.
const recalledContext =
  /\b(?:ago|the last time|last met|first met|previously met|(?<!newly[- ])(?:appointed|elected)|sworn in|took office|assumed (?:office|his post|her post|the post)|inaugurated|established|founded|recall(?:ed|ing)? that|as a reminder|back\s+in|(?:entered|came|went)\s+into\s+(?:force|effect)|took\s+effect|ratified)\b[^.;:]{0,40}$/i;
// "Following the visit of the Vice President of the United States, Mike Pence, to Ecuador in June 2018, the Dialogue
// … took place … on May 22, 2019" (blind-77): the date that closes an opening phrase of an earlier event is that event's.
const earlierEventOpening =
  /^\s*(?:following|after|since)\s+(?:the|his|her|their|a|an|last\s+year['’]s)\s+(?:[\p{L}-]+\s+){0,3}?(?:visit|meeting|talks|trip|tour|summit|call|conversation|elections?|inauguration|session)\b[^.;]{0,160}$/iu;
function afterEarlierEvent(text: string, date: DateMention): boolean {
  // The main clause's subject after the comma: not "… on 14 June, to congratulate him" (blind-2), the clause's own date.
  return (
    earlierEventOpening.test(sentenceUpTo(text, date.start)) &&
    /^\s*,\s*(?:the|a|an|his|her|their|\p{Lu})/u.test(text.slice(date.end, date.end + 12))
  );
}

// A date that could be a meeting's: not in future, duration or recalled context, nor the date of a document.
// A range ("on the margins of the Ministerial Council on 7-8 December") dates a visit or an event, not one encounter —
// unless the meeting is what was held over those days (heldOverRange).
function datesAMeeting(text: string, date: DateMention): boolean {
  return (
    datesADay(text, date) &&
    !recalled(text, date) &&
    !afterEarlierEvent(text, date) &&
    (date.range !== true || heldOverRange(text, date)) &&
    !datesTheReport(text, date) &&
    !inTopicEvent(text, date.start, date.end)
  );
}

// "The Forty-Second Regular Meeting of the Conference of Heads of Government … was held virtually on 5-6 July 2021"
// (blind-63): a meeting held over several days starts on the first, which is its date (ANNOTATING.md; Popolo's and
// Open Civic Data's events have a start date). The meeting is the sentence's subject: a meeting noun before "was held"
// or "took place" in the same clause, or right before "held" ("the consultations held in Windhoek from July 14 to 15",
// blind-77).
const heldOnDays =
  /\b(?:meeting|summit|session|talks|conference|consultations|dialogue|round|forum|retreat|council|commission|committee)\b[^.;:]{0,160}?\b(?:(?:was|were)\s+(?:(?:jointly|virtually|successfully|also)\s+)?(?:held|convened|conducted)|took\s+place|(?<=(?:meeting|summit|session|talks|conference|consultations|dialogue|round|forum|retreat)\s+)held)\s+(?:[\p{L}-]+\s+){0,2}?(?:on|from)\s+$/iu;
// "The Ministers for Foreign Affairs from the three West Nordic countries, …, met in Tórshavn on 21 and 22 August 2016"
// (blind-86): those who met, with no counterpart after the verb, met over those days. Not "met with X in Geneva on
// 7-8 December", one encounter of a stay.
const metOnDays = /\b(?:met|convened|gathered)\s+(?:(?:in|at)\s+\p{Lu}[^,.;]{0,40}?\s+)?(?:on|from)\s+$/u;
function heldOverRange(text: string, date: DateMention): boolean {
  const before = text.slice(Math.max(0, date.start - 240), date.start);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  return heldOnDays.test(line) || metOnDays.test(line);
}

// "Haitian President Jovenel Moise revealed on Monday night that during his stay in Ecuador … he met with Dominican
// President Luis Abinader" (blind-45): the day of a reporting verb whose "that" follows dates the report, not the
// meeting inside it.
const reportingVerbBefore =
  /\b(?:said|says|stated|revealed|announced|disclosed|reported|confirmed|released|published|issued|tweeted|wrote|posted|told\s+(?:[\p{L}-]+\s+){1,3}?)(?:\s+(?:late|early))?(?:\s+on)?\s+$/iu;
// "The Iraqi Ministry of Foreign Affairs announced on Tuesday details of the meetings … held … during his visit"
// (blind-84): so is the day it published what they were.
const thatAfter =
  /^(?:\s+(?:night|morning|evening|afternoon))?\s*,?\s+(?:that\b|(?:the\s+)?(?:details|outcomes?|results|contents?|(?:a\s+)?(?:readout|summary|list))\s+of\b)/i;
// "…, the Premier's media office said on Saturday." (blind-51): a reporting tag that closes the sentence after a comma.
// Without "on" ("…, the Pakistani Foreign Ministry said Thursday.", a news agency's style) the day is also the meeting's
// (blind-59), unless the sentence tells the meeting in the present perfect, as done before the report: "Cho Tae-yul and
// his Japanese counterpart … have held talks …, Seoul's foreign ministry said Friday." (new-user trial 120: they met on
// Thursday, as the next sentence says).
// "…, the Tajik Telegraph Agency (TajikTA) reported on Thursday." (blind-88): an acronym in brackets is part of the tag.
const closingTag = /,\s*(?:[\p{L}’'.-]+\s+|\([\p{L}\p{N}.-]{2,12}\)\s+){1,7}?(?:said|stated|announced|reported|confirmed)\s+(on\s+)?$/iu;
// "On the morning of Thursday 09 February 2024, the Ministry of Foreign Affairs … on X announced that Gen Rtd James
// Kabarebe met with the two leaders" (blind-88): a day that opens the sentence of a reporting verb and its "that" dates
// the report, not the meeting the report tells of.
const openingOfReport = /^(?:\s*(?:on|in|early|late)\s+(?:the\s+)?(?:(?:morning|evening|afternoon|night)\s+of\s+)?)$/i;
const reportThatAfter =
  /^[^.;:!?\n]{0,40}?,\s+[^.;:!?\n]{2,120}?\b(?:said|stated|revealed|announced|disclosed|reported|confirmed|tweeted|wrote|posted)\s+(?:(?:on|via)\s+\S+\s+)?that\b/i;
const presentPerfect = /\b(?:have|has)\s+(?:(?:also|just|now|jointly)\s+)?(?:held|met|had|conducted|spoken|talked|discussed|agreed)\b/i;
function datesTheReport(text: string, date: DateMention): boolean {
  const before = lineBefore(text, date);
  const tag = closingTag.exec(before);
  const closes = tag !== null && /^\s*[.;]/.test(text.slice(date.end, date.end + 3));
  return (
    (reportingVerbBefore.test(before) && thatAfter.test(text.slice(date.end, date.end + 20))) ||
    (openingOfReport.test(sentenceUpTo(text, date.start)) && reportThatAfter.test(text.slice(date.end, date.end + 200))) ||
    (closes && (tag[1] !== undefined || presentPerfect.test(sentenceUpTo(text, date.start))))
  );
}

// The sentence a date is in, up to the date (at most 400 characters back, from its line's start or last full stop).
function sentenceUpTo(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 400), at);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  const stop = /[.!?]\s+(?=[^.!?]*$)/.exec(line);
  return stop ? line.slice(stop.index + stop[0].length) : line;
}

// The 60 characters before a date, within its line: a headline's "… agenda of upcoming bilateral meetings" says nothing
// of the "Yesterday," that opens the next line.
function lineBefore(text: string, date: DateMention): string {
  const before = text.slice(Math.max(0, date.start - 60), date.start);
  return before.slice(before.lastIndexOf('\n') + 1);
}

// The date of an event someone is invited to (lexicon/meeting-phrases.ts), however far into the clause.
const invited = (text: string, date: DateMention): boolean => {
  const before = text.slice(Math.max(0, date.start - 160), date.start);
  return invitedTo.test(before.slice(before.lastIndexOf('\n') + 1));
};

const recalled = (text: string, date: DateMention): boolean => recalledContext.test(lineBefore(text, date));

// "agreed … to prepare for the summit to celebrate the 20th anniversary of ASEAN-Russia Dialogue Partnership in May
// 2016" (blind-48): the date of what a clause prepares for, however long its name — unless a verb of the clause tells
// of what happened on it ("ahead of the summit, the ministers met on 5 May").
const preparedForContext =
  /\b(?:to\s+prepare\s+for|preparing\s+for|preparations?\s+for|in\s+preparation\s+for|ahead\s+of|in\s+the\s+run-up\s+to)\b(?![^.;:!?]*\b(?:met|meets|held|holds|discussed|signed|received|spoke|talked|visited|took\s+place|was\s+held)\b)[^.;:!?\n]*$/i;
function preparedFor(text: string, date: DateMention): boolean {
  return preparedForContext.test(text.slice(Math.max(0, date.start - 160), date.start));
}

// A day something happened on, meeting or not ("inaugurated … on 30 November. On the same day, …"): not in future or
// duration context, nor what a clause prepares for, nor the date of a document.
const heldFrom =
  /\b(?:meeting|meetings|talks|consultations|dialogue|negotiations|discussions)\s+held\s+(?:in\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3})?from\s+$/u;
function datesADay(text: string, date: DateMention): boolean {
  const before = lineBefore(text, date);
  return (
    // "the consultations held in Windhoek from July 14 to 15" (blind-77): a range's "from" after the meeting that was
    // held over it opens the range, not a time from which on. Not "The conference was held from Feb. 17 to 19"
    // (blind-16) nor "took place in Asmara from 12-13 December" (blind-52): another event's days, or a past round's.
    (!futureContext.test(before.slice(-40)) || (rangeFrom(text, date) && heldFrom.test(before))) &&
    !documentContext.test(before) &&
    !invited(text, date) &&
    !preparedFor(text, date) &&
    !inAnotherZone(text, date) &&
    !possessiveOfEvent(text, date)
  );
}

// "in the wake of Tuesday's massive earthquake" (blind-68): a day in the possessive dates the noun it modifies — the
// meeting's only when that noun is one ("At Monday's meeting, …").
const meetingNounAhead =
  /^\s+(?:[\p{L}-]+\s+){0,3}?(?:meetings?|talks|calls?|conversations?|consultations|discussions?|sessions?|visit|summit|encounter|audience|negotiations|dialogue|ministerial|conference|retreat|forum|luncheon|lunch|dinner)\b/iu;
function possessiveOfEvent(text: string, date: DateMention): boolean {
  const after = text.slice(date.end, date.end + 80);
  const possessive = /^['’]s\b/.exec(after) ?? (/['’]$/.test(text.slice(date.start, date.end)) ? /^/.exec(after) : null);
  if (!possessive) return false;
  return !meetingNounAhead.test(after.slice(possessive[0].length));
}

// "On November 13, commencing at 4:00 p.m. (local time; 9:00 a.m. on November 14 JST)" (blind-63, Japan's MOFA): the
// same moment in another time zone, in brackets after the local one, is not another day of the meeting.
// (The date parser may take the zone into the mention: "November 14 JST)".)
const zoneNamed =
  /\b(?:JST|KST|GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|MSK)\b|\b(?:Japan|Tokyo|Seoul|Beijing|Moscow|Eastern|Pacific)\s+(?:standard\s+)?time\b/i;
function inAnotherZone(text: string, date: DateMention): boolean {
  const open = text.lastIndexOf('(', date.start);
  if (open < 0 || text.lastIndexOf(')', date.start - 1) > open || date.start - open > 60) return false;
  const close = text.indexOf(')', date.start);
  const bracket = text.slice(open, close < 0 ? date.end + 30 : close);
  return /\blocal\s+time\b/i.test(bracket) && zoneNamed.test(text.slice(date.start, close < 0 ? date.end + 30 : close));
}

const basisRank = { stated: 4, 'year-from-reference': 3, relative: 2, weekday: 1, dateline: 0, published: 0 } as const;

/**
 * The date of an encounter: a date printed in a sentence that reports it (the best-stated one), else elsewhere in
 * that sentence's paragraph (not in a sentence that reports another meeting, `reportingOthers` by index), else the
 * dateline's date when the first encounter follows it directly. Dates in future or duration context ("until 2025",
 * "next week", "since 1992") are skipped.
 */
export function meetingDate(
  readout: Readout,
  encounter: Encounter,
  reference: ReferenceDate | null,
  first: boolean,
  setting: readonly ReadSentence[],
  previous: DateChoice | null = null,
  reportingOthers: ReadonlySet<number> = new Set(),
): DateChoice | null {
  const text = readout.structure.text;
  const bodyFrames = encounter.frames.filter((frame) => !frame.sentence.inHeadline);
  const frameSentences = unique(bodyFrames.map((frame) => frame.sentence));
  const firstFrame = frameSentences[0];
  const paragraphSentences = firstFrame
    ? readout.sentences.filter((s) => s.paragraph === firstFrame.paragraph && !frameSentences.includes(s) && !reportingOthers.has(s.index))
    : [];
  const headline = encounter.frames.filter((frame) => frame.sentence.inHeadline).map((frame) => frame.sentence);
  // "During the meeting on Saturday evening, the two sides discussed …": a later sentence that refers back to it.
  const referring = firstFrame
    ? readout.sentences.filter(
        (s) =>
          s.index > firstFrame.index &&
          // Within six sentences of a sentence that tells the meeting: the page may print its lead twice (blind-75).
          frameSentences.some((frame) => s.index > frame.index && s.index <= frame.index + 6) &&
          !s.inHeadline &&
          !frameSentences.includes(s) &&
          !paragraphSentences.includes(s) &&
          meetingReferredTo.test(s.text),
      )
    : [];
  // "Before the meeting, X inaugurated … with Y on 30 November. On the same day, X met …": the day the text last
  // printed, whether or not what it dated was a meeting the extractor drafted.
  const sameDayAs =
    firstFrame && explicitSameDay.test(firstFrame.text)
      ? readout.sentences
          .filter(
            (s) =>
              s.index < firstFrame.index &&
              s.index >= firstFrame.index - 6 &&
              !s.inHeadline &&
              s.dates.some(
                (date) => datesADay(text, date) && !spokenRelative(text, s, date) && best([date], reference)?.precision === 'day',
              ),
          )
          .slice(-1)
      : [];
  const tiers: [ReadSentence[], number][] = [
    [frameSentences, 1],
    [sameDayAs, 0.85],
    [paragraphSentences, 0.9],
    [referring, 0.85],
    [headline, 0.85],
    [
      setting.filter(
        (s) =>
          s.paragraph === readout.structure.body[0]?.index &&
          !paragraphSentences.includes(s) &&
          !frameSentences.includes(s) &&
          !visitEnds.test(s.text),
      ),
      0.8,
    ],
  ];
  // "The day before, Foreign Minister Lavrov met …": a day counted from the meeting told before (or, for the first, from
  // the day the page is dated), when the sentence prints no date of its own.
  const phraseEnd = bodyFrames.find((frame) => frame.sentence === firstFrame)?.phrase.end ?? null;
  // The clause of the meeting phrase: "… paid a courtesy call on Crown Prince Alois that afternoon, and presided over
  // Mass … the next day" counts no day for the call.
  const clause =
    firstFrame && phraseEnd !== null
      ? text.slice(firstFrame.start, phraseEnd) +
        (/^[^;]*?(?=,\s*(?:and|but|while)\b|;|$)/.exec(text.slice(phraseEnd, firstFrame.end))?.[0] ?? '')
      : '';
  const shift = firstFrame && firstFrame.dates.length === 0 ? dayShift(clause) : null;
  const from = previous?.precision === 'day' ? previous : reference?.span ? { date: reference.date, span: reference.span } : null;
  if (shift !== null && from)
    return { date: addDays(from.date, shift), precision: 'day', span: from.span, basis: 'relative', confidence: 0.7 };
  const stated = statedDays(readout);
  const years = printedYears(readout);
  // "Holness and Harris met on Wednesday", "On the evening of September 9, … held a telephone conversation", "today":
  // on a page with no date to count from, the day the meeting's own sentence gives may be unresolvable. Another day
  // the text prints ("arrived … on Tuesday March 29", "its victory on July 23, 2023") is then the meeting's only if it
  // agrees ("met on Tuesday" … "Tuesday, June 6, 2006"). A day printed in that sentence itself ("(KATHMANDU, 29 March
  // 2022) – … today held a meeting") is its own.
  const unresolved =
    reference === null
      ? (firstFrame?.dates.find((d) => datesAMeeting(text, d) && best([d], null, null, stated, years) === null) ?? null)
      : null;
  // "DUSHANBE, September 12, Asia-Plus – Thailand’s Prime Minister … arrived … on September 9. The same day, Shinawatra
  // met …" (blind-68): the dateline's day dates the report; another day its sentence prints is what the sentence tells.
  const datelineSpan = readout.structure.dateline?.span ?? null;
  // "Addis Ababa, Ethiopia – 09 January 2017: Three new Ambassadors … presented on Tuesday, 09 January 2018, …" (new-user
  // trial 131): a date right after the dateline's dash, closed by a colon or a dash, is the dateline's too.
  const inDateline = (date: DateMention) =>
    datelineSpan !== null &&
    ((date.start >= datelineSpan.start && date.end <= datelineSpan.end) ||
      (/^\s*$/.test(text.slice(datelineSpan.end, date.start)) && /^\s*[:–—-]/.test(text.slice(date.end, date.end + 3))));
  for (const [sentences, weight] of tiers) {
    for (const sentence of sentences) {
      const phrase = bodyFrames.find((frame) => frame.sentence === sentence)?.phrase ?? null;
      const accepts = sentences === sameDayAs ? datesADay : datesAMeeting;
      const accepted = sentence.dates.filter((date) => accepts(text, date));
      const told = accepted.some((date) => !inDateline(date)) ? accepted.filter((date) => !inDateline(date)) : accepted;
      const choice = best(told, reference, phrase, stated, years);
      if (choice && unresolved && sentence !== firstFrame && !agrees(choice.date, unresolved)) continue;
      // A sentence that prints several dates leaves some doubt which one is the meeting's.
      const crowded = sentence.dates.length > 1 ? 0.9 : 1;
      if (choice) return { ...choice, confidence: round(choice.confidence * weight * crowded) };
    }
  }
  // "… made a state visit to Finland on March 7-8 2017 … after meeting his Estonian counterpart on Tuesday": with no
  // date of the page, a weekday is the day of that name within the days the text gives the visit.
  if (unresolved) return weekdayWithinRange(readout, unresolved, firstFrame ?? null, stated);
  // "visited Colombia on 26-27 April 2022 … On his first day in Bogota, Minister Çavuşoğlu had a meeting …": the day
  // of the visit the sentence counts.
  const nth = firstFrame ? dayOfVisit.exec(firstFrame.text) : null;
  if (nth && firstFrame) {
    const range = readout.sentences
      .filter((s) => s.index <= firstFrame.index)
      .flatMap((s) => s.dates)
      .filter((date) => date.range === true && datesADay(text, date))
      .pop();
    const start = range ? best([range], reference, null, stated) : null;
    if (start?.precision === 'day')
      return {
        ...start,
        date: addDays(start.date, ordinalDays[(nth[1] as string).toLowerCase()] ?? 0),
        confidence: round(start.confidence * 0.85),
      };
  }
  const dateline = readout.structure.dateline;
  // "Stockholm, 4 November – … on an official visit to Georgia on 2–3 November. In Tbilisi she met …" (new-user trial
  // 118): the days the text gives the visit, up to the meeting, say the dateline's day is not the meeting's.
  // (Days after the dateline's are of something still to come: "to prepare the summits on 26-28 October", blind-5.)
  const datelineDay = dateline?.date?.month != null && dateline.date.day != null ? dateline.date.month * 100 + dateline.date.day : null;
  const visitDays =
    firstFrame !== undefined &&
    firstFrame !== null &&
    datelineDay !== null &&
    readout.sentences.some(
      (s) =>
        s.index <= firstFrame.index &&
        s.dates.some(
          (date) => date.range === true && date.day !== null && date.month !== null && date.month * 100 + date.day < datelineDay,
        ),
    );
  // "SINGAPORE, June 18, 2020 /PRNewswire/ -- Minister … participated in …" (blind-68): a release wire's dateline is the
  // day it was sent out, not the day of what it reports (it still resolves the text's "today").
  const wired = dateline !== null && releaseWire.test(text.slice(dateline.span.start, dateline.span.end));
  if (
    first &&
    !visitDays &&
    !wired &&
    dateline?.date &&
    // "Rio de Janeiro, 21–22 February 2024": days of an event, none of them the meeting's by the dateline alone.
    dateline.date.range !== true &&
    (reference?.source === 'dateline' || (dateline.date.day === null && dateline.date.month === null && reference !== null)) &&
    firstFrame &&
    firstFrame.paragraph === readout.structure.body[0]?.index
  ) {
    const resolved = resolveDate(dateline.date, reference.date);
    if (resolved)
      return { date: resolved.date, precision: resolved.precision, span: spanOf(dateline.date), basis: 'dateline', confidence: 0.7 };
  }
  // "During the meeting, Li met with Lavrov …", "On the same day, Li also met …": the day of the meeting before.
  if (previous && firstFrame && sameDay.test(firstFrame.text)) return { ...previous, confidence: round(previous.confidence * 0.8) };
  // A readout that reports several meetings and dates only the first reports meetings of that day.
  const undated = [...frameSentences, ...paragraphSentences].every((s) => s.dates.length === 0);
  if (previous && undated) return { ...previous, confidence: round(previous.confidence * 0.7) };
  // A readout of one meeting that states no day for it gets none: the day the page prints dates the report, not the
  // meeting (every blind set since blind-20; the editor is told the page's date in a warning, assemble/meeting.ts).
  return null;
}

/**
 * The day named by `weekday` (a weekday alone) within a range of days printed in full up to `sentence` ("March 7-8
 * 2017"), when exactly one of its days has that name; else null.
 */
function weekdayWithinRange(
  readout: Readout,
  weekday: DateMention,
  sentence: ReadSentence | null,
  stated: readonly string[],
): DateChoice | null {
  if (weekday.weekday === null || weekday.day !== null || weekday.month !== null || !sentence) return null;
  const text = readout.structure.text;
  const ranges = readout.sentences
    .filter((s) => s.index <= sentence.index)
    .flatMap((s) => s.dates)
    // "from 9 to 11 November": "from" before a range opens its days, not a duration.
    .filter(
      (date) =>
        date.range === true &&
        date.rangeDays !== undefined &&
        date.year !== null &&
        (datesADay(text, date) || (/\bfrom\s+$/i.test(lineBefore(text, date)) && !invited(text, date))),
    );
  const range = ranges.pop();
  const start = range ? best([range], null, null, stated) : null;
  if (!range || !start || start.precision !== 'day') return null;
  const days = Array.from({ length: range.rangeDays ?? 0 }, (_, k) => addDays(start.date, k)).filter(
    (day) => new Date(`${day}T00:00:00Z`).getUTCDay() === weekday.weekday,
  );
  if (days.length !== 1) return null;
  return { date: days[0] as string, precision: 'day', span: spanOf(weekday), basis: 'weekday', confidence: 0.75 };
}

// "Foreign Minister Penny Wong today concluded a two-day visit to Viet Nam": the day a visit ended (or its traveller
// left or came home) is not the day of each meeting it held.
const visitEnds =
  /\b(?:concluded|concludes|concluding|wrapped\s+up|wraps\s+up|ended|ends|rounded\s+off|returned|returns|departed|departs|left)\b[^.;]{0,50}\b(?:visit|trip|tour|stay)\b/i;

const dayBefore = /\b(?:the|a)\s+day\s+(?:before|earlier)\b|\bthe\s+previous\s+day\b|\bthe\s+eve\b/i;
const dayAfter = /\b(?:the|a)\s+day\s+(?:after|later)\b|\bthe\s+(?:next|following)\s+day\b/i;
// -1, +1, or null: the day a sentence counts from the one told before it.
function dayShift(sentence: string): number | null {
  if (dayBefore.test(sentence)) return -1;
  if (dayAfter.test(sentence)) return 1;
  return null;
}

const dayOfVisit = /\b(?:on|during)\s+(?:his|her|their|the)\s+(first|second|third|fourth)\s+day\b/i;
const ordinalDays: Record<string, number> = { first: 0, second: 1, third: 2, fourth: 3 };

/**
 * The one day the readout's lead reports, for meetings no sentence of their own dates: the dates printed in the
 * headline and the first five sentences of the body (not in future or document context, resolved against the
 * reference, none after it), when they all name the same day. "… met his peers from Argentina and Brazil … In
 * addition to the aforementioned meetings, Minister Ampuero held an intense agenda of meetings on Friday in Lima."
 * Null when the lead prints no date or several different ones.
 */
export function leadDate(readout: Readout, reference: ReferenceDate | null): DateChoice | null {
  const text = readout.structure.text;
  const lead = [
    ...readout.sentences.filter((s) => s.inHeadline),
    ...readout.sentences.filter((s) => !s.inHeadline && !s.inPreface).slice(0, 5),
  ];
  const choices = lead.flatMap((sentence) =>
    sentence.dates
      .filter((date) => datesAMeeting(text, date))
      .flatMap((date) => {
        const choice = best([date], reference);
        return choice && choice.precision === 'day' ? [choice] : [];
      }),
  );
  const days = new Set(choices.map((choice) => choice.date));
  if (days.size !== 1) return null;
  const chosen = choices.sort((a, b) => basisRank[b.basis] - basisRank[a.basis])[0] as DateChoice;
  return { ...chosen, confidence: round(chosen.confidence * 0.75) };
}

// "Theresa May arrived for the talks just after 8pm on Friday evening" (blind-75), "The talks began at noon on Monday".
const meetingReferredTo =
  /\b(?:during|at|in the course of|(?:arrived|arrives|came|comes)\s+for)\s+(?:the|their|this|these|today['’]s)\s+(?:[\w-]+\s+){0,2}?(?:meetings?|talks|calls?|conversations?|consultations|discussions?)\b|^(?:the|their)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|call|conversation)\s+(?:took place|was held|were held|began|started|opened|ended|lasted)\b/i;

// "The Foreign Secretary said: "… Today we agreed …"": a "today" inside a quotation is the day the words were spoken,
// not the day the page is dated, so it says nothing of which day "later the same day" is (new-user trial 93).
function spokenRelative(text: string, sentence: ReadSentence, date: DateMention): boolean {
  if (date.relativeDays === null) return false;
  // From the start of its line: a quotation of several sentences opens in an earlier one.
  const before = text.slice(Math.min(sentence.start, text.lastIndexOf('\n', date.start) + 1), date.start);
  const curly = (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0);
  const straight = (before.match(/"/g)?.length ?? 0) % 2 === 1;
  return curly || straight;
}

const releaseWire =
  /\/\s*(?:PRNewswire|PR\s?Newswire|CNW|Business\s?Wire|GLOBE\s?NEWSWIRE|ACCESSWIRE|EINPresswire|EIN\s?Presswire|Newswire)\b/i;

// "The Uzbek Foreign Ministry said on Monday. ⏎ Earlier in the day, A and B held consultations" (blind-53).
const explicitSameDay =
  /\b(?:on the same day|the same day|also on (?:that|the same) day|(?:later|earlier) (?:that|the same) day|(?:later|earlier) in the day)\b/i;
const sameDay =
  /\b(?:during the (?:[\w'’-]+ ){0,3}(?:meeting|talks|summit|session|visit|forum|conference)|on the same day|the same day|also on (?:that|the same) day|later (?:that|the same) day|later in the day|afterwards|after the (?:meeting|talks)|earlier in the day|on the (?:sidelines|margins) of|in the margins of|respectively)\b/i;

// In the sentence that reports the meeting, the date nearest its phrase: "Today, … met virtually with Blinken, …
// following their virtual meeting on February 23" is today's. Elsewhere, the best stated.
function best(
  mentions: readonly DateMention[],
  reference: ReferenceDate | null,
  phrase: Span | null = null,
  stated: readonly string[] = [],
  years: readonly number[] = [],
): DateChoice | null {
  let chosen: DateChoice | null = null;
  let chosenDistance = Infinity;
  const distance = (span: Span) => (phrase ? Math.max(0, phrase.start - span.end, span.start - phrase.end) : 0);
  for (const mention of mentions) {
    let resolved = resolveDate(mention, reference?.date ?? null) ?? (reference ? null : yearFromPage(mention, stated, years));
    if (!resolved) continue;
    const textYear = resolved.basis === 'year-from-reference' ? yearFromStatedDays(mention, stated) : null;
    if (textYear) resolved = { ...resolved, date: textYear };
    // A readout reports what has happened: no date after the page's own (a day's slack for time zones) — neither a
    // resolved weekday nor a stated "the upcoming summit … in May 2023" — unless the text gave the year itself.
    if (
      reference &&
      resolved.date > addDays(reference.date, 1) &&
      (resolved.basis !== 'stated' || reference.source !== 'published') &&
      !(textYear && reference.source === 'published')
    )
      continue;
    const candidate: DateChoice = {
      date: resolved.date,
      precision: resolved.precision,
      span: spanOf(mention),
      basis: resolved.basis,
      confidence: confidenceOf(resolved.basis, resolved.precision, reference),
    };
    const far = distance(spanOf(mention));
    const nearer = phrase !== null && far < chosenDistance - 40;
    const sameDistance = phrase === null || Math.abs(far - chosenDistance) <= 40;
    if (!chosen || nearer || (sameDistance && basisRank[candidate.basis] > basisRank[chosen.basis]))
      [chosen, chosenDistance] = [candidate, far];
  }
  return chosen;
}

/**
 * The days the readout's body prints in full ("visited Colombia on 26-27 April 2022"), as `YYYY-MM-DD` — not those of a
 * document, of something to come, recalled ("relations were established on 2nd October 1991") or of an event discussed.
 */
// "paid a state visit to France from 5 to 7 May 2024" (new-user trial 125): a range's "from" opens the range, not a
// time from which on — its days give a day without a year its year (they date no meeting by themselves).
function rangeFrom(text: string, date: DateMention): boolean {
  return date.range === true && /\bfrom\s+$/i.test(lineBefore(text, date));
}

function statedDays(readout: Readout): string[] {
  return readout.sentences
    .filter((s) => !s.inHeadline)
    .flatMap((s) => s.dates)
    .filter(
      (date) =>
        isFullDate(date) &&
        (datesADay(readout.structure.text, date) || rangeFrom(readout.structure.text, date)) &&
        !recalled(readout.structure.text, date) &&
        // "… the results of the summit … held in St. Petersburg on 20 June 2016" (blind-79): another event's day.
        !inTopicEvent(readout.structure.text, date.start, date.end),
    )
    .map((date) => resolveDate(date, null)?.date as string);
}

// "visited Colombia on 26-27 April 2022 … On April 27, …": a day without a year takes the year of a day the text
// prints in full within six weeks of it, over the reference's (a page dated before the visit it reports would put
// 27 April in the year before). Null when no printed day is that close.
function yearFromStatedDays(mention: DateMention, stated: readonly string[]): string | null {
  if (mention.month === null || mention.day === null || mention.year !== null) return null;
  let nearest: { date: string; days: number } | null = null;
  for (const day of stated) {
    const year = Number(day.slice(0, 4));
    const date = `${String(year).padStart(4, '0')}-${String(mention.month).padStart(2, '0')}-${String(mention.day).padStart(2, '0')}`;
    const days = Math.abs(Date.parse(`${date}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`)) / 86_400_000;
    if (Number.isFinite(days) && days <= 42 && (!nearest || days < nearest.days)) nearest = { date, days };
  }
  return nearest?.date ?? null;
}

// Whether a day (`YYYY-MM-DD`) can be the one a mention gives without its year or reference: the same weekday, or the
// same day of the same month; a relative day ("today") agrees with none.
function agrees(date: string, mention: DateMention): boolean {
  if (mention.relativeDays !== null) return false;
  const day = new Date(`${date}T00:00:00Z`);
  if (mention.weekday !== null && day.getUTCDay() !== mention.weekday) return false;
  if (mention.month !== null && day.getUTCMonth() + 1 !== mention.month) return false;
  return mention.day === null || day.getUTCDate() === mention.day;
}

/**
 * The years the readout prints anywhere ("the 2016 edition of the Oslo Forum", "© 2019"), in order, without repeats —
 * not a year of the past the text recalls ("the first State Visit … after the State Visit by former Prime Minister
 * Rajiv Gandhi in 1987", blind-49: 18 January 1987 was a Sunday too).
 */
function printedYears(readout: Readout): number[] {
  const years = readout.sentences.flatMap((s) =>
    [...s.text.matchAll(/\b(19[5-9]\d|20\d\d)\b/g)]
      .filter((m) => !recalledYear.test(s.text.slice(Math.max(0, (m.index ?? 0) - 80), m.index)))
      .map((m) => Number(m[1])),
  );
  return [...new Set(years)];
}
const recalledYear =
  /\b(?:former|previous|previously|last|since|ago|founded|established|adopted|independence|history|historic|anniversary|recalled?|dating\s+back)\b[^.;:]{0,60}$/i;

// A page with no date of its own (no dateline, stamp or publication date) that reports "On Monday 19 August" or
// "In a Monday June 13 meeting": the year of a day the text prints in full within six weeks of it ("19.8.2019" in
// the release's header), else — for a day given with its weekday — the one year the page prints in which that day is
// that weekday ("the 2016 edition of the Oslo Forum": 13 June 2016 was a Monday). Null when neither settles it: a
// bare "September 9" beside "July 23, 2023" stays undated.
function yearFromPage(mention: DateMention, stated: readonly string[], years: readonly number[]): ResolvedDate | null {
  const { month, day, weekday } = mention;
  if (month === null || day === null || mention.year !== null) return null;
  const near = yearFromStatedDays(mention, stated);
  if (near) return { date: near, precision: 'day', basis: 'year-from-reference' };
  const date = weekday === null ? null : dayInWeekdayYear(month, day, weekday, years, 0);
  return date ? { date, precision: 'day', basis: 'weekday' } : null;
}

function confidenceOf(basis: DateChoice['basis'], precision: 'day' | 'month', reference: ReferenceDate | null): number {
  const sure = reference?.source === 'dateline' || reference?.source === 'stamp';
  if (basis === 'stated') return precision === 'day' ? 0.95 : 0.8;
  if (basis === 'year-from-reference') return sure ? 0.9 : 0.8;
  if (basis === 'relative') return sure ? 0.85 : 0.75;
  return sure ? 0.8 : 0.7;
}

const spanOf = (mention: DateMention): Span => ({ start: mention.start, end: mention.end });
const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];
const round = (value: number): number => Math.round(value * 100) / 100;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
