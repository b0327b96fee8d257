import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

// Classes found on blind set 29 after its first run, each written as the class with its variants (and, where a
// variant must not change, the one that must not).

const base: ExtractOptions = { initiatives: [], people: [], publishedAt: '2024-06-12' };
const dateOf = (text: string) => extractReadout(text, base).meetings[0]?.date ?? null;
const call =
  'the Minister of Foreign Affairs of Uzbekistan Bakhtiyor Saidov held a telephone conversation with the Minister of Foreign Affairs of Mongolia Battsetseg Batmunkh.';

describe('the words before a date are read within its own line', () => {
  it.each([
    ['FMs of Uzbekistan and Mongolia discuss agenda of upcoming bilateral meetings', '2024-06-11'],
    ['Ministers to discuss the next meetings', '2024-06-11'],
    ['Talks ahead of', '2024-06-11'],
  ])('a headline ending "%s" does not put the next line\'s "Yesterday" in the future', (headline, date) => {
    expect(dateOf(`${headline}\nYesterday, ${call}`)).toBe(date);
  });

  it('within a line, "ahead of upcoming" still marks a date to come', () => {
    expect(dateOf(`Saidov held a telephone conversation with Batmunkh ahead of the upcoming 14 June 2024 summit.\n`)).toBeNull();
  });
});

describe("a date in a sentence that tells the reader to recall an earlier meeting is not this meeting's", () => {
  const negotiations = 'negotiations with the Minister of Foreign Affairs of Mongolia Battsetseg Batmunkh in the city of Tashkent';
  it.each([
    `It should be recalled that on March 8, 2023, after ${negotiations}, the minister wrote: “We welcome the decision.”`,
    `It is worth recalling that on March 8, 2023, Saidov held ${negotiations}.`,
    `As a reminder, on March 8, 2023, Saidov held ${negotiations}.`,
    `Saidov recalled that on March 8, 2023, he held ${negotiations}.`,
  ])('%s', (recall) => {
    // The call itself is not dated: the recalled day must not become its date.
    expect(dateOf(`Uzbek and Mongolian ministers talk\nRecently, ${call}\n\n${recall}`)).toBeNull();
  });

  it('a date printed with the meeting itself is still its date', () => {
    expect(dateOf(`Uzbek and Mongolian ministers talk\nOn June 10, 2024, ${call}`)).toBe('2024-06-10');
  });
});

describe('envoys of a credentials ceremony named later as those who presented them: a meeting each', () => {
  const meetingsOf = (text: string) => extractReadout(text, base).meetings.map((m) => m.participants.map((p) => p.name).sort());
  const lead = 'President Mwai Kibaki on Monday received credentials from five diplomats accredited to Kenya.\n\n';
  it.each([
    [
      'one sentence each, and a list with countries in brackets',
      'The first to present her credentials was Angelina Chogo Wapakabulo, High Commissioner-Designate of the Republic of Uganda.\n\nAlso to present her credentials was Margit Hellwig-Boette, Ambassador-Designate of the Federal Republic of Germany.\n\nOthers who presented their credentials were Zdravko Bisic (the Republic of Serbia), Ann Dismorr (Sweden) and Christian Hasenbiehler (Austria).',
      ['Angelina Chogo Wapakabulo', 'Margit Hellwig-Boette', 'Zdravko Bisic', 'Ann Dismorr', 'Christian Hasenbiehler'],
    ],
    [
      'letters of credence, a list after the verb',
      'Presenting their letters of credence were Khaled Shamaa, ambassador of Egypt, and Masaya Fujiwara, ambassador of Japan.',
      ['Khaled Shamaa', 'Masaya Fujiwara'],
    ],
    [
      'handed over',
      'The first to hand over his credentials was Zvi Tal, Ambassador of Israel. Also to hand over her credentials was Terezia Sajgalikova, Ambassador of Slovakia.',
      ['Zvi Tal', 'Terezia Sajgalikova'],
    ],
  ])('%s', (_, rest, envoys) => {
    const meetings = meetingsOf(`${lead}${rest}`);
    for (const envoy of envoys) expect(meetings.some((people) => people.includes(envoy) && people.includes('Mwai Kibaki'))).toBe(true);
    expect(meetings.length).toBeGreaterThanOrEqual(envoys.length);
  });

  it('one envoy who presented credentials to the President is one meeting, as before', () => {
    expect(meetingsOf('Ambassador Zvi Tal of Israel presented his credentials to President Mwai Kibaki on Monday.')).toEqual([
      ['Mwai Kibaki', 'Zvi Tal'],
    ]);
  });
});
