import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { otherLanguage } from '../../../src/ingest/text/language.js';
import { findDates } from '../../../src/ingest/recognize/dates.js';

// New-user trial 122's extraction classes, each with its variants and, where a neighbouring case must not change, that
// case.

const base: ExtractOptions = { initiatives: [], people: [] };
const draftOf = (text: string, options: Partial<ExtractOptions> = {}) => extractReadout(text, { ...base, ...options });
const speakersOf = (text: string) =>
  draftOf(text).meetings.map((m) =>
    m.statements.map((s) => (s.speakerKey ? m.participants.find((p) => p.key === s.speakerKey)?.name : s.kind)),
  );

describe('"was received … by": a day and a place between', () => {
  it.each([
    'was received yesterday by',
    'was received on Monday by',
    'was today received by',
    'was received at State House by',
    'was received yesterday at State House by',
    'was warmly received by',
  ])('"Barrot %s President Ruto" is a meeting Ruto hosted', (phrase) => {
    const text = `Nairobi, 4 March 2025\n\nFrench Foreign Minister Jean-Noël Barrot ${phrase} Kenyan President William Ruto.`;
    const meetings = draftOf(text).meetings;
    expect(meetings.map((m) => m.participants.map((p) => [p.name, p.role]))).toEqual([
      [
        ['William Ruto', 'host'],
        ['Jean-Noël Barrot', 'guest'],
      ],
    ]);
  });

  it('who was received is the guest of the meeting the next day too, and each is dated by its own words', () => {
    const text = [
      'Foreign Minister Barrot received by President Ruto',
      'Nairobi, Tuesday, 4 March 2025',
      'Minister for Europe and Foreign Affairs Jean-Noël Barrot was received yesterday by the President of the Republic of Kenya, William Ruto, at State House.',
      'The following day, Mr Barrot met with Cabinet Secretary for Foreign Affairs Musalia Mudavadi. The two ministers signed a declaration of intent on green hydrogen.',
    ].join('\n\n');
    const meetings = draftOf(text).meetings;
    expect(meetings.map((m) => [m.date, m.participants.map((p) => [p.name, p.role, p.countryCode])])).toEqual([
      [
        '2025-03-03',
        [
          ['William Ruto', 'host', 'KE'],
          ['Jean-Noël Barrot', 'guest', 'FR'],
        ],
      ],
      [
        '2025-03-04',
        [
          ['Musalia Mudavadi', 'host', 'KE'],
          ['Jean-Noël Barrot', 'guest', 'FR'],
        ],
      ],
    ]);
  });
});

describe('one named in the headline alone', () => {
  const body =
    'TALLINN, 14 March 2025 — Estonian Minister of Foreign Affairs Margus Tsahkna held a telephone conversation today with the Minister of Foreign Affairs of Chile, Alberto van Klaveren.';
  it('in an office a participant holds, is no third party to the call', () => {
    const text = `Foreign Minister Kallas holds phone call with Minister of Foreign Affairs of Chile\n\n${body}`;
    expect(draftOf(text).meetings.map((m) => m.participants.map((p) => p.name))).toEqual([['Margus Tsahkna', 'Alberto van Klaveren']]);
  });

  it('in an office no one of the meeting holds, is still seated', () => {
    const text = `Prime Minister Kristen Michal holds phone call with Minister of Foreign Affairs of Chile\n\n${body}`;
    expect(draftOf(text).meetings[0]?.participants.map((p) => p.name)).toContain('Kristen Michal');
  });
});

describe('a quotation over two paragraphs', () => {
  const lead = 'Foreign Minister Penny Wong met Foreign Minister Retno Marsudi in Jakarta on the 4th of March 2025.';
  it.each([
    [
      'without a mark at the second',
      `${lead}\n\n"Indonesia is one of Australia's most important partners.\n\nWe will deepen our defence cooperation," Senator Wong said.`,
    ],
    [
      'each opening with a mark',
      `${lead}\n\n“Indonesia is one of Australia’s most important partners.\n\n“We will deepen our defence cooperation,” Senator Wong said.`,
    ],
  ])('%s: both paragraphs are the speaker’s, a statement each', (_, text) => {
    const statements = draftOf(text).meetings[0]!.statements;
    expect(speakersOf(text)).toEqual([['Penny Wong', 'Penny Wong']]);
    expect(statements[0]?.text).toMatch(/^.Indonesia is one of Australia.s most important partners\.$/);
  });

  it('a mark that seems to open a quotation mid-paragraph carries nothing into the next', () => {
    const text = `${lead} "Indonesia will be an ally ". said an official before the meeting.\n\n"The two countries have a lot in common," said Marsudi.`;
    expect(speakersOf(text)).toEqual([['Retno Marsudi']]);
  });
});

