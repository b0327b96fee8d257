import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { defaultInitiatives } from '../../../src/ingest/lexicon/initiative-catalog.js';

// Classes from new-user trial 99 (an editor's real readouts), each written as the class with its variants.

const base: ExtractOptions = { initiatives: defaultInitiatives, people: [], publishedAt: '2022-09-21' };

// Trial 99: "…, State Department spokesman Ned Price said in a statement" made the spokesman a participant (host, of
// the host's country) and gave him the Secretary's words; the office printed in lower case before the name is no title
// the recognisers read, but it says who reports.
describe('a spokesperson named after a lower-case office relays, and is no participant', () => {
  it.each([
    ['State Department spokesman Ned Price said in a statement', 'Ned Price'],
    ['ministry spokeswoman Maria Zakharova said on Tuesday', 'Maria Zakharova'],
    ['Kremlin press secretary Dmitry Peskov told reporters', 'Dmitry Peskov'],
    ['the ministry’s spokesperson Mao Ning said', 'Mao Ning'],
  ])('%s', (tag, reporter) => {
    const text = `Turkish Foreign Minister Mevlut Cavusoglu met US Secretary of State Antony Blinken in New York on 20 September 2022, ${tag}.\n\n"The talks were productive," ${reporter.split(' ').at(-1)} said.`;
    const names = extractReadout(text, base).meetings.flatMap((m) => m.participants.map((p) => p.name));
    expect(names).not.toContain(reporter);
    expect(names.sort()).toEqual(['Antony Blinken', 'Mevlut Cavusoglu']);
  });
});

// A headline drops its articles: "Çavuşoğlu meets Blinken on sidelines of UNGA" sets the meeting there as "on the
// sidelines of" does (trial 99: the Hürriyet readout's first meeting was a plain meeting).
describe('a headline "on sidelines of", without its article, sets the first meeting on the sidelines', () => {
  it.each([
    ['Çavuşoğlu meets Blinken on sidelines of UNGA'],
    ['Çavuşoğlu meets Blinken on the sidelines of UNGA'],
    ['Çavuşoğlu, Blinken meet on margins of UN General Assembly'],
    ['Çavuşoğlu meets Blinken on sideline of UNGA'],
  ])('%s', (headline) => {
    const text = `${headline}\n\nNEW YORK, Sept. 20 – Foreign Minister Mevlüt Çavuşoğlu met US Secretary of State Antony Blinken in New York on Tuesday.`;
    expect(extractReadout(text, base).meetings[0]?.kind).toBe('sideline_meeting');
  });

  it('a headline of no event leaves the meeting a meeting', () => {
    const text =
      'Çavuşoğlu meets Blinken in New York\n\nNEW YORK, Sept. 20 – Foreign Minister Mevlüt Çavuşoğlu met US Secretary of State Antony Blinken in New York on Tuesday.';
    expect(extractReadout(text, base).meetings[0]?.kind).toBe('meeting');
  });
});

// A participant's warning says which meeting it is about when the readout reports several (trial 99: "participant p2
// is named only by title" six times, once per meeting).
describe("a participant's warning names its meeting when there are several", () => {
  it.each([
    [
      'Foreign Minister Mevlüt Çavuşoğlu met his counterparts from Bolivia and Spain in New York on 20 September 2022.',
      ['meeting 1 (/meetings/0): participant p2 is named only by title', 'meeting 2 (/meetings/1): participant p2 is named only by title'],
    ],
    [
      'Foreign Minister Mevlüt Çavuşoğlu met his Bolivian counterpart in New York on 20 September 2022.',
      ['participant p2 is named only by title'],
    ],
  ])('%s', (text, starts) => {
    const warnings = extractReadout(text, base).warnings.filter((w) => w.includes('named only by title'));
    expect(warnings.map((w) => w.slice(0, w.indexOf(' ("')))).toEqual(starts);
  });
});
