import type { Span } from './draft.js';
import type { Segment } from './segments.js';

export interface DateFact {
  date: string | null;
  precision: 'day' | 'month' | 'year';
  span: Span;
  confidence: number;
  warning: string | null;
}

const monthNames = [
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
];
const month =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const ordinal = '(?:st|nd|rd|th)?';
const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

// Ordered by how much of the date they state; every pattern is a fixed sequence of bounded tokens (linear time).
const patterns: { kind: 'mdy' | 'dmy' | 'md' | 'dm' | 'day' | 'weekday' | 'relative' | 'my' | 'iso'; regex: RegExp }[] = [
  { kind: 'iso', regex: /\b(\d{4})-(\d{2})-(\d{2})\b/ },
  { kind: 'mdy', regex: new RegExp(`\\b${month}\\s+(\\d{1,2})${ordinal},?\\s+(\\d{4})\\b`, 'i') },
  { kind: 'dmy', regex: new RegExp(`\\b(\\d{1,2})${ordinal}\\s+(?:of\\s+)?${month},?\\s+(\\d{4})\\b`, 'i') },
  { kind: 'md', regex: new RegExp(`\\b${month}\\s+(\\d{1,2})${ordinal}\\b`, 'i') },
  { kind: 'dm', regex: new RegExp(`\\b(\\d{1,2})${ordinal}\\s+(?:of\\s+)?${month}(?![\\p{L}])`, 'iu') },
  { kind: 'day', regex: /\bon\s+(?:the\s+)?((\d{1,2})\s?(?:st|nd|rd|th))\b/i },
  { kind: 'weekday', regex: /\b(?:on|last|this)\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/i },
  { kind: 'relative', regex: /\b(today|yesterday|earlier today|this (?:morning|afternoon|evening)|tonight)\b/i },
  { kind: 'my', regex: new RegExp(`\\bin\\s+(?:early\\s+|mid-|late\\s+)?${month}\\s+(\\d{4})\\b`, 'i') },
];

/** The meeting date stated in a sentence, resolved against the publication date when the year or day is implicit. */
export function findMeetingDate(region: Segment, publishedAt: string | null | undefined): DateFact | null {
  const published = parsePublished(publishedAt);
  for (const { kind, regex } of patterns) {
    const match = regex.exec(region.text);
    if (!match) continue;
    const fact = toFact(kind, match, region.start, published);
    if (fact) return fact;
  }
  return null;
}

function toFact(kind: string, match: RegExpExecArray, offset: number, published: Date | null): DateFact | null {
  const whole = match[0];
  const spanOfWhole: Span = { start: offset + match.index, end: offset + match.index + whole.length };
  switch (kind) {
    case 'iso':
      return exact(Number(match[1]), Number(match[2]), Number(match[3]), spanOfWhole);
    case 'mdy':
      return exact(Number(match[3]), monthNumber(match[1]), Number(match[2]), spanOfWhole);
    case 'dmy':
      return exact(Number(match[3]), monthNumber(match[2]), Number(match[1]), spanOfWhole);
    case 'md':
      return yearless(monthNumber(match[1]), Number(match[2]), spanOfWhole, published);
    case 'dm':
      return yearless(monthNumber(match[2]), Number(match[1]), spanOfWhole, published);
    case 'day': {
      const printed = match[1] as string;
      const span: Span = { start: spanOfWhole.end - printed.length, end: spanOfWhole.end };
      return dayOnly(Number(match[2]), span, published);
    }
    case 'weekday': {
      const printed = match[1] as string;
      const span: Span = { start: spanOfWhole.end - printed.length, end: spanOfWhole.end };
      return weekday(weekdays.indexOf(printed.toLowerCase()), span, published);
    }
    case 'relative':
      return relative((match[1] as string).toLowerCase(), spanOfWhole, published);
    case 'my': {
      const monthIndex = monthNumber(match[1]);
      const prefixLength = /^in\s+/i.exec(whole)?.[0].length ?? 0;
      const span: Span = { start: spanOfWhole.start + prefixLength, end: spanOfWhole.end };
      return { date: iso(Number(match[2]), monthIndex, 1), precision: 'month', span, confidence: 0.6, warning: null };
    }
    default:
      return null;
  }
}

function monthNumber(printed: string | undefined): number {
  const key = (printed ?? '').toLowerCase().replace('.', '').slice(0, 3);
  return monthNames.findIndex((name) => name.startsWith(key)) + 1;
}

function exact(year: number, monthIndex: number, day: number, span: Span): DateFact | null {
  const date = validDate(year, monthIndex, day);
  return date ? { date, precision: 'day', span, confidence: 0.95, warning: null } : null;
}

function yearless(monthIndex: number, day: number, span: Span, published: Date | null): DateFact | null {
  if (!published) return unresolved(span, 'the meeting date has no year and there is no publication date to resolve it');
  let year = published.getUTCFullYear();
  let date = validDate(year, monthIndex, day);
  // A readout reports past meetings: a day that would fall well after publication belongs to the previous year.
  if (date && Date.parse(date) > published.getTime() + 2 * 86_400_000) {
    year -= 1;
    date = validDate(year, monthIndex, day);
  }
  return date ? { date, precision: 'day', span, confidence: 0.85, warning: null } : null;
}

function dayOnly(day: number, span: Span, published: Date | null): DateFact | null {
  if (!published) return unresolved(span, 'the meeting date gives only a day and there is no publication date to resolve it');
  let year = published.getUTCFullYear();
  let monthIndex = published.getUTCMonth() + 1;
  if (day > published.getUTCDate() + 2) {
    monthIndex -= 1;
    if (monthIndex === 0) {
      monthIndex = 12;
      year -= 1;
    }
  }
  const date = validDate(year, monthIndex, day);
  return date ? { date, precision: 'day', span, confidence: 0.7, warning: null } : null;
}

function weekday(dayOfWeek: number, span: Span, published: Date | null): DateFact | null {
  if (!published) return unresolved(span, 'the meeting date names only a weekday and there is no publication date to resolve it');
  const back = (published.getUTCDay() - dayOfWeek + 7) % 7;
  const date = new Date(published.getTime() - back * 86_400_000);
  return { date: date.toISOString().slice(0, 10), precision: 'day', span, confidence: 0.75, warning: null };
}

function relative(word: string, span: Span, published: Date | null): DateFact | null {
  if (!published) return unresolved(span, `the meeting date is "${word}" and there is no publication date to resolve it`);
  const daysBack = word === 'yesterday' ? 1 : 0;
  const date = new Date(published.getTime() - daysBack * 86_400_000);
  return { date: date.toISOString().slice(0, 10), precision: 'day', span, confidence: 0.7, warning: null };
}

function unresolved(span: Span, warning: string): DateFact {
  return { date: null, precision: 'day', span, confidence: 0.2, warning };
}

function validDate(year: number, monthIndex: number, day: number): string | null {
  if (monthIndex < 1 || monthIndex > 12 || day < 1 || year < 1900 || year > 2200) return null;
  const probe = new Date(Date.UTC(year, monthIndex - 1, day));
  if (probe.getUTCMonth() !== monthIndex - 1) return null;
  return iso(year, monthIndex, day);
}

function iso(year: number, monthIndex: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(monthIndex).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function parsePublished(publishedAt: string | null | undefined): Date | null {
  if (!publishedAt) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt.trim());
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? null : date;
}
