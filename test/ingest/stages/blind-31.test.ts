import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { defaultInitiatives } from '../../../src/ingest/lexicon/initiative-catalog.js';
import { lookupCountry } from '../../../src/ingest/recognize/countries.js';

// Classes found while tuning on the blind sets in the session of blind set 31, each written as the class with its
// variants (and, where a variant must not change, the one that must not).

const base: ExtractOptions = { initiatives: defaultInitiatives, people: [], publishedAt: '2024-06-12' };
const slugsOf = (text: string) => extractReadout(text, base).meetings.flatMap((m) => m.initiatives.map((i) => i.slug));

describe('an organisation named as the one someone holds office in is not an initiative', () => {
  it.each([
    ['Chairperson of the', 'African Union Commission'],
    ['head of', 'AU Commission'],
    ['chairwoman of the', 'African Union Commission'],
    ['Secretary-General of the', 'Shanghai Cooperation Organisation'],
    ['Director-General of the', 'World Trade Organization'],
    ['top officials of the', 'African Union Commission'],
    ['Executive Secretary of the', 'Economic Community of West African States'],
  ])('"the %s %s"', (office, organisation) => {
    const text = `Minister of Foreign Affairs Ramtane Lamamra met the ${office} ${organisation}, Moussa Faki Mahamat, in Addis Ababa on 10 June 2024. They discussed peace and security in the Sahel.`;
    expect(slugsOf(text)).toEqual([]);
  });

  it.each([
    ['the AU Commission', 'au-commission'],
    ['the Shanghai Cooperation Organisation', 'shanghai-cooperation-organisation'],
  ])('the same organisation discussed is still one: "%s"', (organisation, slug) => {
    const text = `Minister of Foreign Affairs Ramtane Lamamra met Foreign Minister Wang Yi in Beijing on 10 June 2024. They discussed cooperation within ${organisation}.`;
    expect(slugsOf(text)).toContain(slug);
  });
});

const draftOf = (text: string, options: Partial<ExtractOptions> = {}) => extractReadout(text, { ...base, ...options });
const namesOf = (text: string) => draftOf(text).meetings.map((m) => m.participants.map((p) => p.name));

describe('a speech verb that is also a given name, between a title and a family name, is part of the name', () => {
  it.each([
    ['Belize Prime Minister Said Musa, PM Perry Christie of the Bahamas', 'Said Musa'],
    ['Foreign Minister Said Djinnit, Prime Minister Owen Arthur of Barbados', 'Said Djinnit'],
  ])('"%s"', (list, name) => {
    const text = `British Prime Minister Tony Blair held talks in London on 10 June 2024 with ${list}.`;
    expect(namesOf(text)[0]).toContain(name);
  });

  it('"the Minister said" is still the verb', () => {
    const draft = draftOf(
      'Prime Minister Tony Blair met Prime Minister Said Musa in London on 10 June 2024. The Prime Minister Said Musa said that trade mattered.',
    );
    expect(draft.meetings[0]?.participants.map((p) => p.name)).toEqual(['Tony Blair', 'Said Musa']);
  });
});

describe('a state named "A and B" is also called by its first part, and either demonym names it', () => {
  it.each([
    ['Antigua', 'AG'],
    ['Antiguan', 'AG'],
    ['Barbudan', 'AG'],
    ['St Kitts', 'KN'],
    ['St. Kitts', 'KN'],
    ['Kittitian', 'KN'],
    ['Nevisian', 'KN'],
    ['Trinidad', 'TT'],
    ['Bosnia', 'BA'],
    ['Herzegovinian', 'BA'],
    ['St Vincent', 'VC'],
    ['Sao Tome', 'ST'],
  ])('%s → %s', (word, code) => {
    expect(lookupCountry(word)?.code).toBe(code);
  });

  it.each(['Turks', 'Wallis', 'Heard'])('not the first part of a territory: %s', (word) => {
    expect(lookupCountry(word)).toBeNull();
  });

  it('"in Antigua, Guatemala" is the city in Guatemala; "a visit to Antigua" the country', () => {
    const met = (place: string) =>
      draftOf(`Foreign Minister Kamina Johnson Smith met Vice Minister Elizabeth Taylor Jay of Colombia on 12 May 2024 in ${place}.`)
        .meetings[0];
    expect([met('Antigua, Guatemala')?.city, met('Antigua, Guatemala')?.countryCode]).toEqual(['Antigua', 'GT']);
    const visit = draftOf(
      'Foreign Minister Kamina Johnson Smith, during her visit to Antigua, met Prime Minister Gaston Browne on 12 May 2024.',
    ).meetings[0];
    expect(visit?.countryCode).toBe('AG');
  });
});

