import * as chrono from 'chrono-node';
import type { Segment } from '../text/span.js';

/**
 * A date printed in the text, with only the parts it states: "15 July 2021" has all three, "On Thursday" a weekday,
 * "5 October" no year, "yesterday" a day offset. Months are 1–12, weekdays 0 (Sunday) – 6.
 */
export interface DateMention extends Segment {
  year: number | null;
  month: number | null;
  day: number | null;
  weekday: number | null;
  /** Days from the reference date: 0 "today", -1 "yesterday". */
  relativeDays: number | null;
  /** "the 3rd instant" (0: the reference date's month), "the 28th ultimo" (-1: the month before): a day of a month told relative to it. */
  monthOffset?: number;
  /** "last Friday": a weekday before the reference date, never the day itself. */
  strictlyBefore?: boolean;
  /** "7-8 December", "9 to 11 November": several days, of which this is the first. */
  range?: boolean;
  /** Of a range whose last day the text prints in the same month: how many days it spans ("7-8 March" 2). */
  rangeDays?: number;
}

/** A calendar date as `YYYY-MM-DD` with what it rests on. */
export interface ResolvedDate {
  date: string;
  precision: 'day' | 'month';
  /** `stated`: printed in full; the others needed a reference date. */
  basis: 'stated' | 'year-from-reference' | 'weekday' | 'relative';
}

// chrono-node's English casual configuration without the time-of-day parsers ("on the evening of February 3" would
// otherwise become a time on the reference day) and without merging "12.06.2022 – On Thursday" into a range.
const droppedParsers = new Set([
  'ENCasualTimeParser',
  'ENTimeExpressionParser',
  'ENTimeUnitCasualRelativeFormatParser',
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENTimeUnitAgoFormatParser',
  'ENRelativeDateFormatParser',
  'ENEndOfCurrentMonthParser',
]);
const droppedRefiners = new Set(['ENMergeDateRangeRefiner', 'ENMergeDateTimeRefiner']);

function parserFor(littleEndian: boolean): chrono.Chrono {
  const configuration = chrono.en.configuration.createCasualConfiguration(littleEndian);
  configuration.parsers = configuration.parsers.filter((parser) => !droppedParsers.has(parser.constructor.name));
  configuration.refiners = configuration.refiners.filter((refiner) => !droppedRefiners.has(refiner.constructor.name));
  return new chrono.Chrono(configuration);
}

// The middle-endian configuration reads "July 15" as a day (the little-endian one reads it as July 2015); numeric
// dates are then turned day first by hand unless the page is month first.
const parser = parserFor(false);
// "12.06.2022", "12/6/22", and "(11/7)" without its year.
const numericDate = /^(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{2}|\d{4}))?$/;
const weekdayBefore = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\.?,?\s+/i;
const relativeWords: Record<string, number> = {
  today: 0,
  tonight: 0,
  yesterday: -1,
  'this morning': 0,
  'this afternoon': 0,
  'this evening': 0,
  'last night': -1,
  'last evening': -1,
};
const relativePattern = /\b(today|tonight|yesterday|this (?:morning|afternoon|evening)|last (?:night|evening))\b/gi;
const fixedReference = new Date(Date.UTC(2000, 0, 1, 12));
// "on the 3rd instant", "on 14th inst.", "the 28th ultimo" (South Asian and older British official usage): a day of the
// current month, or of the month before (instant, ultimo: Oxford English Dictionary).
const monthRelativeDay = /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+(instant|inst\.|ultimo|ult\.)(?!\p{L})/giu;
const dayOfMonth = new RegExp(
  `\\b(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\s+day\\s+of\\s+(${'(?:January|February|March|April|May|June|July|August|September|October|November|December)'})(?:,?\\s+(\\d{4}))?\\b`,
  'gi',
);
const monthNumber = (name: string): number | null => {
  const at = [
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ].indexOf(name.toLowerCase());
  return at < 0 ? null : at + 1;
};
const ordinalDot =
  /\b(\d{1,2})\.(?=\s+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?:\s|$))/g;

