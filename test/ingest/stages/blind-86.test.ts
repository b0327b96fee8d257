import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { officeOf } from '../../../src/ingest/lexicon/titles.js';

// Blind-86's misses, each as its class with texts written for it (not the set's) and the neighbours that keep their
// reading.

const base: ExtractOptions = { initiatives: [], people: [], publishedAt: '2024-07-20' };
const draft = (text: string) => extractReadout(text, base);
const people = (text: string) =>
  draft(text).meetings.map((meeting) => meeting.participants.map((p) => [p.name, p.title, p.countryCode]).sort());
const dates = (text: string) => draft(text).meetings.map((meeting) => meeting.date);

describe('"Name, Country, Name, Country and Name, Country" after a plural title', () => {
  const expected = [
    ['Ana Lira', 'Minister of Trade', 'CL'],
    ['Pedro Ruiz', 'Minister of Trade', 'PE'],
    ['Tomas Vidal', 'Minister of Trade', 'EC'],
  ];
  it.each([
    'The Ministers of Trade from the three Andean countries, Ana Lira, Chile, Pedro Ruiz, Peru and Tomas Vidal, Ecuador, met in Lima on Friday.',
    'The Ministers of Trade of the three countries, Ana Lira, Chile, Pedro Ruiz, Peru, and Tomas Vidal, Ecuador, met in Lima on Friday.',
    'The Ministers of Trade from the three Pacific Alliance countries, Ana Lira, Chile; Pedro Ruiz, Peru; and Tomas Vidal, Ecuador, met in Lima on Friday.',
  ])('%s', (sentence) => {
    expect(people(`Ministers meet\n\n${sentence}`)).toEqual([expected]);
  });

  it('a list of names without countries gives none', () => {
    const got = people(
      'Ministers meet\n\nThe Ministers of Trade of the three countries, Ana Lira, Pedro Ruiz and Tomas Vidal, met in Lima on Friday.',
    );
    // (The first is given the place's country, with its warning, as any host the text gives none.)
    expect(got[0]?.map(([name, , country]) => [name, country]).slice(1)).toEqual([
      ['Pedro Ruiz', null],
      ['Tomas Vidal', null],
    ]);
  });
});

describe('those who met, with no counterpart after "met", met over the days it gives: the first is the date', () => {
  it.each([
    ['The foreign ministers of Chile and Peru, Ana Lira and Pedro Ruiz, met in Lima on 21 and 22 August 2016.', '2016-08-21'],
    ['Foreign Minister Ana Lira and Foreign Minister Pedro Ruiz met in Lima on 21-22 August 2016.', '2016-08-21'],
    ['Foreign Minister Ana Lira and Foreign Minister Pedro Ruiz met on 3-4 May 2016 in Lima.', '2016-05-03'],
  ])('%s', (sentence, date) => {
    expect(dates(`Talks\n\n${sentence}`)).toEqual([date]);
  });

  it('one encounter of a stay over several days is left undated, as before', () => {
    expect(
      dates('Talks\n\nForeign Minister Ana Lira visited Peru on 21-22 August 2016 and met with Foreign Minister Pedro Ruiz in Lima.'),
    ).toEqual([null]);
    expect(dates('Talks\n\nForeign Minister Ana Lira met with Foreign Minister Pedro Ruiz in Lima on 21-22 August 2016.')).toEqual([null]);
  });
});

describe('"back in March 2015" dates what is recalled, not the meeting', () => {
  it('the meeting "today" keeps the page’s day', () => {
    const text =
      'Leaders meet\n\nPresident Ana Lira met President Pedro Ruiz today in Lima. “As I said in my speech to parliament back in March 2015, we will never harm Peru,” President Lira said during the meeting.';
    expect(draft(text).meetings.map((meeting) => [meeting.date, meeting.datePrecision])).toEqual([['2024-07-20', 'day']]);
  });
});

describe('"who was also among the attendants of … meeting": a participant', () => {
  it.each([
    'Ambassador Tomas Vidal, who was also among the attendants of President Ana Lira and President Pedro Ruiz’s meeting today, told reporters that both leaders agreed.',
    'Ambassador Tomas Vidal was among the participants in the meeting.',
  ])('%s', (sentence) => {
    const text = `Leaders meet\n\nPresident Ana Lira met President Pedro Ruiz in Lima today. ${sentence}`;
    expect(draft(text).meetings.map((meeting) => meeting.participants.map((p) => p.name).sort())).toEqual([
      ['Ana Lira', 'Pedro Ruiz', 'Tomas Vidal'],
    ]);
  });

  it('among the attendants of a ceremony is no participant of the meeting', () => {
    const text =
      'Leaders meet\n\nPresident Ana Lira met President Pedro Ruiz in Lima today. Ambassador Tomas Vidal was among the attendants of the ceremony.';
    expect(draft(text).meetings.map((meeting) => meeting.participants.map((p) => p.name).sort())).toEqual([['Ana Lira', 'Pedro Ruiz']]);
  });
});

describe('an aide "to" an office: the aide’s own title, of the office’s country, not the office’s holder', () => {
  it.each([
    ['special assistant to the Chilean President', 'special assistant to the Chilean President'],
    ['Special Assistant to the Chilean President', 'Special Assistant to the Chilean President'],
    ['senior adviser to the Chilean President', 'senior adviser to the Chilean President'],
  ])('Tomas Vidal, %s, …', (title, printed) => {
    const text = `Leaders meet\n\nPresident Ana Lira of Chile met President Pedro Ruiz of Peru in Lima today. Tomas Vidal, ${title}, who was also among the attendants of the meeting, said the talks were warm.`;
    const meeting = draft(text).meetings[0]!;
    const vidal = meeting.participants.find((p) => p.name === 'Tomas Vidal');
    expect([vidal?.printedTitle, vidal?.countryCode]).toEqual([printed, 'CL']);
    // The President is not the aide: both are participants, each with their own title.
    expect(meeting.participants.map((p) => [p.name, p.title]).sort()).toEqual([
      ['Ana Lira', 'President'],
      ['Pedro Ruiz', 'President'],
      ['Tomas Vidal', vidal?.title],
    ]);
  });

  it.each([
    ['Special Assistant to the Prime Minister', 'special assistant to the prime minister'],
    ['Diplomatic Adviser to the UAE President', 'diplomatic adviser to the uae president'],
    ['Prime Minister', 'head-of-government'],
    ['Assistant Minister of Foreign Affairs', 'assistant foreign minister'],
  ])('the office of "%s" is %s', (title, office) => {
    expect(officeOf(title)).toBe(office);
  });
});

describe('"Ato", the Amharic courtesy, is no part of a name', () => {
  it('Ato Tomas Vidal is Tomas Vidal', () => {
    const text = 'Leaders meet\n\nPresident Ana Lira met Ato Tomas Vidal, the Foreign Minister of Peru, in Lima today.';
    expect(draft(text).meetings.map((meeting) => meeting.participants.map((p) => p.name).sort())).toEqual([['Ana Lira', 'Tomas Vidal']]);
  });
});
