import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

// Blind-82's misses, each as its class with texts written for it (not the set's) and the neighbours that keep their
// reading.

const base: ExtractOptions = { initiatives: [], people: [], publishedAt: '2024-07-20' };
const draft = (text: string) => extractReadout(text, base);
const only = (text: string) => {
  const [meeting, ...rest] = draft(text).meetings;
  expect(rest).toEqual([]);
  return meeting!;
};

describe('the source a sentence cites is no place', () => {
  it('"According to Rodriguez, he held a meeting with …" is not placed in Rodriguez (a town of the Philippines)', () => {
    const meeting = only(
      'Foreign Minister Bruno Rodríguez Parrilla met Mexican Foreign Minister Alicia Bárcena on Wednesday.\n\nAccording to Rodríguez, he held a fruitful meeting with Bárcena.',
    );
    expect([meeting.city, meeting.countryCode]).toEqual([null, null]);
    expect(meeting.participants.find((p) => p.name === 'Bruno Rodríguez Parrilla')?.countryCode ?? null).not.toBe('PH');
  });

  it('"held talks in Havana, according to the ministry" keeps Havana', () => {
    const meeting = only(
      'Foreign Minister Bruno Rodríguez Parrilla held talks in Havana with Mexican Foreign Minister Alicia Bárcena, according to the ministry.',
    );
    expect(meeting.city).toBe('Havana');
  });
});

describe('where someone is invited to is no place of the meeting', () => {
  it('"thanked for inviting X to the Summit Meeting of … in Vilnius" places nothing (Summit, a town of New Jersey)', () => {
    const meeting = only(
      'On 18 October 2006, the Chief of the Chancellery Aleksander Nowak met with the Ambassador of Lithuania, Egidijus Kazlauskas.\n\nNowak thanked for inviting President Jan Kowal to the Summit Meeting of Presidents of Baltic States in Vilnius.',
    );
    expect([meeting.city, meeting.countryCode]).toEqual([null, null]);
  });

  it('"met … in Vilnius, where he had been invited to the summit" keeps Vilnius', () => {
    const meeting = only('President Jan Kowal met President Egidijus Kazlauskas of Lithuania in Vilnius on 18 October 2006.');
    expect(meeting.city).toBe('Vilnius');
  });
});

describe("after a country's possessive, a capitalised phrase of a thing is no person", () => {
  // A group of office holders by country, named later: the country's member had been paired with the "person" of its
  // possessive.
  const lead =
    'The Prime Ministers of Trinidad and Tobago and Barbados held talks in Port of Spain on 20 February 2008.\n\nIt was the first visit abroad for the Barbadian leader, David Thompson. The talks with Prime Minister Patrick Manning covered fishing.';
  it.each([
    [
      "Trinidad and Tobago's Exclusive Economic Zone",
      "The ruling gave access to fisheries within Trinidad and Tobago's Exclusive Economic Zone.",
    ],
    ["Barbados's Coast Guard", "Barbados's Coast Guard patrols the area."],
  ])('"%s"', (_case, sentence) => {
    const names = only(`${lead}\n\n${sentence}`)
      .participants.map((p) => p.name)
      .sort();
    expect(names).toEqual(['David Thompson', 'Patrick Manning']);
  });

  it('"Russia\'s Sergei Lavrov" is still a person of Russia', () => {
    const meeting = only("Prime Minister Patrick Manning met Russia's Sergei Lavrov in Port of Spain on 20 February 2008.");
    expect(meeting.participants.find((p) => p.name === 'Sergei Lavrov')?.countryCode).toBe('RU');
  });
});
