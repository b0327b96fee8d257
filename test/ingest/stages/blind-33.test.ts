import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { defaultInitiatives } from '../../../src/ingest/lexicon/initiative-catalog.js';
import { findDates } from '../../../src/ingest/recognize/dates.js';

// Classes found while tuning on blind sets 32 and 33 (the session of blind set 33), each written as the class with its
// variants and, where a neighbouring case must not change, that case.

const base: ExtractOptions = { initiatives: defaultInitiatives, people: [], publishedAt: '2014-10-21' };
const draftOf = (text: string, options: Partial<ExtractOptions> = {}) => extractReadout(text, { ...base, ...options });

describe('where and when someone is invited to is not the meeting’s place or date', () => {
  it.each([
    'also invites President Jokowi to present at the G-20 meeting in Brisbane, Australia, in November 2014',
    'invited the President to attend the summit in Brisbane, Australia, in November 2014',
    'invited him to visit Brisbane, Australia, in November 2014',
    'is inviting the President to take part in the forum in Brisbane, Australia, in November 2014',
  ])('"%s"', (invitation) => {
    const text = `President Joko Widodo received Prime Minister Tony Abbott.\n\nPrime Minister Abbott ${invitation}. They discussed trade.`;
    const [meeting] = draftOf(text, { publishedAt: null }).meetings;
    expect(meeting?.city).toBeNull();
    expect(meeting?.date).toBeNull();
  });

  it('a meeting held in a city the same sentence names is still there', () => {
    const text = 'President Joko Widodo received Prime Minister Tony Abbott in Brisbane, Australia, on 20 October 2014.';
    const [meeting] = draftOf(text).meetings;
    expect([meeting?.city, meeting?.date]).toEqual(['Brisbane', '2014-10-20']);
  });
});

describe('a group someone received, illustrated by "among them", is each of its members met in turn', () => {
  it.each([
    'receives guests of states, among them are',
    'received foreign leaders, among them',
    'received several guests, among whom were',
    'received several foreign guests, including',
  ])('"%s A and B"', (phrase) => {
    const text = `President Joko Widodo ${phrase} the Prime Minister of Australia Tony Abbott and the Prime Minister of Malaysia Najib Razak, at Istana Merdeka, Jakarta, on Monday.`;
    const meetings = draftOf(text).meetings;
    expect(meetings.map((m) => m.participants.map((p) => p.name))).toEqual([
      ['Joko Widodo', 'Tony Abbott'],
      ['Joko Widodo', 'Najib Razak'],
    ]);
  });
});

describe('a name after "at" that a large city follows is a venue in that city', () => {
  it.each([
    ['at Istana Merdeka, Jakarta', 'Jakarta'],
    ['at Villa Madama, Rome', 'Rome'],
    ['at the Akasaka Palace, Tokyo', 'Tokyo'],
    ['at Bayan Palace, Kuwait City', 'Kuwait City'],
  ])('"%s"', (venue, city) => {
    const [meeting] = draftOf(`President Joko Widodo received Prime Minister Tony Abbott ${venue} on Monday.`).meetings;
    expect(meeting?.city).toBe(city);
  });

  it('"at the invitation of X, Y" is no venue', () => {
    const [meeting] = draftOf(
      'President Joko Widodo received Prime Minister Tony Abbott at the invitation of Jakarta, on Monday.',
    ).meetings;
    expect(meeting?.city).toBeNull();
  });
});

describe('a weekday and its day in brackets are one date', () => {
  it.each([
    ['on Monday (20/10)', 10, 20, 1],
    ['Monday (20/10/2014)', 10, 20, 1],
    ['on Tuesday (7/5)', 5, 7, 2],
  ])('"%s"', (printed, month, day, weekday) => {
    const text = `The President received guests ${printed}.`;
    const dates = findDates(text, 0, text.length);
    expect(dates).toHaveLength(1);
    expect(dates[0]).toMatchObject({ month, day, weekday });
  });

  it('a page that prints no date of its own takes the year in which that day is that weekday', () => {
    const text =
      'President Joko Widodo received Prime Minister Tony Abbott at Istana Merdeka, Jakarta, on Monday (20/10). Abbott invited him to the G-20 meeting in November 2014.';
    expect(draftOf(text, { publishedAt: null }).meetings[0]?.date).toBe('2014-10-20');
  });
});