describe('a meal held with someone is a meeting, and a list of attendees adds them to it', () => {
  it.each(['held a working lunch with', 'had lunch with', 'hosted a dinner with', 'held a working breakfast with'])('"%s"', (phrase) => {
    const text = `British Prime Minister Tony Blair ${phrase} Prime Minister Owen Arthur of Barbados in London on 22 November 2005.`;
    expect(namesOf(text)).toEqual([['Tony Blair', 'Owen Arthur']]);
  });

  it.each(['The full list of attendees was:', 'The list of participants was', 'The attendees were'])('"%s A, B and C"', (opening) => {
    const text = `British Prime Minister Tony Blair held a working lunch with Caribbean leaders in London on 22 November 2005.\n${opening} Antiguan Prime Minister Baldwin Spencer, Prime Minister Owen Arthur of Barbados and Denzil Douglas of St Kitts.\nLord Triesman and Baroness Amos were also in attendance.`;
    const meeting = draftOf(text).meetings[0];
    expect(meeting?.participants.map((p) => [p.name, p.countryCode])).toEqual(
      expect.arrayContaining([
        ['Tony Blair', 'GB'],
        ['Baldwin Spencer', 'AG'],
        ['Owen Arthur', 'BB'],
        ['Denzil Douglas', 'KN'],
        expect.arrayContaining(['Baroness Amos']),
      ]),
    );
    expect(draftOf(text).meetings).toHaveLength(1);
  });
});

describe("a stamp above the headline dated after the article's own stamp is the site's clock", () => {
  const page = (clock: string) =>
    `MercoPress, en Español\n\n${clock}\n\nTrump on the phone with Macri\n\nThursday, February 16th 2017 - 11:31 UTC\n\nUnited States president Donald Trump was on the phone on Wednesday afternoon to speak with his Argentine peer Mauricio Macri. The presidents agreed that their foreign ministers would coordinate the visit.`;
  it.each(['Montevideo, March 28th 2024 - 20:06 UTC', 'March 28th 2024 - 20:06 UTC', 'Friday, 29 March 2024'])('"%s"', (clock) => {
    expect(draftOf(page(clock), { publishedAt: null }).meetings[0]?.date).toBe('2017-02-15');
  });

  it("a stamp above the headline that is the article's own (not later than the one under it) still counts", () => {
    expect(draftOf(page('Thursday, February 16th 2017'), { publishedAt: null }).meetings[0]?.date).toBe('2017-02-15');
  });
});

describe("who accompanies a guest is of the guest's country", () => {
  it.each([
    'During the phone call, Macri was accompanied by cabinet chief Marcos Peña and Strategic Affairs Secretary Fulvio Pompeo.',
    'Macri was accompanied by cabinet chief Marcos Peña and Strategic Affairs Secretary Fulvio Pompeo.',
  ])('%s', (sentence) => {
    const text = `United States President Donald Trump held a telephone conversation on 15 February 2017 with Argentine President Mauricio Macri. ${sentence}`;
    const countries = Object.fromEntries(
      draftOf(text, { publisher: 'The White House' }).meetings[0]!.participants.map((p) => [p.name, p.countryCode]),
    );
    expect(countries).toMatchObject({ 'Donald Trump': 'US', 'Mauricio Macri': 'AR', 'Marcos Peña': 'AR', 'Fulvio Pompeo': 'AR' });
  });
});

