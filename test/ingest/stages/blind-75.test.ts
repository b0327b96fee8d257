import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

// Classes from blind set 75's first run (test/fixtures/readouts/blind-75), each with its variants and the neighbouring
// cases that must not change. The texts are written for the class, not copied from the set.

const base: ExtractOptions = { initiatives: [], people: [] };
const draftOf = (text: string, options: Partial<ExtractOptions> = {}) => extractReadout(text, { ...base, ...options });
const people = (text: string, options: Partial<ExtractOptions> = {}) =>
  (draftOf(text, options).meetings[0]?.participants ?? []).map((p) => [p.name, p.title, p.countryCode]);

describe('a month that is a family name after a courtesy ("Mrs May") names the person a title stood for', () => {
  const page = (sentences: string) =>
    `Taoiseach and British Prime Minister discuss Brexit\n\nThe Taoiseach and the British Prime Minister have discussed Brexit over dinner in Dublin.\n\nLeo Varadkar says their meeting was useful.\n\n${sentences}\n\nEarlier Mr Varadkar warned that Brexit was not up for debate.`;
  it.each([
    'Theresa May arrived for the talks just after 8pm.',
    'Theresa May was there. It is believed Mrs May came with her aides.',
    'Theresa May was there. Mrs May said the talks were useful.',
  ])('%s', (sentences) => {
    expect(people(page(sentences))).toEqual([
      ['Leo Varadkar', 'Taoiseach', 'IE'],
      ['Theresa May', 'Prime Minister', 'GB'],
    ]);
  });

  it('"in May" stays a month', () => {
    const text = 'Leo Varadkar met British Prime Minister Theresa May in Dublin in May 2019.';
    expect(draftOf(text).meetings[0]?.date).toBe('2019-05-01');
  });
});

describe('a later sentence that says when the talks were dates the meeting ("arrived for the talks … on Friday")', () => {
  const page = (sentence: string) =>
    [
      'Taoiseach and British Prime Minister discuss Brexit',
      '',
      '17.48 8 Feb 2019',
      '',
      'The Taoiseach and the British Prime Minister have discussed Brexit over dinner in Dublin.',
      '',
      'The Taoiseach and the British Prime Minister have discussed Brexit over dinner in Dublin.',
      '',
      'Leo Varadkar says the meeting was useful.',
      '',
      'It is believed aides came too.',
      '',
      'Gavin Barwell was there.',
      '',
      sentence,
    ].join('\n');
  it.each([
    'Theresa May arrived for the talks just after 8pm on Friday evening.',
    'The talks began at 8pm on Friday.',
    'Mrs May came for the meeting on Friday.',
  ])('%s', (sentence) => {
    expect(draftOf(page(sentence)).meetings[0]?.date).toBe('2019-02-08');
  });

  it('a day told of something else is not the meeting’s', () => {
    expect(draftOf(page('Theresa May flew to Brussels on Friday.')).meetings[0]?.date).toBeNull();
  });
});

describe('the site’s title that ends in its address is no headline when the story has one', () => {
  it.each([
    ['Little Rock, Fayetteville, Bentonville Indian Community - ArkansasIndian.com', 'Macron, Putin have in-depth exchange'],
    ['Daily News Online | dailynews.co.uk', 'Macron, Putin have in-depth exchange'],
  ])('%s', (site, headline) => {
    const text = `${site}\n\n${headline}\n\nParis, June 27 (IANS) French President Emmanuel Macron and Russian President Vladimir Putin held a video call.`;
    expect(draftOf(text).title).toBe(headline);
  });

  it('a page whose only title line ends in an address keeps it', () => {
    const text = 'Macron meets Putin - Example.com\n\nFrench President Emmanuel Macron met Russian President Vladimir Putin in Paris.';
    expect(draftOf(text).title).toBe('Macron meets Putin - Example.com');
  });
});

describe('an office in the possessive owns the thing apposed to a name, and a fort is a place', () => {
  const lead = 'French President Emmanuel Macron and Russian President Vladimir Putin held a video call on 26 June 2020. ';
  it.each([
    'In August 2019, Putin visited Fort de Bregancon, the French President’s holiday residence.',
    "In August 2019, Putin visited Schloss Meseberg, the German Chancellor's guest house.",
    'In August 2019, Putin visited Chateau Margaux, the French President’s favourite vineyard.',
  ])('%s', (sentence) => {
    const draft = draftOf(lead + sentence);
    expect(draft.meetings).toHaveLength(1);
    expect(draft.meetings[0]?.participants.map((p) => p.name)).toEqual(['Emmanuel Macron', 'Vladimir Putin']);
  });

  it('an apposed office not in the possessive is still the name’s', () => {
    expect(people('Vladimir Putin met Emmanuel Macron, the French President, in Moscow.').map(([name, title]) => [name, title])).toEqual([
      ['Vladimir Putin', null],
      ['Emmanuel Macron', 'President'],
    ]);
  });
});