describe('another name in brackets or quotes after a name is the same person', () => {
  it.each([
    ['President Joko Widodo (Jokowi)', 'President Jokowi', 'Joko Widodo'],
    ['Prime Minister Pushpa Kamal Dahal ‘Prachanda’', 'Prime Minister Prachanda', 'Pushpa Kamal Dahal'],
    ['President Ferdinand Marcos (Bongbong)', 'President Bongbong', 'Ferdinand Marcos'],
  ])('"%s" … "%s said"', (first, later, name) => {
    const text = `${first} received Prime Minister Tony Abbott in Jakarta on Monday.\n\n${later} said the two countries were close friends.`;
    const [meeting] = draftOf(text).meetings;
    expect(meeting?.participants.map((p) => p.name)).toEqual([name, 'Tony Abbott']);
    expect(meeting?.statements.find((s) => s.kind === 'reported')?.speakerKey).toBe(meeting?.participants[0]?.key);
  });

  it.each([
    ['Myint Swe (Myanmar)', 'Myint Swe'],
    ['Ahmed Musa (Chairman)', 'Ahmed Musa'],
  ])('not a country or an office in brackets: "%s"', (printed, name) => {
    const text = `President Joko Widodo received ${printed} in Jakarta on Monday. Myanmar and the Chairman were not mentioned again.`;
    const names = draftOf(text).meetings[0]?.participants.map((p) => p.name);
    expect(names).toContain(name);
    expect(names).not.toContain('Myanmar');
  });

  it('a list goes on after a bracketed other name', () => {
    const text =
      'Minister Jaishankar also called on Nepal Prime Minister Pushpa Kamal Dahal (Prachanda), Mauritius Prime Minister Pravind Jugnauth and Bhutan PM Tshering Tobgay in New Delhi on Monday.';
    expect(draftOf(text).meetings.map((m) => m.participants[1]?.name)).toEqual([
      'Pushpa Kamal Dahal',
      'Pravind Jugnauth',
      'Tshering Tobgay',
    ]);
  });
});

describe('a phone as a device is no call', () => {
  it.each(['takes a photo of himself by cell phone', 'showed him pictures on his mobile phone', 'shared his phone number'])(
    '"%s"',
    (device) => {
      const text = `President Joko Widodo received Prime Minister Najib Razak at Istana Merdeka, Jakarta, on Monday. Najib ${device}.`;
      expect(draftOf(text).meetings[0]?.kind).toBe('meeting');
    },
  );

  it.each(['held a telephone conversation with', 'spoke by phone with', 'phoned'])('"%s" still is', (phrase) => {
    expect(draftOf(`President Joko Widodo ${phrase} Prime Minister Najib Razak on Monday.`).meetings[0]?.kind).toBe('phone_call');
  });
});

describe('a cookie-consent banner above the article is page furniture', () => {
  const banner = [
    'Customize Consent Preferences',
    'We use cookies to help you navigate efficiently and perform certain functions.',
    'The cookies that are categorized as "Necessary" are stored on your browser as they are essential for enabling the basic functionalities of the site.',
    'Always Active',
    'Necessary cookies are required to enable the basic features of this site.',
    'No cookies to display.',
    'Advertisement cookies are used to provide visitors with customized advertisements based on the pages you visited previously.',
  ];
  it.each(banner.map((line) => [line]))('"%s"', (line) => {
    const text = `${line}\n\nMasisi pays Geingob courtesy call in New York\n\nBotswana’s president, Mokgweetsi Masisi, yesterday paid a courtesy call on Namibia’s President, Hage Geingob, in New York.`;
    const draft = draftOf(text);
    expect(draft.meetings[0]?.title).toBe('Masisi pays Geingob courtesy call in New York');
    expect(draft.meetings[0]?.initiatives).toEqual([]);
  });
});

