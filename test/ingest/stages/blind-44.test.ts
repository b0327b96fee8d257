import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { defaultInitiatives } from '../../../src/ingest/lexicon/initiative-catalog.js';

// Classes found while tuning on blind set 44, each written as the class with its variants and, where a neighbouring
// case must not change, that case.

const base: ExtractOptions = { initiatives: defaultInitiatives, people: [], publishedAt: '2023-04-07' };
const meetings = (text: string) => extractReadout(text, base).meetings;
const names = (text: string) => meetings(text).map((m) => m.participants.map((p) => p.name).sort());
const speakers = (text: string) =>
  meetings(text).flatMap((m) =>
    m.statements
      .filter((s) => s.kind !== 'narrative')
      .map((s) => (s.speakerKey === null ? 'joint' : m.participants.find((p) => p.key === s.speakerKey)?.name)),
  );

describe('"Discussions were held on Monday between A and B": a day may stand between "held" and "between"', () => {
  it.each([
    ['Discussions were held on Monday between Minister of State Pabitra Margherita and Foreign Minister Lejone Mpotjoana.'],
    ['Talks were held today between Minister of State Pabitra Margherita and Foreign Minister Lejone Mpotjoana.'],
    ['A meeting took place on Tuesday between Minister of State Pabitra Margherita and Foreign Minister Lejone Mpotjoana.'],
    ['Discussions were also held yesterday between Minister of State Pabitra Margherita and Foreign Minister Lejone Mpotjoana.'],
    ['Discussions were held between Minister of State Pabitra Margherita and Foreign Minister Lejone Mpotjoana.'],
  ])('%s', (text) => {
    expect(names(text)).toEqual([['Lejone Mpotjoana', 'Pabitra Margherita']]);
  });
});

describe('a sentence of travel ("He reached Lesotho after …") is narrative, not what the principal said', () => {
  const lead = 'Minister of State Pabitra Margherita met Foreign Minister Lejone Mpotjoana in Maseru on Monday.\n\n';
  it.each([
    ['He reached Lesotho after concluding a successful visit to Eswatini.'],
    ['He returned to New Delhi on Tuesday.'],
    ['He left for Gaborone in the evening.'],
    ['He toured the Katse Dam before the talks.'],
    ['He flew to Maputo after the meeting.'],
  ])('%s', (sentence) => {
    expect(speakers(lead + sentence)).toEqual([]);
  });

  it.each([
    ['They reached an agreement on holding an intergovernmental meeting this fall.', 'joint'],
    ['They reached consensus on the new visa regime.', 'joint'],
    ['He stressed the importance of the water project.', 'Pabitra Margherita'],
  ])('but "%s" still is a statement', (sentence, speaker) => {
    expect(speakers(lead + sentence)).toEqual([speaker]);
  });
});

describe('after a title, a country that is also a given name opens a name of three words', () => {
  it.each([
    ['Foreign Secretary Bharat Raj Paudyal', 'Bharat Raj Paudyal'],
    ['Foreign Minister Israel Yoel Katz', 'Israel Yoel Katz'],
    ['Deputy Minister Jordan Ali Haddad', 'Jordan Ali Haddad'],
    ['Foreign Secretary Bharat Paudyal', 'Bharat Paudyal'],
  ])('%s', (printed, name) => {
    expect(names(`${printed} met with Foreign Minister Qin Gang in Beijing on 6 April 2023.`)).toEqual([[name, 'Qin Gang'].sort()]);
  });

  it('a capital before a name after a phrase still ends the phrase ("meetings in Baku Ivica Dacic")', () => {
    const found = names('Foreign Minister Qin Gang held bilateral meetings in Baku Ivica Dacic on Friday.').flat();
    expect(found).not.toContain('Baku Ivica Dacic');
  });
});