describe('after an opening phrase that holds a title, a name a verb follows is the subject, not an apposition', () => {
  it.each([
    'In her meeting with the Sri Lankan President, Hina Khar conveyed Pakistan’s best wishes.',
    'During the meeting with the Sri Lankan President, Hina Khar conveyed Pakistan’s best wishes.',
    'At her meeting with the Sri Lankan President, Hina Khar stressed trade.',
  ])('%s', (sentence) => {
    const text = `Minister of State for Foreign Affairs Hina Rabbani Khar called on President of Sri Lanka Ranil Wickremesinghe in Colombo on 4 February 2023. ${sentence}`;
    const people = draftOf(text, { publisher: 'The News International (Pakistan)' }).meetings[0]!.participants;
    expect(people.map((p) => [p.name, p.countryCode])).toEqual([
      ['Hina Rabbani Khar', 'PK'],
      ['Ranil Wickremesinghe', 'LK'],
    ]);
  });

  it('"the Sri Lankan President, Ranil Wickremesinghe, said" is still one person', () => {
    const text =
      'Minister of State for Foreign Affairs Hina Rabbani Khar met the Sri Lankan President, Ranil Wickremesinghe, in Colombo on 4 February 2023.';
    expect(namesOf(text).map((names) => names.sort())).toEqual([['Hina Rabbani Khar', 'Ranil Wickremesinghe']]);
  });
});

describe("the visit the lead tells of places the readout's meetings over the dateline", () => {
  it.each([
    ['concluded a two-day visit to Sri Lanka', 'LK'],
    ['is on an official visit to Sri Lanka', 'LK'],
    ['paid a working visit to Bangladesh', 'BD'],
  ])('"%s"', (visit, code) => {
    const text = `ISLAMABAD: Minister of State for Foreign Affairs Hina Rabbani Khar on Saturday ${visit} at the invitation of her counterpart.\n\nThe minister of state held a meeting with Foreign Minister Ali Sabry and discussed trade.`;
    const meeting = draftOf(text, { publisher: 'The News International (Pakistan)' }).meetings[0];
    expect([meeting?.city, meeting?.countryCode]).toEqual([null, code]);
  });

  it('a visit she was invited to make is not where she met anyone', () => {
    const text = `ISLAMABAD: Minister of State for Foreign Affairs Hina Rabbani Khar was invited to pay a visit to Sri Lanka.\n\nThe minister of state held a meeting with Foreign Minister Ali Sabry and discussed trade.`;
    expect(draftOf(text, { publisher: 'The News International (Pakistan)' }).meetings[0]?.countryCode).toBe('PK');
  });
});

describe('a sharing widget under the lead does not end the article', () => {
  const page = (widget: string, rest: string) =>
    `Mohamed, Gates take note of Mideast developments\n\nABU DHABI -- Gen. Sheikh Mohammed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi, received today visiting U.S. Secretary of Defense Robert Gates at the palace.\n\n${widget}\n\n${rest}`;
  const story =
    'Sheikh Mohammed said the UAE is proud of its existing relations of friendship with the US and is committed to further boosting them in all domains.';
  it.each(['Follow us on', 'Share this article', 'Share on'])('"%s"', (widget) => {
    const statements = draftOf(page(`${widget}\n• whatsapp\n• telegram`, story)).meetings[0]?.statements ?? [];
    expect(statements.map((s) => s.text)).toContain(story);
  });

  it('a footer followed by another story still ends it', () => {
    const other =
      'Lebanon and Jordan signed an agreement on electricity supplies in Amman on Thursday, officials said in a statement today.';
    const statements = draftOf(page('Follow us on\n• whatsapp', other)).meetings[0]?.statements ?? [];
    expect(statements.map((s) => s.text)).not.toContain(other);
  });

  it('"visiting U.S. Secretary of Defense" places nobody in the United States', () => {
    const meeting = draftOf(page('Follow us on', story)).meetings[0];
    expect([meeting?.city, meeting?.countryCode]).toEqual(['Abu Dhabi', 'AE']);
  });
});

