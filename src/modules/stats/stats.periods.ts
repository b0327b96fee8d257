import type { Interval } from './stats.schemas.js';

// Calendar periods (month, quarter, year) over local dates YYYY-MM-DD, as plain arithmetic on month numbers: no time
// zone can shift a date, and every year from 1 to 9999 works alike.

const monthsPer: Record<Interval, number> = { month: 1, quarter: 3, year: 12 };

/** The index of the period holding `date` (YYYY-MM-DD): consecutive periods have consecutive indexes. */
export function periodOf(interval: Interval, date: string): number {
  return Math.floor((Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1) / monthsPer[interval]);
}

/** How many periods of `interval` the dates `first`..`last` (YYYY-MM-DD) touch; 0 when first is after last. */
export function bucketCount(interval: Interval, first: string, last: string): number {
  if (first > last) return 0;
  return periodOf(interval, last) - periodOf(interval, first) + 1;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** The first day of the period with index `period`. */
export function periodStart(interval: Interval, period: number): string {
  const month = period * monthsPer[interval];
  return `${pad(Math.floor(month / 12), 4)}-${pad((month % 12) + 1, 2)}-01`;
}

const daysIn = (year: number, month: number) =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** The last day of the period with index `period`. */
export function periodEnd(interval: Interval, period: number): string {
  const month = (period + 1) * monthsPer[interval] - 1;
  const year = Math.floor(month / 12);
  return `${pad(year, 4)}-${pad((month % 12) + 1, 2)}-${pad(daysIn(year, (month % 12) + 1), 2)}`;
}
