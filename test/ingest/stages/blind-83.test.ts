import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

// Blind-83's misses, each as its class with texts written for it (not the set's) and the neighbours that keep their
// reading.

const base: ExtractOptions = { initiatives: [], people: [], publishedAt: '2024-07-20' };
const draft = (text: string) => extractReadout(text, base);
const pairs = (text: string) =>
  draft(text).meetings.map((meeting) =>
    meeting.participants
      .map((p) => p.name)
      .sort()
      .join(' + '),
  );

describe('counterparts who sign a document together met', () => {
  it.each([
    'In a joint declaration signed at the Presidential Palace by President Ana Lira and her Chilean counterpart Tomas Vidal, both nations renewed the commission.',
    'The accord, signed in Quito by Minister Ana Lira and her Peruvian counterpart Tomas Vidal, sets up a joint fund.',
    'A memorandum was signed by Minister Ana Lira and her Peruvian counterpart Tomas Vidal on Monday.',
  ])('%s', (text) => {
    expect(pairs(text)).toEqual(['Ana Lira + Tomas Vidal']);
  });

  it('a document signed by two officials who are not counterparts is no meeting of theirs', () => {
    expect(draft('The contract, signed in Quito by engineer Ana Lira and banker Tomas Vidal, was published on Monday.').meetings).toEqual(
      [],
    );
  });
});

describe('who organises a meeting between others meets them', () => {
  it('"organised a working meeting between the foreign ministers of …" is a meeting', () => {
    const [meeting, ...rest] = draft(
      'On 20 July, Foreign Minister Ana Lira organised a working meeting between the Ministers for Foreign Affairs of the Nordic countries and the Baltic States, on the margins of the Council.',
    ).meetings;
    expect(rest).toEqual([]);
    expect(meeting?.participants.map((p) => p.name)).toContain('Ana Lira');
  });

  it('"organised a dinner in honour of" stays what it was', () => {
    expect(pairs('President Ana Lira organised a dinner in honour of President Tomas Vidal of Peru.')).toEqual(['Ana Lira + Tomas Vidal']);
  });
});

describe('what someone said or did after meeting a person', () => {
  it.each([
    [
      '"…," is what X said after meeting his counterpart Y',
      '"Talks continue," is what Peru’s foreign minister Ana Lira said after meeting her Chilean counterpart Tomas Vidal.',
    ],
    [
      'X said after meeting with Y that …',
      'Foreign Minister Ana Lira said after meeting with President Tomas Vidal of Chile that talks continue.',
    ],
    [
      'after talking with Y, X …',
      'The minister spoke to the press after talking with President-elect Tomas Vidal. Minister Ana Lira said talks continue.',
    ],
    [
      'after speaking to Y, X …',
      'After speaking to Chilean Foreign Minister Tomas Vidal, Peruvian Foreign Minister Ana Lira said talks continue.',
    ],
  ])('%s', (_case, text) => {
    expect(pairs(text)).toEqual(['Ana Lira + Tomas Vidal']);
  });

  it.each([
    ['after speaking to reporters', 'Foreign Minister Ana Lira said after speaking to reporters that talks continue.'],
    ['after meeting expectations', 'Foreign Minister Ana Lira said after meeting expectations of growth that talks continue.'],
  ])('not %s', (_case, text) => {
    expect(draft(text).meetings).toEqual([]);
  });

  it('"after meeting her counterparts from A, B and C" is a table of several, not a meeting with each', () => {
    const meetings = draft(
      'Secretary of State Ana Lira, who met her Korean counterpart Tomas Vidal for the first time, spoke after meeting her counterparts from China, Japan and Russia.',
    ).meetings;
    expect(meetings).toHaveLength(1);
  });
});

describe('an office in lower case between the meeting phrase and the name', () => {
  it.each([
    ['met with opposition leader X', 'Foreign Minister Ana Lira met with opposition leader Tomas Vidal.'],
    ['met the leader of the opposition X', 'Foreign Minister Ana Lira met the leader of the opposition Tomas Vidal.'],
    ['met with party chairman X', 'Foreign Minister Ana Lira met with party chairman Tomas Vidal on Monday.'],
  ])('%s', (_case, text) => {
    expect(pairs(text)).toEqual(['Ana Lira + Tomas Vidal']);
  });

  it('a lower-case word that is no office keeps the name out ("met with farmers near …")', () => {
    expect(pairs('Foreign Minister Ana Lira met with farmers near Tomas Vidal Street.')).not.toContain('Ana Lira + Tomas Vidal');
  });
});