describe('two office-holders of two sides as the subject of what they did together tell of a meeting', () => {
  const lead = (subject: string, verb: string) =>
    `${subject} ${verb} yesterday to continue exploring areas of shared interest, such as migration.`;
  const spain = 'The Minister for Foreign Affairs, European Union and Cooperation, José Manuel Albares,';
  const malta = 'the Minister for Foreign Affairs of Malta, Evarist Bartolo,';
  it.each([
    [`${spain} and ${malta}`, 'agreed'],
    [`${spain} and ${malta}`, 'discussed'],
    ['Foreign Minister José Manuel Albares and Maltese Foreign Minister Evarist Bartolo', 'reviewed'],
    ['Foreign Minister José Manuel Albares and Maltese Foreign Minister Evarist Bartolo', 'signed'],
  ])('"%s %s …"', (subject, verb) => {
    expect(namesOf(lead(subject, verb))).toEqual([['José Manuel Albares', 'Evarist Bartolo']]);
  });

  it.each([
    ['two of one side', 'Spanish Foreign Minister José Manuel Albares and Spanish Defence Minister Margarita Robles', 'agreed'],
    ['people named without an office', 'José Manuel Albares and Evarist Bartolo', 'agreed'],
    ['one person', 'Foreign Minister José Manuel Albares', 'agreed'],
    ['no shared act', 'Foreign Minister José Manuel Albares and Maltese Foreign Minister Evarist Bartolo', 'are'],
  ])('not for %s', (_case, subject, verb) => {
    expect(draftOf(lead(subject, verb)).meetings).toEqual([]);
  });
});

describe('two offices no one holds together, as a subject, are the two sides', () => {
  const call = 'Prime Minister Justin Trudeau met with the President of the United States, Donald Trump, in London on 3 December 2019.';
  const speakerOf = (sentence: string) => {
    const meeting = draftOf(`${call} ${sentence}`).meetings[0]!;
    const statement = meeting.statements.find((s) => s.text === sentence);
    return statement?.kind === 'joint' ? 'joint' : meeting.participants.find((p) => p.key === statement?.speakerKey)?.name;
  };
  it.each([
    'The Prime Minister and President discussed the importance of the NATO Alliance.',
    'The Prime Minister and the President agreed to keep in touch.',
    'The President and Prime Minister agreed to keep in touch.',
  ])('%s', (sentence) => {
    expect(speakerOf(sentence)).toBe('joint');
  });

  it('"The Prime Minister and Minister of Foreign Affairs said …" is one person', () => {
    const text =
      'Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman Al Thani met Foreign Minister Penny Wong in Doha on 3 December 2023. The Prime Minister and Minister of Foreign Affairs stressed the importance of a ceasefire.';
    const meeting = draftOf(text).meetings[0]!;
    const statement = meeting.statements.find((s) => s.text.startsWith('The Prime Minister and Minister'));
    expect(meeting.participants.find((p) => p.key === statement?.speakerKey)?.name).toBe('Sheikh Mohammed bin Abdulrahman Al Thani');
  });
});

describe('a speaker, then a phrase of reply, then the speech verb', () => {
  it.each(['in response said', 'in reply said', 'in return said', 'for his part said'])('"Houenipwela %s …"', (phrase) => {
    const text = `Prime Minister Rick Houenipwela met Australian Prime Minister Scott Morrison in Canberra on 5 September 2018. Mr Morrison said the visit showed the closeness of the two countries. Houenipwela ${phrase} it is an honour to be the first foreign leader to visit.`;
    const meeting = draftOf(text).meetings[0]!;
    const statement = meeting.statements.find((s) => s.text.startsWith('Houenipwela'));
    expect(meeting.participants.find((p) => p.key === statement?.speakerKey)?.name).toBe('Rick Houenipwela');
  });
});

describe('a named event to come is an initiative', () => {
  it.each([
    ["Busan's bid to host the 2030 World Expo", '2030-world-expo'],
    ['the Cricket World Cup in 2007', 'cricket-world-cup'],
    ['the Asian Games', 'asian-games'],
    ['the Paris Olympics', 'paris-olympics'],
    ['the Thai Week Festival', 'thai-week-festival'],
  ])('"%s"', (event, slug) => {
    const text = `President Yoon Suk Yeol held talks with Mongolian Prime Minister Luvsannamsrai Oyun-Erdene in Seoul on 15 February 2023. The two leaders also discussed ${event}.`;
    expect(slugsOf(text)).toContain(slug);
  });
});

