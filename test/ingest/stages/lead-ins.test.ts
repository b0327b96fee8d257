import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { speakerOf as speakerOfText } from './speaker-of.js';
import { findPeople } from '../../../src/ingest/recognize/people.js';
import { wordsOfSentence } from './read.js';

// A sentence that opens with a phrase of time, place or occasion and no comma before its subject ("At the meeting
// President Saakashvili confirmed …", blind-74): who speaks is the subject after the phrase. The texts are written for
// the class, not copied from a set.

const base: ExtractOptions = { initiatives: [], people: [] };
const lead = 'President Mikheil Saakashvili of Georgia met President Victor Yushchenko of Ukraine in Vilnius on 4 May 2006.\n\n';
const speakerOf = (sentence: string): string | null => speakerOfText(`${lead}${sentence}`, sentence, 20, base);

describe('an opening phrase without its comma, then the speaker', () => {
  it.each([
    ['At the meeting President Saakashvili confirmed that he will attend the GUAM summit in Kyiv.', 'Mikheil Saakashvili'],
    ['During the talks Yushchenko stressed that Ukraine will have a new government.', 'Victor Yushchenko'],
    ['In the conversation President Yushchenko noted that energy is key.', 'Victor Yushchenko'],
    ['On Friday President Saakashvili noted that the summit matters.', 'Mikheil Saakashvili'],
    ['At the press conference Saakashvili stated that Georgia will join.', 'Mikheil Saakashvili'],
    ['Speaking to reporters after the meeting Saakashvili said that the talks were useful.', 'Mikheil Saakashvili'],
    ['At the end of the meeting Yushchenko invited Saakashvili to Kyiv.', 'Victor Yushchenko'],
    ['In Vilnius Yushchenko underlined that energy is key.', 'Victor Yushchenko'],
    // The neighbours that must not change: the comma, and "the two" after the phrase.
    ['At the meeting, President Saakashvili confirmed that he will attend.', 'Mikheil Saakashvili'],
    ['During the talks the two presidents discussed energy security.', 'joint'],
  ])('%s', (sentence, speaker) => {
    expect(speakerOf(sentence)).toBe(speaker);
  });
});

describe('an opening phrase that is no lead-in keeps its reading', () => {
  it.each([
    // A phrase that names someone else and a comma: the subject is after the comma.
    ['In welcoming President Yushchenko, President Saakashvili noted the ties between the two countries.', 'Mikheil Saakashvili'],
    ['On behalf of Prime Minister Zurab Noghaideli, Saakashvili invited Yushchenko to Tbilisi.', 'Mikheil Saakashvili'],
    // A clause of its own before the comma.
    ['In their first talks since Yushchenko took office, the two presidents reaffirmed their partnership.', 'joint'],
    // Background of another time is nobody's words.
    ['At the end of December Yushchenko announced talks for January in Astana.', null],
    ['Earlier this year President Yushchenko invited Saakashvili for a visit.', null],
  ])('%s', (sentence, speaker) => {
    expect(speakerOf(sentence)).toBe(speaker);
  });

  it.each([
    ['In Vilnius Yushchenko underlined that energy is key.', 'Yushchenko'],
    ['At Brussels Yushchenko underlined that energy is key.', 'Yushchenko'],
    // Not after a title, nor a given name that is also a town: "Minister Israel Katz".
    ['Foreign Minister Israel Katz said that energy is key.', 'Israel Katz'],
  ])('a capital after "In" is no part of the name after it: %s', (sentence, name) => {
    const named = findPeople(wordsOfSentence(sentence)).filter((m) => m.name !== null);
    expect(named.map((m) => sentence.slice(m.name!.start, m.name!.end))).toEqual([name]);
  });
});
