import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

// Blind-85's misses, each as its class with texts written for it (not the set's) and the neighbours that keep their
// reading.

const base: ExtractOptions = { initiatives: [], people: [], publishedAt: '2024-07-20' };
const draft = (text: string) => extractReadout(text, base);
const pairs = (text: string) =>
  draft(text).meetings.map((meeting) =>
    meeting.participants
      .map((p) => p.name)
      .sort()
      .join(' + '),
  );
const places = (text: string) => draft(text).meetings.map((meeting) => [meeting.city, meeting.countryCode]);

describe('a day between a meeting noun and "with"', () => {
  it.each([
    'President Ana Lira in a meeting on Friday with Tomas Vidal, the Speaker of Parliament, invited him to visit Chile.',
    'President Ana Lira, in a meeting yesterday with Speaker Tomas Vidal, praised the ties.',
    'In talks on 5 July with Speaker Tomas Vidal, President Ana Lira praised the ties.',
    'President Ana Lira held discussions last Tuesday with Speaker Tomas Vidal.',
  ])('%s', (sentence) => {
    expect(pairs(`Talks\n\n${sentence}`)).toEqual(['Ana Lira + Tomas Vidal']);
  });

  it('the meeting noun with no one after "with" stays no meeting', () => {
    expect(pairs('Talks\n\nPresident Ana Lira said the meeting on Friday with investors was useful.')).toEqual([]);
  });
});

describe('a place after a country\'s possessive: "in Uzbekistan\'s Samarkand"', () => {
  it.each([
    ['in Uzbekistan’s Samarkand city', 'Samarkand', 'UZ'],
    ["in Kenya's Mombasa", 'Mombasa', 'KE'],
    ['in the capital Nairobi', 'Nairobi', 'KE'],
    ['in capital Addis Ababa', 'Addis Ababa', 'ET'],
  ])('%s', (place, city, country) => {
    expect(places(`Talks\n\nPresident Ana Lira met President Tomas Vidal on Friday ${place}.`)).toEqual([[city, country]]);
  });

  it("a possessive that is no country's names no place, and a region after one is no city", () => {
    expect(places('Talks\n\nPresident Ana Lira met President Tomas Vidal on Friday in the President’s Office.')).toEqual([[null, null]]);
    expect(places('Talks\n\nPresident Ana Lira met President Tomas Vidal on Friday in China’s Xinjiang region.')).toEqual([[null, null]]);
  });

  it("the meeting placed by the next sentence, with a country's possessive, over a country named in its own", () => {
    const text =
      'Talks\n\nPresident of Chile Ana Lira in a meeting on Friday with Tomas Vidal invited him and President of Peru Pedro Ruiz to visit Chile at a convenient time.\n\nThe meeting took place on the sidelines of the summit on Friday in Uzbekistan’s Samarkand city.';
    expect(places(text)).toEqual([['Samarkand', 'UZ']]);
  });
});

describe('what someone spoke about is no place of the meeting', () => {
  it.each([
    'They also spoke about the onslaught of armed groups in Nigeria.',
    'The two discussed concerns regarding the drought in Somalia.',
  ])('%s', (sentence) => {
    const text = `Talks\n\nPresident Ana Lira met President Tomas Vidal on Friday.\n\n${sentence}`;
    expect(places(text)).toEqual([[null, null]]);
  });

  it('"met … in Lagos" still places it', () => {
    expect(places('Talks\n\nPresident Ana Lira met President Tomas Vidal in Lagos about trade.')).toEqual([['Lagos', 'NG']]);
  });
});

describe('two who preside over a signing together met', () => {
  it('a second meeting of the same visit', () => {
    const text =
      'Visit\n\nPresident Ana Lira met Secretary-General Tomas Vidal on Wednesday.\n\nOn Tuesday, Lira and Prime Minister Pedro Ruiz presided over the signing of trade agreements.';
    expect(pairs(text)).toEqual(['Ana Lira + Tomas Vidal', 'Ana Lira + Pedro Ruiz']);
  });

  it('one who presides over a signing alone met no one', () => {
    expect(pairs('Visit\n\nOn Tuesday, Prime Minister Pedro Ruiz presided over the signing of trade agreements.')).toEqual([]);
  });
});

describe('what the visit at hand comes after is an earlier meeting', () => {
  it.each([
    "Lira's one-day visit, where trade was the focus of talks, comes after U.S. Secretary of State Pedro Ruiz and Premier Chen Bo met island leaders in Suva in May.",
    'The visit came shortly after Secretary Pedro Ruiz and Premier Chen Bo met in Suva.',
  ])('%s', (sentence) => {
    const text = `Visit\n\nPresident Ana Lira met President Tomas Vidal in Port Moresby on Wednesday.\n\n${sentence}`;
    expect(pairs(text)).toEqual(['Ana Lira + Tomas Vidal']);
  });

  it('a meeting after a clause of its own is still told', () => {
    const text =
      'Visit\n\nPresident Ana Lira met President Tomas Vidal in Port Moresby on Wednesday.\n\nHer trip comes after years of tension, and President Ana Lira later met Premier Chen Bo.';
    expect(pairs(text).length).toBe(2);
  });
});

describe('"his counterpart in Mexico": the counterpart of that country', () => {
  it('is the one of that country the text names', () => {
    const text =
      'Call\n\nForeign Minister Ana Lira spoke by phone with her counterpart in Mexico on Tuesday.\n\nPresident Pedro Ruiz said that the call with Foreign Minister Tomas Vidal of Mexico went well.';
    const people = draft(text).meetings.map((m) => m.participants.map((p) => [p.name, p.countryCode]));
    expect(people[0]).toContainEqual(['Tomas Vidal', 'MX']);
  });

  it('not after a demonym: "his Armenian counterpart in Georgia" met there', () => {
    const text = 'Talks\n\nForeign Minister Ana Lira met her Armenian counterpart in Georgia, Tomas Vidal, on Tuesday.';
    const people = draft(text).meetings.map((m) => m.participants.map((p) => [p.name, p.countryCode]));
    expect(people[0]).toContainEqual(['Tomas Vidal', 'AM']);
  });
});
