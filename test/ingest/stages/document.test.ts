import { describe, expect, it } from 'vitest';
import { findDateline } from '../../../src/ingest/document/dateline.js';
import { splitLines } from '../../../src/ingest/document/lines.js';
import { analyse, maxSentenceChars, maxWordChars } from '../../../src/ingest/document/nlp.js';
import { readStructure } from '../../../src/ingest/document/structure.js';
import { foldDocument, foldSlice, foldText } from '../../../src/ingest/text/fold.js';

// Stage 1, document structure: headline, preface, dateline, the page's own date stamps, body, furniture and footer.

const structureOf = (text: string) => readStructure(text, text.length);
const textOf = (text: string, segment: { start: number; end: number } | null | undefined) =>
  segment ? text.slice(segment.start, segment.end) : null;

describe('headline and body', () => {
  it.each([
    ['plain line', 'Foreign Minister meets counterpart\n\nThe ministers met in Rome on 3 May 2023.'],
    ['Markdown heading', '# Foreign Minister meets counterpart\n\nThe ministers met in Rome on 3 May 2023.'],
    ['Markdown level 3', '### Foreign Minister meets counterpart\n\nThe ministers met in Rome on 3 May 2023.'],
    [
      'after navigation',
      'Home > News > Press releases\nShare\nPrint\nForeign Minister meets counterpart\n\nThe ministers met in Rome on 3 May 2023.',
    ],
    // Blind-45's Tico Times: a theme's empty menu, a masthead slogan, the breadcrumb run into the headline, the headline.
    [
      'under a masthead slogan, printed again after the breadcrumb',
      "No menu items!\n\nROME'S LEADING ENGLISH LANGUAGE NEWSPAPER\n\nHomeItalyForeign Minister meets counterpart\n\nForeign Minister meets counterpart\n\nThe ministers met in Rome on 3 May 2023.",
    ],
    [
      'printed twice, the first time with a trailing dash',
      'Foreign Minister meets counterpart -\nForeign Minister meets counterpart\n\nThe ministers met in Rome on 3 May 2023.',
    ],
  ])('finds the headline (%s) and starts the body after it', (_, text) => {
    const structure = structureOf(text);
    expect(structure.headline?.text).toBe('Foreign Minister meets counterpart');
    expect(textOf(text, structure.headline)).toBe('Foreign Minister meets counterpart');
    expect(structure.body.map((paragraph) => paragraph.text)).toEqual(['The ministers met in Rome on 3 May 2023.']);
  });

  const paragraph =
    'Foreign Minister Anna Berg met Finnish Foreign Minister Pekka Laine in Stockholm on 3 May 2024. The two ministers discussed regional security, energy and the Baltic Sea, and agreed to meet again in Helsinki in the autumn.';

  it('stops the body at the first footer line after the readout', () => {
    const text = `Minister meets counterpart\n\n${paragraph}\n\nLeave a Reply\n\nYour email address will not be published.`;
    expect(structureOf(text).body.map((line) => line.text)).toEqual([paragraph]);
  });

  it('reads on past a footer-like line above the readout ("Source: Reuters" under a standfirst)', () => {
    const text = `Discussions between the two ministers were held in Stockholm.\n\nSource: Reuters\n\n${paragraph}`;
    expect(structureOf(text).body.map((line) => line.text)).toContain(paragraph);
  });

  it('joins lines wrapped by hand in the middle of a sentence', () => {
    const text = 'Minister meets counterpart\n\nForeign Minister Anna Berg met Thursday her Finnish\ncounterpart Pekka Laine in Stockholm.';
    const lines = splitLines(text, text.length);
    expect(lines.map((line) => text.slice(line.start, line.end))).toEqual([
      'Minister meets counterpart',
      'Foreign Minister Anna Berg met Thursday her Finnish\ncounterpart Pekka Laine in Stockholm.',
    ]);
  });

  it('joins every filled line of a text wrapped at a fixed width, whatever the next word, and keeps its paragraphs', () => {
    const text = [
      'Ministers meet in Davos',
      '',
      'Davos, 28 January: The Turkish foreign minister met his Armenian',
      'counterpart in Davos, Switzerland, today.',
      '',
      "Turkey's Foreign Minister Ali Babacan had a meeting with Armenian",
      'Foreign Minister Eduard Nalbandian in Davos on the sidelines of the',
      'annual meeting of the World Economic Forum.',
      '',
      'Babacan said that he had met Nalbandian for five or six times since',
      'the national soccer game between the two countries in September 2008.',
      'Short line.',
      'Another paragraph.',
    ].join('\n');
    const lines = splitLines(text, text.length).map((line) => text.slice(line.start, line.end).replace(/\n/g, ' '));
    expect(lines).toEqual([
      'Ministers meet in Davos',
      'Davos, 28 January: The Turkish foreign minister met his Armenian counterpart in Davos, Switzerland, today.',
      "Turkey's Foreign Minister Ali Babacan had a meeting with Armenian Foreign Minister Eduard Nalbandian in Davos on the sidelines of the annual meeting of the World Economic Forum.",
      'Babacan said that he had met Nalbandian for five or six times since the national soccer game between the two countries in September 2008. Short line.',
      'Another paragraph.',
    ]);
  });

  it.each(['the', 'of', 'between', 'and', 'with'])('joins a line that stops on "%s" to the capitalised line after it', (word) => {
    const text = `Readout\n\nThe Secretary-General expressed his appreciation for the cooperation ${word}\nUnited Nations agencies.\nPrint`;
    expect(splitLines(text, text.length).map((line) => text.slice(line.start, line.end).replace(/\n/g, ' '))).toEqual([
      'Readout',
      `The Secretary-General expressed his appreciation for the cooperation ${word} United Nations agencies.`,
      'Print',
    ]);
  });

  it('does not join capitalised lines of a text that is not wrapped at a fixed width', () => {
    const text = 'Home\nNews\nForeign Minister Anna Berg met her Finnish counterpart Pekka Laine in Stockholm on Monday\nPrint\nShare';
    expect(splitLines(text, text.length).map((line) => line.text)).toEqual([
      'Home',
      'News',
      'Foreign Minister Anna Berg met her Finnish counterpart Pekka Laine in Stockholm on Monday',
      'Print',
      'Share',
    ]);
  });
});