describe('the foreign ministers of two countries, then their names in that order', () => {
  it.each([
    'Foreign Ministers of the Republic of Suriname and Barbados, His Excellency Albert Ramdin and the Most Honourable Dr. Jerome Walcott, on Monday, signed the agreement.',
    'The Foreign Ministers of Suriname and Barbados, Albert Ramdin and Jerome Walcott, signed the agreement on Monday.',
    'The foreign ministers of Suriname and Barbados, Albert Ramdin and Jerome Walcott, signed the agreement on Monday.',
  ])('%s', (text) => {
    expect(people(text).map(([name, , country]) => [name, country])).toEqual(
      expect.arrayContaining([
        ['Albert Ramdin', 'SR'],
        ['Jerome Walcott', 'BB'],
      ]),
    );
  });

  it('named in a later sentence, and one of them told of again as a counterpart', () => {
    const text =
      'The Moroccan and French foreign ministers held a joint press conference in Rabat on Saturday.\n\nNasser Bourita and Jean-Yves Le Drian denied having information about any plan.\n\nBourita said his talks with his French counterpart were useful.';
    expect(people(text).map(([name, , country]) => [name, country])).toEqual(
      expect.arrayContaining([
        ['Nasser Bourita', 'MA'],
        ['Jean-Yves Le Drian', 'FR'],
      ]),
    );
    expect(draftOf(text).meetings[0]?.participants).toHaveLength(2);
  });

  it('a country list before the names of other people is not theirs', () => {
    const text = 'President Kassym-Jomart Tokayev received the ambassadors of Russia and China, Kazinform cites the Akorda press service.';
    expect(draftOf(text).meetings.flatMap((m) => m.participants.map((p) => p.name))).not.toContain('Kazinform');
  });
});

describe('names, styles and nicknames', () => {
  it.each([
    ['the President of Suriname, His Excellency Chandrikapersad “Chan” Santokhi', 'Chandrikapersad “Chan” Santokhi'],
    ['the President of Nepal, Pushpa Kamal "Prachanda" Dahal', 'Pushpa Kamal "Prachanda" Dahal'],
    ['the Prime Minister of Barbados, the Most Honourable Mia Amor Mottley', 'Mia Amor Mottley'],
    ['the Prime Minister of the UK, the Right Honourable Theresa May', 'Theresa May'],
    ['the Foreign Secretary of Bhutan Aum Pema Choden', 'Pema Choden'],
    ['the Minister of Religious Affairs of Brunei, Yang Berhormat Badaruddin Othman', 'Badaruddin Othman'],
  ])('%s', (who, name) => {
    const text = `Indian Foreign Secretary Vinay Kwatra met ${who} on 30 January 2024.`;
    expect(draftOf(text).meetings[0]?.participants.map((p) => p.name)).toContain(name);
  });

  it('the surname Yang is a name', () => {
    expect(people('Foreign Minister Wang Yi met Yang Jiechi in Beijing on 3 May 2021.').map(([name]) => name)).toContain('Yang Jiechi');
  });
});

describe('who else was at the meeting: "was witnessed by", "brokered by"', () => {
  it.each([
    'The signing of the agreement was witnessed by the President of Suriname, Chandrikapersad Santokhi.',
    'The meeting, brokered by the President of Suriname, Chandrikapersad Santokhi, was cordial.',
    'The talks were mediated by the President of Suriname, Chandrikapersad Santokhi.',
  ])('%s', (sentence) => {
    const text = `The Foreign Minister of Barbados, Jerome Walcott, met the Foreign Minister of Guyana, Hugh Todd, in Paramaribo on 4 July 2022. ${sentence}`;
    expect(draftOf(text).meetings[0]?.participants.map((p) => p.name)).toContain('Chandrikapersad Santokhi');
  });
});

describe('a heading that gives the words after it to who said them', () => {
  it.each([
    'Transcript of remarks by Prime Minister Mottley following the signing of the Agreement:',
    'Remarks by Prime Minister Mottley at the signing:',
    'Statement by Prime Minister Mottley:',
  ])('%s', (heading) => {
    const text = `Prime Minister Mia Mottley of Barbados met President Chan Santokhi of Suriname in Paramaribo on 4 July 2022.\n\n${heading}\n\n“Mr. President, I want to thank you for this evening.”`;
    const meeting = draftOf(text).meetings[0];
    const heard = meeting?.statements.find((s) => s.text.startsWith(heading.slice(0, 12)));
    expect(meeting?.participants.find((p) => p.key === heard?.speakerKey)?.name).toBe('Mia Mottley');
  });

  it('a heading without a colon, or a remark of someone else, is no speaker’s', () => {
    const text =
      'Prime Minister Mia Mottley of Barbados met President Chan Santokhi of Suriname in Paramaribo on 4 July 2022.\n\nThe remarks by Prime Minister Mottley were broadcast.';
    const meeting = draftOf(text).meetings[0];
    expect(meeting?.statements.filter((s) => s.kind === 'reported')).toEqual([]);
  });
});

