import { describe, expect, it } from 'vitest';
import { nameOf, stagesOf } from './read.js';

// Stage 3, meeting frames and encounters: who met whom, sentence by sentence, grouped into the meetings a readout
// reports.

const framesOf = (text: string) =>
  stagesOf(text).frames.map((frame) => ({
    phrase: text.slice(frame.phrase.start, frame.phrase.end).trim(),
    subjects: frame.subjects.map(nameOf),
    objects: frame.objects.map(nameOf),
  }));
const encountersOf = (text: string) => stagesOf(text).encounters.map((encounter) => encounter.participants.map(nameOf));

describe('meeting frames', () => {
  it.each([
    ['Foreign Minister Anna Berg met Finnish Foreign Minister Pekka Laine in Stockholm.', 'met', ['Anna Berg'], ['Pekka Laine']],
    [
      'Foreign Minister Anna Berg met in Stockholm with Finnish Foreign Minister Pekka Laine.',
      'met in Stockholm with',
      ['Anna Berg'],
      ['Pekka Laine'],
    ],
    [
      'Foreign Minister Anna Berg met at the request of the Finnish side with Foreign Minister Pekka Laine.',
      'met at the request of the Finnish side with',
      ['Anna Berg'],
      ['Pekka Laine'],
    ],
    [
      'Foreign Minister Anna Berg held a telephone conversation with Finnish Foreign Minister Pekka Laine.',
      'held a telephone conversation with',
      ['Anna Berg'],
      ['Pekka Laine'],
    ],
    [
      'Foreign Minister Anna Berg received a phone call from Finnish Foreign Minister Pekka Laine.',
      'received a phone call from',
      ['Anna Berg'],
      ['Pekka Laine'],
    ],
    // The one who received is the subject (the host): the verb is passive.
    ['Foreign Minister Anna Berg was received by Finnish Foreign Minister Pekka Laine.', 'was received by', ['Pekka Laine'], ['Anna Berg']],
    [
      'Foreign Minister Anna Berg and Finnish Foreign Minister Pekka Laine held talks in Stockholm.',
      'held talks',
      ['Anna Berg', 'Pekka Laine'],
      [],
    ],
    [
      'A meeting between Foreign Minister Anna Berg and Finnish Foreign Minister Pekka Laine took place in Stockholm.',
      'meeting between',
      ['Anna Berg', 'Pekka Laine'],
      [],
    ],
    [
      'On the sidelines of the summit, Foreign Minister Anna Berg met with Finnish Foreign Minister Pekka Laine.',
      'met with',
      ['Anna Berg'],
      ['Pekka Laine'],
    ],
    [
      'Foreign Minister Anna Berg has reviewed relations with Finland in a phone call with Finnish Foreign Minister Pekka Laine.',
      'in a phone call with',
      ['Anna Berg'],
      ['Pekka Laine'],
    ],
    [
      'Foreign Minister Anna Berg discussed the partnership during a video conference with Finnish Foreign Minister Pekka Laine.',
      'during a video conference with',
      ['Anna Berg'],
      ['Pekka Laine'],
    ],
    [
      'The Finnish Foreign Ministry said that Foreign Minister Pekka Laine met with Foreign Minister Anna Berg.',
      'met with',
      ['Pekka Laine'],
      ['Anna Berg'],
    ],
    [
      'Finnish Ambassador Pekka Laine presented his credentials to President Anna Berg at a ceremony held in Stockholm today.',
      'presented his credentials to',
      ['Pekka Laine'],
      ['Anna Berg'],
    ],
    [
      'Prime Minister Anna Berg received a courtesy call by Pekka Laine, Deputy Prime Minister of Finland, on Friday.',
      'received a courtesy call by',
      ['Anna Berg'],
      ['Pekka Laine'],
    ],
  ])('reads "%s"', (sentence, phrase, subjects, objects) => {
    expect(framesOf(sentence)).toEqual([{ phrase, subjects, objects }]);
  });

  it('reads "received ambassadors of Russia and China" (a lower-case plural title after the verb)', () => {
    const [frame] = framesOf('The President of Kazakhstan Kassym-Jomart Tokayev received ambassadors of Russia and China.');
    expect(frame).toMatchObject({ phrase: 'received', subjects: ['Kassym-Jomart Tokayev'] });
    expect(frame?.objects).toHaveLength(2);
  });

  it.each([
    ['a meeting announced', 'Foreign Minister Anna Berg will meet Finnish Foreign Minister Pekka Laine next week.'],
    ['a meeting planned', 'Foreign Minister Anna Berg is expected to hold talks with Finnish Foreign Minister Pekka Laine in May.'],
    ['a meeting recalled', 'Foreign Minister Anna Berg recalled that she had last met Finnish Foreign Minister Pekka Laine in 2019.'],
    [
      'a meeting recalled by "recalling that"',
      'Recalling that she held phone talks with Finnish Foreign Minister Pekka Laine on Saturday, Berg said the talks went well.',
    ],
    ['"called for" (no name follows)', 'Foreign Minister Anna Berg called for restraint in the region.'],
    ['"welcomed" something, not someone', 'Foreign Minister Anna Berg welcomed this contribution by Finland.'],
    ['a meeting verb in what someone said', 'Foreign Minister Anna Berg said Sweden welcomed Finland’s presidency of the Council.'],
  ])('finds no frame in %s', (_, sentence) => {
    expect(framesOf(sentence)).toEqual([]);
  });
});