describe('datelines', () => {
  it.each([
    ['TOKYO, 12.06.2022 – On Thursday, the ministers met.', 'TOKYO', { year: 2022, month: 6, day: 12 }],
    ['ASTANA, 5 October – The ministers met.', 'ASTANA', { year: null, month: 10, day: 5 }],
    ['BEIJING, July 15 (Xinhua) -- The ministers met.', 'BEIJING', { year: null, month: 7, day: 15 }],
    ['Samarkand [Uzbekistan], April 13 : The ministers met.', 'Samarkand', { year: null, month: 4, day: 13 }],
    ['MOSCOW, February 9. /TASS/. The ministers met.', 'MOSCOW', { year: null, month: 2, day: 9 }],
    ['Brussels – The ministers met.', 'Brussels', null],
    ['07 April 2013 –  ISTANBUL – Anadolu Agency – The ministers met.', 'ISTANBUL', { year: 2013, month: 4, day: 7 }],
    ['NUR-SULTAN. KAZINFORM – As part of a tour the minister met.', 'NUR-SULTAN', null],
    ['SOCHI. KAZINFORM - The envoy took part in the meeting.', 'SOCHI', null],
    ['Doha, HE Minister of State Sultan Al Muraikhi met today with the Ambassador.', 'Doha', null],
    ['Brussels, 27/06/2024 - Foreign Minister Hadja Lahbib met her Dutch counterpart.', 'Brussels', { year: 2024, month: 6, day: 27 }],
    ['Bishkek, Sept. 24, 2021 . / Kabar / . The minister met the President.', 'Bishkek', { year: 2021, month: 9, day: 24 }],
    [
      "(MENAFN- Trend News Agency) BAKU, Azerbaijan, December 6. Azerbaijan's Minister met the envoy.",
      'BAKU',
      { year: null, month: 12, day: 6 },
    ],
    // The date between two dashes after the place is the dateline's, not a date the lead states (blind-29's APS).
    ['ALGIERS – Wednesday, 15 February 2023 (APS) – The minister met his counterpart.', 'ALGIERS', { year: 2023, month: 2, day: 15 }],
    ['ALGIERS – 15 February 2023 – The minister met his counterpart.', 'ALGIERS', { year: 2023, month: 2, day: 15 }],
    ['Brussels – Monday – The ministers met.', 'Brussels', { weekday: 1, day: null }],
  ])('reads %s', (paragraph, place, date) => {
    const dateline = findDateline(paragraph, { start: 0, end: paragraph.length, text: paragraph });
    expect(textOf(paragraph, dateline?.place)).toBe(place);
    if (date === null) expect(dateline?.date ?? null).toBeNull();
    else expect(dateline?.date).toMatchObject(date);
  });

  it.each(['The ministers met in Tokyo.', 'Foreign Minister Aydin – who arrived on Monday – met Nurtleu.', 'Unknownplace, 5 May – text'])(
    'finds none in %s',
    (paragraph) => {
      expect(findDateline(paragraph, { start: 0, end: paragraph.length, text: paragraph })).toBeNull();
    },
  );
});

