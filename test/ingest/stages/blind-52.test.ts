import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { defaultInitiatives } from '../../../src/ingest/lexicon/initiative-catalog.js';
import { officeOf } from '../../../src/ingest/lexicon/titles.js';

// Classes found while tuning on blind set 52 (after its first run), each written as the class with its variants and,
// where a neighbouring case must not change, that case.

const base: ExtractOptions = { initiatives: defaultInitiatives, people: [] };
const namesOf = (text: string, options: Partial<ExtractOptions> = {}) =>
  extractReadout(text, { ...base, ...options }).meetings.map((m) => m.participants.map((p) => p.name).sort((a, b) => a.localeCompare(b)));

describe('a consultation, meeting or session "led by" two people is their meeting', () => {
  it.each([
    'The fourth ministerial consultation was conducted in Addis Ababa. The consultation was led by Foreign Minister Workneh Gebeyeu and his Eritrean counterpart Osman Saleh.',
    'The meeting was held in Addis Ababa. The meeting was co-chaired by Foreign Minister Workneh Gebeyeu and his Eritrean counterpart Osman Saleh.',
    'The session was held in Addis Ababa. The session was jointly led by Foreign Minister Workneh Gebeyeu and his Eritrean counterpart Osman Saleh.',
    'The third round was held in Addis Ababa. The round was headed by Foreign Minister Workneh Gebeyeu and his Eritrean counterpart Osman Saleh.',
  ])('%s', (text) => {
    expect(namesOf(text)).toEqual([['Osman Saleh', 'Workneh Gebeyeu']]);
  });
});

describe('two office holders as the subject of a tag that closes what they said met', () => {
  it.each([
    'Macedonia and Montenegro share the same priorities, the Foreign ministers of both countries, Nikola Poposki and Igor Luskic, concluded Tuesday in Podgorica.',
    'Macedonia and Montenegro share the same priorities, Foreign Minister Nikola Poposki and Foreign Minister Igor Luskic concluded in Podgorica.',
    'The two countries share the same priorities, the ministers, Foreign Minister Nikola Poposki and Foreign Minister Igor Luskic, agreed on Tuesday in Podgorica.',
  ])('%s', (text) => {
    expect(namesOf(text)).toEqual([['Igor Luskic', 'Nikola Poposki']]);
  });

  it('not one person closing the tag', () => {
    const text =
      'Macedonia and Montenegro share the same priorities, Foreign Minister Nikola Poposki concluded Tuesday in Podgorica after talks in Skopje.';
    expect(namesOf(text).flat()).not.toContain('Igor Luskic');
  });
});

describe("a byline of the site's user, date and time is the page's date stamp", () => {
  it.each(['admin1 – October 8, 2014 – 8:35am', 'editor – October 8, 2014 – 8:35am', 'By staff | October 8, 2014 | 8:35 am'])(
    '"%s" dates "Tuesday"',
    (byline) => {
      const text = `Flash News\n${byline}\n\n- Foreign Minister Nikola Poposki met Foreign Minister Igor Luskic on Tuesday in Podgorica.`;
      expect(extractReadout(text, base).meetings[0]?.date).toBe('2014-10-07');
    },
  );
});

describe('"are meeting" tells of a meeting of the people before it', () => {
  it.each(['are meeting', 'were meeting'])('%s', (verb) => {
    const text = `Abdoulaye Diop of Mali, Jean Marie Karamoko Traore of Burkina Faso, and Niger’s Bakary Yaou Sangare ${verb} on Monday in Bamako.`;
    const [meeting] = extractReadout(text, { ...base, publishedAt: '2024-09-16' }).meetings;
    expect(meeting?.participants.map((p) => p.countryCode)).toEqual(expect.arrayContaining(['BF', 'NE']));
    expect(meeting?.date).toBe('2024-09-16');
  });
});

describe('"top diplomats" hold the foreign minister\'s office', () => {
  it.each([
    'top diplomat',
    'top diplomats',
    'chief diplomat',
    'top diplomats of the West African states',
    'top diplomats of the two countries',
  ])('%s', (title) => {
    expect(officeOf(title)).toBe('foreign-minister');
  });

  it.each(['diplomat', 'top diplomats of the embassy', 'senior diplomats'])('not %s', (title) => {
    expect(officeOf(title)).not.toBe('foreign-minister');
  });
});

describe("a word of tenure between a country's possessive (or the phrase) and the title", () => {
  it.each([
    ['India’s newly-appointed Minister S Jaishankar', 'IN'],
    ['India’s newly appointed Minister S Jaishankar', 'IN'],
    ['India’s re-elected Minister S Jaishankar', 'IN'],
    ['the newly-appointed Minister S Jaishankar', null],
  ])('"%s"', (object, code) => {
    const [meeting] = extractReadout(`Prime Minister Pushpa Kamal Dahal paid a courtesy call on ${object} on Monday.`, base).meetings;
    const other = meeting?.participants.find((p) => p.name === 'S Jaishankar');
    expect(other).toBeDefined();
    if (code) expect(other?.countryCode).toBe(code);
  });
});

describe("a word of tenure before a title does not make the day after it an appointment's", () => {
  const dateOf = (text: string) => extractReadout(text, { ...base, publishedAt: '2024-06-10' }).meetings[0]?.date ?? null;
  it.each(['newly-appointed', 'newly appointed', 'newly-elected'])('"%s Minister … on Monday"', (tenure) => {
    expect(dateOf(`Prime Minister Pushpa Kamal Dahal paid a courtesy call on India’s ${tenure} Minister Rao Jaishankar on Monday.`)).toBe(
      '2024-06-10',
    );
  });

  it('still not the day of an appointment', () => {
    expect(
      dateOf(
        'Prime Minister Pushpa Kamal Dahal paid a courtesy call on Minister Rao Jaishankar, who was appointed on Sunday, 9 June 2024.',
      ),
    ).not.toBe('2024-06-09');
  });
});