const romanMonths = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
/** A month in Roman numerals, the longest first ("XII" before "XI"): a regular expression's source. */
export const romanMonth = '(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)';
// "28.II.2025", "16 IX 2026" (new-user trial 139 F7): dots or single spaces between the day, the month and the year.
const romanMonthDate = new RegExp(`\\b(\\d{1,2})(?:\\.\\s?|\\s)(${romanMonth})(?:\\.\\s?|\\s)(\\d{4})\\b`, 'g');
/** True when `day` is a day of that month of that year (31 February is none). */
const isDayOf = (year: number, month: number, day: number): boolean => new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;

const monthNames =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const monthThenNumber = new RegExp(`^(?:on\\s+)?(?:${monthNames})\\.?\\s+\\d{2}$`, 'i');
// "on the 5th May of 2016" (blind-74): the English "of" the same way.
const portugueseDe = new RegExp(`\\b(${monthNames})\\s+(?:de|of)\\s+(\\d{4})\\b`, 'g');

/**
 * Dates printed in text[start, end), found by chrono-node. Numeric dates are read day first ("12.06.2022" is 12 June)
 * unless `monthFirst` (pages of U.S. publishers: "05/08/2021" is 8 May). A lone month name ("in May") is no date.
 */
export function findDates(text: string, start: number, end: number, options: { monthFirst?: boolean } = {}): DateMention[] {
  const region = text.slice(start, end);
  const mentions: DateMention[] = [];
  // "29. Sep 2023.", "22. April 2022": a day written as an ordinal with a dot (Central European usage), which chrono-node
  // does not read; the dot becomes a space, so offsets stay those of the text.
  // "Friday, 06 May de 2022 | 18h20" (blind-49, Angola's agency in English): the Portuguese or Spanish "de" between a
  // month and its year becomes a comma and spaces (same offsets).
  // "November 2–3, 2026" (new-user trial 117): chrono-node reads a range of days written with a hyphen, not with an en or
  // em dash, after a month name; the dash becomes a hyphen (same offsets).
  // "on Monday December the 12th" (blind-64): chrono-node reads "December 12th", not with "the" between; the article
  // becomes spaces (same offsets).
  const readable = region
    .replace(ordinalDot, '$1 ')
    .replace(new RegExp(`\\b(${monthNames})(\\.?\\s+\\d{1,2})[–—](?=\\d{1,2}\\b)`, 'g'), '$1$2-')
    .replace(
      new RegExp(`\\b(${monthNames})(\\s+)the(\\s+)(?=\\d{1,2}(?:st|nd|rd|th)\\b)`, 'g'),
      (_phrase, month: string, before: string, after: string) => `${month}${before}   ${after}`,
    )
    // "May 5 of 2016" (blind-74): "of" between the day and the year becomes a comma (same offsets).
    .replace(new RegExp(`\\b(${monthNames})(\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?) of (?=\\d{4}\\b)`, 'g'), '$1$2,   ')
    .replace(
      portugueseDe,
      (phrase: string, month: string, year: string) => `${month},${' '.repeat(phrase.length - month.length - year.length - 1)}${year}`,
    );
  for (const parsed of parser.parse(readable, fixedReference)) {
    const result = {
      index: parsed.index,
      start: parsed.start,
      end: parsed.end,
      text: region.slice(parsed.index, parsed.index + parsed.text.length),
    };
    const known = (component: chrono.Component): number | null => (result.start.isCertain(component) ? result.start.get(component) : null);
    // "on March 32, 2024" (new-user trial 127): chrono-node reads "March 32" as March 2032, and "32 March 2024" as March
    // 2024; a number next to a month name that a year follows is a day, and a day that month cannot have is no date
    // (impossibleDate names it).
    if (
      (monthThenNumber.test(result.text.trim()) && /^,?\s+\d{4}\b/.test(region.slice(result.index + result.text.length))) ||
      (known('day') === null && /\b(?:3[2-9]|[4-9]\d)(?:st|nd|rd|th)?\s+$/.test(region.slice(Math.max(0, result.index - 6), result.index)))
    )
      continue;
    const year = known('year');
    let month = known('month');
    let day = known('day');
    // "Sat 07/2/2026" (blind-65): the weekday before a numeric date is read too.
    const numeric = numericDate.exec(result.text.trim().replace(weekdayBefore, ''));
    const weekday = known('weekday');
    if (numeric && !options.monthFirst) {
      const [first, second] = [Number(numeric[1]), Number(numeric[3])];
      if (first <= 31 && second <= 12) [day, month] = [first, second];
    }
    // Either order is a date and the weekday printed with it is one's only: that one ("Sat 07/2/2026" is 7 February,
    // a Saturday, on a page whose other dates read month first).
    if (numeric && weekday !== null && year !== null) {
      const [first, second] = [Number(numeric[1]), Number(numeric[3])];
      const weekdayOf = (d: number, m: number) => new Date(Date.UTC(year, m - 1, d)).getUTCDay();
      if (first <= 12 && second <= 12 && first !== second) {
        const dayFirst = weekdayOf(first, second) === weekday;
        const monthFirst = weekdayOf(second, first) === weekday;
        if (dayFirst !== monthFirst) [day, month] = dayFirst ? [first, second] : [second, first];
      }
    }
    const lead = result.text.replace(/^on\s+/i, '');
    // "this Friday" in a report of the past is the latest Friday; "last Friday" the one before today; "next" is future.
    const thisOrLast = /^(this|last)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.exec(lead);
    if (/^(?:today|tonight|yesterday|tomorrow|now|next)/i.test(lead) || (/^(?:this|last)\b/i.test(lead) && !thisOrLast)) continue;
    if (day === null && weekday === null && (month === null || year === null)) continue;
    if (year !== null && (year < 1900 || year > 2200)) continue;
    const at = start + result.index;
    const printed = trimDateText(result.text);
    // A weekday alone is its full name, capitalised: "sat down", "the sun", "Sun Weidong", "Wed." are no dates.
    if (day === null && month === null && weekday !== null && !/^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/.test(printed)) continue;
    const offset = result.text.indexOf(printed);
    mentions.push({
      start: at + offset,
      end: at + offset + printed.length,
      text: printed,
      year,
      month,
      day,
      weekday,
      relativeDays: null,
      ...(thisOrLast?.[1]?.toLowerCase() === 'last' ? { strictlyBefore: true } : {}),
      ...(result.end && (result.end.get('day') !== day || result.end.get('month') !== month) ? { range: true } : {}),
      ...(result.end && day !== null && result.end.get('month') === month && (result.end.get('day') ?? 0) > day
        ? { rangeDays: (result.end.get('day') as number) - day + 1 }
        : {}),
    });
  }
  relativePattern.lastIndex = 0;
  for (let match = relativePattern.exec(region); match; match = relativePattern.exec(region)) {
    const words = (match[1] as string).toLowerCase();
    const at = start + match.index;
    mentions.push({
      start: at,
      end: at + match[0].length,
      text: match[0],
      year: null,
      month: null,
      day: null,
      weekday: null,
      relativeDays: relativeWords[words] ?? 0,
    });
  }
  // "MOSCOW, 28.II.2025 —" (new-user trial 126): a month in Roman numerals between the day and the year, as Russian,
  // Polish and Czech releases print it, which chrono-node does not read.
  romanMonthDate.lastIndex = 0;
  for (let match = romanMonthDate.exec(region); match; match = romanMonthDate.exec(region)) {
    const [day, month, year] = [Number(match[1]), romanMonths.indexOf((match[2] as string).toUpperCase()) + 1, Number(match[3])];
    // "31.II.2024" is no day of the calendar.
    if (year < 1900 || year > 2200 || !isDayOf(year, month, day)) continue;
    const at = start + match.index;
    if (mentions.some((mention) => mention.start < at + match[0].length && at < mention.end)) continue;
    mentions.push({ start: at, end: at + match[0].length, text: match[0], year, month, day, weekday: null, relativeDays: null });
  }
  // "on the 16th day of September 2026" (new-user trial 139 F7: chrono-node reads only "September 2026", a month): the
  // ordinal day of a named month, in the style of treaties and formal notes.
  dayOfMonth.lastIndex = 0;
  for (let match = dayOfMonth.exec(region); match; match = dayOfMonth.exec(region)) {
    const day = Number(match[1]);
    const month = monthNumber(match[2] as string);
    const year = match[3] ? Number(match[3]) : null;
    if (month === null || day < 1 || day > 31 || (year !== null && !isDayOf(year, month, day))) continue;
    const at = start + match.index;
    for (let covered = mentions.findIndex((m) => m.start < at + match[0].length && at < m.end); covered >= 0;) {
      mentions.splice(covered, 1);
      covered = mentions.findIndex((m) => m.start < at + match[0].length && at < m.end);
    }
    mentions.push({ start: at, end: at + match[0].length, text: match[0], year, month, day, weekday: null, relativeDays: null });
  }
  monthRelativeDay.lastIndex = 0;
  for (let match = monthRelativeDay.exec(region); match; match = monthRelativeDay.exec(region)) {
    const day = Number(match[1]);
    if (day < 1 || day > 31) continue;
    const at = start + match.index;
    const covered = mentions.findIndex((mention) => mention.start < at + match[0].length && at < mention.end);
    if (covered >= 0) mentions.splice(covered, 1);
    mentions.push({
      start: at,
      end: at + match[0].length,
      text: match[0],
      year: null,
      month: null,
      day,
      weekday: null,
      relativeDays: null,
      monthOffset: /^u/i.test(match[2] as string) ? -1 : 0,
    });
  }
  return withDaysOfOneSpan(
    text,
    withBracketedDays(
      text,
      mentions.sort((a, b) => a.start - b.start),
    ),
  );
}

