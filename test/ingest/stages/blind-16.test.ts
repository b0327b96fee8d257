import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { findCandidateMentions } from '../../../src/ingest/linking/initiative-candidates.js';
import { officeOf } from '../../../src/ingest/lexicon/titles.js';
import { findPeople } from '../../../src/ingest/recognize/people.js';
import { nameOf, stagesOf, wordsOfSentence } from './read.js';

// The classes of miss blind set 16 showed on its first run (EVALUATION.md), each with the sentences of its kind that
// the stage must read right; the fixtures themselves are scored in readout-fixtures.test.ts.

const base: ExtractOptions = { initiatives: [], people: [] };
const meetingsOf = (text: string, options: Partial<ExtractOptions> = {}) => extractReadout(text, { ...base, ...options }).meetings;
const peopleOf = (meeting: { participants: { name: string }[] } | undefined) => meeting?.participants.map((p) => p.name) ?? [];
const lead = (body: string) => `Foreign Minister meets counterpart\n\n${body}`;

describe('people a group names', () => {
  it.each([
    ['his US, Polish, Italian, and Canadian counterparts', ['US', 'PL', 'IT', 'CA']],
    ['his US, Polish, Italian and Canadian counterparts', ['US', 'PL', 'IT', 'CA']],
    ['his Egyptian and Iraqi counterparts', ['EG', 'IQ']],
  ])('reads one counterpart per country of "%s" (the serial comma included)', (group, countries) => {
    const sentence = `Ukrainian Foreign Minister Dmytro Kuleba held separate phone conversations with ${group} on Tuesday.`;
    const members = findPeople(wordsOfSentence(sentence)).filter((m) => m.group === true);
    expect(members.map((m) => m.countryCode)).toEqual(countries);
  });

  it.each([
    'with the presidents of the two countries, Hassan Rouhani and Recep Tayyip Erdoğan, in attendance.',
    'with the presidents of both countries, Hassan Rouhani and Recep Tayyip Erdoğan, in attendance.',
  ])('gives the office of "the presidents of the two countries" to the names after it: "%s"', (tail) => {
    const sentence = `The memorandums were signed ${tail}`;
    const named = findPeople(wordsOfSentence(sentence)).filter((m) => m.name !== null);
    expect(named.map((m) => [sentence.slice(m.name!.start, m.name!.end), m.office, m.group])).toEqual([
      ['Hassan Rouhani', 'head-of-state', true],
      ['Recep Tayyip Erdoğan', 'head-of-state', true],
    ]);
  });

  it('names the foreign ministers of two countries after the names the text gave with those countries', () => {
    const text =
      "Chinese Foreign Minister Wang Yi met with Afghanistan's Salahuddin Rabbani and Pakistan's Khawaja Asif. Afghan and Pakistani foreign ministers met in Beijing.";
    const people = stagesOf(text).entities.filter((e) => e.strong);
    expect(people.map((e) => [nameOf(e), e.countryCode, e.office])).toEqual([
      ['Wang Yi', 'CN', 'foreign-minister'],
      ['Salahuddin Rabbani', 'AF', 'foreign-minister'],
      ['Khawaja Asif', 'PK', 'foreign-minister'],
    ]);
  });
});

describe('people named around their office', () => {
  it('reads a city that opens the sentence before a title and a name as the dateline, not the holder', () => {
    const sentence =
      'New York, The Minister of Foreign Affairs, Shaikh Khalid bin Ahmed Al Khalifa, met with the Minister of Foreign Affairs of Mongolia.';
    const titled = findPeople(wordsOfSentence(sentence)).filter((m) => m.title !== null && m.name !== null);
    expect(titled.map((m) => sentence.slice(m.name!.start, m.name!.end))).toEqual(['Shaikh Khalid bin Ahmed Al Khalifa']);
  });

  it('reads "Ambassador at Large of …" as one title', () => {
    const sentence = 'Ambassador at Large of the Kazakh Foreign Ministry Talgat Kaliyev partook in the meeting.';
    const [mention] = findPeople(wordsOfSentence(sentence));
    expect([sentence.slice(mention!.title!.start, mention!.title!.end), mention!.countryCode]).toEqual([
      'Ambassador at Large of the Kazakh Foreign Ministry',
      'KZ',
    ]);
  });

  it.each([
    ['Secretary General’s', 'secretary general'],
    ["Prime Minister's", 'head-of-government'],
  ])('gives "the %s efforts" the office of its holder', (title, office) => {
    expect(officeOf(title)).toBe(office);
  });

  it('takes "the President" for a person when the sentence has them and another person discuss', () => {
    const text = lead(
      'UN Secretary-General António Guterres arrived in Ankara. The Secretary-General and the President discussed the Syrian conflict.',
    );
    const [meeting] = meetingsOf(text);
    expect(peopleOf(meeting)).toEqual(['António Guterres', expect.stringMatching(/^President\b/)]);
  });
});