describe('a sentence opener or a programme’s head word alone is no initiative', () => {
  it.each([
    'According to the Presidency’s Facebook page, Masisi said the meeting was useful.',
    'According to the Summit’s organisers, Masisi said the meeting was useful.',
    'Masisi said the Presidency would publish a statement.',
  ])('"%s"', (sentence) => {
    const text = `Botswana’s President Mokgweetsi Masisi met Namibia’s President Hage Geingob in New York on Monday. ${sentence}`;
    expect(draftOf(text).meetings[0]?.initiatives.map((i) => i.slug)).toEqual([]);
  });

  it('a named programme still is', () => {
    const text =
      'Botswana’s President Mokgweetsi Masisi met Namibia’s President Hage Geingob in New York on Monday. They discussed the Trans-Kalahari Corridor Programme.';
    expect(draftOf(text).meetings[0]?.initiatives.map((i) => i.slug)).toContain('trans-kalahari-corridor-programme');
  });
});

describe('a meeting given as a cause, or as the latest, is recalled, not reported', () => {
  it.each([
    'relations had gained new impetus thanks to the latest meeting between President János Áder and President Ivan Gašparovič',
    'relations had improved owing to the meeting between President János Áder and President Ivan Gašparovič',
    'the latest meeting between President János Áder and President Ivan Gašparovič had helped',
  ])('"%s"', (clause) => {
    const text = `On Tuesday, Foreign Minister János Martonyi received Slovak Foreign Minister Miroslav Lajčák in Budapest.\n\nThe two foreign ministers agreed that ${clause}.`;
    expect(draftOf(text).meetings.map((m) => m.participants.map((p) => p.name))).toEqual([['János Martonyi', 'Miroslav Lajčák']]);
  });
});

describe('a ministry department named after an organisation is no membership of it', () => {
  it.each([
    'Head of the GCC and Regional Neighbourliness Department',
    'Director of the ASEAN Division',
    'Head of the African Union Directorate',
  ])('"%s"', (title) => {
    const text = `Kuwait’s Crown Prince Sheikh Sabah Khalid Al Sabah received Oman's Foreign Minister Sayyid Badr Al Busaidi at Bayan Palace today. The meeting was attended by Sheikh Ahmed Al Maskari, ${title}, and Oman's Ambassador Saleh Al Kharousi.`;
    const [meeting] = draftOf(text, { publishedAt: '2024-10-31' }).meetings;
    expect(meeting?.kind).toBe('meeting');
    expect(meeting?.participants.find((p) => p.name === 'Sheikh Ahmed Al Maskari')?.organization).toBeNull();
  });

  it('the head of the organisation itself still is of it', () => {
    const text =
      'Kuwait’s Crown Prince Sheikh Sabah Khalid Al Sabah received Jasem Albudaiwi, Secretary-General of the GCC, at Bayan Palace today.';
    const [meeting] = draftOf(text, { publishedAt: '2024-10-31' }).meetings;
    expect(meeting?.participants.find((p) => p.name === 'Jasem Albudaiwi')?.organization).toBe('Gulf Cooperation Council');
  });
});

describe("a city in another country than the one the meeting's sentence names is not where it was", () => {
  it.each(['Uganda’s High Commissioner to Addis Ababa Rebecca Otengo', 'the Ambassador to Addis Ababa Rebecca Otengo'])('"%s"', (envoy) => {
    const text = `KAMPALA – President Yoweri Museveni held a meeting with Prime Minister Abiy Ahmed Ali of Ethiopia who is in Uganda on a working visit.\n\nThe meeting was also attended by ${envoy}.`;
    const [meeting] = draftOf(text).meetings;
    expect([meeting?.city, meeting?.countryCode]).toEqual(['Kampala', 'UG']);
  });

  it('an envoy\'s post is no country of the meeting: "Ambassador to Ethiopia"', () => {
    const text =
      'Foreign Minister Sheikh Abdullah bin Zayed received Mahmoud Ali Youssouf in Abu Dhabi on Monday, with Mohamed Al Rashdi, Ambassador to Ethiopia.';
    expect(draftOf(text).meetings[0]?.city).toBe('Abu Dhabi');
  });
});

