import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

// Classes found on blind set 29 after its first run, each written as the class with its variants (and, where a
// variant must not change, the one that must not).

const base: ExtractOptions = { initiatives: [], people: [], publishedAt: '2024-06-12' };
const dateOf = (text: string) => extractReadout(text, base).meetings[0]?.date ?? null;
const call =
  'the Minister of Foreign Affairs of Uzbekistan Bakhtiyor Saidov held a telephone conversation with the Minister of Foreign Affairs of Mongolia Battsetseg Batmunkh.';

describe('the words before a date are read within its own line', () => {
  it.each([
    ['FMs of Uzbekistan and Mongolia discuss agenda of upcoming bilateral meetings', '2024-06-11'],
    ['Ministers to discuss the next meetings', '2024-06-11'],
    ['Talks ahead of', '2024-06-11'],
  ])('a headline ending "%s" does not put the next line\'s "Yesterday" in the future', (headline, date) => {
    expect(dateOf(`${headline}\nYesterday, ${call}`)).toBe(date);
  });

  it('within a line, "ahead of upcoming" still marks a date to come', () => {
    expect(dateOf(`Saidov held a telephone conversation with Batmunkh ahead of the upcoming 14 June 2024 summit.\n`)).toBeNull();
  });
});

describe("a date in a sentence that tells the reader to recall an earlier meeting is not this meeting's", () => {
  const negotiations = 'negotiations with the Minister of Foreign Affairs of Mongolia Battsetseg Batmunkh in the city of Tashkent';
  it.each([
    `It should be recalled that on March 8, 2023, after ${negotiations}, the minister wrote: “We welcome the decision.”`,
    `It is worth recalling that on March 8, 2023, Saidov held ${negotiations}.`,
    `As a reminder, on March 8, 2023, Saidov held ${negotiations}.`,
    `Saidov recalled that on March 8, 2023, he held ${negotiations}.`,
  ])('%s', (recall) => {
    // The call itself is not dated: the recalled day must not become its date.
    expect(dateOf(`Uzbek and Mongolian ministers talk\nRecently, ${call}\n\n${recall}`)).toBeNull();
  });

  it('a date printed with the meeting itself is still its date', () => {
    expect(dateOf(`Uzbek and Mongolian ministers talk\nOn June 10, 2024, ${call}`)).toBe('2024-06-10');
  });
});

describe('envoys of a credentials ceremony named later as those who presented them: a meeting each', () => {
  const meetingsOf = (text: string) => extractReadout(text, base).meetings.map((m) => m.participants.map((p) => p.name).sort());
  const lead = 'President Mwai Kibaki on Monday received credentials from five diplomats accredited to Kenya.\n\n';
  it.each([
    [
      'one sentence each, and a list with countries in brackets',
      'The first to present her credentials was Angelina Chogo Wapakabulo, High Commissioner-Designate of the Republic of Uganda.\n\nAlso to present her credentials was Margit Hellwig-Boette, Ambassador-Designate of the Federal Republic of Germany.\n\nOthers who presented their credentials were Zdravko Bisic (the Republic of Serbia), Ann Dismorr (Sweden) and Christian Hasenbiehler (Austria).',
      ['Angelina Chogo Wapakabulo', 'Margit Hellwig-Boette', 'Zdravko Bisic', 'Ann Dismorr', 'Christian Hasenbiehler'],
    ],
    [
      'letters of credence, a list after the verb',
      'Presenting their letters of credence were Khaled Shamaa, ambassador of Egypt, and Masaya Fujiwara, ambassador of Japan.',
      ['Khaled Shamaa', 'Masaya Fujiwara'],
    ],
    [
      'handed over',
      'The first to hand over his credentials was Zvi Tal, Ambassador of Israel. Also to hand over her credentials was Terezia Sajgalikova, Ambassador of Slovakia.',
      ['Zvi Tal', 'Terezia Sajgalikova'],
    ],
  ])('%s', (_, rest, envoys) => {
    const meetings = meetingsOf(`${lead}${rest}`);
    for (const envoy of envoys) expect(meetings.some((people) => people.includes(envoy) && people.includes('Mwai Kibaki'))).toBe(true);
    expect(meetings.length).toBeGreaterThanOrEqual(envoys.length);
  });

  it('an envoy of the ceremony named only as speaking, between those who presented them, gets a meeting too', () => {
    const meetings = meetingsOf(
      `${lead}The first to present her credentials was Angelina Chogo Wapakabulo, High Commissioner-Designate of the Republic of Uganda.\n\nAmbassador-Designate Domingo D. Lucenario of the Republic of Philippines pledged to further cement the existing bilateral ties.\n\nAlso to present her credentials was Margit Hellwig-Boette, Ambassador-Designate of the Federal Republic of Germany.`,
    );
    expect(meetings).toContainEqual(['Domingo D. Lucenario', 'Mwai Kibaki']);
    expect(meetings.filter((people) => people.includes('Domingo D. Lucenario'))).toHaveLength(1);
  });

  it('one envoy who presented credentials to the President is one meeting, as before', () => {
    expect(meetingsOf('Ambassador Zvi Tal of Israel presented his credentials to President Mwai Kibaki on Monday.')).toEqual([
      ['Mwai Kibaki', 'Zvi Tal'],
    ]);
  });
});