// "4 and 5 March 2024", "between 4 and 6 March" (new-user trial 127: chrono-node reads only "5 March 2024" and the
// meeting was dated the 5th): a day before the date, joined by "and", opens the days.
const dayAndBefore = /(?:\bbetween\s+)?\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:and|&)\s+$/i;
// "March 4 and 5, 2024": chrono-node reads "March 4" without its year.
const andDayAfter = /^\s+(?:and|&)\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b/i;
// "from 30 March to 2 April 2024", "30 March – 2 April 2024": two dates joined by "to" or a dash are one span, which
// chrono-node, without its range refiner, reads as two ("30 March" without its year, and "2 April 2024").
const spanJoin = /^\s*(?:to|until|till|through|[-–—])\s*$/i;

/**
 * Mentions that print the days of one span as separate dates, or one of its days outside a mention, made one ranged
 * mention from its first day: `range` and, within a month, `rangeDays` (DateMention).
 */
function withDaysOfOneSpan(text: string, mentions: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    let mention = mentions[i] as DateMention;
    const next = mentions[i + 1];
    if (mention.day !== null && mention.month !== null && mention.range !== true) {
      const before = dayAndBefore.exec(text.slice(Math.max(0, mention.start - 30), mention.start));
      const after = andDayAfter.exec(text.slice(mention.end, mention.end + 20));
      if (before && Number(before[1]) >= 1 && Number(before[1]) < mention.day) {
        const first = Number(before[1]);
        const start = mention.start - (before[0].length - before[0].search(/\d/));
        mention = { ...mention, start, text: text.slice(start, mention.end), day: first, range: true, rangeDays: mention.day - first + 1 };
      } else if (after && Number(after[1]) > mention.day && Number(after[1]) <= 31) {
        const end = mention.end + after[0].length;
        const year = after[2] !== undefined ? Number(after[2]) : mention.year;
        if (next && next.start < end) i++;
        mention = {
          ...mention,
          end,
          text: text.slice(mention.start, end),
          year,
          range: true,
          rangeDays: Number(after[1]) - mention.day + 1,
        };
      } else if (
        next &&
        next.day !== null &&
        next.month !== null &&
        next.month !== mention.month &&
        (mention.year === null || mention.year === next.year) &&
        spanJoin.test(text.slice(mention.end, next.start))
      ) {
        const year = next.year === null ? null : mention.month > next.month ? next.year - 1 : next.year;
        mention = { ...mention, end: next.end, text: text.slice(mention.start, next.end), year, range: true };
        i++;
      }
    }
    out.push(mention);
  }
  return out;
}