describe('encounters', () => {
  it.each([
    ['Foreign Minister Anna Berg held a fraternal exchange with Pekka Laine, Finnish FM, stressing the excellent relations.'],
    ['Foreign Minister Anna Berg held an exchange of views with Finnish Foreign Minister Pekka Laine.'],
    ['During the meeting of Foreign Minister Anna Berg with Finnish Foreign Minister Pekka Laine the Ministers agreed to meet again.'],
    ['Earlier on Thursday, Foreign Minister Anna Berg met with Finnish parliament speaker Pekka Laine.'],
    ['Foreign Minister Anna Berg and Finnish Foreign Minister Pekka Laine held on Monday negotiations behind closed doors.'],
    ['Foreign Minister Anna Berg spoke following the negotiations with Finnish Foreign Minister Pekka Laine, in Helsinki.'],
  ])('reads one encounter of two people from "%s"', (text) => {
    expect(encountersOf(text)).toEqual([['Anna Berg', 'Pekka Laine']]);
  });

  it('gives "he met …" to the one of two hosts who went on to meet others alone, each listed country to its name', () => {
    const text = [
      'Turkish Foreign Minister Anna Berg and U.S. Secretary of State Pekka Laine discussed the security situation in their meeting in Brussels.',
      '',
      'Separately, Berg met with Macedonian Foreign Minister Lars Holm.',
      '',
      'On May 19, he met with his counterparts from Greece, Nikos Kotzias; the Netherlands, Bert Koenders; and Denmark, Kristian Jensen.',
    ].join('\n');
    expect(encountersOf(text)).toEqual([
      ['Anna Berg', 'Pekka Laine'],
      ['Anna Berg', 'Lars Holm'],
      ['Anna Berg', 'Nikos Kotzias'],
      ['Anna Berg', 'Bert Koenders'],
      ['Anna Berg', 'Kristian Jensen'],
    ]);
    const countries = stagesOf(text)
      .entities.filter((e) => /Kotzias|Koenders|Jensen/.test(e.name ?? ''))
      .map((e) => e.countryCode);
    expect(countries).toEqual(['GR', 'NL', 'DK']);
  });

  it('reads "received ambassadors of Russia and China" as two meetings, and no agency citing it as an ambassador', () => {
    const text = [
      'Head of State receives Russian, Chinese ambassadors',
      '',
      'ASTANA. KAZINFORM – President Kassym-Jomart Tokayev of Kazakhstan received ambassadors of Russia and China, Kazinform cites the Akorda press service.',
      '',
      'During the meeting with Russian ambassador Alexey Borodavkin the Head of State noted the importance of the visit.',
      '',
      'At the meeting with Chinese ambassador Zhang Xiao, the sides pointed out the relevance of the upcoming summit.',
    ].join('\n');
    expect(encountersOf(text)).toEqual([
      ['Kassym-Jomart Tokayev', 'Alexey Borodavkin'],
      ['Kassym-Jomart Tokayev', 'Zhang Xiao'],
    ]);
    expect(stagesOf(text).entities.find((entity) => entity.name === 'Kazinform')?.title ?? null).toBeNull();
  });

  it('takes no meeting from "concluded the meetings with expressing gratitude"', () => {
    const text =
      'Foreign Minister Anna Berg met Finnish Foreign Minister Pekka Laine. Anna Berg concluded the meetings with expressing gratitude to Finland.';
    expect(encountersOf(text)).toEqual([['Anna Berg', 'Pekka Laine']]);
  });

  it('reads "last week held bilateral meetings with" as this readout\'s meetings, the longest country before "counterpart"', () => {
    const text =
      "Fiji's Minister for Foreign Affairs Anna Berg last week held bilateral meetings with his Papua New Guinea counterpart, Pekka Laine, the Minister for Defence, Lars Holm and Minister for Police, Eva Dahl in Port Moresby.";
    expect(encountersOf(text)).toEqual([
      ['Anna Berg', 'Pekka Laine'],
      ['Anna Berg', 'Lars Holm'],
      ['Anna Berg', 'Eva Dahl'],
    ]);
    expect(stagesOf(text).entities.find((e) => e.name === 'Pekka Laine')?.countryCode).toBe('PG');
  });

  it('gives one encounter for a meeting reported in the headline, the lead and a later sentence', () => {
    const text = [
      'Foreign Minister Berg meets Finnish counterpart',
      '',
      'Foreign Minister Anna Berg met Finnish Foreign Minister Pekka Laine in Stockholm on 3 May 2024.',
      '',
      'During the meeting, Berg and Laine discussed regional security.',
    ].join('\n');
    expect(encountersOf(text)).toEqual([['Anna Berg', 'Pekka Laine']]);
  });

  it('gives one encounter per counterpart of "separate meetings with A, B and C"', () => {
    const text =
      'Foreign Minister Anna Berg held separate meetings with Foreign Minister Pekka Laine of Finland, Foreign Minister Lars Holm of Denmark and Foreign Minister Eva Dahl of Norway.';
    expect(encountersOf(text)).toEqual([
      ['Anna Berg', 'Pekka Laine'],
      ['Anna Berg', 'Lars Holm'],
      ['Anna Berg', 'Eva Dahl'],
    ]);
  });

  it.each([
    [
      'Foreign Minister Anna Berg met with Jordanian King Abdullah II, Egyptian President Hosni Mubarak, and Egyptian Foreign Minister Ahmed Abu al-Gheit.',
      [
        ['Anna Berg', 'Abdullah II'],
        ['Anna Berg', 'Hosni Mubarak'],
        ['Anna Berg', 'Ahmed Abu al-Gheit'],
      ],
    ],
    [
      'Deputy Secretary Anna Berg held discussions with President Thein Sein; Lower House Speaker Thura Shwe Mann; and Foreign Minister Wunna Maung Lwin.',
      [
        ['Anna Berg', 'Thein Sein'],
        ['Anna Berg', 'Thura Shwe Mann'],
        ['Anna Berg', 'Wunna Maung Lwin'],
      ],
    ],
    // "and then", "and later": one after the other, even of one rank and country.
    [
      'Foreign Secretary Anna Berg held talks with Prime Minister Pekka Laine and then Foreign Minister Lars Holm on Tuesday.',
      [
        ['Anna Berg', 'Pekka Laine'],
        ['Anna Berg', 'Lars Holm'],
      ],
    ],
    [
      'Foreign Minister Anna Berg met Finnish Foreign Minister Pekka Laine and later Swedish Foreign Minister Lars Holm.',
      [
        ['Anna Berg', 'Pekka Laine'],
        ['Anna Berg', 'Lars Holm'],
      ],
    ],
    // A meeting named by a plural noun that opens the sentence: its list ends where its clause does.
    [
      'In meetings with Finnish Prime Minister Pekka Laine and Foreign Minister Lars Holm, Foreign Minister Anna Berg stated that trade matters.',
      [
        ['Anna Berg', 'Pekka Laine'],
        ['Anna Berg', 'Lars Holm'],
      ],
    ],
  ])('gives one encounter per office holder a visitor meets in turn: "%s"', (text, encounters) => {
    expect(encountersOf(text)).toEqual(encounters);
  });

  it.each([
    [
      'Prime Minister Mark Brown, supported by Foreign Secretary Tepaeru Herrmann, met with Samoan Prime Minister Fiame Naomi Mataafa.',
      ['Mark Brown', 'Tepaeru Herrmann', 'Fiame Naomi Mataafa'],
    ],
    [
      'Foreign Minister Anna Berg, accompanied by Deputy Minister Lars Holm, met with Finnish Foreign Minister Pekka Laine.',
      ['Anna Berg', 'Lars Holm', 'Pekka Laine'],
    ],
    [
      'Foreign Minister Anna Berg met Finnish Foreign Minister Pekka Laine. The Minister was accompanied at the meeting by the Minister of Youth, His Excellency Ahmed Mahloof.',
      ['Anna Berg', 'Pekka Laine', 'Ahmed Mahloof'],
    ],
    [
      'Foreign Minister Anna Berg met Senator Patrick Leahy. Also participating on the Swedish side were Josefina Vidal, director general for the Americas; and Lars Holm, ambassador to the U.S.',
      ['Anna Berg', 'Patrick Leahy', 'Josefina Vidal', 'Lars Holm'],
    ],
  ])('adds the people who came with a participant: "%s"', (text, participants) => {
    expect(encountersOf(text)).toEqual([participants]);
  });

  it('gives one encounter per person a plural object is illustrated by ("met several delegates …, including A, B and C")', () => {
    expect(
      encountersOf(
        'Foreign Minister Anna Berg met several delegates and diplomats on the sidelines of UNGA, including FM Caspar Veldkamp of the Netherlands, Kazakhstan Foreign Minister Nurtleu, and Swiss Federal Councillor Ignazio Cassis, among many others.',
      ),
    ).toEqual([
      ['Anna Berg', 'Caspar Veldkamp'],
      ['Anna Berg', 'Nurtleu'],
      ['Anna Berg', 'Ignazio Cassis'],
    ]);
    expect(encountersOf('Foreign Minister Anna Berg met several delegates on the sidelines of UNGA.')).toEqual([]);
  });

  it('reads the names after a group of office holders of two countries ("The heads of the foreign affairs agencies of A and B, X and Y, …")', () => {
    expect(
      encountersOf(
        'The heads of the foreign affairs agencies of the Russian Federation and the United States, Sergey Lavrov and Mike Pompeo, during a telephone conversation, discussed the preparations for the meeting.',
      ),
    ).toEqual([['Sergey Lavrov', 'Mike Pompeo']]);
  });

  it('drafts a readout of a joint session from the people who speak further down when no sentence says who met whom', () => {
    const text = [
      'Addis Ababa — Ethiopia and Guinea have signed a Memorandum of Understanding to elevate their relations.',
      '',
      'The agreement includes cooperation on agriculture and health.',
      '',
      'Addressing the inaugural of the joint ministerial session today, Minister of Foreign Affairs, Workneh Gebeyehu said trade was below expectations.',
      '',
      'He urged both countries to redouble their efforts.',
      '',
      'He further pointed out that the two countries worked for peace.',
      '',
      'Foreign Minister of Guinea, Mamadi Toure, said the joint ministerial meeting was an opportunity.',
    ].join('\n');
    expect(encountersOf(text)).toEqual([['Workneh Gebeyehu', 'Mamadi Toure']]);
  });

  it.each([
    [
      "MUSCAT, 3 March 2021 — Sayyid Badr bin Hamad Al Busaidi, Minister of Foreign Affairs, received at the Ministry's General Diwan today his counterpart, Dr. Fuad Hussein, Minister of Foreign Affairs of Iraq.",
      ['Sayyid Badr bin Hamad Al Busaidi', 'Fuad Hussein'],
    ],
    ['On 7 June, Foreign Minister Ann Linde received her Finnish colleague Pekka Haavisto.', ['Ann Linde', 'Pekka Haavisto']],
  ])('reads the counterpart after a place or as a colleague: "%s"', (text, participants) => {
    expect(encountersOf(text)).toEqual([participants]);
  });

  it.each([
    [
      'As noted, today, August 6, Dmytro Kuleba and his Zambian counterpart Mulambo Haimbe held detailed talks in Lusaka.',
      [['Dmytro Kuleba', 'Mulambo Haimbe']],
    ],
    [
      "Trade was in focus of talks between Kazakhstan's Foreign Minister Kairat Abrakhmanov and visiting Qatari Emir Tamim bin Hamad Al Thani, the press service said.",
      [['Kairat Abrakhmanov', 'Emir Tamim bin Hamad Al Thani']],
    ],
    ['Foreign Minister NP Saud met with former US Secretary of State Michael R. Pompeo in New York.', [['NP Saud', 'Michael R. Pompeo']]],
    [
      'Foreign Minister Ayman Safadi meets with his Egyptian and Iraqi counterparts, Sameh Shoukry and Fuad Hussein, respectively.',
      [
        ['Ayman Safadi', 'Sameh Shoukry'],
        ['Ayman Safadi', 'Fuad Hussein'],
      ],
    ],
  ])('reads the people of "%s"', (text, encounters) => {
    expect(encountersOf(text)).toEqual(encounters);
  });

  it.each([
    [
      'Foreign Minister NP Saud met with US Secretary of State Michael R. Pompeo. Nepali Ambassador to the US Sridhar Khatri was also present in the meeting.',
      ['NP Saud', 'Michael R. Pompeo', 'Sridhar Khatri'],
    ],
    [
      'Prime Minister Keith Rowley met Cuban Foreign Minister Bruno Rodriguez. Also at the meeting was Foreign Affairs Minister Dennis Moses.',
      ['Keith Rowley', 'Bruno Rodriguez', 'Dennis Moses'],
    ],
    [
      'President Manny Mori received Ambassador Lalduhthlana Ralte. Present with President Mori were Secretary of Foreign Affairs Lorin Robert and Deputy Secretary Samson Pretrick.',
      ['Manny Mori', 'Lalduhthlana Ralte', 'Lorin Robert', 'Samson Pretrick'],
    ],
  ])('adds the people the text says were also there: "%s"', (text, participants) => {
    expect(encountersOf(text)).toEqual([participants]);
  });

  it.each([
    [
      'On January 20, 2015, H.E. Lalduhthlana Ralte presented his Letter of Credence to President Emanuel Manny Mori.',
      ['Lalduhthlana Ralte', 'Emanuel Manny Mori'],
    ],
    [
      'Ambassador Eduardo Bidart presented a copy of his credentials to Deputy Foreign Minister Paruyr Hovhannisyan.',
      ['Eduardo Bidart', 'Paruyr Hovhannisyan'],
    ],
    [
      'On November 18, Deputy Foreign Minister Paruyr Hovhannisyan was handed a copy of his credentials by the newly appointed ambassador of the Eastern Republic of Uruguay, Eduardo Rosenbrock Bidart.',
      ['Paruyr Hovhannisyan', 'Eduardo Rosenbrock Bidart'],
    ],
  ])('reads credentials presented: "%s"', (text, participants) => {
    expect(encountersOf(text)).toEqual([participants]);
  });

  it('reads "X’s phone calls held on Sunday, with the foreign ministers of A, B and C" as one call each, X their owner', () => {
    const text =
      'Deputy Prime Minister Ayman Safadi briefed his counterparts. This came during Safadi’s phone calls held on Sunday, with foreign ministers of Bahrain, Oman and Turkiye, according to a statement.';
    expect(stagesOf(text).encounters.map((e) => e.participants.map((p) => p.countryCode ?? nameOf(p)))).toEqual([
      ['Ayman Safadi', 'BH'],
      ['Ayman Safadi', 'OM'],
      ['Ayman Safadi', 'TR'],
    ]);
  });

  it.each([
    [
      'the same two hosts with a new counterpart',
      'Foreign Minister Anna Berg and Ambassador Lars Holm met Foreign Minister Pekka Laine of Finland. Likewise, Foreign Minister Anna Berg and Ambassador Lars Holm met Deputy Minister Jonas Vik of Norway.',
      [
        ['Anna Berg', 'Lars Holm', 'Pekka Laine'],
        ['Anna Berg', 'Lars Holm', 'Jonas Vik'],
      ],
    ],
    [
      'someone of another country with the same counterpart',
      'Danish Foreign Minister Anna Berg received a phone call from her Finnish counterpart Pekka Laine on Sunday. Norway’s foreign minister also spoke with Laine by phone on Sunday.',
      [
        ['Anna Berg', 'Pekka Laine'],
        ['Norway’s foreign minister', 'Pekka Laine'],
      ],
    ],
    [
      'someone of a country already at the table (a name not resolved, an aide)',
      'Danish Prime Minister Anna Berg received Finnish Foreign Minister Pekka Laine on Sunday. Danish Trade Minister Lars Holm had a meeting with Laine too.',
      [['Anna Berg', 'Pekka Laine', 'Lars Holm']],
    ],
  ])('tells another meeting from more of the same one: %s', (_, text, expected) => {
    expect(encountersOf(text)).toEqual(expected);
  });

  it.each([
    ['Minister Anna Berg is accompanied by the Minister of State for Foreign Affairs, His Excellency Lars Holm.'],
    ['Minister Anna Berg was accompanied by Minister of State Lars Holm.'],
    ['State Minister Lars Holm was also present.'],
  ])('adds the people of "%s" to the meeting at hand', (sentence) => {
    expect(encountersOf(`Foreign Minister Anna Berg met Prime Minister Pekka Laine of Finland in Helsinki. ${sentence}`)).toEqual([
      ['Anna Berg', 'Pekka Laine', 'Lars Holm'],
    ]);
  });

  it('reads "A and <body> (<ACRONYM>) General Secretary B met" as one meeting of the two', () => {
    expect(
      encountersOf('Foreign Minister Nestor Popolizio and Andean Community (CAN) General Secretary Jorge Pedraza met on Friday in Lima.'),
    ).toEqual([['Nestor Popolizio', 'Jorge Pedraza']]);
  });

  it('reads "the Amir Sheikh A received a phone call from his brother, President B"', () => {
    const text = 'His Highness the Amir Sheikh Tamim bin Hamad Al Thani received a phone call from his brother, President Mahmoud Abbas.';
    expect(framesOf(text)).toEqual([
      { phrase: 'received a phone call from', subjects: ['Sheikh Tamim bin Hamad Al Thani'], objects: ['Mahmoud Abbas'] },
    ]);
  });

  it.each([
    ['Foreign Minister Anna Berg met Finnish Foreign Minister Pekka Laine ahead of the summit that will take place in Vienna.', 1],
    ['Foreign Minister Anna Berg met Finnish Foreign Minister Pekka Laine before the conference scheduled for April.', 1],
    ['A meeting of Minister Anna Berg with Minister Pekka Laine is scheduled for April.', 0],
  ])('tells a meeting from one still to come in "%s"', (text, count) => {
    expect(encountersOf(text)).toHaveLength(count);
  });

  it('takes no meeting from a call recalled as where agreements were reached', () => {
    const text =
      'Foreign Minister Anna Berg received Deputy Minister Pekka Laine. The two ministries will implement the agreements reached during the telephone conversation between Presidents Lars Holm and Jonas Vik in September.';
    expect(encountersOf(text)).toEqual([['Anna Berg', 'Pekka Laine']]);
  });

  it('gives a courtesy call on a president, a prime minister and a party leader one meeting each', () => {
    const text =
      'Foreign Secretary Vikram Misri paid a courtesy call on President Ramchandra Paudel, Prime Minister KP Sharma Oli and Nepali Congress President Sher Bahadur Deuba.';
    expect(encountersOf(text)).toEqual([
      ['Vikram Misri', 'Ramchandra Paudel'],
      ['Vikram Misri', 'KP Sharma Oli'],
      ['Vikram Misri', 'Sher Bahadur Deuba'],
    ]);
  });

  it('reads "received today at <venue> the Minister …, accompanied by A and B" as one meeting of a delegation', () => {
    const text =
      'The Minister of Foreign Affairs, Mauro Vieira, received today at Itamaraty Palace the Minister of Foreign Affairs of Paraguay, Rubén Ramírez Lezcano, accompanied by the Vice Minister of Foreign Affairs, Enrique Franco, and the Ambassador of Paraguay in Brazil, Juan Ángel Delgadillo.';
    expect(encountersOf(text)).toEqual([['Mauro Vieira', 'Rubén Ramírez Lezcano', 'Enrique Franco', 'Juan Ángel Delgadillo']]);
  });

  it('gives "she met …" the person the readout opens with when no meeting has a subject yet', () => {
    const text =
      'Federal Foreign Minister Annalena Baerbock held three bilateral meetings on Tuesday. In the morning she met with the Foreign Minister of Kenya, Alfred Mutua. She then met the Foreign Minister of Brazil, Mauro Vieira. In the evening Baerbock met with the Prime Minister of Armenia, Nikol Pashinyan.';
    expect(encountersOf(text)).toEqual([
      ['Annalena Baerbock', 'Alfred Mutua'],
      ['Annalena Baerbock', 'Mauro Vieira'],
      ['Annalena Baerbock', 'Nikol Pashinyan'],
    ]);
  });

  it('reads "where Prime Minister B received her" as B receiving the person named before', () => {
    const text =
      'Foreign Minister Anna Berg arrived in Oslo on Monday, where Norwegian Prime Minister Pekka Laine received her at his office.';
    expect(framesOf(text)).toEqual([{ phrase: 'received', subjects: ['Pekka Laine'], objects: ['Anna Berg'] }]);
  });

  it('reads the meeting a joint statement follows when the headline alone has a meeting verb', () => {
    const text =
      'Berg meets Finnish Secretary\n\nForeign Minister Anna Berg, and Finnish Secretary of State Pekka Laine, have issued a joint statement following a meeting yesterday in Helsinki.';
    expect(encountersOf(text)).toEqual([['Anna Berg', 'Pekka Laine']]);
  });

  it('adds "was flanked by" and "X’s team included" to the meeting at hand', () => {
    const text =
      'President Alberto Fernández met President Iván Duque in Lima. Fernández was flanked by Foreign Minister Felipe Solá. Duque’s team included Foreign Vice Minister Francisco Echeverri.';
    expect(encountersOf(text)).toEqual([['Alberto Fernández', 'Iván Duque', 'Felipe Solá', 'Francisco Echeverri']]);
  });

  it('keeps one encounter for office holders who met together', () => {
    expect(
      encountersOf(
        'Foreign Minister Anna Berg held a joint meeting with Finnish President Sauli Niinisto and Finnish Foreign Minister Pekka Laine.',
      ),
    ).toEqual([['Anna Berg', 'Sauli Niinisto', 'Pekka Laine']]);
  });

  it.each([
    [
      'names after the countries of a group',
      'Foreign Minister Roberto Ampuero met his peers from Argentina and Brazil, Jorge Faurie and Aloysio Nunes.',
      [
        ['Roberto Ampuero', 'Jorge Faurie'],
        ['Roberto Ampuero', 'Aloysio Nunes'],
      ],
    ],
    [
      'names right after a plural title, subjects of the meeting',
      "On Wednesday, the three countries' foreign ministers Elmar Mammadyarov, Ali Akbar Salehi and Ahmet Davutoglu held a trilateral meeting in Nakhchivan.",
      [['Elmar Mammadyarov', 'Ali Akbar Salehi', 'Ahmet Davutoglu']],
    ],
    [
      'names right after a plural title, counterparts met one by one like any group',
      'Foreign Minister Anna Berg met the foreign ministers Pekka Laine and Lars Holm in Oslo.',
      [
        ['Anna Berg', 'Pekka Laine'],
        ['Anna Berg', 'Lars Holm'],
      ],
    ],
  ])('reads the people a group names: %s', (_, text, encounters) => {
    expect(encountersOf(text)).toEqual(encounters);
  });

  it.each([
    [
      'Secretary of State Michael R. Pompeo spoke with the Foreign Ministers of Australia, Brazil and India on May 11 via video conference.',
    ],
    // "Separately," turns to other news; it says nothing of separate meetings.
    [
      'Separately, Secretary of State Michael R. Pompeo spoke with the Foreign Ministers of Australia, Brazil and India via video conference.',
    ],
    // Who reports the meeting is no party to it.
    [
      'US Secretary of State Michael R. Pompeo spoke with the Foreign Ministers of Australia, Brazil and India via videoconference: Morgan Ortagus, Spokesperson for US State Department',
    ],
  ])('keeps one encounter for a group met by video conference: "%s"', (text) => {
    expect(stagesOf(text).encounters.map((e) => e.participants.map((p) => p.countryCode ?? nameOf(p)))).toEqual([['US', 'AU', 'BR', 'IN']]);
  });

  it('gives one phone call per counterpart of "made phone calls to counterparts from A, B and C"', () => {
    const text = [
      'Egyptian FM Makes Phone Calls to 3 Counterparts',
      '',
      'Minister of Foreign Affairs and Immigration Anna Berg made phone calls to counterparts from Angola, Benin, and Comoros to affirm cooperation.',
    ].join('\n');
    expect(stagesOf(text).encounters.map((e) => e.participants.map((p) => p.countryCode ?? nameOf(p)))).toEqual([
      ['EG', 'AO'],
      ['EG', 'BJ'],
      ['EG', 'KM'],
    ]);
  });

  it.each([
    ['ambassadors in lower case, the United Kingdom first', 'the ambassadors of the United Kingdom, Japan and Russia'],
    ['an Arabic comma in the list', 'the ambassadors of the United Kingdom، Japan and Russia'],
    ['a full-width comma in the list', 'the Ambassadors of the United Kingdom，Japan and Russia'],
    ['credentials received from them', 'Sunday copies of credentials of the Ambassadors of the United Kingdom, Japan and Russia'],
  ])('gives one encounter per ambassador of "%s"', (_, group) => {
    const text = group.startsWith('Sunday')
      ? `Foreign Minister Anna Berg received ${group} this afternoon.`
      : `Foreign Minister Anna Berg held separate meetings with ${group} this afternoon.`;
    expect(stagesOf(text).encounters.map((e) => e.participants.map((p) => p.countryCode ?? nameOf(p)))).toEqual([
      ['Anna Berg', 'GB'],
      ['Anna Berg', 'JP'],
      ['Anna Berg', 'RU'],
    ]);
  });

  it('gives a trilateral meeting and the bilaterals held on its margins', () => {
    const text = [
      'Foreign Minister Anna Berg, Finnish Foreign Minister Pekka Laine and Danish Foreign Minister Lars Holm held a trilateral meeting in Stockholm.',
      '',
      'On the margins of the trilateral meeting, Berg also met separately with Laine.',
    ].join('\n');
    expect(encountersOf(text)).toEqual([
      ['Anna Berg', 'Pekka Laine', 'Lars Holm'],
      ['Anna Berg', 'Pekka Laine'],
    ]);
  });

  it.each([
    [
      'co-chaired by',
      'The 26th Sweden-Finland Ministerial Forum was held in Stockholm and was co-chaired by Swedish Foreign Minister Anna Berg and Finnish Foreign Minister Pekka Laine.',
      [['Anna Berg', 'Pekka Laine']],
    ],
    [
      'visited his counterpart',
      'Finnish Foreign Minister Pekka Laine visited his new Swedish counterpart Anna Berg in Stockholm on Monday.',
      [['Pekka Laine', 'Anna Berg']],
    ],
    ['visited a city (no meeting)', 'Finnish Foreign Minister Pekka Laine visited Stockholm on Monday.', []],
  ])('reads a meeting %s', (_, text, encounters) => {
    expect(encountersOf(text)).toEqual(encounters);
  });

  it('reads "paid courtesy calls on title, A, title, B and title, C" as one meeting each', () => {
    const text =
      "Foreign Minister Anna Berg paid courtesy calls on Finland's Deputy Prime Minister and Minister for Finance, Pekka Laine, Minister for Defence, Lars Holm and Assistant Minister for Health, Eva Dahl.";
    expect(encountersOf(text)).toEqual([
      ['Anna Berg', 'Pekka Laine'],
      ['Anna Berg', 'Lars Holm'],
      ['Anna Berg', 'Eva Dahl'],
    ]);
  });

  it('splits "He also met with A, title; B, title; and C, title" into one meeting each', () => {
    const text = [
      'Foreign Minister Anna Berg met Finnish Foreign Minister Pekka Laine in Geneva.',
      '',
      'She also met with Lars Holm, Director-General, World Trade Organization; Eva Dahl, President, World Economic Forum; and Olof Strand, High Commissioner for Human Rights.',
    ].join('\n');
    expect(encountersOf(text)).toEqual([
      ['Anna Berg', 'Pekka Laine'],
      ['Anna Berg', 'Lars Holm'],
      ['Anna Berg', 'Eva Dahl'],
      ['Anna Berg', 'Olof Strand'],
    ]);
  });

  it('takes "A and B exchanged their views" for a meeting of its own when nobody has reported it', () => {
    const text = [
      'Foreign Minister Anna Berg held a series of bilateral meetings on the sidelines of the summit.',
      '',
      'Berg and Finnish Foreign Minister Pekka Laine exchanged their views on bilateral cooperation.',
      '',
      'During her meeting with Danish Foreign Minister Lars Holm, Berg underlined the partnership.',
    ].join('\n');
    expect(encountersOf(text)).toEqual([
      ['Anna Berg', 'Pekka Laine'],
      ['Anna Berg', 'Lars Holm'],
    ]);
  });

  it('gives a new encounter for each new counterpart of the same principal', () => {
    const text = [
      'Foreign Minister Anna Berg met Finnish Foreign Minister Pekka Laine in Stockholm.',
      '',
      'Berg also held a meeting with Danish Foreign Minister Lars Holm.',
    ].join('\n');
    expect(encountersOf(text)).toEqual([
      ['Anna Berg', 'Pekka Laine'],
      ['Anna Berg', 'Lars Holm'],
    ]);
  });

  it('takes the event someone attends in the same sentence for the setting, not a meeting', () => {
    const text =
      'Minister of Foreign Affairs Kemal Aydin, during his visit to Astana to attend the CICA ministerial meeting, held a meeting with Kazakh Foreign Minister Murat Nurtleu.';
    expect(encountersOf(text)).toEqual([['Kemal Aydin', 'Murat Nurtleu']]);
  });

  it('adds people the text says attended to the meeting at hand', () => {
    const text = [
      'Foreign Minister Anna Berg met Finnish Foreign Minister Pekka Laine in Stockholm.',
      '',
      'The meeting was also attended by State Secretary Karin Lund.',
    ].join('\n');
    expect(encountersOf(text)).toEqual([['Anna Berg', 'Pekka Laine', 'Karin Lund']]);
  });

  // Every way readouts say who else was at the table; the list runs to the end of its clause, titles between names.
  it.each([
    [
      'The meeting was attended by Dr. Karin Lund, Adviser to the Prime Minister; Olof Strand, Director of Protocol; and Eva Dahl, Ambassador to Finland.',
    ],
    ['The meeting was also attended by Ambassador Karin Lund, Director of Protocol Olof Strand and Ambassador Eva Dahl.'],
    ['Berg was accompanied to the meeting by State Secretary Karin Lund, Director of Protocol Olof Strand and Ambassador Eva Dahl.'],
    ['Also present were State Secretary Karin Lund, Director of Protocol Olof Strand, and Ambassador Eva Dahl.'],
    ['The Swedish delegation included State Secretary Karin Lund, Director of Protocol Olof Strand and Ambassador Eva Dahl.'],
    ['The talks were held with the participation of State Secretary Karin Lund, Director Olof Strand and Ambassador Eva Dahl.'],
    ['Laine thanked Berg (attended by State Secretary Karin Lund, Director Olof Strand, Ambassador Eva Dahl, and others).'],
  ])('adds everyone of an attendance list: "%s"', (sentence) => {
    const text = ['Foreign Minister Anna Berg met Finnish Foreign Minister Pekka Laine in Stockholm.', '', sentence].join('\n');
    expect(encountersOf(text)).toEqual([['Anna Berg', 'Pekka Laine', 'Karin Lund', 'Olof Strand', 'Eva Dahl']]);
  });

  it('takes the subject after a participle: "Receiving X, Y said"', () => {
    expect(
      encountersOf('Receiving the Finnish Foreign Minister Pekka Laine, Foreign Minister Anna Berg said Sweden valued the partnership.'),
    ).toEqual([['Anna Berg', 'Pekka Laine']]);
  });

  it('ends an attendance list where a new clause begins', () => {
    const text = [
      'Foreign Minister Anna Berg met Finnish Foreign Minister Pekka Laine in Stockholm.',
      '',
      'The meeting was attended by State Secretary Karin Lund, who said that Foreign Minister Lars Holm of Denmark would visit in May.',
    ].join('\n');
    expect(encountersOf(text)).toEqual([['Anna Berg', 'Pekka Laine', 'Karin Lund']]);
  });

  it.each([
    ['a peer', 'Foreign Minister Anna Berg reiterated her support during a meeting with her Finnish peer Pekka Laine.'],
    ['a homologue', 'Foreign Minister Anna Berg held talks with her Finnish homologue Pekka Laine.'],
    ['an audience', 'Foreign Minister Anna Berg received in audience the Finnish Ambassador to Sweden, Pekka Laine.'],
    [
      'the Right Honourable',
      'Foreign Minister Anna Berg today met the Rt. Hon. Pekka Laine, M.P., the newly appointed Finnish Foreign Minister.',
    ],
    ['a demonym the dataset spells otherwise', 'Foreign Minister Anna Berg received his Slovakian counterpart Pekka Laine in Bern.'],
    [
      'an aside between commas',
      'Foreign Minister Anna Berg received, Monday at the headquarters of the ministry, the Finnish Ambassador, Pekka Laine.',
    ],
    [
      'a counterpart set beside the name',
      'Foreign Minister Anna Berg and her Finnish counterpart, recently appointed Pekka Laine, held a telephone conversation.',
    ],
    [
      'a long title then the name',
      'Foreign Minister Anna Berg received the Minister Delegate to the Finnish Minister of Foreign Affairs in charge of Trade, Pekka Laine.',
    ],
  ])('finds the counterpart named as %s', (_, text) => {
    expect(encountersOf(text)).toEqual([['Anna Berg', 'Pekka Laine']]);
  });

  it('reads "peer" as a person only when someone\'s or a country\'s', () => {
    expect(encountersOf('Foreign Minister Anna Berg met Finnish Foreign Minister Pekka Laine to discuss the peer review.')).toEqual([
      ['Anna Berg', 'Pekka Laine'],
    ]);
  });
});

