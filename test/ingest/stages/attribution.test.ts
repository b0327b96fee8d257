import { describe, expect, it } from 'vitest';
import { nameOf, stagesOf } from './read.js';

// Stage 4, attribution: one person per entity across the text (full names, surnames, titles, counterparts), and the
// passages each participant, or the sides together, said.

// Entities in the order the text first mentions them, each with its mentions in text order.
const entitiesOf = (text: string) =>
  stagesOf(text)
    .entities.filter((entity) => entity.strong)
    .map((entity) => ({ entity, spans: entity.mentions.map((m) => m.mention.span).sort((a, b) => a.start - b.start) }))
    .sort((a, b) => a.spans[0]!.start - b.spans[0]!.start)
    .map(({ entity, spans }) => ({
      name: nameOf(entity),
      country: entity.countryCode,
      mentions: spans.map((span) => text.slice(span.start, span.end)),
    }));

const passagesOf = (text: string) =>
  stagesOf(text).passages.map((passage) => ({
    by: passage.attribution.kind === 'person' ? nameOf(passage.attribution.entity) : passage.attribution.kind,
    text: text.slice(passage.span.start, passage.span.end),
  }));

describe('people across the text', () => {
  it('resolves a title, a surname and "Minister X" to the person named in full', () => {
    const text = [
      'Foreign Secretary meets Brazilian Foreign Minister',
      '',
      'The Foreign Secretary Jane Holloway and Brazilian Minister of Foreign Affairs Carlos Mendes met in Rio de Janeiro on 4 March 2024.',
      '',
      'The Foreign Secretary said the United Kingdom welcomed the Strategic Dialogue. Holloway added that trade had grown.',
      '',
      'Minister Mendes said Brazil would work with the UK.',
    ].join('\n');
    expect(entitiesOf(text)).toEqual([
      {
        name: 'Jane Holloway',
        country: 'GB',
        mentions: ['Foreign Secretary', 'Foreign Secretary Jane Holloway', 'Foreign Secretary', 'Holloway'],
      },
      {
        name: 'Carlos Mendes',
        country: 'BR',
        mentions: ['Brazilian Foreign Minister', 'Brazilian Minister of Foreign Affairs Carlos Mendes', 'Minister Mendes'],
      },
    ]);
  });

  it('names a group of office holders given by country with the names a later sentence lists, in order', () => {
    const text = [
      'Turkey, Germany, France, UK hold teleconference meeting',
      '',
      'Foreign ministers of Turkey, Germany, France and the U.K. held a teleconference to discuss regional issues.',
      '',
      'The ministry said that Mevlüt Çavuşoğlu, Heiko Maas, Jean-Yves Le Drian and Dominic Raab gathered for a virtual meeting.',
    ].join('\n');
    const named = entitiesOf(text).filter((entity) => entity.name !== null);
    expect(named.map((entity) => [entity.name, entity.country])).toEqual([
      ['Mevlüt Çavuşoğlu', 'TR'],
      ['Heiko Maas', 'DE'],
      ['Jean-Yves Le Drian', 'FR'],
      ['Dominic Raab', 'GB'],
    ]);
  });

  it.each([
    [
      'Foreign Minister Anna Berg held a meeting with the United States Secretary of State, The Hon. Marco Rubio, on 10 July 2025.',
      'Marco Rubio',
      'US',
    ],
    ['Foreign Minister Anna Berg met Pekka Laine, the new ambassador of Finland, on 10 July 2025.', 'Pekka Laine', 'FI'],
    [
      'Foreign Minister Anna Berg received the Secretary-General of the Association of Southeast Asian Nations (ASEAN) Dato Lim Boon Keng. The Secretary-General of ASEAN said the region valued the partnership.',
      'Lim Boon Keng',
      null,
    ],
    [
      'Turkish foreign minister on Saturday spoke with Foreign Minister Anna Berg on the phone. The official said Turkish minister Mevlüt Çavuşoğlu held a telephonic conversation.',
      'Mevlüt Çavuşoğlu',
      'TR',
    ],
  ])('resolves the title and the name in "%s" to one person', (sentence, name, country) => {
    const found = entitiesOf(['Ministers meet', '', sentence].join('\n')).filter(
      (entity) => entity.country === country && !(country === null && entity.name === 'Anna Berg'),
    );
    expect(found.map((entity) => entity.name)).toEqual([name]);
  });

  it('gives the head of "Mexico\'s delegation" Mexico, not the country a "Foreign Secretary" has by default', () => {
    const text = [
      'High Level Meeting',
      '',
      "Mexico's delegation was led by Foreign Secretary Luis Videgaray Caso. In turn, the US delegation was headed by Secretary of State Rex Tillerson.",
    ].join('\n');
    expect(entitiesOf(text).map((entity) => [entity.name, entity.country])).toEqual([
      ['Luis Videgaray Caso', 'MX'],
      ['Rex Tillerson', 'US'],
    ]);
  });

  it('resolves a counterpart to the person of that country the text names', () => {
    const text = [
      'FM Takeda holds video conference with Indonesian counterpart',
      '',
      'Minister for Foreign Affairs Hiroshi Takeda held a video conference with Retno Marsudi, Minister for Foreign Affairs of Indonesia.',
    ].join('\n');
    expect(entitiesOf(text).map((entity) => [entity.name, entity.country, entity.mentions.length])).toEqual([
      ['Hiroshi Takeda', null, 2],
      ['Retno Marsudi', 'ID', 2],
    ]);
  });

  it.each([
    [
      'Kazakh Secretary of State Gulshara Abdykalikova met with Russian Ambassador Alexei Borodavkin. The Secretary of State added that relations were close.',
      'Gulshara Abdykalikova',
    ],
    [
      'U.S. Assistant Secretary of State Donald Lu paid a visit to Kazakhstan. The American diplomat was received by Foreign Minister Mukhtar Tileuberdi.',
      'Donald Lu',
    ],
  ])('resolves a title-only reference to the person the text named with it: "%s"', (text, name) => {
    const people = entitiesOf(text);
    expect(people.find((p) => p.name === name)?.mentions).toHaveLength(2);
    expect(people.map((p) => p.name)).not.toContain(expect.stringMatching(/Secretary of State|diplomat/));
  });

  it.each([
    [
      'United Nations Secretary-General Ban Ki-moon addressed the Assembly. The Secretary-General met with Niger’s Foreign Minister Mohamed Bazoum.',
      'Ban Ki-moon',
    ],
    [
      'The Secretary General of the Organization of American States (OAS), José Miguel Insulza, arrived. The Secretary-General met Heraldo Muñoz.',
      'José Miguel Insulza',
    ],
  ])('resolves "the Secretary-General" to the organisation head named with the organisation: "%s"', (text, name) => {
    const people = entitiesOf(text);
    expect(people.find((p) => p.name === name)?.mentions).toHaveLength(2);
    expect(people.map((p) => p.name)).not.toContain('Secretary-General');
  });

  it("keeps another organisation's Secretary-General in the same sentence apart", () => {
    const text = 'The Secretary-General met with CARICOM’s Secretary-General and the Prime Minister of Saint Lucia, Kenny D. Anthony.';
    expect(stagesOf(text).entities.filter((e) => e.title?.includes('Secretary-General'))).toHaveLength(2);
  });

  it('gives a second office joined by "and the country\'s" to the person named before it', () => {
    const text =
      "The meeting was attended by Mohamed Salem Ahmed Al Rashdi, UAE Ambassador to Ethiopia and the country's Permanent Representative to the African Union.";
    expect(entitiesOf(text).map((entity) => [entity.name, entity.mentions.length])).toEqual([['Mohamed Salem Ahmed Al Rashdi', 2]]);
  });

  it('keeps a person the text only names by title as one unnamed person', () => {
    const text = 'The Foreign Secretary met Russian Foreign Minister Sergey Lavrov in Geneva. The Foreign Secretary raised Ukraine.';
    expect(entitiesOf(text).map((entity) => [entity.name, entity.mentions.length])).toEqual([
      ['Foreign Secretary', 2],
      ['Sergey Lavrov', 1],
    ]);
  });
});