describe('"… and National Community Abroad" is part of a title (Algeria\'s foreign minister)', () => {
  const draftOf = (text: string) => extractReadout(text, base);
  it.each([
    'Minister of Foreign Affairs and National Community Abroad Ramtane Lamamra received the Ambassador of Japan, Kiyoshi Koinuma.',
    'ALGIERS – Minister of Foreign Affairs and the National Community Abroad, Ramtane Lamamra, received the Ambassador of Japan, Kiyoshi Koinuma.',
  ])('%s', (text) => {
    const people = draftOf(text).meetings[0]?.participants ?? [];
    expect(people.map((p) => p.name).sort()).toEqual(['Kiyoshi Koinuma', 'Ramtane Lamamra']);
    expect(people.find((p) => p.name === 'Ramtane Lamamra')?.title).toMatch(
      /^Minister of Foreign Affairs and (?:the )?National Community Abroad$/,
    );
  });

  it('"the Andean Community (CAN) General Secretary" keeps its title as before', () => {
    const people = draftOf("Andean Community (CAN) General Secretary Jorge Pedraza met Peru's Foreign Minister Nestor Popolizio.")
      .meetings[0]?.participants;
    expect(people?.find((p) => p.name === 'Jorge Pedraza')?.title).toBe('General Secretary');
  });

  it('thirteen counterparts named by country after "bilateral talks and meetings with several of his counterparts": thirteen meetings', () => {
    const text =
      'ALGIERS – Wednesday, 15 February 2023 (APS) – Minister of Foreign Affairs and National Community Abroad Ramtane Lamamra is taking part in the African Union Executive Council in Addis Ababa.\n\n' +
      'On the sidelines of his participation in these works, Lamamra had bilateral talks and meetings with several of his counterparts, “including Senegal’s Foreign minister, current president of the Executive Council, as well as Foreign ministers of Libya, Congo, Togo, Angola, Saudi Arabia, Cameroon, Ethiopia, Egypt, Kenya, Mauritania, Somalia and Sierra Leone,” said the source.';
    const meetings = draftOf(text).meetings;
    expect(meetings).toHaveLength(13);
    for (const meeting of meetings) expect(meeting.participants.map((p) => p.name)).toContain('Ramtane Lamamra');
  });
});

