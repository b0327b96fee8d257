import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

// Classes found while tuning on blind set 20, after its first run (each written as the class, with its variants).

const base: ExtractOptions = { initiatives: [], people: [] };
const namesOf = (text: string) => extractReadout(text, base).meetings.map((m) => m.participants.map((p) => p.name));

describe("a photo caption's position after a name", () => {
  it.each(['(right)', '(L)', '(third left)', '(2nd R)', '(centre)', '(from left)'])(
    '"Mirzoyan %s and his Georgian counterpart Darichashvili, by telephone today, discussed …" is a call of the two',
    (position) => {
      expect(
        namesOf(
          `Armenian Foreign Minister Ararat Mirzoyan ${position} and his Georgian counterpart Ilya Darichashvili, by telephone today, discussed upcoming programs.`,
        ),
      ).toEqual([['Ararat Mirzoyan', 'Ilya Darichashvili']]);
    },
  );

  it.each([
    'Manalo (left) and Foreign Minister Hadja Lahbib (right) sign the Joint Plan of Action. (Photo from DFA)',
    'Manalo (left) and Foreign Minister Hadja Lahbib (right) sign the Joint Plan of Action. Photo: DFA',
  ])('a caption that credits a photo tells of no meeting: %s', (caption) => {
    const text = `Secretary Enrique Manalo met Foreign Minister Jan Lipavsky in Prague on 4 May 2023.\n\n${caption}`;
    expect(namesOf(text)).toEqual([['Enrique Manalo', 'Jan Lipavsky']]);
  });
});

describe('a ministry quoting its own release narrates', () => {
  it.each([
    'In a statement, the MEA said, “Foreign Secretary S. Jaishankar hosted talks with Australian Secretary Frances Adamson in New Delhi.”',
    'The ministry stated: “Foreign Secretary S. Jaishankar hosted talks with Australian Secretary Frances Adamson in New Delhi.”',
  ])('%s', (quoted) => {
    const text = `Foreign Secretary S. Jaishankar met Japanese Vice Minister Shinsuke Sugiyama in New Delhi on 12 December 2017.\n\n${quoted}`;
    expect(namesOf(text)).toEqual([
      ['S. Jaishankar', 'Shinsuke Sugiyama'],
      ['S. Jaishankar', 'Frances Adamson'],
    ]);
  });

  it('a person quoted telling of a meeting still reports it (no meeting narrated)', () => {
    const text =
      'Foreign Minister Penny Wong met Foreign Minister Wang Yi in Beijing on 20 December 2022.\n\nWang said, “I will meet Foreign Minister Retno Marsudi in Jakarta next year.”';
    expect(namesOf(text)).toEqual([['Penny Wong', 'Wang Yi']]);
  });
});

describe('hosting or chairing a named meeting with its guests', () => {
  it.each(['hosted', 'chaired', 'co-chaired', 'convened'])(
    '"X %s the 4th Trilateral Dialogue with A and B" is one meeting of the three',
    (verb) => {
      expect(
        namesOf(
          `Foreign Secretary S. Jaishankar ${verb} the 4th India-Australia-Japan Trilateral Dialogue with Secretary of Department of Foreign Affairs and Trade of Australia Ms. Frances Adamson and Vice Minister of Foreign Affairs of Japan Mr. Shinsuke J. Sugiyama, in New Delhi on 13 December 2017.`,
        ),
      ).toEqual([['S. Jaishankar', 'Frances Adamson', 'Shinsuke J. Sugiyama']]);
    },
  );
});

describe('a news ticker above the article', () => {
  it.each([
    [
      '- 17:11U.S. Citizen Arrested in Germany on Suspicion of Espionage\n- 16:15Mozambique Police Clash with Protesters Over Election Disputes',
    ],
    ['• 17:11 U.S. Citizen Arrested in Germany on Suspicion of Espionage\n• 16:15 Mozambique Police Clash with Protesters Over Election'],
    [
      '- U.S. Citizen Arrested in Germany on Suspicion of Espionage for China\n- Mozambique Police Clash with Protesters Over Election Disputes',
    ],
  ])('list items are lines of their own, not one run-on paragraph with the article: %s', (ticker) => {
    const text = `${ticker}\nFollow us on Facebook\nStrengthening Ties: Bourita and Clavijo Discuss Issues in Rabat\nIn a significant diplomatic engagement, Nasser Bourita, Morocco's Minister of Foreign Affairs, held constructive discussions today in Rabat with Fernando Clavijo, President of the Government of the Canary Islands.\nDuring their talks, Bourita and Clavijo explored avenues to strengthen bilateral relations.`;
    expect(namesOf(text)).toEqual([['Nasser Bourita', 'Fernando Clavijo']]);
  });

  it('a wrapped line that goes on in lower case or with a number is still joined', () => {
    const text =
      'Foreign Minister Nasser Bourita held talks in Rabat on Monday with Fernando Clavijo, President of the\ngovernment of the Canary Islands, and the two discussed migration and the\n2030 World Cup.';
    expect(namesOf(text)).toEqual([['Nasser Bourita', 'Fernando Clavijo']]);
  });
});