describe("a dateline after an agency's initials, its dash glued to the lead, dates the readout", () => {
  it.each([
    ['AKP Phnom Penh, December 06, 2018 -Cambodian', 'Phnom Penh'],
    ['VNA Phnom Penh, December 06, 2018 - Cambodian', 'Phnom Penh'],
    ['Phnom Penh, December 06, 2018 -Cambodian', 'Phnom Penh'],
  ])('"%s …"', (opening) => {
    const text = `${opening} Prime Minister Hun Sen paid a courtesy call on Lao President Bounnhang Vorachith in Vientiane yesterday afternoon.`;
    const [meeting] = draftOf(text, { publishedAt: null }).meetings;
    expect([meeting?.date, meeting?.dateBasis]).toEqual(['2018-12-05', 'relative']);
  });

  it('initials that open a sentence without a place are no dateline: "US President …"', () => {
    const text = 'US President Joe Biden met Prime Minister Fumio Kishida in Washington on 10 April 2024.';
    expect(draftOf(text).meetings[0]?.date).toBe('2024-04-10');
  });
});

describe('"According to X, …, Y said": the clause with a speaker of its own says who spoke', () => {
  it.each([
    'According to H.E. Kao Kim Hourn, Minister Attached to the Prime Minister, in the courtesy meeting, H.E. Bounnhang Vorachith congratulated',
    'According to Minister Kao Kim Hourn, President Bounnhang Vorachith congratulated',
    'According to Kao Kim Hourn, during the meeting, President Bounnhang Vorachith congratulated',
  ])('"%s …"', (opening) => {
    const text = `Prime Minister Hun Sen paid a courtesy call on Lao President Bounnhang Vorachith in Vientiane on 5 December 2018.\n\n${opening} the ruling party on its victory.`;
    const [meeting] = draftOf(text).meetings;
    const speaker = meeting?.participants.find((p) => p.key === meeting.statements.find((s) => s.kind === 'reported')?.speakerKey);
    expect(speaker?.name).toBe('Bounnhang Vorachith');
  });

  it('"According to X, the ties are strong": X is the speaker when no one else is', () => {
    const text =
      'Prime Minister Hun Sen paid a courtesy call on Lao President Bounnhang Vorachith in Vientiane on 5 December 2018.\n\nAccording to President Bounnhang Vorachith, the ties between the two nations are strong.';
    const [meeting] = draftOf(text).meetings;
    const speaker = meeting?.participants.find((p) => p.key === meeting.statements.find((s) => s.kind === 'reported')?.speakerKey);
    expect(speaker?.name).toBe('Bounnhang Vorachith');
  });
});

describe("a name whose given name is the other's father's is another person", () => {
  it.each([
    ['Saudi King Salman bin Abdulaziz Al-Saud', 'Crown Prince Mohammad bin Salman bin Abdulaziz Al-Saud', 'Salman bin Abdulaziz Al-Saud'],
    ['Sheikh Mohammed bin Rashid Al Maktoum', 'Sheikh Hamdan bin Mohammed bin Rashid Al Maktoum', 'Mohammed bin Rashid Al Maktoum'],
    ['Emir Tamim bin Hamad Al Thani', 'Sheikh Hamad bin Tamim Al Thani', 'Tamim bin Hamad Al Thani'],
  ])('"%s" and "%s"', (father, son, fatherName) => {
    const text = `Sheikh Nawaf Al-Ahmad Al-Sabah received on Tuesday a phone call from ${father}.\n\nSheikh Nawaf Al-Ahmad Al-Sabah also received a phone call from ${son}.`;
    const people = draftOf(text, { publishedAt: '2020-12-16' }).meetings.flatMap((m) => m.participants.map((p) => p.name));
    expect(people.some((name) => name.endsWith(fatherName))).toBe(true);
    expect(new Set(people).size).toBe(3);
  });

  it('a family name alone is still the person: "Dr Chambas" is Mohamed Ibn Chambas', () => {
    const text =
      'Minister Yeo met Secretary General of the ACP Group Dr Mohamed Ibn Chambas in New York on 21 September 2010. Minister Yeo and Dr Chambas discussed Africa.';
    expect(draftOf(text).meetings.map((m) => m.participants.map((p) => p.name))).toEqual([['Yeo', 'Mohamed Ibn Chambas']]);
  });
});