// "Monday (20/10)", "Selasa (12/3/2019)": a weekday and the day it was, printed in brackets after it, are one date.
function withBracketedDays(text: string, mentions: DateMention[]): DateMention[] {
  const merged: DateMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const weekday = mentions[i] as DateMention;
    const day = mentions[i + 1];
    const bare = weekday.weekday !== null && weekday.day === null && weekday.month === null;
    if (
      bare &&
      day &&
      day.day !== null &&
      day.month !== null &&
      day.weekday === null &&
      /^\s*\($/.test(text.slice(weekday.end, day.start))
    ) {
      merged.push({ ...day, start: weekday.start, text: text.slice(weekday.start, day.end), weekday: weekday.weekday });
      i++;
    } else merged.push(weekday);
  }
  return merged;
}

function trimDateText(value: string): string {
  return value
    .replace(/^(?:on|in|of|at)\s+/i, '')
    .replace(/^(?:this|last)\s+/i, '')
    .replace(/[\s,.;:]+$/, '');
}

/** True when the mention names a whole day by itself: "15 July 2021", "2021-07-15". */
export const isFullDate = (mention: DateMention): boolean => mention.year !== null && mention.month !== null && mention.day !== null;

/**
 * The calendar date a mention stands for, read as a readout reads: a weekday is the latest such day on or before the
 * reference date, a date without a year the latest one on or before it (plus a day's grace for time zones).
 * Null when the mention needs a reference and there is none.
 */
