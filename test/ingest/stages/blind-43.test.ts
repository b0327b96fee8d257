import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { defaultInitiatives } from '../../../src/ingest/lexicon/initiative-catalog.js';
import { officeOf } from '../../../src/ingest/lexicon/titles.js';
import { lookupMisspeltDemonym } from '../../../src/ingest/recognize/countries.js';

// Classes found while tuning on blind set 43, each written as the class with its variants and, where a neighbouring
// case must not change, that case.

const base: ExtractOptions = { initiatives: defaultInitiatives, people: [], publishedAt: '2023-01-20' };
const names = (text: string) => extractReadout(text, base).meetings.map((m) => m.participants.map((p) => p.name).sort());
const lead = 'Danish Foreign Minister Lars Rasmussen arrived in Nuuk on Tuesday for a three-day visit.\n';

describe("a meeting on the agenda of someone's visit is theirs", () => {
  it.each([
    ['Central to his agenda was a discussion with Greenland’s Minister of Foreign Affairs, Vivian Motzfeldt, about cooperation.'],
    ["Central to Rasmussen's agenda was a discussion with Greenland’s Minister of Foreign Affairs, Vivian Motzfeldt."],
    ['His programme also included talks with Greenland’s Minister of Foreign Affairs, Vivian Motzfeldt.'],
    ["Rasmussen's three-day visit included a meeting with Greenland’s Minister of Foreign Affairs, Vivian Motzfeldt."],
    ['On his schedule was a meeting with Greenland’s Minister of Foreign Affairs, Vivian Motzfeldt.'],
  ])('%s', (sentence) => {
    expect(names(lead + sentence)).toEqual([['Lars Rasmussen', 'Vivian Motzfeldt']]);
  });
});

describe('a meeting "held with" someone, in a sentence that names no one before it, is the principal’s', () => {
  it.each([
    ['A similar discussion was also had with the Faroese Minister of Foreign Affairs, Høgni Hoydal.'],
    ['Talks were also held with the Faroese Minister of Foreign Affairs, Høgni Hoydal.'],
    ['Consultations were conducted with the Faroese Minister of Foreign Affairs, Høgni Hoydal.'],
  ])('%s', (sentence) => {
    expect(names(lead + sentence)).toEqual([['Høgni Hoydal', 'Lars Rasmussen']]);
  });

  it('a sentence that names the host before it keeps its own subject', () => {
    expect(
      names(lead + 'At the Foreign Ministry, Prime Minister Mute Egede said talks were held with Minister Høgni Hoydal.'),
    ).not.toContainEqual(['Høgni Hoydal', 'Lars Rasmussen']);
  });
});

