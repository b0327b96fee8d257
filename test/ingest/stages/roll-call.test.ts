import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

// A meeting told of a group ("Senior officials from Japan, Australia, India and the United States met by
// videoconference"), its people named in a roll call after it: one meeting with every one of them, however many.

const base: ExtractOptions = { initiatives: [], people: [] };
const officials = [
  ['Mr. Shigeo Yamada', 'Deputy Minister for Foreign Policy'],
  ['Mr. Kazuya Endo', 'Deputy Director General'],
  ['Mr. Justin Hayhurst', 'Deputy Secretary'],
  ['Dr. Lauren Bain', 'Assistant Secretary'],
  ['Ms. Vani Rao', 'Joint Secretary'],
  ['Mr. Naveen Srivastava', 'Joint Secretary'],
  ['Mr. David Stilwell', 'Assistant Secretary of State'],
  ['Mr. Dean Thompson', 'Principal Deputy Assistant Secretary'],
];
const roll = (count: number) =>
  officials
    .slice(0, count)
    .map(([name, title]) => `${name}, ${title}`)
    .join(', ');

describe('a roll call names the people of a meeting told of a group', () => {
  it.each([
    ['The participants were', 8],
    ['The participants were', 5],
    ['Participants included', 6],
    ['Attending the meeting were', 7],
    ['Taking part in the consultations were', 8],
    ['In attendance were', 5],
  ])('"%s" with %i people', (cue, count) => {
    const text =
      'Senior officials from Japan, Australia, India, and the United States met by videoconference, on December 18, 2020. ' +
      `${cue} ${roll(count)}.\n\nThe officials concurred on further advancing practical cooperation.`;
    const { meetings } = extractReadout(text, base);
    expect(meetings).toHaveLength(1);
    expect(meetings[0]?.kind).toBe('video_call');
    expect(meetings[0]?.date).toBe('2020-12-18');
    expect(meetings[0]?.participants.map((p) => p.name)).toHaveLength(count);
  });

  it('a roll call with no meeting told before it is no meeting', () => {
    const text = `The participants were ${roll(4)}. They were briefed on the new building.`;
    expect(extractReadout(text, base).meetings).toHaveLength(0);
  });
});
