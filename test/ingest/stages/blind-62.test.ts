import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { readText } from './read.js';

// Classes found while tuning on blind set 62 (after its first run), each written as the class with its variants and,
// where a neighbouring case must not change, that case.

const base: ExtractOptions = { initiatives: [], people: [] };

const mentionsOf = (text: string) =>
  readText(text).sentences.flatMap((s) =>
    s.people.map((m) => [m.name && text.slice(m.name.start, m.name.end), m.title && text.slice(m.title.start, m.title.end)]),
  );

describe('titles of the United Nations system', () => {
  it.each([
    [
      'President of the 78th session of the General Assembly Dennis Francis',
      ['Dennis Francis', 'President of the 78th session of the General Assembly'],
    ],
    [
      'President of the 77th Session of the UN General Assembly Csaba Kőrösi',
      ['Csaba Kőrösi', 'President of the 77th Session of the UN General Assembly'],
    ],
    ['the United Nations Development Programme Administrator Achim Steiner', ['Achim Steiner', 'Administrator']],
  ])('%s', (phrase, mention) => {
    expect(mentionsOf(`Jaishankar met ${phrase} on Monday.`)).toContainEqual(mention);
  });

  it('an ordinal date before "the foreign ministers" opens no title', () => {
    const text = 'On March 28th the foreign ministers of Georgia, Azerbaijan and Turkey met in Batumi.';
    expect(mentionsOf(text).map(([, title]) => title)).not.toContainEqual(expect.stringMatching(/28th/));
  });
});

describe('a transcript: a paragraph that opens with a participant’s name and a colon is theirs', () => {
  const text =
    'Prime Minister Vladimir Putin meets with President of Turkmenistan Gurbanguly Berdimuhamedov\n\n' +
    'Prime Minister Vladimir Putin met with President of Turkmenistan Gurbanguly Berdimuhamedov in Moscow on 23 December 2011.\n\n' +
    'Transcript of the beginning of the meeting:\n\n' +
    'Vladimir Putin: Mr Berdimuhamedov, esteemed friends, and colleagues. I am very glad to see you.\n\n' +
    'I know that you will talk with President Dmitry Medvedev, but I am very pleased that you found the time to drop by.\n\n' +
    'Gurbanguly Berdimuhamedov: Thank you, Mr Putin. First of all, let me thank you for the invitation to pay a working visit.\n';
  const [meeting] = extractReadout(text, base).meetings;
  const names = new Map(meeting?.participants.map((p) => [p.key, p.name]));

  it('each turn is a passage of its speaker', () => {
    expect(meeting?.statements.filter((s) => s.kind !== 'narrative').map((s) => names.get(s.speakerKey ?? ''))).toEqual([
      'Vladimir Putin',
      'Gurbanguly Berdimuhamedov',
    ]);
  });

  it('whom a speaker talks about in the first or second person takes no part', () => {
    expect(meeting?.participants.map((p) => p.name).sort()).toEqual(['Gurbanguly Berdimuhamedov', 'Vladimir Putin']);
  });

  it('a name and a colon inside a sentence is no label', () => {
    const inside =
      'Prime Minister Vladimir Putin met with President Gurbanguly Berdimuhamedov in Moscow on 23 December 2011. The agenda set by Vladimir Putin: gas, trade and transport.';
    const [only] = extractReadout(inside, base).meetings;
    expect(only?.statements.filter((s) => s.kind !== 'narrative')).toEqual([]);
  });
});

describe('a gathering’s readout that names only one side’s people', () => {
  it('the virtual summit Blinken and Kerry addressed is a meeting of theirs', () => {
    const text =
      'Leaders from 11 nations and territories across the Pacific have identified pandemic recovery as their top priority following a Pacific Islands Conference of Leaders summit.\n' +
      'During the virtual summit, which was held June 1-2, a new group of Pacific island leaders renewed their commitment to the conference.\n' +
      'Secretary of State Antony Blinken addressed the group during a video message at the opening of the summit, where he said that the United States was committed to helping the recovery.\n' +
      'U.S. Special Presidential Envoy for Climate John Kerry reaffirmed during a question-and-answer session that the U.S. was committed to funding adaptation.\n';
    const [meeting] = extractReadout(text, base).meetings;
    expect(meeting?.kind).toBe('video_call');
    expect(meeting?.participants.map((p) => p.name).sort()).toEqual(['Antony Blinken', 'John Kerry']);
  });
});
