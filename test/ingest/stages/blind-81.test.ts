import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

// Blind-81's misses, each as its class with texts written for it (not the set's) and the neighbours that keep their
// reading.

const base: ExtractOptions = { initiatives: [], people: [], publishedAt: '2023-07-20' };
const draft = (text: string) => extractReadout(text, base);
const only = (text: string) => {
  const [meeting, ...rest] = draft(text).meetings;
  expect(rest).toEqual([]);
  return meeting!;
};
// The speaker of each passage that is not narrative: a participant's name, or "joint".
const speakers = (text: string) => {
  const meeting = only(text);
  return meeting.statements
    .filter((s) => s.kind !== 'narrative')
    .map((s) => (s.speakerKey === null ? 'joint' : meeting.participants.find((p) => p.key === s.speakerKey)?.name));
};

describe('who signs a document with a person meets them', () => {
  it.each([
    [
      'by signing a co-operation deal with its President X',
      "re-affirmed Russia's relationship with Kazakhstan by signing a co-operation deal with its President Arman Seitov",
    ],
    ['signed two agreements with his counterpart X', 'signed two agreements with his Kazakh counterpart President Arman Seitov'],
    ['signed a memorandum of understanding with X', 'signed a memorandum of understanding with President Arman Seitov'],
  ])('"%s" is their meeting', (_case, words) => {
    const meeting = only(`President Pavel Orlov has ${words} on 12 May 2023.`);
    expect(meeting.participants.map((p) => p.name).sort()).toEqual(['Arman Seitov', 'Pavel Orlov']);
  });

  it('"signed a deal with Kazakhstan" names no one to meet', () => {
    expect(draft('President Pavel Orlov signed a deal with Kazakhstan on 12 May 2023.').meetings).toEqual([]);
  });
});

describe('"his Kenyan host, President X"', () => {
  const text = 'President Kofi Mensah and his Kenyan host, President Daniel Otieno, held talks in Nairobi on 3 May 2023.';

  it('is of the country its demonym names, and the host', () => {
    const meeting = only(text);
    const otieno = meeting.participants.find((p) => p.name === 'Daniel Otieno');
    expect([otieno?.countryCode, otieno?.role]).toEqual(['KE', 'host']);
    expect(meeting.participants.find((p) => p.name === 'Kofi Mensah')?.role).toBe('guest');
  });
});

describe('an aside between a speaker and the verb, not closed by a comma', () => {
  const lead = 'President Kofi Mensah and his Kenyan host, President Daniel Otieno, held talks in Nairobi on 3 May 2023.\n\n';

  it.each([
    [
      'a parenthesis of who he is',
      'President Mensah (who is Chair of the Economic Community of West African States, (ECOWAS)) noted that trade could grow.',
      'Kofi Mensah',
    ],
    ["a party's name in brackets", 'Mensah (Progress) said that trade could grow.', 'Kofi Mensah'],
    [
      'a relative clause without its closing comma',
      'The Kenyan leader, who is the current Chair of the East African Community (EAC) commended President Mensah on his leadership.',
      'Daniel Otieno',
    ],
  ])("%s: the passage is the speaker's", (_case, sentence, speaker) => {
    expect(speakers(lead + sentence)).toEqual([speaker]);
  });

  it('an office with its country in brackets before a verb of what was done stays narrative', () => {
    const text =
      'On the margins of the summit in Vienna on 7 December 2017, Parliamentary Assembly President Luca Moretti has met with Italian Foreign Minister Paolo Rossi.\n\nIn a series of exchanges with foreign ministers in Vienna this week, Parliamentary Assembly President Luca Moretti (MP, Malta) welcomed increased co-operation.';
    expect(speakers(text)).toEqual([]);
  });
});

describe('a reporting verb, a day, then the speaker', () => {
  it('"…, declared this Thursday President X" is X\'s', () => {
    const text =
      'President Andrés Rivera met with the President of Ecuador, Pablo Mora, in Bogotá on 26 November 2020.\n\nColombia and Ecuador are preparing the reopening of the border, declared this Thursday President Andrés Rivera.';
    expect(speakers(text)).toEqual(['Andrés Rivera']);
  });
});

describe("South Africa's foreign minister", () => {
  it('"Minister of International Relations and Cooperation" is the one "the South African foreign minister" stands for', () => {
    const text =
      'In a telephone conversation on Monday, Iranian Foreign Minister Reza Karimi and Minister of International Relations and Cooperation of the Republic of South Africa Thandi Mokoena discussed relations.\n\nThe South African foreign minister also mentioned the Joint Commission.';
    expect(
      only(text)
        .participants.map((p) => p.name)
        .sort(),
    ).toEqual(['Reza Karimi', 'Thandi Mokoena']);
    expect(speakers(text)).toEqual(['joint', 'Thandi Mokoena']);
  });
});

describe('the last paragraph without its full stop, over a credit', () => {
  it('"He said … a timely one" over "Photo Fiji Govt" is read', () => {
    const text =
      'Prime Minister Tom Kalo met Prime Minister Sam Vatu in Suva on 3 May 2023.\n\nIn response, Prime Minister Kalo congratulated Prime Minister Vatu on the elections.\n\nHe said Vanuatu would continue to engage closely with Fiji on matters of common interest and the meeting had been a timely one\n\nPhoto Fiji Govt';
    expect(speakers(text)).toEqual(['Tom Kalo', 'Tom Kalo']);
  });

  it('a short tag line without a full stop stays out', () => {
    const text =
      'Prime Minister Tom Kalo met Prime Minister Sam Vatu in Suva on 3 May 2023.\n\nIn response, Prime Minister Kalo congratulated Prime Minister Vatu on the elections.\n\nPacific Politics Regional News\n\nPhoto Fiji Govt';
    expect(speakers(text)).toEqual(['Tom Kalo']);
  });
});

describe('a feeling stated', () => {
  it.each([
    ['is grateful to', 'Prime Minister Vatu is grateful to Vanuatu for its continued collaboration.'],
    ['was confident that', 'Prime Minister Vatu was confident that the partnership would grow.'],
  ])('"%s" is what was said', (_case, sentence) => {
    const text = `Prime Minister Tom Kalo met Prime Minister Sam Vatu in Suva on 3 May 2023.\n\n${sentence}`;
    expect(speakers(text)).toEqual(['Sam Vatu']);
  });
});