export function resolveDate(mention: DateMention, reference: string | null): ResolvedDate | null {
  const { year, month, day } = mention;
  if (year !== null && month !== null && day !== null) {
    const slipped = reference === null ? null : yearSlip(mention, year, month, day, reference);
    if (slipped) return { date: slipped, precision: 'day', basis: 'year-from-reference' };
    return { date: isoDate(year, month, day), precision: 'day', basis: 'stated' };
  }
  if (year !== null && month !== null && day === null && mention.weekday === null)
    return { date: isoDate(year, month, 1), precision: 'month', basis: 'stated' };
  if (reference === null) return null;
  const ref = new Date(`${reference}T00:00:00Z`);
  if (mention.relativeDays !== null) return { date: shift(ref, mention.relativeDays), precision: 'day', basis: 'relative' };
  if (mention.monthOffset !== undefined && day !== null) {
    const date = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + mention.monthOffset, day));
    // "the 31st instant" in a month of 30 days is no day.
    if (date.getUTCDate() !== day) return null;
    return { date: date.toISOString().slice(0, 10), precision: 'day', basis: 'relative' };
  }
  if (month !== null && day !== null) {
    const graceful = new Date(ref.getTime() + 86_400_000);
    let candidate = Date.UTC(ref.getUTCFullYear(), month - 1, day);
    if (candidate > graceful.getTime()) candidate = Date.UTC(ref.getUTCFullYear() - 1, month - 1, day);
    // "Tuesday, January 16" on a page of February 2025 (trial 115): 16 January 2025 was a Thursday, 16 January 2024 a
    // Tuesday — the year before, when the weekday the text prints says so.
    const yearBefore = Date.UTC(new Date(candidate).getUTCFullYear() - 1, month - 1, day);
    if (
      mention.weekday !== null &&
      new Date(candidate).getUTCDay() !== mention.weekday &&
      new Date(yearBefore).getUTCDay() === mention.weekday
    )
      candidate = yearBefore;
    return { date: new Date(candidate).toISOString().slice(0, 10), precision: 'day', basis: 'year-from-reference' };
  }
  if (mention.weekday !== null) {
    const back = (ref.getUTCDay() - mention.weekday + 7) % 7 || (mention.strictlyBefore ? 7 : 0);
    return { date: shift(ref, -back), precision: 'day', basis: 'weekday' };
  }
  return null;
}

/**
 * "Thursday, January 28, 2020" on a page of 2 February 2021: the weekday fits the date a year on, not the year printed —
 * the old year written in a new one (blind-48). The date whose year is one off the printed one, whose weekday is the
 * printed weekday, and which is at most 62 days before the reference date (a day's grace after); else null.
 */
