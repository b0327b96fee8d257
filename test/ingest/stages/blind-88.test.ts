import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { tokensAgree } from '../../../src/ingest/linking/name-tokens.js';

// Blind-88's misses, each as its class with texts written for it (not the set's) and the neighbours that keep their
// reading.

const base: ExtractOptions = { initiatives: [], people: [], publishedAt: '2024-07-20' };
const draft = (text: string) => extractReadout(text, base);
const dates = (text: string) => draft(text).meetings.map((meeting) => meeting.date);

describe('a day that dates the report, not the meeting', () => {
  it.each([
    'Foreign Minister Aida Bekova met Iranian Energy Minister Reza Ardakanian in Dushanbe, the Tajik Telegraph Agency (TajikTA) reported on Thursday.',
    'On the morning of Thursday 11 July 2024, the Ministry of Foreign Affairs on X announced that Foreign Minister Aida Bekova met Iranian Energy Minister Reza Ardakanian.',
    'On 11 July 2024, the ministry said that Foreign Minister Aida Bekova met Iranian Energy Minister Reza Ardakanian.',
  ])('%s: undated', (text) => {
    expect(dates(text)).toEqual([null]);
  });

  it.each([
    [
      'On Thursday 11 July 2024, Foreign Minister Aida Bekova met Iranian Energy Minister Reza Ardakanian, the ministry said.',
      '2024-07-11',
    ],
    ['Foreign Minister Aida Bekova met Iranian Energy Minister Reza Ardakanian in Dushanbe on Thursday, TajikTA reported.', '2024-07-18'],
  ])('%s: the meeting’s day', (text, date) => {
    expect(dates(text)).toEqual([date]);
  });
});

describe('"had a bilateral contact with": a contact told bilateral is a meeting', () => {
  it('makes a meeting; a contact alone does not', () => {
    const text =
      'Prior to the session, President Nikos Christou had a bilateral contact with President Ahmed Fathy of Egypt in Cairo on 8 July 2024.';
    expect(draft(text).meetings.map((m) => m.participants.map((p) => p.name).sort())).toEqual([['Ahmed Fathy', 'Nikos Christou']]);
    expect(draft('President Nikos Christou remained in contact with President Ahmed Fathy of Egypt.').meetings).toEqual([]);
  });
});

describe('a doubled letter is one in two spellings of a name', () => {
  it.each([
    ['sissi', 'sisi', true],
    ['anastasiadis', 'anastasiades', true],
    ['mohammed', 'mohamed', true],
    ['wang', 'wong', false],
    ['ana', 'anna', false],
  ])('%s ~ %s: %s', (a, b, agree) => {
    expect(tokensAgree(a, b)).toBe(agree);
  });

  it('"President Sissi" is the el-Sisi the text named before', () => {
    const text =
      'President Nikos Christou met President Abdel Fattah el-Sisi of Egypt in Cairo on 8 July 2024. Prior to the session, President Christou had a bilateral contact with President Sissi.';
    const names = draft(text).meetings.flatMap((m) => m.participants.map((p) => p.name));
    expect(names).not.toContain('Sissi');
  });
});
