import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

// Classes found while tuning on blind set 23, after its first run (each written as the class, with its variants).

const base: ExtractOptions = { initiatives: [], people: [], publishedAt: '2023-11-10' };
const peopleOf = (text: string) => extractReadout(text, base).meetings.map((m) => m.participants.map((p) => [p.name, p.title, p.role]));

describe('a sovereign grants an audience', () => {
  it.each([
    'granted an Audience to',
    'granted an audience to',
    'gave an audience to',
    'granted a private audience to',
    'accorded an audience to',
  ])('"King Jigme Khesar Namgyel Wangchuck %s …"', (phrase) => {
    const text = `King Jigme Khesar Namgyel Wangchuck ${phrase} Indian Foreign Secretary Vinay Mohan Kwatra in Gelephu yesterday.`;
    expect(peopleOf(text)).toEqual([
      [
        ['Jigme Khesar Namgyel Wangchuck', 'King', 'host'],
        ['Vinay Mohan Kwatra', 'Foreign Secretary', 'guest'],
      ],
    ]);
  });
});

describe('a sovereign styled as one is a person though the text never names them', () => {
  it.each([
    ['His Majesty The King', 'King'],
    ['His Majesty the King', 'King'],
    ['Her Majesty the Queen', 'Queen'],
    ['His Highness the Emir', 'Emir'],
    ['His Highness the Crown Prince', 'Crown Prince'],
  ])('"%s received …"', (styled, title) => {
    const text = `${styled} received Indian Foreign Secretary Vinay Mohan Kwatra yesterday.`;
    const [meeting] = extractReadout(text, base).meetings;
    expect(meeting?.participants.map((p) => p.title)).toEqual([title, 'Foreign Secretary']);
  });

  it('"the King" without the style stays no participant of its own', () => {
    const text = 'The King received Indian Foreign Secretary Vinay Mohan Kwatra yesterday.';
    expect(extractReadout(text, base).meetings[0]?.participants.map((p) => p.name)).toEqual(['Vinay Mohan Kwatra']);
  });
});
