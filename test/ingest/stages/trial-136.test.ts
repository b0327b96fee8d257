import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

// New-user trial 136's extractor findings, each as its class with texts written for it (not the trial's) and the
// neighbours that keep their reading.

const base: ExtractOptions = { initiatives: [], people: [], publishedAt: '2024-07-20' };
const meeting = (text: string) => extractReadout(text, base).meetings[0];
const speakers = (text: string) => {
  const found = meeting(text);
  return (found?.statements ?? [])
    .filter((s) => s.kind !== 'narrative')
    .map((s) => (s.speakerKey ? found?.participants.find((p) => p.key === s.speakerKey)?.name : 'joint'));
};

describe('F4: "The latter" is the second of the pair the nearest sentence naming two of them names', () => {
  const lead = 'Foreign Minister Ana Kovač received Foreign Minister Filip Novak of Montenegro in Ljubljana on 13 February 2024.';
  it.each([
    [
      'a sentence naming only the first between them',
      `${lead} Kovač presented the priorities of Slovenia. The latter stressed Montenegro's support.`,
      ['Ana Kovač', 'Filip Novak'],
    ],
    [
      'a sentence naming no one between them',
      `${lead} The ministers discussed the Western Balkans. The latter stressed Montenegro's support.`,
      ['joint', 'Filip Novak'],
    ],
    [
      '"The former" after them',
      `${lead} Novak presented the priorities of Montenegro. The former stressed Slovenia's support.`,
      ['Filip Novak', 'Ana Kovač'],
    ],
  ])('%s', (_case, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('F5: "welcomed" a thing on a call is what was said, not a reception', () => {
  it('"spoke with …. She welcomed New Zealand\'s contribution" stays a call', () => {
    const text =
      "Foreign Minister Anna Ward spoke with New Zealand Foreign Minister Tom Reid today. She welcomed New Zealand's contribution to the Pacific Islands Forum.";
    expect(meeting(text)?.kind).toBe('phone_call');
  });

  it('"welcomed the visiting minister" is still someone received', () => {
    const text =
      'Foreign Minister Anna Ward spoke with Foreign Minister Tom Reid in Canberra today. She welcomed the visiting minister to Parliament House.';
    expect(meeting(text)?.kind).toBe('meeting');
  });
});

describe('F6: a style alone opening a sentence stands for the one person it styles', () => {
  const lead =
    'RIYADH, 12 March 2024 — His Highness Prince Khalid bin Saud, Minister of Foreign Affairs, received the Foreign Minister of Ireland, Sean Byrne, in Riyadh today. During the reception, they reviewed the bilateral relations.';
  it('"His Highness stressed …" after the joint passage is his', () => {
    expect(speakers(`${lead} His Highness stressed the Kingdom's support for a ceasefire.`)).toEqual(['joint', 'Prince Khalid bin Saud']);
  });

  it('"His Excellency stressed …" with two excellencies in the text names no one', () => {
    const text =
      'His Excellency Ali Hamad received His Excellency Sean Byrne in Doha on 12 March 2024. His Excellency stressed the importance of ties.';
    expect(speakers(text)).not.toContain('Ali Hamad');
    expect(speakers(text)).not.toContain('Sean Byrne');
  });
});