describe('meetings the sentence states in passing (blind-15)', () => {
  it.each([
    [
      'what was discussed between the verb and "with"',
      'Saudi Foreign Minister Prince Faisal bin Farhan discussed bilateral relations and regional developments with his US counterpart Antony Blinken over the phone on Monday.',
      [['Prince Faisal bin Farhan', 'Antony Blinken']],
    ],
    [
      'the credentials an envoy presented under another name ("Open Letters", "letters of introduction")',
      'Foreign Minister Anna Berg of Finland spoke. Ambassador Pekka Laine of Estonia presented his Open Letters to Minister Berg in Helsinki. Ambassador Lars Holm of Norway presented his letters of introduction to Minister Berg.',
      [
        ['Pekka Laine', 'Anna Berg'],
        ['Lars Holm', 'Anna Berg'],
      ],
    ],
    [
      'a meeting told in a clause of time after "said this"',
      'Foreign Minister Anna Berg of Finland spoke. Ms Berg said this when the Ambassador of Estonia, Mr Pekka Laine, presented his credentials to her in Helsinki.',
      [['Anna Berg', 'Pekka Laine']],
    ],
  ])('reads %s', (_, text, encounters) => {
    expect(encountersOf(text).map((people) => [...people].sort())).toEqual(encounters.map((people) => [...people].sort()));
  });

  it.each([
    ['a topic, not a person, after "with"', 'Foreign Minister Anna Berg discussed cooperation in energy with Finland on Monday.'],
    [
      'a meeting recalled inside what was discussed',
      'Foreign Minister Anna Berg and Minister Pekka Laine spoke by phone. They discussed the outcomes of the meeting held by Berg with Estonian Foreign Minister Lars Holm in New York.',
    ],
    ['what was said "during" a meeting', 'These talks are useful, Berg said during a briefing following her meeting with Pekka Laine.'],
  ])('takes no new counterpart from %s', (_, text) => {
    expect(encountersOf(text).flat()).not.toContain('Lars Holm');
    expect(encountersOf(text).length).toBeLessThanOrEqual(1);
  });
});