describe('"calls on" in the present tense is a call paid', () => {
  it.each(['calls on', 'called on'])('"Foreign Minister Khadka %s the Prime Minister of Sri Lanka"', (verb) => {
    const text = `Meanwhile, Foreign Minister Narayan Khadka ${verb} the Prime Minister of Sri Lanka Mahinda Rajapaksa in Colombo on 29 March 2022.`;
    expect(draftOf(text).meetings.map((m) => m.participants.map((p) => p.name).sort())).toEqual([['Mahinda Rajapaksa', 'Narayan Khadka']]);
  });

  it('"calls on the international community" is no meeting', () => {
    const text =
      'Foreign Minister Narayan Khadka met Foreign Minister S Jaishankar in Colombo on 29 March 2022. Khadka calls on the international community to help.';
    expect(draftOf(text).meetings).toHaveLength(1);
  });

  it('a headline\'s "Ambassador To Nepal" is the ambassador the body names', () => {
    const text =
      "Chinese Ambassador To Nepal Calls On Prime Minister Prachanda\n\nNewly appointed Chinese Ambassador to Nepal, Chen Song paid a courtesy call on Prime Minister Pushpa Kamal Dahal 'Prachanda' today.";
    const [meeting, ...more] = draftOf(text).meetings;
    expect(more).toEqual([]);
    expect(meeting?.participants).toHaveLength(2);
    expect(meeting?.participants.map((p) => p.name)).toContain('Chen Song');
  });
});

describe("a photographer's credit under a caption is no one in the readout (blind set 34)", () => {
  it.each([
    'upon arriving at Hamad International Airport in Doha. Mohamed Al Hammadi / Presidential Court',
    'upon arriving in Doha. Photo: Mohamed Al Hammadi',
    'upon arriving in Doha (Photo by Mohamed Al Hammadi)',
  ])('"%s"', (caption) => {
    const text = `President Sheikh Mohamed and Sheikh Tamim, the Emir of Qatar, reviewed ties during a phone call on Friday.\n\nPresident Sheikh Mohamed is received by Sheikh Tamim ${caption}\n`;
    const names = draftOf(text, { publishedAt: '2022-12-30' }).meetings.flatMap((m) => m.participants.map((p) => p.name));
    expect(names).not.toContain('Mohamed Al Hammadi');
  });

  it('a name and a title separated by a slash in a list is still a person: "Immaculate Wambua, Director Americas/Kenya"', () => {
    const text =
      'Cabinet Secretary Raychelle Omamo met Assistant Secretary Tibor Nagy in Nairobi on 5 May 2021. Also present were Ambassador Makila James and Immaculate Wambua, Director Americas/Kenya among others.';
    expect(draftOf(text).meetings[0]?.participants.map((p) => p.name)).toContain('Immaculate Wambua');
  });
});

describe("a legislator's style does not replace the office printed before it (blind set 34)", () => {
  it.each(['Senator Wong', 'Congresswoman Wong', 'Hon. Wong'])('"%s also conveyed greetings"', (later) => {
    const text = `Prime Minister Anwar Ibrahim received Australian Foreign Minister Penny Wong in Putrajaya today. ${later} also conveyed greetings.`;
    const wong = draftOf(text, { publishedAt: '2023-02-27' }).meetings[0]?.participants.find((p) => p.name === 'Penny Wong');
    expect(wong?.title).toBe('Foreign Minister');
  });
});