describe('the place of a lead that names no counterpart holds for each meeting told after it', () => {
  const draftOf = (text: string) => extractReadout(text, base);
  it.each([
    ['State House, Entebbe', 'Entebbe'],
    ['the Presidential Palace in Kampala', 'Kampala'],
  ])('received credentials at %s from six envoys, named in the next sentence', (venue, city) => {
    const text =
      `President Yoweri Kaguta Museveni on Tuesday at ${venue} received credentials from six envoys recently posted to Uganda.\n\n` +
      'The President received credentials from Ambassadors Muhammad Hassan Wazir (Pakistan), Ahmed Ibrahim Ahmed Awadelseed (Sudan), Maj. Gen.(Rtd) George Aggrey Awinow (Kenya), Ismail Ayobami Alatise (Nigeria), Nguyen Nam Tien(Vietnam) and the new High Commissioner of the Republic of Ghana to Uganda H.E Damptey Bediako Asare.';
    const meetings = draftOf(text).meetings.filter((meeting) => meeting.participants.length >= 2);
    expect(meetings.length).toBeGreaterThanOrEqual(5);
    for (const meeting of meetings) expect(meeting.city).toBe(city);
  });

  it('a call of two named sides is no setting for a meeting told after it', () => {
    const text =
      'President Sarkozy and British Prime Minister David Cameron had a telephone conversation this evening to discuss the situation in Libya.\n\nPresident Sarkozy also had a meeting in the evening with Mr Ban Ki-moon in Paris.';
    const ban = draftOf(text).meetings.find((m) => m.participants.some((p) => p.name.includes('Ban Ki-moon')));
    expect(ban?.kind).not.toBe('phone_call');
  });
});

describe('a capitalised name broken after its hyphen by a space is one name', () => {
  it.each([
    ['Natalie Campbell- Rodriques', 'Natalie Campbell- Rodriques'],
    ['Natalie Campbell-Rodriques', 'Natalie Campbell-Rodriques'],
  ])('"%s, High Commissioner of Jamaica, presented her Letter of Introduction …"', (printed, name) => {
    const people = extractReadout(
      `Her Excellency ${printed}, High Commissioner of Jamaica, presented her Letter of Introduction to Prime Minister Dr. Ralph E. Gonsalves, yesterday.`,
      base,
    ).meetings[0]?.participants;
    expect(people?.find((p) => p.countryCode === 'JM')).toMatchObject({ name, title: 'High Commissioner' });
  });

  it('an agency tag "-AGN-" before a name stays apart from it', () => {
    const people = extractReadout(
      'Guatemala City, by Brenda Larios -AGN- Carlos Ramiro Martínez, Foreign Affairs Minister met with the Secretary General of the Organization of American States -OAS- Luis Almagro.',
      base,
    ).meetings[0]?.participants.map((p) => p.name);
    expect(people).toContain('Carlos Ramiro Martínez');
  });
});

describe('a release of two parts, each with its dateline: the first part is read, not skipped as a preface', () => {
  const first =
    'St. Petersburg - South African President Thabo Mbeki returns to South Africa following the conclusion of a successful official visit to Russia for a strategic engagement with G8 leaders.\n' +
    'President Mbeki was part of a delegation of the Strategic Outreach Partners composed of the Presidents of India, Brazil, China and Mexico who were invited for strategic discussions with G8 leaders.\n' +
    'President Mbeki, accompanied by Mrs Zanele Mbeki, had led a South African delegation including Ministers Dr Nkosazana Dlamini Zuma and Mandisi Mpahlwa to the G8 Summit.\n' +
    'During his visit to Russia, President Mbeki held talks with President Jacques Chirac of France and with UN Secretary-General Kofi Annan.\n';
  const second =
    "Visit to Cote d'Ivoire\nAbidjan - South African Foreign Minister Dr. Nkosazana Dlamini Zuma will proceed from Russia to Cote d'Ivoire, where she will lead a delegation to the meeting of the International Working Group.\n";
  it("the first part's meetings are drafted", () => {
    const meetings = extractReadout(`${first}${second}`, base).meetings.map((m) => m.participants.map((p) => p.name).sort());
    expect(meetings.some((people) => people.includes('Jacques Chirac') && people.includes('Thabo Mbeki'))).toBe(true);
  });

  it('a caption above the dateline is still skipped', () => {
    const text =
      "Minister Dlamini Zuma with her counterpart (Department photo)\nAbidjan - South African Foreign Minister Nkosazana Dlamini Zuma met Foreign Minister Youssouf Bakayoko of Cote d'Ivoire on Tuesday.\n";
    const draft = extractReadout(text, base);
    expect(draft.meetings[0]?.participants.map((p) => p.name).sort()).toEqual(['Nkosazana Dlamini Zuma', 'Youssouf Bakayoko']);
  });
});