describe('a group the text does not name one by one, met as a counterpart', () => {
  it('keeps the one who received it and the people said to be present', () => {
    const text =
      'Minister holds meeting with opinion leaders\n\nThe Minister of Foreign Affairs, Roberto Ampuero, received today in audience a delegation of Peruvian columnists and analysts. The Ambassador of Chile in Peru, Roberto Ibarra, and the Ambassador of Peru in Chile, Jorge Valdez, were also present.';
    expect(encountersOf(text)).toEqual([['Roberto Ampuero', 'Roberto Ibarra', 'Jorge Valdez']]);
  });

  it.each([
    ['received a delegation of', 'Foreign Minister Anna Berg received a delegation of Finnish business leaders in Stockholm.'],
    ['met with representatives of', 'Foreign Minister Anna Berg met with representatives of the Finnish business community in Stockholm.'],
    [
      'received a courtesy call from the missions of',
      'Foreign Minister Anna Berg received a courtesy call from the Diplomatic Missions of East African countries.',
    ],
  ])('reads "%s" as a meeting of its subject', (_, text) => {
    expect(encountersOf(text)).toEqual([['Anna Berg']]);
  });

  it('takes no meeting of its own from "bilateral meetings with several heads of delegation", told one by one', () => {
    const text =
      'Foreign Minister Anna Berg held bilateral meetings with several heads of delegation from member countries. In the meeting with Finnish Foreign Minister Pekka Laine, the two discussed trade.';
    expect(encountersOf(text)).toEqual([['Anna Berg', 'Pekka Laine']]);
  });
});