describe('meetings in the plural, then "including" the people met (blind set 34)', () => {
  it.each([
    [
      'held bilateral meetings on the sidelines of the General Affairs Council, including with',
      'Foreign Minister Luis Amado of Portugal and Foreign Minister Carl Bildt of Sweden',
      ['Luis Amado', 'Carl Bildt'],
    ],
    [
      'had a series of meetings on the sidelines of the General Affairs Council, including',
      'her counterparts of Portugal, Finland and Sweden',
      ['Counterpart (PT)', 'Counterpart (FI)', 'Counterpart (SE)'],
    ],
    ['held several meetings in Brussels, including with', 'Foreign Minister Luis Amado of Portugal', ['Luis Amado']],
  ])('"%s %s"', (phrase, objects, met) => {
    const text = `In Brussels, Foreign Minister Erato Kozakou Markoulli ${phrase} ${objects}, with whom she discussed the Cyprus problem.`;
    expect(draftOf(text, { publishedAt: '2007-07-24' }).meetings.map((m) => m.participants[1]?.name)).toEqual(met);
  });

  it('"including" after something else than meetings is no list of people met', () => {
    const text =
      'Foreign Minister Erato Kozakou Markoulli met Foreign Minister Dimitrij Rupel in Brussels on 24 July 2007. They discussed several issues, including the Cyprus problem.';
    expect(draftOf(text).meetings).toHaveLength(1);
  });
});

describe('a long apposition of offices between a speaker and the speech verb (trial finding: Xinhua leads)', () => {
  it.each([
    'Wang, also a member of the Political Bureau of the Communist Party of China Central Committee and director of the Office of the Central Foreign Affairs Commission, noted that relations have stabilised.',
    'Wang, who is also a member of the Political Bureau of the CPC Central Committee, stressed that relations have stabilised.',
    'Wang, concurrently director of the Office of the Central Foreign Affairs Commission, said relations have stabilised.',
  ])('"%s"', (sentence) => {
    const text = `Chinese Foreign Minister Wang Yi held a phone conversation with U.S. Secretary of State Antony Blinken on Saturday.\n\n${sentence}\n\nBlinken said the United States was willing to keep talking.`;
    const [meeting] = draftOf(text, { publishedAt: '2023-10-14' }).meetings;
    const speakers = meeting?.statements
      .filter((s) => s.kind === 'reported')
      .map((s) => meeting.participants.find((p) => p.key === s.speakerKey)?.name);
    expect(speakers).toEqual(['Wang Yi', 'Antony Blinken']);
  });
});

describe('an Australian or British style before a name: "Senator the Hon.", "the Rt Hon" (trial finding)', () => {
  it.each([
    ['Senator the Hon. Marise Payne, Minister for Foreign Affairs of Australia', 'Minister for Foreign Affairs'],
    ['Senator the Hon Marise Payne, Minister for Foreign Affairs of Australia', 'Minister for Foreign Affairs'],
    ['Senator Marise Payne, Minister for Foreign Affairs of Australia', 'Minister for Foreign Affairs'],
    ['Australian Foreign Minister Senator the Hon. Marise Payne', 'Foreign Minister'],
    ['the Hon. Marise Payne, Minister for Foreign Affairs of Australia', 'Minister for Foreign Affairs'],
  ])('"%s"', (printed, title) => {
    const text = `Minister for Foreign Affairs Yoshimasa Hayashi held a telephone talk with ${printed} on April 28.`;
    const payne = draftOf(text, { publishedAt: '2022-04-28' }).meetings[0]?.participants.find((p) => p.name === 'Marise Payne');
    expect([payne?.title, payne?.countryCode]).toEqual([title, 'AU']);
  });

  it('"the Rt Hon David Lammy, Foreign Secretary"', () => {
    const text =
      'Minister Yoshimasa Hayashi held a telephone talk with the Rt Hon David Lammy, Foreign Secretary of the United Kingdom, on 28 April 2024.';
    expect(draftOf(text).meetings[0]?.participants.map((p) => p.name)).toContain('David Lammy');
  });
});