describe('a stamp line with page buttons', () => {
  it('takes "Wednesday, 24 July 2019. PDF Print E-mail" for a stamp', () => {
    const text =
      'Ministry of Foreign Affairs Statements\nWednesday, 24 July 2019. PDF Print E-mail\nMinister meets ambassadors\n\nForeign Minister Anna Berg met today at the Foreign Ministry with a number of ambassadors of Sweden.';
    expect(structureOf(text).stamps.map((stamp) => stamp.text)).toEqual(['Wednesday, 24 July 2019']);
  });
});

describe('a place printed on a line of its own above the text', () => {
  it.each([
    ['New York', 'New York'],
    ['Abu Dhabi (WAM)', 'Abu Dhabi'],
    ['Strasbourg , ', 'Strasbourg'],
    ['Algiers - Agencies', 'Algiers'],
    ['Islamabad:  May 15, 2012', 'Islamabad'],
    ['Baku, March 12, AZERTAC', 'Baku'],
  ])('takes "%s" for the dateline', (line, place) => {
    const text = `${line}\n\nForeign Minister Anna Berg met Finnish Foreign Minister Pekka Laine on Monday to discuss the partnership.`;
    expect(textOf(text, structureOf(text).dateline?.place)).toBe(place);
  });

  it('takes a time-stamped place and date opening the body ("00:01 | Bogota (Colombia), Dec. 4.") for the dateline', () => {
    const text =
      'Minister meets dignitaries\n\n00:01 | Bogota (Colombia), Dec. 4.\n\nForeign Minister Anna Berg held an audience with Foreign Minister Pekka Laine of Finland to discuss the partnership between the two countries.';
    const dateline = structureOf(text).dateline;
    expect(textOf(text, dateline?.place)).toBe('Bogota');
    expect(dateline?.date).toMatchObject({ month: 12, day: 4 });
  });

  it('takes "Paris, 22 August 2011" on a line of its own for the dateline, with its date, before a page stamp', () => {
    const text =
      'Published on August 23, 2011\n\nParis, 22 August 2011\n\nForeign Minister Anna Berg spoke with Finnish Foreign Minister Pekka Laine this evening to discuss the partnership.';
    const dateline = structureOf(text).dateline;
    expect(textOf(text, dateline?.place)).toBe('Paris');
    expect(dateline?.date).toMatchObject({ year: 2011, month: 8, day: 22 });
  });

  it.each(['MOSCOW, 3 November 2023. /TASS/.', 'MOSCOW, 3 November 2023. /TASS/. ', 'BEIJING, 3 November 2023 (Xinhua) --'])(
    'takes "%s" on a line of its own for the dateline, with its date',
    (line) => {
      const text = `Lavrov, Fidan discuss Gaza\n\n${line}\n\nForeign Minister Anna Berg had a telephone conversation with Finnish Foreign Minister Pekka Laine.`;
      const dateline = structureOf(text).dateline;
      expect(textOf(text, dateline?.place)).toBe(line.slice(0, line.indexOf(',')));
      expect(dateline?.date).toMatchObject({ year: 2023, month: 11, day: 3 });
    },
  );

  it.each(['Minister', 'Brazil', 'Antony'])('takes no dateline from a line "%s"', (line) => {
    const text = `${line}\n\nForeign Minister Anna Berg met Finnish Foreign Minister Pekka Laine on Monday to discuss the partnership.`;
    expect(structureOf(text).dateline).toBeNull();
  });
});

