import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

// New-user trial 138's extractor findings, each as its class with texts written for it (not the trial's) and the
// neighbours that keep their reading.

const base: ExtractOptions = { initiatives: [], people: [], publishedAt: '2023-08-12' };

describe("F1: a one-word office opening a meeting sentence of a publisher's own release is the publisher's principal", () => {
  it.each([
    [
      'Minister',
      'Ministry of Foreign Affairs of Fiji',
      'FJ',
      'The Minister met with the Foreign Minister of Tonga, Hon. Fekitamoeloa Utoikamanu, in Suva on 11 August 2023.\n\nThe Minister said Fiji valued its close relationship with Tonga. Minister Utoikamanu thanked Fiji for its support.',
    ],
    [
      'President',
      'Office of the President of Ghana',
      'GH',
      'On Friday, the President received the Foreign Minister of Togo, Robert Dussey, at Jubilee House in Accra.\n\nThe President said Ghana valued its close relationship with Togo. Minister Dussey thanked Ghana for its support.',
    ],
    [
      'Secretary',
      'Department of Foreign Affairs of Ireland',
      'IE',
      'The Secretary held talks with the Foreign Minister of Malta, Ian Borg, in Dublin on 11 August 2023.\n\nThe Secretary said Ireland valued its close relationship with Malta. Minister Borg thanked Ireland for its support.',
    ],
  ])('"the %s" in a release of the %s', (office, publisher, country, text) => {
    const [meeting] = extractReadout(`Bilateral meeting\n\n${text}`, { ...base, publisher }).meetings;
    expect(meeting?.participants.map((p) => [p.title, p.countryCode, p.role])).toEqual([
      [office, country, 'host'],
      ['Foreign Minister', expect.any(String), 'guest'],
    ]);
    const [own, other] = meeting?.participants ?? [];
    expect(meeting?.statements.map((s) => s.speakerKey)).toEqual([own?.key, other?.key]);
  });

  it('without a publisher, the bare office is nobody the text names (as before)', () => {
    const text =
      'Bilateral meeting\n\nThe Minister met with the Foreign Minister of Tonga, Hon. Fekitamoeloa Utoikamanu, in Suva on 11 August 2023.';
    const [meeting] = extractReadout(text, base).meetings;
    expect(meeting?.participants.map((p) => p.name)).toEqual(['Fekitamoeloa Utoikamanu']);
  });

  it('an office that does not open the sentence ("…, which the President welcomed") is no one new', () => {
    const text =
      'Safadi meets Cyprus President\n\nForeign Minister Ayman Safadi conveyed a message from King Abdullah II to the President of Cyprus, Nikos Christodoulides, during a meeting in Nicosia on Wednesday.\n\nThe message extended an invitation to President Christodoulides to visit the Kingdom, which the President welcomed, expressing his desire to enhance cooperation.\n\nDuring his visit, Safadi held talks with his counterpart, Constantinos Kombos.';
    const { meetings } = extractReadout(text, { ...base, publisher: 'Ammon News (Jordan)' });
    expect(meetings.map((m) => m.participants.map((p) => [p.name, p.title]))).toEqual([
      [
        ['Ayman Safadi', 'Foreign Minister'],
        ['Nikos Christodoulides', 'President'],
      ],
      [
        ['Ayman Safadi', 'Foreign Minister'],
        ['Constantinos Kombos', null],
      ],
    ]);
  });
});

describe('F5: meetings split off one sentence are of one kind, and a headline list joins each with its own counterpart', () => {
  const kinds = (text: string) => extractReadout(text, base).meetings.map((m) => [m.kind, m.participants.map((p) => p.name).join(' + ')]);

  it.each([
    [
      '"talks" in the headline, "separate meetings" in the body',
      'Foreign Minister holds talks with counterparts from Laos and Cambodia\n\nHanoi, 5 May 2024 - Foreign Minister Bui Thanh Son held separate meetings with Lao Foreign Minister Saleumxay Kommasith and Cambodian Foreign Minister Sok Chenda Sophea in Hanoi on Sunday.',
      [
        ['talks', 'Bui Thanh Son + Saleumxay Kommasith'],
        ['talks', 'Bui Thanh Son + Sok Chenda Sophea'],
      ],
    ],
    [
      '"calls with" in the headline, "spoke with" two counterparts in the body',
      "Readout: Foreign Secretary's calls with the Foreign Ministers of Qatar and Oman\n\nThe Foreign Secretary, David Lammy, spoke with Qatari Foreign Minister Mohammed bin Abdulrahman Al Thani and Omani Foreign Minister Badr Albusaidi on 4 March 2025.",
      [
        ['phone_call', 'David Lammy + Mohammed bin Abdulrahman Al Thani'],
        ['phone_call', 'David Lammy + Badr Albusaidi'],
      ],
    ],
  ])('%s', (_case, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it.each([
    [
      'meetings told in sentences of their own keep their own kinds',
      'Minister Son meets counterparts\n\nHanoi, 5 May 2024 - Foreign Minister Bui Thanh Son held talks with Lao Foreign Minister Saleumxay Kommasith in Hanoi on Sunday.\n\nLater that day, Minister Son spoke by phone with Japanese Foreign Minister Yoko Kamikawa.',
      [
        ['talks', 'Bui Thanh Son + Saleumxay Kommasith'],
        ['phone_call', 'Bui Thanh Son + Yoko Kamikawa'],
      ],
    ],
    [
      'a headline verb "calls" is no call',
      'Albania calls Bosnia to recognise Kosovo\n\nTirana, 24 February 2016 - Foreign Minister Ditmir Bushati met Bosnian Foreign Minister Igor Crnadak in Tirana on Wednesday.',
      [['meeting', 'Ditmir Bushati + Igor Crnadak']],
    ],
  ])('%s', (_case, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});
