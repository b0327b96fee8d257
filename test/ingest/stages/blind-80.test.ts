import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

// Blind-80's misses, each as its class with texts written for it (not the set's) and the neighbours that keep their
// reading.

const base: ExtractOptions = { initiatives: [], people: [], publishedAt: '2023-07-20' };
const draft = (text: string) => extractReadout(text, base);
const people = (text: string) => draft(text).meetings.map((m) => m.participants.map((p) => p.name).sort());

describe('what one told another in person, when no other sentence tells of a meeting', () => {
  it('"… President A told Venezuelan President B on Tuesday" is their meeting, and what A told is his', () => {
    const text =
      'MINSK, July 18 -- All the agreements will be fulfilled, Belarusian President Pavel Orlov told Venezuelan President Diego Marquez on Tuesday.\n\n"We value your visit," Orlov said.';
    const [meeting, ...rest] = draft(text).meetings;
    expect(rest).toEqual([]);
    expect(meeting?.participants.map((p) => p.name).sort()).toEqual(['Diego Marquez', 'Pavel Orlov']);
    expect(meeting?.statements.filter((s) => s.kind === 'reported')).toHaveLength(2);
  });

  it.each([
    ['told reporters', 'Pavel Orlov told reporters on Tuesday that the agreements would be fulfilled.'],
    ['told the press', 'Pavel Orlov told the press on Tuesday that the agreements would be fulfilled.'],
  ])('"%s" is no meeting', (_case, text) => {
    expect(draft(text).meetings).toEqual([]);
  });

  it('beside a meeting told with a verb, "A told B" adds none, and the lead\'s joint subject still tells of the meeting', () => {
    const text =
      'Foreign Minister Yang Lin and his Afghan counterpart Omar Spanta agreed on Tuesday to promote cooperation.\n\nIn response, Spanta told Yang that Afghanistan valued the aid.\n\nState Councilor Tang Wei met with him on Monday.';
    expect(people(text)).toContainEqual(['Omar Spanta', 'Yang Lin']);
  });
});

describe('a meeting still to come is no participant of the one held', () => {
  it('"is also expected to hold a one-on-one meeting with X today"', () => {
    const text =
      'ASTANA: Prime Minister Omar Sharif on Friday held a meeting with UN Secretary General António Guterres.\n\nMoreover, the premier is also expected to hold a one-on-one meeting with Afghan President Karim Ghani today.';
    expect(people(text).flat()).not.toContain('Karim Ghani');
  });

  it('a headline whose semicolon joins two clauses: "PM meets UN chief; talks with Afghan president soon"', () => {
    const text =
      'PM meets UN secretary general Guterres; talks with Afghan President Karim Ghani soon\n\nASTANA: Prime Minister Omar Sharif on Friday held a meeting with UN Secretary General António Guterres in Astana.';
    expect(people(text)).toEqual([['António Guterres', 'Omar Sharif']]);
  });

  it('"met X soon after arriving" is still held', () => {
    const text = 'Prime Minister Omar Sharif met President Karim Ghani soon after arriving in Kabul on 3 May 2017.';
    expect(people(text)).toEqual([['Karim Ghani', 'Omar Sharif']]);
  });
});

describe('joining others for a gathering', () => {
  const summit =
    'Washington: US President Joe Brandt joined Canadian Prime Minister Jean Tremblay and Mexican President Luis Ortega at the White House for a North American Leaders\' Summit. Brandt met separately with Tremblay and Ortega before the summit.\n\nThe three leaders reiterated their commitment to the region.\n\nThe leaders agreed to take concrete steps on migration.\n\n"We can work together," Brandt told the journalists.';

  it('is the summit of the three, beside the two bilaterals told after it', () => {
    const meetings = draft(summit).meetings;
    expect(meetings.map((m) => [m.kind, m.participants.length])).toEqual([
      ['multilateral', 3],
      ['meeting', 2],
      ['meeting', 2],
    ]);
  });

  it('"The three leaders …" and the passages after it, paragraph by paragraph, are the summit\'s', () => {
    const [table, ...bilaterals] = draft(summit).meetings;
    expect(table?.statements.map((s) => s.kind)).toEqual(['joint', 'joint', 'reported']);
    expect(bilaterals.flatMap((m) => m.statements)).toEqual([]);
  });

  it.each([['joined the talks'], ['joined forces with']])('"%s" is no meeting of its own', (phrase) => {
    const text = `Prime Minister Jean Tremblay met President Luis Ortega in Ottawa on 3 May 2021. Foreign Minister Ana Ruiz ${phrase} Minister Paul Roy for a working session.`;
    expect(draft(text).meetings[0]?.participants.map((p) => p.name)).toContain('Jean Tremblay');
  });
});

describe('a lead below page furniture that names no one', () => {
  it('"The Prime Ministers of Barbados, A, and Cuba, B, confirmed this Tuesday in Nassau …" is their meeting', () => {
    const text =
      'Cuba and Barbados plead for cooperation\n\nxVc6 79041575 cuba barbados\n\nBoth parties are happy about this rapprochement. Photo of Prensa Latina\n\nHavana, 16 August (RHC) The Prime Ministers of Barbados, Amy Motte, and Cuba, Jose Marrero, confirmed this Tuesday in Nassau the will to strengthen ties.\n\nOn that day, Marrero also spoke with the Premier of Dominica, Roy Skerritt.';
    const meetings = draft(text).meetings;
    expect(meetings.map((m) => m.participants.map((p) => p.name).sort())).toEqual([
      ['Amy Motte', 'Jose Marrero'],
      ['Jose Marrero', 'Roy Skerritt'],
    ]);
    expect(meetings[0]?.city).toBe('Nassau');
  });
});

describe('a teleconference told beside video', () => {
  const text = (medium: string) =>
    `On Thursday at the opening session of the Extraordinary Summit, the leaders called for debt relief.\n\nThe leaders made their contributions ${medium}.\n\nThe teleconference, which had President Musa Bello in attendance, was presided over by the President of Niger, Ali Issa.`;

  it('is a video call', () => {
    expect(draft(text('via a video conference call')).meetings[0]?.kind).toBe('video_call');
  });

  it.each([['by telephone'], ['in the conference hall']])('not when the text says %s', (medium) => {
    expect(draft(text(medium)).meetings[0]?.kind).not.toBe('video_call');
  });
});
