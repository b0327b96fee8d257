import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { findDates, resolveDate } from '../../../src/ingest/recognize/dates.js';

// Classes new-user trial 115 found in readouts its user wrote (the rest of that trial is in trial-115's commits): each
// with its variants, and the neighbouring case that must not change.

const base: ExtractOptions = { initiatives: [], people: [] };
const sorted = (meetings: string[][]) => meetings.map((names) => [...names].sort());
const peopleOf = (text: string) => extractReadout(text, base).meetings.map((m) => m.participants.map((p) => p.name));

describe('a list of meetings a sentence ending in a colon announces: one meeting per item, of the one who opens it', () => {
  const items = [
    'With Mr. Urmas Reinsalu, Minister of Foreign Affairs of Estonia. The ministers discussed security in the Baltic Sea region.',
    'With Mr. Jüri Ratas, Prime Minister of Estonia, on regional energy projects.',
    'With Ms. Kersti Kaljulaid, President of the Republic of Estonia.',
  ];
  const expected = [
    ['Urmas Reinsalu', 'Jacek Czaputowicz'],
    ['Jüri Ratas', 'Jacek Czaputowicz'],
    ['Kersti Kaljulaid', 'Jacek Czaputowicz'],
  ];
  it.each([
    ['held the following meetings:', (item: string, index: number) => `${index + 1}. ${item}`],
    ['held talks with the following officials:', (item: string) => `- ${item}`],
    ['met with:', (item: string) => `• ${item}`],
    ['had separate meetings with:', (item: string, index: number) => `(${index + 1}) ${item}`],
  ])('"%s"', (lead, mark) => {
    const text =
      `Visit to Estonia\n\nTALLINN, 14 May 2019 – During his official visit to Estonia, Minister of Foreign Affairs Jacek Czaputowicz ${lead}\n\n` +
      items.map(mark).join('\n\n');
    expect(sorted(peopleOf(text))).toEqual(sorted(expected));
  });

  it('an item of a list no colon announced keeps the meeting it was (one)', () => {
    const text =
      'Minister of Foreign Affairs Jacek Czaputowicz met Estonian Foreign Minister Urmas Reinsalu in Tallinn on 14 May 2019.\n\n' +
      'With Mr. Reinsalu, the minister discussed security in the Baltic Sea region.';
    expect(sorted(peopleOf(text))).toEqual([['Jacek Czaputowicz', 'Urmas Reinsalu']]);
  });
});

describe('"the 3rd instant", "the 28th ultimo": a day of the month of the page, or of the month before', () => {
  const dateOf = (phrase: string, reference: string | null) => {
    const [mention] = findDates(`${phrase} Wang Yi met Sergey Lavrov.`, 0, phrase.length);
    return mention ? resolveDate(mention, reference) : null;
  };
  it.each([
    ['On the 3rd instant,', '2019-04-10', '2019-04-03'],
    ['On 3rd inst.', '2019-04-10', '2019-04-03'],
    ['on the 14th instant', '2019-04-30', '2019-04-14'],
    ['On the 28th ultimo,', '2019-04-10', '2019-03-28'],
    ['On 28th ult.', '2019-01-05', '2018-12-28'],
  ])('%s on a page of %s → %s', (phrase, reference, date) => {
    expect(dateOf(phrase, reference)).toEqual({ date, precision: 'day', basis: 'relative' });
  });

  it('a day the month does not have is no date; without the page date, none', () => {
    expect(dateOf('On the 31st instant,', '2019-04-10')).toBeNull();
    expect(dateOf('On the 3rd instant,', null)).toBeNull();
  });

  it('the draft dates the meeting from publishedAt, and without it says the month is missing', () => {
    const text = 'On the 3rd instant, Foreign Minister Wang Yi held talks with Russian Foreign Minister Sergey Lavrov in Beijing.';
    expect(extractReadout(text, { ...base, publishedAt: '2019-04-10' }).meetings[0]).toMatchObject({
      date: '2019-04-03',
      dateBasis: 'relative',
    });
    const undated = extractReadout(text, base);
    expect(undated.meetings[0]?.date).toBeNull();
    expect(undated.warnings.join(' ')).toContain('"the 3rd instant" but not the month');
  });

  it('"an instant" and "instant coffee" are no dates', () => {
    expect(findDates('He replied in an instant; 3 instant noodles were served.', 0, 56).filter((d) => d.day !== null)).toEqual([]);
  });
});

describe('a spokesperson relays what each participant said: the participant named in the clause speaks', () => {
  const speakersOf = (text: string) => {
    const [meeting] = extractReadout(text, base).meetings;
    const names = new Map(meeting?.participants.map((p) => [p.key, p.name]));
    return meeting?.statements.map((s) => (s.speakerKey ? names.get(s.speakerKey) : s.kind)) ?? [];
  };
  const lead =
    'State Councilor and Foreign Minister Wang Yi held talks with Russian Foreign Minister Sergey Lavrov in Beijing on 3 April 2019.';
  it.each([
    ['Spokeswoman Hua Chunying told reporters that Wang Yi said', 'She added that Lavrov said'],
    ['Spokesperson Geng Shuang told a regular press briefing that Wang Yi stressed', 'He also said that Lavrov stated'],
    ['Foreign Ministry spokeswoman Hua Chunying told the press that Wang Yi noted', 'She added that Minister Lavrov noted'],
  ])('"%s …" then "%s …"', (first, second) => {
    const text = `${lead}\n\n${first} China and Russia would deepen their coordination. ${second} Russia supports the initiative.`;
    expect(speakersOf(text)).toEqual(['Wang Yi', 'Sergey Lavrov']);
  });

  it('a participant\'s own "He added that …" stays theirs', () => {
    const text = `${lead}\n\nWang Yi said China values the partnership. He added that the two sides would meet again in May.`;
    expect(speakersOf(text)).toEqual(['Wang Yi', 'Wang Yi']);
  });
});