describe("the page's own date stamps", () => {
  it('reads a U.S. page stamp month first and takes it as a stamp, not a body date', () => {
    const text =
      'Secretary Blinken’s Call with Foreign Minister Lavrov\n05/08/2021 | 07:06am EDT\n\nSecretary Blinken spoke with Foreign Minister Lavrov.';
    const structure = structureOf(text);
    expect(structure.monthFirst).toBe(true);
    expect(structure.stamps).toHaveLength(1);
    expect(structure.stamps[0]).toMatchObject({ year: 2021, month: 5, day: 8 });
    expect(structure.body.map((paragraph) => paragraph.text)).toEqual(['Secretary Blinken spoke with Foreign Minister Lavrov.']);
  });

  it.each([
    ['Published 17 June 2021', { year: 2021, month: 6, day: 17 }],
    ['2023-02-04 11:14', { year: 2023, month: 2, day: 4 }],
    ['12.03.2024', { year: 2024, month: 3, day: 12 }],
  ])('takes "%s" on a line of its own as a stamp', (stamp, date) => {
    const text = `Minister meets counterpart\n${stamp}\n\nThe ministers met in Rome.`;
    expect(structureOf(text).stamps[0]).toMatchObject(date);
  });
});

describe('sentences', () => {
  it('keeps titles and initials with abbreviation dots inside one sentence', () => {
    const text =
      'H.E. Mr. Antony J. Blinken, U.S. Secretary of State, met Dr. S. Jaishankar in Washington, D.C. on 27 Sept. 2023. They discussed trade.';
    const sentences = analyse(text, 0, text.length).map((sentence) => sentence.text);
    expect(sentences).toEqual([
      'H.E. Mr. Antony J. Blinken, U.S. Secretary of State, met Dr. S. Jaishankar in Washington, D.C. on 27 Sept. 2023.',
      'They discussed trade.',
    ]);
  });

  it('keeps offsets into the original text for words with diacritics', () => {
    const text = 'Bayramov met Çavuşoğlu in Ankara.';
    const [sentence] = analyse(text, 0, text.length);
    expect(sentence!.tokens.map((token) => text.slice(token.start, token.end))).toEqual([
      'Bayramov',
      'met',
      'Çavuşoğlu',
      'in',
      'Ankara',
      '.',
    ]);
  });
});

describe('folded text', () => {
  it('folds a stretch of a readout as foldText folds that stretch, whichever readout was folded last', () => {
    const first = 'Mevlüt Çavuşoğlu met “Sergey Lavrov” in Antalya — on 12 March.';
    const second = 'Ministr Tileuberdi met Łukasz Nowak.';
    for (const text of [first, second, first]) {
      expect(foldDocument(text)).toBe(foldText(text));
      for (const [start, end] of [
        [0, 7],
        [7, 20],
        [20, text.length],
      ] as const)
        expect(foldSlice(text, start, end)).toBe(foldText(text.slice(start, end)));
    }
    expect(foldText(first)).toHaveLength(first.length);
  });
});

