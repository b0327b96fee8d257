import { describe, expect, it } from 'vitest';
import { findMeetingDate } from '../../src/ingest/dates.js';
import { extractReadout } from '../../src/ingest/extract.js';

function dateIn(sentence: string, publishedAt: string | null): { date: string | null; printed: string | null; warning: string | null } {
  const fact = findMeetingDate({ start: 0, end: sentence.length, text: sentence }, publishedAt);
  return {
    date: fact?.date ?? null,
    printed: fact ? sentence.slice(fact.span.start, fact.span.end) : null,
    warning: fact?.warning ?? null,
  };
}

describe('meeting dates', () => {
  it('reads full dates in either order', () => {
    expect(dateIn('On July 15, 2021 local time, X met with Y.', null)).toMatchObject({ date: '2021-07-15', printed: 'July 15, 2021' });
    expect(dateIn('On 15 July 2021, X met with Y.', null)).toMatchObject({ date: '2021-07-15', printed: '15 July 2021' });
    expect(dateIn('On the 3rd of March, 2022, X met Y.', null)).toMatchObject({ date: '2022-03-03' });
    expect(dateIn('On Sept. 9, 2019 X met Y.', null)).toMatchObject({ date: '2019-09-09' });
  });

  it('resolves a date without a year against the publication date', () => {
    expect(dateIn('On the afternoon of March 3, X met with Y.', '2022-03-04')).toMatchObject({ date: '2022-03-03', printed: 'March 3' });
    expect(dateIn('On 17 June, the Foreign Secretary spoke to Y.', '2021-06-17')).toMatchObject({ date: '2021-06-17', printed: '17 June' });
    // Published on 2 January: a meeting "on December 30" was last year.
    expect(dateIn('On December 30, X met with Y.', '2022-01-02')).toMatchObject({ date: '2021-12-30' });
  });

  it('resolves weekdays and relative days to the most recent one at publication', () => {
    // 20 May 2021 was a Thursday.
    expect(dateIn('X met on Wednesday with Y.', '2021-05-20')).toMatchObject({ date: '2021-05-19', printed: 'Wednesday' });
    expect(dateIn('On Monday, X met with Y.', '2021-05-20')).toMatchObject({ date: '2021-05-17', printed: 'Monday' });
    expect(dateIn('On Thursday, X met with Y.', '2021-05-20')).toMatchObject({ date: '2021-05-20' });
    expect(dateIn('X met today with Y.', '2022-11-29')).toMatchObject({ date: '2022-11-29', printed: 'today' });
    expect(dateIn('X met Y yesterday.', '2022-11-29')).toMatchObject({ date: '2022-11-28' });
    expect(dateIn('X met Y at the Ministry on 4 th .', '2024-10-07')).toMatchObject({ date: '2024-10-04', printed: '4 th' });
  });

  it('leaves an implicit date unresolved, with a warning, when there is no publication date', () => {
    const weekday = dateIn('On Monday, X met with Y.', null);
    expect(weekday.date).toBeNull();
    expect(weekday.warning).toMatch(/publication date/);
    expect(dateIn('On May 5, X spoke with Y.', null).date).toBeNull();
  });

  it('rejects impossible dates', () => {
    expect(dateIn('On February 30, 2021, X met Y.', null).date).toBeNull();
  });

  it('dates a whole readout against publishedAt and records the precision', () => {
    const text = 'Readout\n\nOn Monday, Foreign Minister Sergey Lavrov met with Kazakh Foreign Minister Mukhtar Tileuberdi in Moscow.\n';
    const draft = extractReadout(text, { publishedAt: '2021-04-08T10:00:00Z', initiatives: [], people: [] });
    expect(draft.date).toBe('2021-04-05');
    expect(draft.datePrecision).toBe('day');
    expect(draft.dateSpan && text.slice(draft.dateSpan.start, draft.dateSpan.end)).toBe('Monday');
    expect(draft.city).toBe('Moscow');
    expect(draft.timezone).toBe('Europe/Moscow');

    const monthOnly =
      'Readout\n\nIn July 2021, Foreign Minister Wang Yi held talks with Kazakh Foreign Minister Mukhtar Tileuberdi in Beijing.\n';
    const monthDraft = extractReadout(monthOnly, { initiatives: [], people: [] });
    expect(monthDraft.date).toBe('2021-07-01');
    expect(monthDraft.datePrecision).toBe('month');
  });
});
