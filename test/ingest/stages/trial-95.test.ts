import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { defaultInitiatives } from '../../../src/ingest/lexicon/initiative-catalog.js';

// Classes from new-user trial 95 (readouts a helper wrote in the styles of several ministries, its expectations written
// before the extractor ran): each as its class with variants, and the neighbouring case that must not change.

const base: ExtractOptions = { initiatives: defaultInitiatives, people: [], publishedAt: null };
const draftOf = (text: string, options: Partial<ExtractOptions> = {}) => extractReadout(text, { ...base, ...options });

describe('a speech tag whose family name opens with a lower-case particle', () => {
  const cases: [string, string, string][] = [
    ['al-', 'Foreign Minister Ayman Safadi held a phone call with Palestinian Foreign Minister Riyad al-Maliki.', 'al-Maliki'],
    ['van der', 'Minister Liesje van der Berg met Moroccan Foreign Minister Nasser Bourita.', 'van der Berg'],
    ['de', 'Foreign Minister Mauro Vieira met Portuguese Foreign Minister João Gomes de Cravinho.', 'de Cravinho'],
    ['bin', 'Foreign Minister Sheikh Abdullah bin Zayed met Indian Foreign Minister S. Jaishankar.', 'bin Zayed'],
  ];
  it.each(cases)('"…," %s … said', (_case, lead, tag) => {
    const [meeting] = draftOf(`CAPITAL, 5 June 2023 — ${lead} "We agree on the way ahead," ${tag} said.`).meetings;
    const speaker = meeting?.participants.find((p) => p.key === meeting.statements[0]?.speakerKey);
    expect(speaker?.name.endsWith(tag)).toBe(true);
  });
  it.each(cases)('"…," said %s …', (_case, lead, tag) => {
    const [meeting] = draftOf(`CAPITAL, 5 June 2023 — ${lead} "We agree on the way ahead," said ${tag}.`).meetings;
    const speaker = meeting?.participants.find((p) => p.key === meeting.statements[0]?.speakerKey);
    expect(speaker?.name.endsWith(tag)).toBe(true);
  });
});

describe('a day between the meeting verb and its object', () => {
  const names = (text: string) => draftOf(text).meetings.map((m) => m.participants.map((p) => p.name).sort());
  it.each([
    ['weekday and date, in commas', 'met on Wednesday, 21 February 2024, the Foreign Minister of the Republic of Moldova, Mihai Popșoi.'],
    ['date', 'met on 21 February 2024 the Foreign Minister of the Republic of Moldova, Mihai Popșoi.'],
    ['weekday', 'received on Wednesday the Foreign Minister of the Republic of Moldova, Mihai Popșoi.'],
    ['month first', 'received on February 21, 2024, the Foreign Minister of the Republic of Moldova, Mihai Popșoi.'],
    ['yesterday', 'received yesterday the Foreign Minister of the Republic of Moldova, Mihai Popșoi.'],
    ['the visit of', 'received on Wednesday the visit of the Foreign Minister of the Republic of Moldova, Mihai Popșoi.'],
    ['the courtesy call of', 'received the courtesy call of the Foreign Minister of the Republic of Moldova, Mihai Popșoi.'],
  ])('%s', (_case, rest) => {
    expect(names(`Press release\n\nForeign Minister Bogdan Aurescu ${rest}`)).toEqual([['Bogdan Aurescu', 'Mihai Popșoi']]);
  });

  it('"welcomed the visit of" a participant is a position, not another meeting', () => {
    const draft = draftOf(
      'Press release\n\nForeign Minister Retno Marsudi held talks with Japanese Foreign Minister Motegi Toshimitsu in Jakarta.\n\nMinister Retno welcomed the visit of Foreign Minister Motegi to Jakarta.',
    );
    expect(draft.meetings).toHaveLength(1);
    expect(draft.meetings[0]?.statements.some((s) => s.kind === 'reported' && s.text.startsWith('Minister Retno welcomed'))).toBe(true);
  });
});

describe('who accompanies someone, with no country of their own, is of that person’s', () => {
  it.each([['accompanied'], ['flanked']])('%s by', (verb) => {
    const draft = draftOf(
      `Press release\n\nForeign Minister Bogdan Aurescu received the Foreign Minister of the Republic of Moldova, Mihai Popșoi. The Moldovan minister was ${verb} by Deputy Minister Cristina Gherasimov.`,
      { publisher: 'Ministry of Foreign Affairs of Romania' },
    );
    const countries = Object.fromEntries(draft.meetings[0]?.participants.map((p) => [p.name, p.countryCode]) ?? []);
    expect(countries).toMatchObject({ 'Bogdan Aurescu': 'RO', 'Mihai Popșoi': 'MD', 'Cristina Gherasimov': 'MD' });
  });
});

describe('a sentence that reports another meeting dates that one, not the one before it', () => {
  it.each([
    ['Earlier, on 9 October,', '2023-10-09'],
    ['On 9 October,', '2023-10-09'],
    ['The day before, on 9 October,', '2023-10-09'],
  ])('%s', (opening, second) => {
    const draft = draftOf(
      `Minister Sabry in Japan\n\nColombo, 10 October 2023 — Foreign Minister Ali Sabry, PC met H.E. KISHIDA Fumio, Prime Minister of Japan, in Tokyo. ${opening} the Minister met with Foreign Minister of Japan Yoko Kamikawa.`,
      { publisher: 'Ministry of Foreign Affairs of Sri Lanka' },
    );
    expect(draft.meetings.map((m) => m.date)).toEqual(['2023-10-10', second]);
  });
});

describe('a country after a topic noun is a topic, not a place', () => {
  it.each([
    ['the deployment of the German brigade in Lithuania'],
    ['the German troops in Lithuania'],
    ['the Lithuanian community in Germany'],
  ])('%s', (topic) => {
    const draft = draftOf(
      `Wadephul on the sidelines\n\nBRUSSELS, 4 December 2025 — On the sidelines of the NATO Foreign Ministers' Meeting, Federal Foreign Minister Johann Wadephul held bilateral talks with the Foreign Minister of Poland, Radosław Sikorski, and with the Foreign Minister of Lithuania, Kęstutis Budrys.\n\nWith Budrys, the Minister discussed ${topic}.`,
    );
    expect(draft.meetings.map((m) => [m.city, m.countryCode])).toEqual([
      ['Brussels', 'BE'],
      ['Brussels', 'BE'],
    ]);
  });
});

describe('a headline that sets the meetings on the sidelines of an event sets each of them there', () => {
  const body =
    'NEW DELHI, 2 March 2023 — On the sidelines of the G20 Foreign Ministers’ Meeting, Secretary of State Antony Blinken met with Indian External Affairs Minister S. Jaishankar.\n\nSeparately, Secretary Blinken met with Saudi Foreign Minister Prince Faisal bin Farhan.\n\nThe Secretary also met with Australian Foreign Minister Penny Wong.';
  it.each([['on the Margins of'], ['on the Sidelines of'], ['on the fringes of']])('"%s" in the headline', (words) => {
    const kinds = draftOf(`Secretary Blinken’s Meetings ${words} the G20 Foreign Ministers’ Meeting\n\n${body}`).meetings.map(
      (m) => m.kind,
    );
    expect(kinds).toEqual(['sideline_meeting', 'sideline_meeting', 'sideline_meeting']);
  });
  it('without it, only the meeting the body sets there is', () => {
    const kinds = draftOf(`Secretary Blinken’s Meetings in New Delhi\n\n${body}`).meetings.map((m) => m.kind);
    expect(kinds).toEqual(['sideline_meeting', 'meeting', 'meeting']);
  });
});