describe('someone quoted beside the meeting who was not at it', () => {
  const lead =
    'New Zealand Prime Minister Christopher Luxon and his counterpart, Vanuatu Prime Minister Charlot Salwai, held talks in Wellington on 5 August 2024.\n\n';
  it.each([
    'The violence in New Caledonia is of grave concern to the forum, PIF Chair Mark Brown said of the crisis.',
    'The crisis is of concern to the region, Forum Secretary-General Baron Waqa said.',
    'Chief executive officer Jane Doe said the market was down.',
  ])('%s', (sentence) => {
    expect(draftOf(lead + sentence).meetings[0]?.participants.map((p) => p.name)).toEqual(['Christopher Luxon', 'Charlot Salwai']);
  });

  it('one who confirms the meeting took place tells of it', () => {
    const text = `${lead}New Zealand's Foreign Minister Winston Peters confirmed the meeting took place and said it was a step forward.`;
    expect(draftOf(text).meetings[0]?.participants.map((p) => p.name)).toEqual(['Christopher Luxon', 'Charlot Salwai']);
  });

  it('a participant who speaks keeps their passage', () => {
    const text = `${lead}Salwai said the talks were useful.`;
    const meeting = draftOf(text).meetings[0];
    expect(meeting?.statements.some((s) => s.speakerKey !== null && s.kind === 'reported')).toBe(true);
  });
});

describe('offices of parliaments, parties and companies', () => {
  it.each([
    ['the Chief Whip in the National Assembly, Ben Amadhila', 'Chief Whip'],
    ['the South-West Africa People’s Organisation (SWAPO) Chief Whip in the National Assembly, Ben Amadhila', 'Chief Whip'],
    ['the Opposition Leader, Ben Amadhila', 'Opposition Leader'],
    ['the Chief Executive Officer, Ben Amadhila', 'Chief Executive Officer'],
  ])('%s', (who, title) => {
    const text = `Commonwealth Secretary-General Don McKinnon met ${who}, in Windhoek on 13 December 2006.`;
    const meeting = draftOf(text).meetings[0];
    expect(meeting?.participants.map((p) => [p.name, p.title])).toContainEqual(['Ben Amadhila', title]);
  });

  it('"Minister-in-Charge of Muslim Affairs of the Republic of Singapore" is one title, of its country', () => {
    const text =
      'The Sultan of Brunei received in audience Masagos Zulkifli, Minister for Social and Family Development and Minister-in-Charge of Muslim Affairs of the Republic of Singapore, at Istana Nurul Iman on 19 March 2024.';
    expect(people(text)).toContainEqual([
      'Masagos Zulkifli',
      'Minister for Social and Family Development and Minister-in-Charge of Muslim Affairs',
      'SG',
    ]);
  });
});

describe('page furniture and ceremony nouns are nobody', () => {
  it('"Skip Ribbon Commands" is no headline, "the Audience Ceremony" no person', () => {
    const text =
      'Skip Ribbon Commands\nSkip to main content\n\nHis Majesty Audience Ceremony\n\nThe Sultan of Brunei received in audience Masagos Zulkifli, Minister of Singapore, on 19 March 2024. During the Audience Ceremony, His Majesty exchanged views with Masagos Zulkifli.';
    const draft = draftOf(text);
    expect(draft.title).toBe('His Majesty Audience Ceremony');
    expect(draft.meetings[0]?.participants.map((p) => p.name)).not.toContain('Audience Ceremony');
  });
});

describe('a meeting recalled from another time in an opening phrase is none of this readout’s', () => {
  const lead =
    'Iranian Foreign Minister Hossein Amir-Abdollahian and his Omani counterpart, Sayyid Badr Albusaidi, held a phone call on Sunday, 2 January 2022.\n\n';
  it.each([
    'In a meeting with Sheikh Khalifa al-Harthy, the Omani under-secretary, in Tehran late last month, the Iranian foreign minister said Tehran is committed to dialogue.',
    'During talks with Sheikh Khalifa al-Harthy in Tehran last week, the Iranian foreign minister said Tehran is committed to dialogue.',
    'At a meeting with Sheikh Khalifa al-Harthy two months ago, the Iranian foreign minister said Tehran is committed to dialogue.',
  ])('%s', (sentence) => {
    expect(draftOf(lead + sentence).meetings).toHaveLength(1);
  });

  it('alone, a meeting of last week is the readout’s', () => {
    const text =
      'During talks with Sheikh Khalifa al-Harthy in Tehran last week, Iranian Foreign Minister Hossein Amir-Abdollahian said Tehran is committed to dialogue.';
    expect(draftOf(text).meetings).toHaveLength(1);
  });

  it('a second meeting of the same day stays', () => {
    const text = `${lead}In a meeting with Sheikh Khalifa al-Harthy later that day, the Iranian foreign minister said Tehran is committed to dialogue.`;
    expect(draftOf(text).meetings).toHaveLength(2);
  });
});
