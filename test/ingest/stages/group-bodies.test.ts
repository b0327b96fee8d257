import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

// A body's office holders met together, the body printed before their plural title ("CARICOM Heads of Government") or
// spelt out after it ("the Foreign Ministers of the Caribbean Community"): one participant, the body's, not a meeting
// with one side (the corpus's group participants the extractor had missed: 41 of 87).

const base: ExtractOptions = { initiatives: [], people: [], publishedAt: '2023-07-20' };
const meetings = (text: string) => extractReadout(text, base).meetings;

describe('a body before a plural title is the group that met', () => {
  it.each([
    ['CARICOM Heads of Government', 'CARICOM'],
    ['the ASEAN Foreign Ministers', 'ASEAN'],
    ['EU Foreign Ministers', 'European Union'],
    ['the Foreign Ministers of the Caribbean Community', 'CARICOM'],
  ])('"met %s"', (group, organization) => {
    const [meeting, ...rest] = meetings(`Prime Minister Hubert Minnis met ${group} in Nassau on 15 April 2020.`);
    expect(rest).toEqual([]);
    expect(meeting?.participants).toHaveLength(2);
    expect(meeting?.participants[1]).toMatchObject({ countryCode: null, organization });
  });
});

describe('neighbours that stay as they were', () => {
  it.each([
    [
      'the name of an event',
      "Prime Minister Hubert Minnis met Premier Li Qiang at the 58th ASEAN Foreign Ministers' Meeting in Nassau on 15 April 2020.",
    ],
    [
      'a summit',
      'Prime Minister Hubert Minnis met Premier Li Qiang at the African Union Heads of State and Government Summit in Nassau on 15 April 2020.',
    ],
  ])('%s is no participant', (_case, text) => {
    const [meeting] = meetings(text);
    expect(meeting?.participants.map((p) => p.name).sort()).toEqual(['Hubert Minnis', 'Li Qiang']);
  });

  it('plural titles split by country stay one participant per country', () => {
    const [meeting, ...rest] = meetings(
      'Prime Minister Hubert Minnis met the leaders of Japan, China and the EU in Nassau on 15 April 2020.',
    );
    const all = [meeting, ...rest].flatMap((m) => m?.participants ?? []);
    expect(all.filter((p) => p.countryCode === 'JP' || p.countryCode === 'CN' || p.organization === 'European Union')).toHaveLength(3);
  });
});