describe('a spokesperson relays what the participants said, and is no participant', () => {
  const opening =
    'Minister of Foreign Affairs Sameh Shoukry met with the Minister of Foreign Affairs of Rwanda, Vincent Biruta, in Addis Ababa on Wednesday.\n\n';
  const spoken = (text: string) => {
    const [meeting] = extractReadout(opening + text, base).meetings;
    const nameOf = (key: string | null) => meeting!.participants.find((p) => p.key === key)?.name ?? null;
    return {
      participants: meeting!.participants.map((p) => p.name).sort(),
      speakers: meeting!.statements.filter((s) => s.kind !== 'narrative').map((s) => (s.kind === 'joint' ? 'joint' : nameOf(s.speakerKey))),
    };
  };
  it.each([
    [
      'According to the statements of Ambassador Ahmed Abu Zeid, the official spokesperson for the Ministry of Foreign Affairs, the two ministers followed up the existing cooperation.',
      'joint',
    ],
    [
      'According to Ambassador Ahmed Abu Zeid, the official spokesperson for the Ministry, Minister Shoukry stressed the importance of trade.',
      'Sameh Shoukry',
    ],
    [
      'Ambassador Ahmed Abu Zeid, the official spokesperson for the Ministry of Foreign Affairs, said that the two ministers followed up the existing cooperation.',
      'joint',
    ],
    [
      'Ambassador Ahmed Abu Zeid, the Spokesperson for the Ministry, stated that Minister Shoukry reviewed the Renaissance Dam negotiations.',
      'Sameh Shoukry',
    ],
    [
      'Ambassador Ahmed Abu Zeid, the official spokesperson, stated on Monday that Minister Shoukry emphasised the interest Egypt attaches to the project.',
      'Sameh Shoukry',
    ],
    [
      'Foreign Ministry spokesman Ahmed Abu Zeid said that Minister Biruta welcomed the preparations for the joint committee.',
      'Vincent Biruta',
    ],
  ])('%s', (sentence, speaker) => {
    expect(spoken(sentence)).toEqual({ participants: ['Sameh Shoukry', 'Vincent Biruta'], speakers: [speaker] });
  });

  it.each([
    ['The spokesman said that both exchanged opinions on the border.', ['joint']],
    ['The spokesman said that Foreign Minister Shoukry and Foreign Minister Biruta discussed the joint committee.', ['joint']],
    // Countries' positions, as a spokesperson announcing a visit gives them (blind-10): no words of the meeting's.
    ['A Foreign Ministry spokesperson said that both Egypt and Rwanda have expressed willingness to maintain contacts.', []],
  ])('%s', (sentence, speakers) => {
    expect(spoken(sentence).speakers).toEqual(speakers);
  });

  it('a report with no clause of its own gives the spokesperson no statement', () => {
    expect(
      spoken('Ambassador Ahmed Abu Zeid, the official spokesperson, said the meeting was held in a friendly atmosphere.').speakers,
    ).not.toContain('Ahmed Abu Zeid');
  });
});

describe('a demonym misspelt by one letter before "counterpart" still names the country', () => {
  it.each([
    ['his Ghanian Counterpart Nana Akufo-Addo', 'Nana Akufo-Addo', 'GH'],
    ['his Ghanian counterpart Nana Akufo-Addo', 'Nana Akufo-Addo', 'GH'],
    ['his Columbian counterpart Álvaro Leyva', 'Álvaro Leyva', 'CO'],
    ['his Ukranian counterpart Dmytro Kuleba', 'Dmytro Kuleba', 'UA'],
  ])('%s', (phrase, name, country) => {
    const [meeting] = extractReadout(`President Muhammadu Buhari on Tuesday received ${phrase} at the State House.`, base).meetings;
    expect(meeting!.participants.map((p) => [p.name, p.countryCode])).toContainEqual([name, country]);
  });

  it.each([
    ['Ghanian', 'GH'],
    ['Columbian', 'CO'],
    ['Ukranian', 'UA'],
    ['Austrian', 'AT'],
    ['Irani', null],
    ['Counterpart', null],
  ])('%s → %s', (word, code) => {
    expect(lookupMisspeltDemonym(word)?.code ?? null).toBe(code);
  });
});

describe('a second meeting of a visit where "he" was received', () => {
  const visit =
    'Minister for Foreign Affairs Vivian Balakrishnan visited Brunei yesterday.\n\nOn the visit, Dr Balakrishnan had an audience with Brunei’s Sultan Hassanal Bolkiah.\n\n';
  it.each([
    ['He also met and was hosted to lunch by Brunei’s Minister of Foreign Affairs II, Dato Erywan Pehin Yusof.', 'Erywan Pehin Yusof'],
    ['He was welcomed by Brunei’s Foreign Minister Erywan Yusof.', 'Erywan Yusof'],
    ['He was also received by Brunei’s Foreign Minister Erywan Yusof.', 'Erywan Yusof'],
    ['He also met Brunei’s Minister of Foreign Affairs II, Erywan Yusof.', 'Erywan Yusof'],
  ])('%s', (sentence, name) => {
    expect(names(visit + sentence)).toEqual([
      ['Hassanal Bolkiah', 'Vivian Balakrishnan'],
      [name, 'Vivian Balakrishnan'],
    ]);
  });

  it('a numeral after a title is the title’s: "Minister of Foreign Affairs II"', () => {
    const meetings = extractReadout(visit + 'He also met Brunei’s Minister of Foreign Affairs II, Erywan Yusof.', base).meetings;
    expect(meetings[1]!.participants.find((p) => p.name === 'Erywan Yusof')?.title).toBe('Minister of Foreign Affairs II');
  });

  it.each([
    // Someone else's visit, told in a clause (blind-23): "he" is not the principal.
    ['He praised the state visit of President Lú Olo to Indonesia, where he was warmly welcomed by President Joko Widodo.'],
    // A meal alone is part of the visit (blind-12's annotator): no meeting of its own.
    ['Dr Balakrishnan was hosted to lunch by Brunei’s Foreign Minister Erywan Yusof.'],
  ])('%s: no second meeting', (sentence) => {
    expect(names(visit + sentence)).toEqual([['Hassanal Bolkiah', 'Vivian Balakrishnan']]);
  });
});

