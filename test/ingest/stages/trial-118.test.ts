import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

// Classes new-user trial 118 found in readouts its user wrote, each with its variants and the neighbouring case that
// must not change.

const base: ExtractOptions = { initiatives: [], people: [] };

describe('a page date at the start of the first line is the page’s, not the meeting’s', () => {
  it.each(['August 15, 2006 ', 'August 15, 2006', '15 August 2006 '])('"%s" before the lead', (stamp) => {
    const text = `Foreign Minister Meets Peruvian Counterpart\n\n${stamp}Foreign Minister Hamid Rahmani met with Peruvian Foreign Minister Ana Torres in Lima on 14 August 2006.`;
    expect(extractReadout(text, base).meetings[0]?.date).toBe('2006-08-14');
  });
});

describe('the days of a visit before the dateline’s say the dateline’s day is not the meeting’s', () => {
  const text = (days: string) =>
    `Minister visits Georgia\n\nStockholm, 4 November 2023 – Foreign Minister Maria Lind was on an official visit to Georgia ${days}. In Tbilisi she met with Foreign Minister Ilia Darchiashvili.`;
  it('"on 2–3 November": no date, and the warning names the days', () => {
    const draft = extractReadout(text('on 2–3 November'), base);
    expect(draft.meetings[0]?.date).toBeNull();
    expect(draft.warnings).toContainEqual(expect.stringContaining('"2–3 November", several days'));
  });

  it('days still to come ("ahead of the summit on 26–28 November") leave the dateline’s day as it was', () => {
    expect(extractReadout(text('ahead of the summit on 26–28 November'), base).meetings[0]?.date).toBe('2023-11-04');
  });
});