describe('people introduced by title and named later', () => {
  it('names two people of different countries introduced by title in the order a later sentence names them', () => {
    const text = [
      "Turkey's foreign minister spoke to his Egyptian counterpart over phone on Saturday, a diplomatic source said.",
      'Mevlüt Çavuşoğlu and Sameh Shoukry exchanged greetings on the holy month of Ramadan, according to the source.',
    ].join('\n');
    expect(entitiesOf(text).map((e) => [e.name, e.country])).toEqual([
      ['Mevlüt Çavuşoğlu', 'TR'],
      ['Sameh Shoukry', 'EG'],
    ]);
  });

  it('names a counterpart introduced by title with the one later named with the same country ("France\'s X")', () => {
    const text = [
      'KUWAIT CITY',
      "Kuwait's foreign minister met with his French counterpart and discussed bilateral relations, local media reported.",
      "According to Kuwait News Agency (KUNA), Kuwait's Sheikh Ahmad Al-Sabah and France's Jean-Yves Le Drian commended the strong relations.",
    ].join('\n');
    expect(entitiesOf(text).map((e) => [e.name, e.country])).toEqual([
      ['Sheikh Ahmad Al-Sabah', 'KW'],
      ['Jean-Yves Le Drian', 'FR'],
    ]);
    expect(passagesOf(text).map((p) => p.by)).toEqual(['joint', 'joint']);
  });
});

