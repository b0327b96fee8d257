import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { defaultInitiatives } from '../../../src/ingest/lexicon/initiative-catalog.js';

// Classes from new-user trial 142 (texts the trial wrote in the style of ministries' releases), each with its variants
// and the neighbouring cases that must not change.

const base: ExtractOptions = { initiatives: [], people: [] };
const draftOf = (text: string, options: Partial<ExtractOptions> = {}) => extractReadout(text, { ...base, ...options });
const fcdo = { publisher: 'Foreign, Commonwealth & Development Office' };

describe('F2: a meeting that opens the sentence leaves the clause after it to its own subject', () => {
  const lead =
    'Foreign Secretary Thomas Ashcombe held separate meetings on 2 October 2023 in London with Finnish Foreign Minister Liisa Korhonen and Danish Foreign Minister Mads Lindgaard.';
  it.each([
    'In his meeting with Foreign Minister Korhonen, the Foreign Secretary welcomed Finland’s contribution to the Joint Expeditionary Force and discussed support for Ukraine.',
    'During his meeting with Foreign Minister Korhonen, the Foreign Secretary stressed the value of the Joint Expeditionary Force and discussed support for Ukraine.',
    'At the meeting with Foreign Minister Korhonen, Ashcombe welcomed Finland’s contribution and discussed support for Ukraine.',
  ])('%s: the Foreign Secretary’s', (sentence) => {
    const [meeting] = draftOf(`${lead}\n\n${sentence}`, fcdo).meetings;
    const statement = meeting?.statements.find((s) => s.text.startsWith(sentence.slice(0, 20)));
    expect(meeting?.participants.find((p) => p.key === statement?.speakerKey)?.name).toBe('Thomas Ashcombe');
  });

  it('"… met X and discussed …" stays the sides’', () => {
    const text =
      'Foreign Secretary Thomas Ashcombe met Finnish Foreign Minister Liisa Korhonen in London on 2 October 2023 and discussed support for Ukraine.';
    expect(draftOf(text, fcdo).meetings[0]?.statements.map((s) => [s.kind, s.speakerKey])).toEqual([['joint', null]]);
  });
});

describe('F4: a document named by its topic never ends on "of the"', () => {
  it.each([
    'the ministers signed a Memorandum of Understanding on the joint development of the Kambarata-1 Hydropower Project.',
    'the ministers signed a Memorandum of Understanding on the future cooperation in the field of the Naryn Cascade.',
  ])('%s', (sentence) => {
    const text = `Foreign Minister Jasur Rakhimov met Foreign Minister Azamat Toktogulov of Kyrgyzstan in Tashkent on 9 September 2024. Following the meeting, ${sentence}`;
    const names = draftOf(text).meetings.flatMap((m) => m.initiatives.map((i) => i.name));
    expect(names.some((name) => name.startsWith('Memorandum of Understanding on'))).toBe(true);
    for (const name of names) expect(name).not.toMatch(/\s(?:of|the|on|in|to|for)$/);
  });
});

describe('F5: one takes part in a programme as in an event; only the event is where the meeting was', () => {
  const catalogue = { initiatives: defaultInitiatives };
  const lead = 'Foreign Minister Wang Yi met Finnish Foreign Minister Elina Valtonen in Beijing on 3 March 2025.';
  it.each([
    'Wang Yi said China welcomes Finland to take part in the Belt and Road Initiative.',
    'Wang Yi said China welcomes Finland to participate in the Belt and Road Initiative.',
    'Wang Yi said China welcomes Finland to join the Belt and Road Initiative.',
  ])('%s: linked', (sentence) => {
    expect(draftOf(`${lead} ${sentence}`, catalogue).meetings[0]?.initiatives.map((i) => i.slug)).toContain('belt-and-road-initiative');
  });

  it('the summit a minister came to attend is not an initiative of the meeting', () => {
    const text =
      'Foreign Minister Wang Yi, who is in Astana to attend the Shanghai Cooperation Organisation summit, met Finnish Foreign Minister Elina Valtonen on 3 July 2024.';
    expect(draftOf(text, catalogue).meetings[0]?.initiatives.map((i) => i.slug)).toEqual([]);
  });
});