describe('bounded work per sentence and per word (a new user stalled the server with one readout)', () => {
  it.each([
    ['a sentence wink never ends ("D." is an initial)', 'Minister C met Minister D. '.repeat(400)],
    ['a run without any full stop', 'minister c met minister d, '.repeat(400)],
  ])('cuts %s at maxSentenceChars, every character still in a sentence', (_, text) => {
    const sentences = analyse(text, 0, text.length);
    expect(sentences.length).toBeGreaterThan(1);
    for (const sentence of sentences) expect(sentence.end - sentence.start).toBeLessThanOrEqual(maxSentenceChars);
    expect(
      sentences
        .flatMap((s) => s.tokens)
        .map((t) => t.text)
        .join(''),
    ).toBe(text.replace(/\s+/g, ''));
  });

  it('reads no word longer than maxWordChars, and offsets still point into the text', () => {
    const text = `The minister met ${'a'.repeat(5_000)} today.`;
    const tokens = analyse(text, 0, text.length).flatMap((s) => s.tokens);
    expect(Math.max(...tokens.map((t) => t.text.length))).toBeLessThanOrEqual(maxWordChars);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(tokens.slice(0, 3).map((t) => t.text)).toEqual(['The', 'minister', 'met']);
  });
});

// Blind-47's Moldpres footer: "the Agency's agreement" had become an initiative.
describe('a notice of rights under the readout is furniture', () => {
  const paragraph = 'Foreign Minister Anna Berg met Finnish Foreign Minister Pekka Laine in Stockholm on 3 May 2024.';
  it.each([
    'Any material published on the website of the Public Institution ’’A.I.S. Moldpres’’ (Moldpres News Agency) is intellectual peoperty of the Agency, protected by the copyright. The taking over or/and use of these materials will be made only with the Agency’s agreement and with compulsory reference to source.',
    'All content on this site is protected by copyright.',
    'Reproduction of these materials is permitted only with a hyperlink to the source.',
    'The use of this content without the prior written permission of the publisher is prohibited.',
    'Texts are the intellectual property of the Ministry.',
  ])('%s', (notice) => {
    const text = `Minister meets counterpart\n\n${paragraph}\n\n${notice}`;
    expect(structureOf(text).body.map((line) => line.text)).toEqual([paragraph]);
  });

  it.each([
    'The ministers discussed the protection of intellectual property rights and the use of these materials in schools.',
    'The two sides agreed on the reproduction of the agreement in both languages.',
  ])('keeps a readout sentence about rights: %s', (sentence) => {
    const text = `Minister meets counterpart\n\n${paragraph}\n\n${sentence}`;
    expect(structureOf(text).body.map((line) => line.text)).toContain(sentence);
  });
});

// Blind-49's BNR page: teasers of other stories under the readout, each cut by the site, had given a participant.
describe('teasers of other stories under the readout', () => {
  const paragraph =
    'Foreign Minister Daniel Mitov met his Russian counterpart Sergey Lavrov in Sochi. The two ministers discussed topical issues of bilateral relations, including trade and economic cooperation, and regional issues.';
  it.each([
    [
      'a line cut with two dots',
      `${paragraph}\n\n“Two storks flew to the nests,” said Mayor Tatyana Georgieva. She joked,..\n\nHousehold prices will not go up,..`,
    ],
    [
      'two lines in a row cut with an ellipsis',
      `${paragraph}\n\nMayor Tatyana Georgieva said the storks had come back and…\n\nHousehold electricity prices will not go up...`,
    ],
  ])('are left out (%s)', (_, body) => {
    expect(structureOf(`Mitov meets Lavrov\n\n${body}`).body.map((line) => line.text)).toEqual([paragraph]);
  });

  it('keeps a paragraph of the readout that ends in an ellipsis, alone', () => {
    const cut = 'Minister Mitov said that energy projects between Russia and the EU would have to develop…';
    const last = 'The two ministers agreed to meet again in Sofia in the spring of next year.';
    expect(structureOf(`Mitov meets Lavrov\n\n${paragraph}\n\n${cut}\n\n${last}`).body.map((line) => line.text)).toEqual([
      paragraph,
      cut,
      last,
    ]);
  });
});
