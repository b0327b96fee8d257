import { describe, expect, it } from 'vitest';
import type { MeetingDraft } from '../../src/ingest/draft.js';
import { pairMeetings, type ExpectedMeeting } from './fixture-scoring.js';

// The scorer itself: a multi-meeting readout's meetings are paired so that they share the most participants.

const person = (name: string) => ({ key: name, name, printedName: name }) as unknown as MeetingDraft['participants'][number];
const got = (...names: string[]) => ({ participants: names.map(person) }) as unknown as MeetingDraft;
const want = (...names: string[]) =>
  ({ participants: names.map((name) => ({ name, title: null, countryCode: null, role: 'guest' })) }) as unknown as ExpectedMeeting;

describe('pairMeetings', () => {
  const cases: { name: string; got: MeetingDraft[]; want: ExpectedMeeting[]; pairs: [number | null, number | null][] }[] = [
    {
      name: 'a missed first meeting does not shift the others when the host is in all of them',
      got: [got('Haimbe', 'Bakr'), got('Haimbe', 'Chanda')],
      want: [want('Haimbe', 'Amadi'), want('Haimbe', 'Bakr'), want('Haimbe', 'Chanda')],
      pairs: [
        [null, 0],
        [0, 1],
        [1, 2],
      ],
    },
    {
      name: 'meetings extracted in another order pair by who was there',
      got: [got('Lavrov', 'Wang'), got('Lavrov', 'Blinken')],
      want: [want('Lavrov', 'Blinken'), want('Lavrov', 'Wang')],
      pairs: [
        [1, 0],
        [0, 1],
      ],
    },
    {
      name: 'with only the host shared, meetings pair in order and an extra meeting is left over',
      got: [got('Haimbe'), got('Haimbe'), got('Haimbe')],
      want: [want('Haimbe', 'Amadi'), want('Haimbe', 'Bakr')],
      pairs: [
        [0, 0],
        [1, 1],
        [2, null],
      ],
    },
    {
      name: 'a meeting with nobody in common is not paired',
      got: [got('Someone'), got('Haimbe', 'Bakr')],
      want: [want('Haimbe', 'Bakr'), want('Other', 'Person')],
      pairs: [
        [1, 0],
        [null, 1],
        [0, null],
      ],
    },
  ];
  it.each(cases)('$name', ({ got: g, want: w, pairs }) => {
    const result = pairMeetings(g, w).map(([a, b]) => [a === null ? null : g.indexOf(a), b === null ? null : w.indexOf(b)]);
    expect(result).toEqual(pairs);
  });
});