describe('a signing', () => {
  const lead =
    'Foreign Minister of Japan Yoko Kamikawa met Secretary of Foreign Affairs of the Philippines Enrique Manalo in Vientiane on 27 July 2024.';
  const initiativeOf = (sentence: string) => {
    const [initiative] = draftOf(`${lead} ${sentence}`).meetings[0]!.initiatives;
    return [initiative?.status, initiative?.committedParties];
  };
  it.each([
    ['Minister Kamikawa welcomed the signing of the Japan-Philippines Reciprocal Access Agreement.', ['signed', ['JP', 'PH']]],
    ['The ministers witnessed the signing of the Japan-Philippines Reciprocal Access Agreement.', ['signed', ['JP', 'PH']]],
    ['Minister Kamikawa looked forward to the signing of the Japan-Philippines Reciprocal Access Agreement.', ['proposed', ['JP']]],
  ])('"%s"', (sentence, outcome) => {
    expect(initiativeOf(sentence)).toEqual(outcome);
  });
});

describe('a short readout in another script', () => {
  it.each([
    [
      '王毅同哈萨克斯坦副总理兼外长特列乌别尔季会谈。2021年7月15日，国务委员兼外长王毅在塔什干出席中亚与南亚地区互联互通国际会议期间会见哈萨克斯坦副总理兼外长特列乌别尔季。王毅表示，中哈是永久全面战略伙伴。',
      'cmn',
    ],
    [
      'Министр иностранных дел России Сергей Лавров провёл переговоры с министром иностранных дел Китая Ван И в Москве. Стороны обсудили вопросы двустороннего сотрудничества.',
      'rus',
    ],
  ])('is named: %s', (text, code) => {
    expect(otherLanguage(text)?.code).toBe(code);
  });

  it('an English readout under a headline in Chinese is English', () => {
    const text =
      '王毅同外交部长会谈\n\nBEIJING, Aug. 2 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with visiting Minister of Foreign Affairs of Brazil Mauro Vieira in Beijing on Friday.';
    expect(otherLanguage(text)).toBeNull();
  });
});

describe('a weekday printed with a full date', () => {
  it.each([
    [
      'WELLINGTON, Tuesday 5 March 2025 – Foreign Minister Winston Peters met Foreign Minister Penny Wong today.',
      '"Tuesday 5 March 2025", but 2025-03-05 was a Wednesday',
    ],
    [
      'Foreign Minister Winston Peters met Foreign Minister Penny Wong on Thursday, January 28, 2020.',
      '"Thursday, January 28, 2020", but 2020-01-28 was a Tuesday',
    ],
  ])('that is not its own is named in a warning: %s', (text, warning) => {
    expect(draftOf(text).warnings.filter((w) => w.includes('check which the readout means'))).toEqual([
      `the text prints ${warning}: check which the readout means`,
    ]);
  });

  it('that is its own gives no warning', () => {
    const text = 'WELLINGTON, Wednesday 5 March 2025 – Foreign Minister Winston Peters met Foreign Minister Penny Wong today.';
    expect(draftOf(text).warnings.filter((w) => w.includes('check which the readout means'))).toEqual([]);
  });

  it.each([
    // 7 February 2026 was a Saturday, 2 July a Thursday: the weekday settles it, whichever order the page reads.
    ['Sat 07/2/2026', true, 2, 7],
    ['Sat 07/2/2026', false, 2, 7],
    ['Thu 07/02/2026', true, 7, 2],
    ['Thu 07/02/2026', false, 7, 2],
    // No weekday: the page's order.
    ['07/02/2026', true, 7, 2],
    ['07/02/2026', false, 2, 7],
  ])('settles which of a numeric date’s numbers is the month: "%s" (month first: %s)', (printed, monthFirst, month, day) => {
    const [date] = findDates(printed, 0, printed.length, { monthFirst });
    expect([date?.year, date?.month, date?.day]).toEqual([2026, month, day]);
  });
});