describe('meetings a readout only mentions', () => {
  it.each([
    [
      'briefed on',
      'Secretary of State Antony Blinken met French Foreign Minister Catherine Colonna. Secretary Blinken also briefed them on his visit to Ukraine, including his discussions with President Volodymyr Zelenskyy.',
    ],
    [
      'the last time',
      'Foreign Minister Park Jin met Japanese Foreign Minister Yoshimasa Hayashi in Seoul. The last time Japan’s foreign minister visited South Korea was four years ago, when Foreign Minister Taro Kono met Foreign Minister Kang Kyung-wha.',
    ],
    [
      'plans to visit … for a meeting',
      'Foreign Minister Park Jin met Japanese Foreign Minister Yoshimasa Hayashi in Seoul. Park plans to visit Washington early this month for a bilateral meeting with Secretary of State Antony Blinken.',
    ],
  ])('reports one meeting, not the one told in passing (%s)', (_, body) => {
    expect(meetingsOf(lead(body))).toHaveLength(1);
  });

  it('takes no date from a sentence that recalls an earlier visit', () => {
    const text = lead(
      'Foreign Minister Park Jin met Japanese Foreign Minister Yoshimasa Hayashi in Seoul on Monday. The last time Japan’s foreign minister visited South Korea was around four years ago in June 2018.',
    );
    expect(meetingsOf(text)[0]?.date).toBeNull();
  });

  it('drops a photo caption line ("FILE PHOTO: …") and what follows "Check Also"', () => {
    const text = [
      'Lavrov and Pompeo talk by phone',
      '',
      'Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State Mike Pompeo spoke by phone on Wednesday. The two ministers discussed the situation in Syria and the prospects of a political settlement, the ministry said in a statement.',
      '',
      'FILE PHOTO: Russian Foreign Minister Sergei Lavrov attends a meeting with Philippine Foreign Secretary Alan Peter Cayetano in Moscow.',
      '',
      'Check Also',
      '',
      'Amman, SANA- The final statement of the meeting of Jordanian and Syrian ministers was issued.',
    ].join('\n');
    const meetings = meetingsOf(text);
    expect(meetings.map((m) => [peopleOf(m), m.city])).toEqual([[['Sergei Lavrov', 'Mike Pompeo'], null]]);
  });
});

describe('who was at the meeting', () => {
  it('keeps the counterparts of a meeting the headline calls trilateral at one table', () => {
    const text = [
      'Foreign ministers convene first trilateral dialogue in Beijing',
      '',
      'Chinese Foreign Minister Wang Yi met with Afghan Foreign Minister Salahuddin Rabbani and Pakistani Foreign Minister Khawaja Asif.',
    ].join('\n');
    expect(meetingsOf(text).map(peopleOf)).toEqual([['Wang Yi', 'Salahuddin Rabbani', 'Khawaja Asif']]);
  });

  it('adds the people "during the talks" begins with to the meeting at hand', () => {
    const text = lead(
      'Ambassador at Large Talgat Kaliyev met with the heads of delegations. During the talks, Special Envoy of the UN Secretary-General for Syria Geir O. Pedersen and Special Representative of the Russian President Alexander Lavrentyev commended the Astana process.',
    );
    expect(meetingsOf(text).map(peopleOf)).toEqual([['Talgat Kaliyev', 'Geir O. Pedersen', 'Alexander Lavrentyev']]);
  });

  it('takes the signatories of what was signed for people at the meeting', () => {
    const text = lead(
      'Iranian Foreign Minister Mohammad Javad Zarif met Turkish Foreign Minister Mevlut Cavusoglu in Ankara. Two memorandums were signed by Zarif and Turkish Health Minister Recep Akdağ.',
    );
    const meetings = meetingsOf(text);
    expect(meetings).toHaveLength(1);
    expect(peopleOf(meetings[0]).sort()).toEqual(['Mevlut Cavusoglu', 'Mohammad Javad Zarif', 'Recep Akdağ']);
  });
});