describe('a block of links to other stories inside the article does not end it', () => {
  const lead =
    'President Uhuru Kenyatta held bilateral talks with President Umaro Sissoco Embaló of Guinea-Bissau at State House, Nairobi, on Friday.\n\nThe two leaders signed three agreements to deepen ties between Kenya and Guinea-Bissau.\n\n';
  const rest =
    '“This will create the requisite momentum in our bilateral engagements between Kenya and Guinea-Bissau,” President Kenyatta said.\n';
  const quoted = (text: string) =>
    extractReadout(text, base)
      .meetings[0]!.statements.filter((s) => s.kind === 'reported')
      .map((s) => s.text.slice(0, 25));
  it.each([
    ['READ MORE\n\nTrump will back Haiti mission, Kenya says\n\nPS Sing’oei: We had no hand in the abduction\n\n'],
    ['Read more:\n\nOther leaders arrive in Nairobi\n\n'],
    ['RELATED STORIES\n\nKenya and Ghana sign trade deal\n\n'],
  ])('%s', (block) => {
    expect(quoted(lead + block + rest)).toEqual([expect.stringMatching(/^“This will create/)]);
  });

  it('links at the end of the article, with no story after them, are not read', () => {
    const meetings = extractReadout(lead + 'READ MORE\n\nPresident Ruto meets Tanzanian President Samia Suluhu Hassan\n', base).meetings;
    expect(meetings.flatMap((m) => m.participants.map((p) => p.name))).not.toContain('Samia Suluhu Hassan');
  });
});

describe('offices in the plural and offices "General"', () => {
  const talks = 'President Uhuru Kenyatta held talks with President Umaro Sissoco Embaló of Guinea-Bissau at State House, Nairobi.\n\n';
  const titled = (text: string) => Object.fromEntries(extractReadout(text, base).meetings[0]!.participants.map((p) => [p.name, p.title]));
  it.each([
    ['Present at the talks were Cabinet Secretaries Raychelle Omamo, Monica Juma and Amina Mohamed.', 'Cabinet Secretary'],
    ['Present at the talks were Secretaries Raychelle Omamo, Monica Juma and Amina Mohamed.', 'Secretary'],
    ['Present at the talks were Ministers Raychelle Omamo, Monica Juma and Amina Mohamed.', 'Minister'],
  ])('%s', (sentence, title) => {
    expect(titled(talks + sentence)).toMatchObject({ 'Raychelle Omamo': title, 'Monica Juma': title, 'Amina Mohamed': title });
  });

  it('"… James Macharia and Attorney General Paul Kihara": an office, not a name of the list', () => {
    const people = titled(
      talks + 'Present at the talks were Cabinet Secretaries Monica Juma, James Macharia and Attorney General Paul Kihara.',
    );
    expect(people).toMatchObject({ 'James Macharia': 'Cabinet Secretary', 'Paul Kihara': 'Attorney General' });
    expect(Object.keys(people)).not.toContain('Attorney');
  });

  it.each([
    ['Attorney General', 'Attorney-General'],
    ['Solicitor General', 'Solicitor-General'],
  ])('%s and %s are one office', (a, b) => {
    expect(officeOf(a)).toBe(officeOf(b));
  });
});