describe('"he" right after a reception is the one received', () => {
  it('"X was received by Y. He also met with Z": X met Z', () => {
    expect(
      pairs(
        'Foreign Minister Ana Lira met her Chilean counterpart Tomas Vidal in Lima. Vidal was also received by President Marco Ruiz. He also met with the leader of the opposition Elena Soto.',
      ),
    ).toEqual(['Ana Lira + Tomas Vidal', 'Marco Ruiz + Tomas Vidal', 'Elena Soto + Tomas Vidal']);
  });

  it('"X received Y. He also met with Z": the host goes on, as before', () => {
    const met = pairs(
      'Foreign Minister Ana Lira met her Chilean counterpart Tomas Vidal in Lima. President Marco Ruiz received Minister Vidal. He also met with the leader of the opposition Elena Soto.',
    );
    expect(met).toContain('Ana Lira + Elena Soto');
    expect(met).not.toContain('Elena Soto + Tomas Vidal');
  });
});

describe('whom a visit was paid stands between the verb and the visit', () => {
  it.each([
    'Ambassador of Peru to Chile, Ana Lira, paid the President Tomas Vidal a farewell visit on Tuesday.',
    'Deputy Prime Minister Ana Lira paid Prime Minister Tomas Vidal a courtesy call in Lima yesterday.',
  ])('%s: the one called on received the caller', (text) => {
    const [meeting, ...rest] = draft(text).meetings;
    expect(rest).toEqual([]);
    expect(meeting?.participants.map((p) => [p.name, p.role])).toEqual([
      ['Tomas Vidal', 'host'],
      ['Ana Lira', 'guest'],
    ]);
  });

  it('"paid tribute to" is no visit to a person', () => {
    expect(draft('Minister Ana Lira paid tribute to President Tomas Vidal on Tuesday.').meetings).toEqual([]);
  });
});

describe('calls counted one by one', () => {
  it('"He called A … The second one was to B, and the third was to C": three calls of the same caller', () => {
    expect(
      pairs(
        'Today President Ana Lira made some phone calls to foreign leaders. She called King Tomas Vidal of Jordan. The second one was to President Marco Ruiz, and the third was to Prime Minister Elena Soto of Lebanon.',
      ),
    ).toEqual(['Ana Lira + Tomas Vidal', 'Ana Lira + Marco Ruiz', 'Ana Lira + Elena Soto']);
  });

  it.each([
    ['a place', 'President Ana Lira met King Tomas Vidal of Jordan in Amman. Her first trip was to Paris; the second was to New York.'],
    [
      'a body',
      'President Ana Lira met King Tomas Vidal of Jordan. The first letter went to the Security Council, the second was to the General Assembly.',
    ],
  ])('"the second was to" %s is no call', (_case, text) => {
    expect(pairs(text)).toEqual(['Ana Lira + Tomas Vidal']);
  });
});

describe('a meeting told in passing', () => {
  it('"he held a meeting with B, after talking with C. We reviewed …": both meetings, what follows is B’s', () => {
    const meetings = draft(
      'Foreign Minister Ana Lira met Mexican Foreign Minister Tomas Vidal on Wednesday.\n\nAccording to Lira, she held a fruitful meeting with Vidal, after talking with Mexican President-elect Elena Soto.\n\nWe reviewed the bilateral agenda and regional issues, she said.',
    ).meetings;
    expect(meetings.map((m) => m.participants.map((p) => p.name).sort())).toEqual([
      ['Ana Lira', 'Tomas Vidal'],
      ['Ana Lira', 'Elena Soto'],
    ]);
    expect(meetings[0]?.statements.map((s) => s.text)).toContain('We reviewed the bilateral agenda and regional issues, she said.');
    expect(meetings[1]?.statements.map((s) => s.text)).not.toContain('We reviewed the bilateral agenda and regional issues, she said.');
  });
});