describe('"the foreign ministers" after separate meetings', () => {
  const speakersOf = (text: string) =>
    extractReadout(text, base).meetings.map((m) => {
      const names = new Map(m.participants.map((p) => [p.key, p.countryCode ?? p.name]));
      return m.statements.filter((s) => s.kind !== 'narrative').map((s) => (s.speakerKey === null ? 'joint' : names.get(s.speakerKey)));
    });
  const lead =
    'Foreign Minister Demeke Mekonen held discussions with the foreign ministers of Gabon and Malawi on the margins of the AU summit in Addis Ababa on 16 February 2023.\n\n';

  it.each(['The foreign ministers expressed their gratitude for the welcome.', 'The ministers mentioned that Ethiopia is exemplary.'])(
    'a one-sided verb is the counterpart of each meeting: %s',
    (sentence) => {
      expect(speakersOf(lead + sentence)).toEqual([['GA'], ['MW']]);
    },
  );

  it('a verb of both sides stays joint: "The ministers exchanged views …"', () => {
    expect(speakersOf(`${lead}The ministers exchanged views on regional security.`)).toEqual([['joint'], ['joint']]);
  });

  it('in one bilateral meeting "the ministers expressed" is both of them', () => {
    expect(
      speakersOf(
        'Foreign Minister Demeke Mekonen met Foreign Minister Peter Szijjarto in Addis Ababa on 18 April 2023.\n\nThe ministers expressed their satisfaction with the talks.',
      ),
    ).toEqual([['joint']]);
  });
});

describe('page furniture', () => {
  it.each(['see more', 'Read more »', 'Read also:', 'Continue reading …'])(
    'a related story\'s headline over "%s" tells of no meeting',
    (link) => {
      const text = `Polish Foreign Minister meets with his Russian counterpart\n\nForeign Minister Zbigniew Rau met his Russian counterpart Sergey Lavrov during the UN General Assembly in New York on 22 September 2021.\n\nPresident Duda discusses EU enlargement with Montenegrin counterpart\n\n${link}\n\nThe talks concerned the Polish chairmanship of the OSCE.`;
      const draft = extractReadout(text, base);
      expect(draft.meetings.map((m) => m.participants.map((p) => [p.name, p.countryCode]))).toEqual([
        [
          ['Zbigniew Rau', 'PL'],
          ['Sergey Lavrov', 'RU'],
        ],
      ]);
    },
  );

  it('a sentence of the readout above "Read more" stays', () => {
    const text =
      'Foreign Minister Zbigniew Rau met his Russian counterpart Sergey Lavrov in New York on 22 September 2021.\n\nThe ministers discussed the OSCE chairmanship.\n\nRead more';
    expect(extractReadout(text, base).meetings[0]?.statements).toHaveLength(1);
  });
});

describe('one of a group titled by an abbreviation in the plural', () => {
  it('"Armenian, Georgian FMs discuss …" gives each the title "FM"', () => {
    const [meeting] = extractReadout(
      'Armenian, Georgian FMs Discuss Cooperation\n\nArmenian FMs Ararat Mirzoyan and Ilya Darichashvili, by telephone today, discussed upcoming programs.',
      base,
    ).meetings;
    expect(meeting?.participants.map((p) => p.title)).not.toContain('FMs');
  });
});

describe('"In a separate phone call, X congratulated Y …"', () => {
  const lead =
    'Turkish Foreign Minister Mevlüt Çavuşoğlu and his Serbian counterpart Ivica Dacic on Monday discussed bilateral relations over the phone.\n\n';
  it.each([
    ['In a separate phone call, Çavuşoğlu congratulated Alberto van Klaveren on becoming the foreign minister of Chile.', 'phone_call'],
    ['In another telephone conversation, Çavuşoğlu thanked Alberto van Klaveren for his support.', 'phone_call'],
    ['During a video call, Çavuşoğlu briefed Alberto van Klaveren on the earthquake.', 'video_call'],
  ])('%s is a second call of its own', (sentence, kind) => {
    const meetings = extractReadout(lead + sentence, base).meetings;
    expect(meetings.map((m) => [m.kind, m.participants.map((p) => p.name)])).toEqual([
      ['phone_call', ['Mevlüt Çavuşoğlu', 'Ivica Dacic']],
      [kind, ['Mevlüt Çavuşoğlu', 'Alberto van Klaveren']],
    ]);
  });

  it('"In a phone call, the ministers agreed …" names no one new: still the one call', () => {
    const meetings = extractReadout(`${lead}In a phone call, the ministers agreed to meet in Ankara.`, base).meetings;
    expect(meetings).toHaveLength(1);
  });
});

describe('"held meetings with A, B and C": meetings, in the plural, one each', () => {
  it.each([
    'held meetings with the President of Latvia Egils Levits, Latvian MP Ināra Mūrniece and the Minister for Foreign Affairs of Latvia Edgars Rinkēvičs',
    'held separate talks with the President of Latvia Egils Levits, Speaker Ināra Mūrniece and Foreign Minister Edgars Rinkēvičs',
  ])('"%s" is three meetings', (phrase) => {
    const text = `On 12 February, the Minister of Foreign Affairs of Lithuania Gabrielius Landsbergis visited Riga, where he ${phrase}.`;
    expect(namesOf(text).map((names) => names.filter((name) => name !== 'Gabrielius Landsbergis'))).toEqual([
      ['Egils Levits'],
      ['Ināra Mūrniece'],
      ['Edgars Rinkēvičs'],
    ]);
  });

  it.each([
    'held a meeting with President Egils Levits and Foreign Minister Edgars Rinkēvičs',
    'held meetings with President Egils Levits and Foreign Minister Edgars Rinkēvičs together',
  ])('"%s" is one', (phrase) => {
    const text = `On 12 February, the Minister of Foreign Affairs of Lithuania Gabrielius Landsbergis visited Riga, where he ${phrase}.`;
    expect(namesOf(text)).toHaveLength(1);
  });
});