describe('"the Lithuanian, Latvian and Estonian foreign ministers – respectively, A, B and C": the names in order', () => {
  it.each([
    ['the Lithuanian, Latvian and Estonian foreign ministers – respectively, Audronius Ažubalis, Māris Riekstiņš and Urmas Paet'],
    ['the Lithuanian, Latvian and Estonian foreign ministers: respectively, Audronius Ažubalis, Māris Riekstiņš and Urmas Paet'],
    ['the Lithuanian, Latvian and Estonian foreign ministers, respectively Audronius Ažubalis, Māris Riekstiņš and Urmas Paet'],
    ['the Lithuanian, Latvian and Estonian foreign ministers, Audronius Ažubalis, Māris Riekstiņš and Urmas Paet'],
  ])('%s', (group) => {
    const [meeting] = meetings(`On 9 April in Riga, during the informal meeting of ${group}, the ministers discussed NATO.`);
    const byName = Object.fromEntries(meeting!.participants.map((p) => [p.name, p.countryCode]));
    expect(byName).toEqual({ 'Audronius Ažubalis': 'LT', 'Māris Riekstiņš': 'LV', 'Urmas Paet': 'EE' });
  });
});

describe('a welcome on arrival is no meeting of its own when the readout reports others, and is one alone', () => {
  const visit = 'President Lai Ching-te met Governor-General Tofiga Falani in Funafuti on 4 December 2024.\n\n';
  it.each([
    [
      'President Lai Ching-te arrived at Guam International Airport in the evening. He was welcomed by Ingrid Larson, managing director at the American Institute in Taiwan.',
    ],
    [
      'President Lai Ching-te was received by Ingrid Larson, managing director at the American Institute in Taiwan, on his arrival in Guam.',
    ],
    [
      'President Lai Ching-te was warmly welcomed by Ingrid Larson, managing director at the American Institute in Taiwan, upon arrival at the airport.',
    ],
  ])('%s', (sentence) => {
    expect(names(visit + sentence)).toEqual([['Lai Ching-te', 'Tofiga Falani']]);
    // The readout of the welcome alone reports it.
    expect(names(sentence)).toEqual([['Ingrid Larson', 'Lai Ching-te']]);
  });

  it('a welcome that goes on to what they discussed is a meeting', () => {
    expect(
      names(
        visit +
          'Lai was received by Ingrid Larson, managing director at the American Institute in Taiwan, on his arrival in Guam, and they discussed regional security.',
      ),
    ).toContainEqual(['Ingrid Larson', 'Lai Ching-te']);
  });
});

describe('"Wang called South Korea a partner" names, it does not phone', () => {
  const lead = 'The top diplomats of South Korea and China, Park Jin and Wang Yi, held video talks on Monday.\n\n';
  it.each([
    ['Wang called South Korea a "strategic cooperation partner" of China.'],
    ['Wang called the Korean Peninsula an area of shared concern.'],
    ['Park called China an important neighbour.'],
  ])('%s', (sentence) => {
    expect(meetings(lead + sentence)[0]?.kind).toBe('video_call');
  });

  it('"X called Y" alone is still a phone call', () => {
    expect(meetings('Foreign Minister Park Jin called Chinese Foreign Minister Wang Yi on Monday.')[0]?.kind).toBe('phone_call');
  });
});

describe('"The meeting comes on the sidelines of …" sets a readout’s one meeting there, with its delegations', () => {
  const lead =
    'Mauritanian Foreign Minister Mohamed Salem Ould Merzoug held talks with his Ivorian counterpart Kacou Houadja Leon Adoum on Tuesday in Nouakchott.\n\nThe talks touched on relations.\n\n';
  const attended =
    '\n\nThe meeting was attended by Ambassador Daman Hamer, Ambassador Mohamed Abdallah Ould Khadra and Director Mariem Sawo.';
  it.each([
    ['The meeting comes on the sidelines of the first session of political consultations between the two countries.'],
    ['The talks were held on the sidelines of the first session of political consultations.'],
    ['This meeting took place on the margins of the joint commission.'],
  ])('%s', (sentence) => {
    expect(meetings(lead + sentence)[0]?.kind).toBe('sideline_meeting');
    expect(meetings(lead + sentence + attended)[0]?.kind).toBe('sideline_meeting');
  });
});