function yearSlip(mention: DateMention, year: number, month: number, day: number, reference: string): string | null {
  if (mention.weekday === null || new Date(Date.UTC(year, month - 1, day)).getUTCDay() === mention.weekday) return null;
  const ref = Date.parse(`${reference}T00:00:00Z`);
  for (const other of [year + 1, year - 1]) {
    const candidate = Date.UTC(other, month - 1, day);
    const before = (ref - candidate) / 86_400_000;
    if (new Date(candidate).getUTCDay() === mention.weekday && before >= -1 && before <= 62) return isoDate(other, month, day);
  }
  return null;
}

function shift(date: Date, days: number): string {
  return new Date(date.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A day as `YYYY-MM-DD`. */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const monthNumbers: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const dayMonthYear = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${monthNames})\\.?\\s+(\\d{4})\\b|\\b(${monthNames})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
  'g',
);

/**
 * The first "31 February 2024" or "April 31, 2023" the text prints: a day its month does not have that year, which
 * chrono-node reads as no date (new-user trial 116); or null.
 */
export function impossibleDate(text: string): string | null {
  for (const match of text.matchAll(dayMonthYear)) {
    const [day, month, year] = match[1] ? [match[1], match[2], match[3]] : [match[5], match[4], match[6]];
    const m = monthNumbers[(month as string).slice(0, 3).toLowerCase()] as number;
    const d = Number(day);
    const y = Number(year);
    if (d >= 1 && !isDayOf(y, m, d)) return match[0];
  }
  // "TALLINN, 31.04.2022 –" (new-user trial 143): dotted, day first; "31/04/2022" with slashes, a day in neither order.
  for (const match of text.matchAll(impossibleNumeric)) {
    const [first, second, year] = [Number(match[1]), Number(match[3]), Number(match[4])];
    const day = (month: number, date: number) => month >= 1 && month <= 12 && date >= 1 && isDayOf(year, month, date);
    const dayFirst = second >= 1 && second <= 12 && first >= 1 && !day(second, first);
    const neitherOrder = Math.min(first, second) >= 1 && Math.min(first, second) <= 12 && !day(second, first) && !day(first, second);
    if (match[2] === '.' ? dayFirst : neitherOrder) return match[0];
  }
  return null;
}

const impossibleNumeric = /(?<![\d./])(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d{2})(?![\d./]\d)/g;

// The parsers of the languages whose month names a dateline of a release in English most often keeps ("Brasília, 14 de
// abril –", "Paris, 14 avril 2025 –"): chrono-node's own strict locales. (Not German: "5. Mai 2025 –" is split as a
// sentence after "5." before the dateline is read, as "5. April 2025 –" is.)
const datelineLocales: readonly chrono.Chrono[] = [chrono.pt.strict, chrono.es.strict, chrono.fr.strict, chrono.it.strict];

/**
 * The day, with its month and maybe its year, that text[start, end) prints in Portuguese, Spanish, French or Italian
 * (chrono-node's strict locales), for a dateline whose date findDates cannot read ("14 de abril", "14 de abril de 2025",
 * "14 avril 2025", "3 marzo 2025"; new-user trial 140 F2: the dateline, and its city, had been lost). Only a day
 * and a month count; null when there is none.
 */
export function findDatelineDate(text: string, start: number, end: number): DateMention | null {
  const region = text.slice(start, end);
  for (const locale of datelineLocales) {
    for (const parsed of locale.parse(region, fixedReference)) {
      const certain = (component: chrono.Component) => (parsed.start.isCertain(component) ? parsed.start.get(component) : null);
      const [year, month, day] = [certain('year'), certain('month'), certain('day')];
      if (month === null || day === null || (year !== null && (year < 1900 || year > 2200 || !isDayOf(year, month, day)))) continue;
      const at = start + parsed.index;
      return { start: at, end: at + parsed.text.length, text: parsed.text, year, month, day, weekday: null, relativeDays: null };
    }
  }
  return null;
}