describe('who reports the meeting in the tag of its sentence is not at it (blind set 34)', () => {
  it.each(['said', 'disclosed on Tuesday', 'told reporters', 'added'])('"…, Egyptian Foreign Minister Ahmed Abul-Gheit %s."', (tag) => {
    const text = `Cairo : Egyptian President Hosni Mubarak held talks here with visiting Israeli Defence Minister Ehud Barak on the peace talks, Egyptian Foreign Minister Ahmed Abul-Gheit ${tag}.\n\n“The talks focused on the release of prisoners,” Abul-Gheit disclosed.`;
    expect(draftOf(text, { publishedAt: '2008-08-27' }).meetings[0]?.participants.map((p) => p.name)).toEqual([
      'Hosni Mubarak',
      'Ehud Barak',
    ]);
  });

  it('one who says they accompanied is there: "after accompanying President Joko Widodo, Minister Retno said"', () => {
    const text =
      'Indonesian President Joko Widodo received ASEAN Secretary General Lim Jock Hoi at the Merdeka Palace in Jakarta on Friday, Foreign Minister Retno Marsudi said.\n\nWhen delivering her statement after accompanying President Joko Widodo, Minister Retno said that the visit was to express gratitude.';
    expect(draftOf(text, { publishedAt: '2022-12-30' }).meetings[0]?.participants.map((p) => p.name)).toContain('Retno Marsudi');
  });
});

describe('an office in lower case before the next name keeps a list of people met going (blind set 34)', () => {
  it.each([
    ['intelligence chief Omar Suleiman', 'Omar Suleiman'],
    ['national security adviser Omar Suleiman', 'Omar Suleiman'],
    ['army chief Omar Suleiman', 'Omar Suleiman'],
  ])('"met his Egyptian counterpart, Mohammad Hussein Tantawi, %s and Abul-Gheit"', (office, name) => {
    const text = `Egyptian Foreign Minister Ahmed Abul-Gheit received Israeli Defence Minister Ehud Barak in Cairo on 26 August 2008.\n\nThe Israeli defence minister met also with his Egyptian counterpart, Mohammad Hussein Tantawi, ${office} and Abul-Gheit.`;
    const names = draftOf(text).meetings.flatMap((m) => m.participants.map((p) => p.name));
    expect(names).toContain(name);
  });
});

describe('a delegation met, then its members by name (blind set 35)', () => {
  it.each([
    'met with the Maldivian delegation in Sri Lanka, Minister of Foreign Affairs, Hon. Dunya Maumoon',
    'met with the Maldivian delegation, Minister of Foreign Affairs Dunya Maumoon',
    'met with a delegation of the Maldives, Minister of Foreign Affairs Dunya Maumoon',
  ])('"President Sirisena %s"', (phrase) => {
    const text = `President Maithripala Sirisena ${phrase} in Colombo on 10 January 2015. They discussed relations.`;
    expect(draftOf(text).meetings[0]?.participants.map((p) => p.name)).toContain('Dunya Maumoon');
  });
});

describe('an article of one long paragraph, printed again below and cut there, is read from its first copy (blind set 35)', () => {
  it('the speakers of the first copy are the meeting’s', () => {
    const article =
      'YEREVAN, SEPTEMBER 7, NOYAN TAPAN. The issues on the agenda of bilateral relations were discussed at the meeting of RA President Serzh Sargsyan and Minister of Foreign Affairs of Georgia Grigol Vashadze on September 5. The sides noted that there are no problems between the two countries which cannot be solved by joint discussions and dialogue. At the meeting they particularly spoke about the tariffs for cargo transportation through the territory of Georgia and the demarcation of the border. They also touched upon several problems of the Armenian population in Georgia. G. Vashadze said that Georgia regards with respect and attention all ideas voiced in connection with the problems and is ready to discuss them seriously. Presenting the position of his country, G. Vashadze said that open borders and normalization of relations will be favorable for the development of the region and for investments in it. According to the RA President’s Press Office, the interlocutors also exchanged opinions about the anti-crisis measures undertaken by the two countries.';
    const text = `THERE ARE NO PROBLEMS BETWEEN ARMENIA AND GEORGIA\n\n${article}\n\nNOYAN TAPAN\n\n${article.slice(0, 260)}`;
    const [meeting] = draftOf(text, { publishedAt: '2009-09-07' }).meetings;
    const speakers = meeting?.statements
      .filter((s) => s.kind === 'reported')
      .map((s) => meeting.participants.find((p) => p.key === s.speakerKey)?.name);
    expect(speakers).toContain('Grigol Vashadze');
  });
});