describe('passages', () => {
  it('reads "X welcomed <something>" as what X said, and "X welcomed <someone>" as the meeting', () => {
    const text = [
      'Manalo meets Wong',
      '',
      'Philippine Foreign Affairs Secretary Enrique Manalo met Australian Foreign Minister Penny Wong in Manila.',
      '',
      "Manalo welcomed Australia's support for maritime domain awareness.",
    ].join('\n');
    expect(passagesOf(text)).toEqual([
      { by: 'Enrique Manalo', text: "Manalo welcomed Australia's support for maritime domain awareness." },
    ]);
    const welcomed = 'Minister meets counterpart\n\nForeign Minister Anna Berg welcomed Finnish Foreign Minister Pekka Laine in Stockholm.';
    expect(stagesOf(welcomed).encounters.map((e) => e.participants.map(nameOf))).toEqual([['Anna Berg', 'Pekka Laine']]);
  });

  it('gives each attributed sentence and what follows it in its paragraph to its speaker', () => {
    const text = [
      'Minister Aydin receives Kazakh counterpart',
      '',
      'Minister of Foreign Affairs Kemal Aydin held a meeting with Kazakh Foreign Minister Murat Nurtleu in Astana on 11 October 2023.',
      '',
      'Aydin noted that Türkiye attaches importance to the Middle Corridor. It is a priority for both countries.',
      '',
      'Nurtleu said the Organization of Turkic States summit would deepen cooperation.',
      '',
      'The two sides agreed to meet again next year.',
    ].join('\n');
    expect(passagesOf(text)).toEqual([
      {
        by: 'Kemal Aydin',
        text: 'Aydin noted that Türkiye attaches importance to the Middle Corridor. It is a priority for both countries.',
      },
      { by: 'Murat Nurtleu', text: 'Nurtleu said the Organization of Turkic States summit would deepen cooperation.' },
      { by: 'joint', text: 'The two sides agreed to meet again next year.' },
    ]);
  });

  it('starts a new passage at each new attribution within a paragraph', () => {
    const text = [
      'Minister for Foreign Affairs Hiroshi Takeda held a video conference with Retno Marsudi, Minister for Foreign Affairs of Indonesia.',
      '',
      "Minister Takeda expressed his appreciation for Indonesia's leadership. Minister Marsudi stressed the importance of the ASEAN Outlook on the Indo-Pacific.",
    ].join('\n');
    expect(passagesOf(text).map((passage) => passage.by)).toEqual(['Hiroshi Takeda', 'Retno Marsudi']);
  });

  it('gives no passage to the spokesperson who reports the meeting or to a narrative sentence', () => {
    const text = [
      'Foreign Minister Anna Berg met Finnish Foreign Minister Pekka Laine in Stockholm on 3 May 2024, spokesperson Karl Ek said.',
      '',
      'Berg arrived in Stockholm on Friday.',
      '',
      'Laine said Finland valued the partnership.',
    ].join('\n');
    expect(passagesOf(text)).toEqual([{ by: 'Pekka Laine', text: 'Laine said Finland valued the partnership.' }]);
  });

  it.each([
    ['the diplomat', 'The diplomat also highlighted the ties between the two countries.'],
    ['the top diplomat', 'The top diplomat also highlighted the ties between the two countries.'],
    ['a spokesman reporting', 'According to ministry spokesman Karl Ek, Berg highlighted the ties between the two countries.'],
  ])('gives the passage to the speaker named as %s', (_, sentence) => {
    const text = [
      'Foreign Minister Anna Berg met Finnish Trade Minister Pekka Laine in Stockholm on 3 May 2024.',
      '',
      'Laine said Finland valued the partnership.',
      '',
      sentence,
    ].join('\n');
    expect(passagesOf(text).map((passage) => passage.by)).toEqual(['Pekka Laine', 'Anna Berg']);
  });

  it.each([
    ['The Finnish Trade Minister was keen to inquire about the outcomes of the summit.'],
    ['Minister Laine was careful to stress the importance of the partnership.'],
  ])('gives "%s" to its subject', (sentence) => {
    const text = ['Foreign Minister Anna Berg met Finnish Trade Minister Pekka Laine in Stockholm on 3 May 2024.', '', sentence].join('\n');
    expect(passagesOf(text)).toEqual([{ by: 'Pekka Laine', text: sentence }]);
  });

  it.each([
    ['Foreign Minister Anna Berg discussed with her Finnish counterpart Pekka Laine bilateral relations and regional security.'],
    ['Foreign Minister Anna Berg, on her visit, has discussed with Pekka Laine, the Finnish Foreign Minister, regional security.'],
    ['At the end of the call, the Finnish and Swedish ministers agreed on continuous consultations.'],
    ['There was congruence on the necessity of a ceasefire.'],
  ])('gives "%s" (what both did) to the sides together', (sentence) => {
    const text = ['Ministers meet', '', sentence].join('\n');
    expect(passagesOf(text).map((passage) => passage.by)).toEqual(['joint']);
  });

  it.each([
    ['Both sides had an in-depth exchange of views on regional security.'],
    ['The two ministers held a detailed discussion of regional security.'],
    ['Together, they highlighted the importance of regional security.'],
  ])('gives "%s" to the sides together', (sentence) => {
    const text = ['Foreign Minister Anna Berg met Finnish Foreign Minister Pekka Laine in Stockholm on 3 May 2024.', '', sentence].join(
      '\n',
    );
    expect(passagesOf(text)).toEqual([{ by: 'joint', text: sentence }]);
  });

  it.each([
    ['During the meeting the interlocutors discussed regional security.'],
    ['At the talks the two sides reviewed regional security.'],
  ])('gives "%s", an opening adverbial without its comma, to the sides together', (sentence) => {
    const text = ['Foreign Minister Anna Berg met Finnish Foreign Minister Pekka Laine in Stockholm on 3 May 2024.', '', sentence].join(
      '\n',
    );
    expect(passagesOf(text)).toEqual([{ by: 'joint', text: sentence }]);
  });

  it.each([
    ['a meeting verb', 'The President of Finland welcomed the Minister and outlined with satisfaction that relations were good.'],
    ['a narrative verb', 'Laine received the Minister and noted that relations were good.'],
  ])('gives a sentence with %s and then a speech verb of the same subject to that subject', (_, sentence) => {
    const text = [
      'Foreign Minister Anna Berg had a meeting with Pekka Laine, the President of Finland, in Helsinki on 3 May 2024.',
      '',
      sentence,
    ].join('\n');
    expect(passagesOf(text)).toEqual([{ by: 'Pekka Laine', text: sentence }]);
  });

  it('gives "met … and discussed" to the sides together, not to the subject', () => {
    const text = [
      'Foreign Minister Anna Berg had a meeting with Pekka Laine, the President of Finland, in Helsinki on 3 May 2024.',
      '',
      'Laine received the Minister and discussed regional security with her.',
    ].join('\n');
    expect(passagesOf(text).map((passage) => passage.by)).not.toContain('Pekka Laine');
  });

  it('reads past a long participle aside to the speaker ("Senator Rubio, pointing out that …, voiced his hope")', () => {
    const text = [
      'Foreign Minister Anna Berg met Senator Pekka Laine in Stockholm on 3 May 2024.',
      '',
      'In response, Senator Laine, pointing out that allies such as Sweden are pillars of the policy toward Europe, voiced his hope for closer ties.',
    ].join('\n');
    expect(passagesOf(text).map((passage) => passage.by)).toEqual(['Pekka Laine']);
  });

  it('gives no passage to a meeting sentence whose "and" joins another meeting verb', () => {
    const text = [
      'Foreign Minister Anna Berg had a meeting with Pekka Laine, the President of Finland, in Helsinki on 3 May 2024.',
      '',
      'Laine received the Minister and hosted a lunch in her honour.',
    ].join('\n');
    expect(passagesOf(text)).toEqual([]);
  });

  it('gives a meeting sentence that goes on ", saying …" to its subject', () => {
    const text = [
      'Prime Minister Anna Berg received Finnish Foreign Minister Pekka Laine in Stockholm on 3 May 2024.',
      '',
      'The Prime Minister welcomed Laine on his first visit, saying the visit shows the strength of the partnership.',
    ].join('\n');
    expect(passagesOf(text).map((passage) => passage.by)).toEqual(['Anna Berg']);
  });

  it('takes "the Chairperson" for the person whose longer title ends in it', () => {
    const text = [
      'The African Union Commission Chairperson, Anna Berg, met Finnish Foreign Minister Pekka Laine in Addis Ababa on 3 May 2024.',
      '',
      'The Chairperson lauded the partnership between the Commission and Finland.',
    ].join('\n');
    expect(passagesOf(text).map((passage) => passage.by)).toEqual(['Anna Berg']);
  });

  it('tells the Prime Minister from a Deputy Prime Minister', () => {
    const text = [
      'Deputy Prime Minister Pekka Laine paid Prime Minister Anna Berg a courtesy call in Stockholm on 3 May 2024.',
      '',
      'The Prime Minister also stated that Sweden values the partnership. He claims that trade grew.',
    ].join('\n');
    expect(passagesOf(text).map((passage) => passage.by)).toEqual(['Anna Berg', 'pronoun']);
  });

  it('reads every form of "according to" as an attribution of its own', () => {
    const text = [
      'Foreign Minister Anna Berg met Finnish Foreign Minister Pekka Laine in Stockholm on 3 May 2024.',
      '',
      'Laine said Finland valued the partnership. According to him, trade doubled. According the Berg, it will double again.',
      '',
      'According to the Foreign Minister, security comes first.',
    ].join('\n');
    // "the Foreign Minister", unqualified, is the principal's: the text calls the other one the Finnish Foreign Minister.
    expect(passagesOf(text).map((passage) => passage.by)).toEqual(['Pekka Laine', 'pronoun', 'Anna Berg', 'Anna Berg']);
  });

  it('gives a title both sides hold, each qualified by its country, to no one of them', () => {
    const text = [
      'Swedish Foreign Minister Anna Berg met Finnish Foreign Minister Pekka Laine in Stockholm on 3 May 2024.',
      '',
      'According to the Foreign Minister, security comes first.',
    ].join('\n');
    expect(passagesOf(text).map((passage) => passage.by)).toEqual(['generic-title']);
  });

  it('reads a lead whose own verb reports what was said, with the meeting as its adverbial', () => {
    const text =
      "Sweden's Foreign Minister Anna Berg has reiterated her country's support for Finland during a meeting with her Finnish peer Pekka Laine.";
    expect(passagesOf(text)).toEqual([{ by: 'Anna Berg', text }]);
  });
});

