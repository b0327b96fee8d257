import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

// Classes from new-user trial 128 (texts the trial wrote in the style of ministries' releases and transcripts), each
// with its variants and the neighbouring cases that must not change.

const base: ExtractOptions = { initiatives: [], people: [] };
const draftOf = (text: string, options: Partial<ExtractOptions> = {}) => extractReadout(text, { ...base, ...options });
const transcript = (habit: string, label = 'Sergey Lavrov: Mr Minister, dear friends,') =>
  `Foreign Minister Sergey Lavrov's talks with Foreign Minister of the Islamic Republic of Iran Abbas Araghchi, Moscow, April 18, 2025\n\n${label}\n\nI am pleased to welcome you to Moscow. ${habit} Today, we will discuss our cooperation.\n\nAbbas Araghchi (retranslated from Farsi): Thank you, Mr Lavrov. We are grateful to Russia.`;

describe('F2: a habit told in a speech is not the encounter’s medium', () => {
  it.each([
    'We regularly meet and talk by phone.',
    'We often speak on the phone.',
    'We frequently talk by telephone.',
    'We usually hold phone calls every month.',
  ])('"%s": talks in Moscow', (habit) => {
    const [meeting] = draftOf(transcript(habit), { publisher: 'Ministry of Foreign Affairs of the Russian Federation' }).meetings;
    expect([meeting?.kind, meeting?.city]).toEqual(['talks', 'Moscow']);
  });

  it('a call the text reports is still a call', () => {
    const text = 'Foreign Minister Sergey Lavrov talked by phone with Foreign Minister Abbas Araghchi of Iran on April 18, 2025.';
    expect(draftOf(text).meetings[0]?.kind).toBe('phone_call');
  });
});

describe('F2/F14: a transcript’s label that only salutes opens the speech of the paragraph under it', () => {
  it.each([
    'Sergey Lavrov: Mr Minister, dear friends,',
    'Sergey Lavrov: Dear colleagues,',
    'Foreign Minister Sergey Lavrov: Mr Araghchi, friends,',
  ])('"%s": the welcome is Lavrov’s statement', (label) => {
    const [meeting] = draftOf(transcript('', label), { publisher: 'Ministry of Foreign Affairs of the Russian Federation' }).meetings;
    const welcome = meeting?.statements.find((s) => s.text.includes('pleased to welcome'));
    expect(meeting?.participants.find((p) => p.key === welcome?.speakerKey)?.name).toBe('Sergey Lavrov');
  });

  it('a label with the speech on its own line is read as before', () => {
    const text = transcript('', 'Sergey Lavrov: I am glad to see you.');
    const [meeting] = draftOf(text).meetings;
    expect(meeting?.statements.some((s) => s.text.startsWith('Sergey Lavrov: I am glad'))).toBe(true);
  });
});

describe('F14: an event line with a time and a venue before the city dates and places the meeting', () => {
  const kremlin = (line: string) =>
    `Meeting with President of the Republic of Congo Denis Sassou Nguesso\nVladimir Putin held talks in the Kremlin with President of the Republic of the Congo Denis Sassou Nguesso, who is in Russia on an official visit.\n${line}\n\nPresident of Russia Vladimir Putin: Mr President, friends,\n\nWe are delighted to see you in Moscow.`;
  it.each([
    ['May 10, 2025, 16:00, The Kremlin, Moscow', '2025-05-10'],
    ['May 10, 2025, 16:00, Moscow', '2025-05-10'],
    ['June 3, 2024, 14:30, Novo-Ogaryovo, Moscow', '2024-06-03'],
  ])('"%s": dated %s', (line, date) => {
    const [meeting] = draftOf(kremlin(line), { publisher: 'President of Russia' }).meetings;
    expect([meeting?.date, meeting?.city]).toEqual([date, 'Moscow']);
  });
});