describe('lists and owners of a meeting (blind-15)', () => {
  it('reads two people received, each followed by a title that describes them, as two meetings', () => {
    const text =
      'Acting Foreign Minister Ali Al-Sadiq Ali received Ambassador Boubacar Diallo, the new ambassador of the Republic of Mali, and Ambassador Lenka Mihalikova, the new ambassador of the Slovak Republic.';
    expect(encountersOf(text)).toEqual([
      ['Ali Al-Sadiq Ali', 'Boubacar Diallo'],
      ['Ali Al-Sadiq Ali', 'Lenka Mihalikova'],
    ]);
  });

  it('keeps a list of office holders named by country only ("the foreign ministers of A, B and C") as it was', () => {
    const text =
      'Foreign Minister Anna Berg met the Foreign Minister of Egypt, the Foreign Minister of Jordan and the Foreign Minister of Iraq.';
    expect(encountersOf(text)).toHaveLength(3);
  });

  it('gives "In the UN chief\'s meeting with …" the readout\'s principal as its subject', () => {
    const text =
      "Secretary-General Ban Ki-moon today discussed issues with world leaders in New York.\n\nIn the UN chief's meeting with the President of the Palestinian National Authority, Mahmoud Abbas, the two men discussed the deadlock.";
    expect(encountersOf(text)).toEqual([['Ban Ki-moon', 'Mahmoud Abbas']]);
  });

  it('reads every party after "the meeting involving"', () => {
    const text =
      'The crisis also featured in the meeting involving Secretary-General Ban Ki-moon and the Presidents of the European Council and European Commission, Herman Van Rompuy and José Manuel Barroso, respectively.';
    expect(encountersOf(text)).toEqual([['Ban Ki-moon', 'Herman Van Rompuy', 'José Manuel Barroso']]);
  });
});