describe('passages a new session found missed', () => {
  const lead =
    'Makei, Lavrov discuss situation\n\nBelarus Minister of Foreign Affairs Vladimir Makei had a phone conversation with his Russian counterpart Sergey Lavrov.\n\n';

  it.each(['resolutely condemned', 'unequivocally supported', 'warmly welcomed', 'categorically rejected'])(
    'reads "Lavrov %s …" as Lavrov\'s, whatever the adverb in -ly before the verb',
    (verb) => {
      const sentence = `Sergey Lavrov ${verb} the statement of the parliament.`;
      expect(passagesOf(lead + sentence)).toContainEqual({ by: 'Sergey Lavrov', text: sentence });
    },
  );

  it('gives a quotation that tells of the meeting to whom its tail attributes it', () => {
    const sentence = '“During my first meeting with Makei, we agreed to work together on security,” says Lavrov in his tweet.';
    expect(passagesOf(lead + sentence)).toContainEqual({ by: 'Sergey Lavrov', text: sentence });
  });
});

describe('a title that refers back', () => {
  it('is the one holder named before it, though another holder is named after ("the Head of State" … "Chinese President Xi")', () => {
    const text = [
      'Head of State receives ambassadors',
      '',
      'President Kassym-Jomart Tokayev of Kazakhstan received the ambassadors of Russia and China.',
      '',
      'During the meeting with Russian ambassador Alexey Borodavkin the Head of State noted the importance of the visit.',
      '',
      'The Head of State highly appreciated Chinese President Xi Jinping’s efforts.',
    ].join('\n');
    const by = passagesOf(text).map((p) => p.by);
    expect(by).toEqual(['Kassym-Jomart Tokayev', 'Kassym-Jomart Tokayev']);
  });

  it('stays unresolved when two holders were named before it', () => {
    const text = [
      'Presidents meet',
      '',
      'President Kassym-Jomart Tokayev of Kazakhstan received President Shavkat Mirziyoyev of Uzbekistan.',
      '',
      'The President noted the importance of the visit.',
    ].join('\n');
    expect(passagesOf(text).map((p) => p.by)).not.toContain('Kassym-Jomart Tokayev');
  });
});

describe('"HE" before a title', () => {
  it.each(['HE', 'H.E.'])('is His Excellency, not the pronoun: "%s the Minister of State … voiced …"', (honorific) => {
    const text = [
      'Minister meets counterpart',
      '',
      `Doha: HE Minister of State for International Cooperation Lolwah Al Khater met with Egyptian Minister of Health Khaled Abdel Ghaffar. During the meeting, they discussed bilateral relations. ${honorific} the Minister of State for International Cooperation voiced the thanks of Qatar. For his part, ${honorific} the Egyptian Minister of Health voiced Egypt's appreciation.`,
    ].join('\n');
    expect(passagesOf(text).map((p) => p.by)).toEqual(['joint', 'Lolwah Al Khater', 'Khaled Abdel Ghaffar']);
  });
});