describe('initiatives that are not', () => {
  const candidates = (text: string) => findCandidateMentions(text, 0, text.length, []).map((m) => m.name);

  it.each([
    ['an apostrophe inside a quotation', '“Today’s meeting was held in a sincere and constructive atmosphere,” Mirzoyan said.', []],
    ['a nickname between names', 'He travelled with President Ferdinand “Bongbong” Marcos Jr. to New York.', []],
    ['a name quoted between a country and a programme head', 'They discussed the Kazakh “Nurly Zhol” Programme.', ['Nurly Zhol']],
  ])('%s', (_, text, names) => {
    expect(candidates(text)).toEqual(names);
  });
});

describe('initiatives named with their setting or their parties', () => {
  const slugsOf = (body: string) => meetingsOf(lead(body), { initiatives: [] })[0]?.initiatives.map((initiative) => initiative.slug) ?? [];

  it.each([
    ['met again at', 'In the evening the two ministers met again at the Munich Security Conference.'],
    ['on the sidelines of', 'The ministers met on the sidelines of the Antalya Diplomatic Forum.'],
  ])('takes no event the meeting was held at for an initiative (%s)', (_, sentence) => {
    expect(slugsOf(`Foreign Minister Anna Berg met Finnish Foreign Minister Pekka Laine. ${sentence}`)).toEqual([]);
  });

  it('names an agreement without the parties it is between', () => {
    const body =
      'Foreign Minister Murat Nurtleu met British Ambassador Kathy Leach. They discussed signing the Strategic Partnership and Cooperation Agreement between Kazakhstan and the UK.';
    expect(slugsOf(body)).toEqual(['strategic-partnership-and-cooperation-agreement']);
  });
});

describe('who said what', () => {
  const speakersOf = (text: string) => {
    const [meeting] = meetingsOf(text);
    return (meeting?.statements ?? [])
      .filter((s) => s.kind !== 'narrative')
      .map((s) => (s.speakerKey === null ? 'joint' : (meeting?.participants.find((p) => p.key === s.speakerKey)?.name ?? '?')));
  };

  it('gives a first-person quotation to the speaker before it, not to the person it names', () => {
    const text = lead(
      'Prime Minister Chris Hipkins met Indian Prime Minister Narendra Modi in Port Moresby. Hipkins said the meeting was warm. "Prime Minister Modi invited me to visit India as soon as I am able."',
    );
    expect(speakersOf(text)).toEqual(['Chris Hipkins']);
    expect(meetingsOf(text)[0]?.statements.at(-1)?.text).toMatch(/invited me to visit India/);
  });

  it('takes the person a quotation is given to ("…," acknowledged Naledi Pandor) for a participant', () => {
    const text = lead(
      'South Africa\'s Minister of Foreign Affairs received her Japanese counterpart Yoshimasa Hayashi on Tuesday. "Japan is one of the major investors in South Africa," acknowledged Naledi Pandor.',
    );
    expect(meetingsOf(text)[0]?.participants.map((p) => [p.name, p.countryCode])).toEqual([
      ['Naledi Pandor', 'ZA'],
      ['Yoshimasa Hayashi', 'JP'],
    ]);
  });

  it('gives what "the Secretary and the Foreign Minister" did to both', () => {
    const text = lead(
      'Secretary of State Antony J. Blinken met with German Foreign Minister Annalena Baerbock in Washington. The Secretary and the Foreign Minister underscored their support for Ukraine.',
    );
    expect(speakersOf(text)).toEqual(['joint']);
  });
});