describe('blind set 32: lists of officials', () => {
  it.each([
    ['Members of the President Akufo-Addo’s delegation included', 'GH'],
    ['The Ghanaian delegation included', 'GH'],
  ])('"%s A; B" are of its country', (opening, code) => {
    const text = `Acting President Yemi Osinbajo received President Nana Akufo-Addo of Ghana in Abuja on 25 June 2017. ${opening} Minister of Foreign Affairs, Shirley Ayorkor Botchway; Minister of National Security, Albert Kan Dapaah; and officials of the Foreign Ministry.`;
    const people = draftOf(text, { publisher: 'Nigeria News Day' }).meetings[0]!.participants;
    expect(people.filter((p) => p.name !== 'Yemi Osinbajo').map((p) => [p.name, p.countryCode])).toEqual([
      ['Nana Akufo-Addo', 'GH'],
      ['Shirley Ayorkor Botchway', code],
      ['Albert Kan Dapaah', code],
    ]);
  });

  it.each([
    ['President of the Riigikogu Lauri Hussar', 'President of the Riigikogu', 'Lauri Hussar'],
    ['President of the European Council Charles Michel', 'President of the European Council', 'Charles Michel'],
  ])('"%s, Prime Minister Kaja Kallas …" is two people', (first, title, name) => {
    const text = `Visiting Estonia on 9 May 2024, Minister Radosław Sikorski met with ${first}, Prime Minister Kaja Kallas, and Minister of Defence Hanno Pevkur.`;
    const people = draftOf(text)
      .meetings.flatMap((m) => m.participants)
      .filter((p) => p.name !== 'Radosław Sikorski');
    expect(people.map((p) => [p.name, p.title])).toEqual([
      [name, title],
      ['Kaja Kallas', 'Prime Minister'],
      ['Hanno Pevkur', 'Minister of Defence'],
    ]);
  });

  it('"Minister of Foreign Affairs, Foreign Trade and Development of Canada, Chrystia Freeland" keeps its portfolios', () => {
    const text =
      'Foreign Minister Penny Wong met the Minister of Foreign Affairs, Foreign Trade and Development of Canada, Chrystia Freeland, in Ottawa on 3 May 2024.';
    const freeland = draftOf(text).meetings[0]!.participants.find((p) => p.name === 'Chrystia Freeland');
    expect(freeland?.title).toBe('Minister of Foreign Affairs, Foreign Trade and Development');
  });

  it.each(['‘Prachanda’', '“Prachanda”', '"Prachanda"'])(
    'a nickname %s after a name keeps the list going and is no initiative',
    (nickname) => {
      const text = `External Affairs Minister S Jaishankar on 10 June 2024 in New Delhi called on Nepal Prime Minister Pushpa Kamal Dahal ${nickname}, Mauritius Prime Minister Pravind Jugnauth and Bhutan PM Tshering Tobgay.`;
      const draft = draftOf(text);
      expect(draft.meetings.map((m) => m.participants.map((p) => p.name).filter((n) => n !== 'S Jaishankar'))).toEqual([
        ['Pushpa Kamal Dahal'],
        ['Pravind Jugnauth'],
        ['Tshering Tobgay'],
      ]);
      expect(draft.meetings.flatMap((m) => m.initiatives.map((i) => i.slug))).toEqual([]);
    },
  );
});

describe("the day a visit ended is not each meeting's, and a visit's country is no news after a city of it", () => {
  it.each([
    'today concluded a two-day visit to Viet Nam',
    'today wrapped up her visit to Viet Nam',
    'returned today from a visit to Viet Nam',
  ])('"%s"', (lead) => {
    const text = `Foreign Minister concludes visit\n\nCANBERRA, 8 November 2023 - Foreign Minister Penny Wong ${lead}.\n\nOn 7 November, Minister Wong met Foreign Minister Bui Thanh Son in Hanoi. They discussed trade.\n\nMinister Wong also called on Prime Minister Pham Minh Chinh. Prime Minister Chinh welcomed Australia's support.`;
    const meetings = draftOf(text, { publishedAt: null }).meetings;
    expect(meetings.map((m) => [m.date, m.city, m.countryCode])).toEqual([
      ['2023-11-07', 'Hanoi', 'VN'],
      ['2023-11-07', 'Hanoi', 'VN'],
    ]);
  });

  it('a series held on the day the lead gives keeps that day', () => {
    const text = `CAIRO, 8 November 2023 - Foreign Minister Sameh Shoukry today held a series of talks on the sidelines of the Cairo conference.\n\nShoukry met Foreign Minister Ayman Safadi of Jordan. Shoukry also met Foreign Minister Fuad Hussein of Iraq.`;
    expect(draftOf(text, { publishedAt: null }).meetings.map((m) => m.date)).toEqual(['2023-11-08', '2023-11-08']);
  });
});
