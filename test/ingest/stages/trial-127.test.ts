import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

// Classes from new-user trial 127 (texts the trial wrote in the style of ministries' releases), each with its variants
// and the neighbouring cases that must not change.

const base: ExtractOptions = { initiatives: [], people: [] };
const draftOf = (text: string, options: Partial<ExtractOptions> = {}) => extractReadout(text, { ...base, ...options });
const sides = (text: string, publisher: string) =>
  draftOf(text, { publisher }).meetings.map((m) => m.participants.map((p) => [p.name, p.countryCode, p.role]));

describe('F1: received abroad, in a release of the side received', () => {
  const denmark = 'Ministry of Foreign Affairs of Denmark';
  it.each([
    'On 4 March 2025, Minister for Foreign Affairs Lars Løkke Rasmussen was received by President John Dramani Mahama in Accra.',
    'President John Dramani Mahama received Minister for Foreign Affairs Lars Løkke Rasmussen in Accra on 4 March 2025.',
    'President John Dramani Mahama welcomed Minister for Foreign Affairs Lars Løkke Rasmussen in Accra on 4 March 2025.',
    'Minister for Foreign Affairs Lars Løkke Rasmussen was warmly welcomed by President John Dramani Mahama in Accra on 4 March 2025.',
  ])('"%s": the Danish minister is the host, of Denmark; the President of Ghana', (text) => {
    expect(sides(text, denmark)).toEqual([
      [
        ['Lars Løkke Rasmussen', 'DK', 'host'],
        ['John Dramani Mahama', 'GH', 'guest'],
      ],
    ]);
  });

  it('received at home, the receiver is the publisher’s side', () => {
    const text = 'Minister for Foreign Affairs Lars Løkke Rasmussen received President John Dramani Mahama in Copenhagen on 4 March 2025.';
    expect(sides(text, denmark)[0]![0]).toEqual(['Lars Løkke Rasmussen', 'DK', 'host']);
  });

  it('an organisation’s official received abroad keeps the receiver as host (blind-10’s ASEAN Secretary General)', () => {
    const text =
      'Prime Minister Pham Minh Chinh, while attending the ASEAN Leaders’ Meeting in Jakarta on April 24, 2021, received ASEAN Secretary General Lim Jock Hoi.';
    expect(sides(text, 'VietnamPlus (Vietnam News Agency)')[0]![0]).toEqual(['Pham Minh Chinh', 'VN', 'host']);
  });
});

describe('F2: a session of a council of ministers is no person', () => {
  it.each([
    'the 51st Session of the OIC Council of Foreign Ministers',
    'the Session of the OIC Council of Foreign Ministers',
    'the Meeting of the Council of Foreign Ministers',
    'the 45th Summit of the Council of Heads of State',
  ])(
    '"held separate meetings with the Foreign Ministers of Cameroon, Türkiye and Bangladesh on the sidelines of %s": three meetings',
    (event) => {
      const text = `Deputy Prime Minister and Foreign Minister Senator Mohammad Ishaq Dar held separate meetings with the Foreign Ministers of Cameroon, Türkiye and Bangladesh on the sidelines of ${event} in Yaoundé today.`;
      const draft = draftOf(text, { publisher: 'Ministry of Foreign Affairs, Pakistan' });
      expect(draft.meetings.map((m) => m.participants.at(-1)?.countryCode)).toEqual(['CM', 'TR', 'BD']);
      expect(draft.meetings.flatMap((m) => m.participants.map((p) => p.name)).join(' ')).not.toMatch(/Session|Council|Summit/);
    },
  );

  it('an office of the council is still a person', () => {
    const text =
      'Foreign Minister Anna Kowal met the Secretary General of the OIC Council of Foreign Ministers, Hissein Brahim Taha, in Jeddah on 5 May 2024.';
    expect(draftOf(text).meetings[0]?.participants.map((p) => p.name)).toEqual(['Anna Kowal', 'Hissein Brahim Taha']);
  });
});

describe('F3: "In his remarks, X …" is X’s', () => {
  const lead =
    'President Cyril Ramaphosa today held talks with President Bola Ahmed Tinubu of Nigeria in Pretoria.\n\nPresident Ramaphosa said the two countries bear a special responsibility.\n\n';
  const speakers = (paragraph: string) => {
    const meeting = draftOf(lead + paragraph, { publisher: 'The Presidency, South Africa' }).meetings[0]!;
    const byKey = new Map(meeting.participants.map((p) => [p.key, p.name]));
    return meeting.statements.filter((s) => s.kind === 'reported').map((s) => byKey.get(s.speakerKey ?? ''));
  };
  it.each([
    'In his remarks, President Tinubu thanked his host for the warm welcome. He called for closer cooperation.',
    'In his remarks, Tinubu stressed trade. He called for closer cooperation.',
    'In his view, President Tinubu noted, the ties were strong. He called for closer cooperation.',
  ])('"%s" is Tinubu’s, and so is the sentence after it', (paragraph) => {
    expect(speakers(paragraph)).toEqual(['Cyril Ramaphosa', 'Bola Ahmed Tinubu', 'Bola Ahmed Tinubu']);
  });

  it.each(['In his remarks, he thanked his hosts.', 'In his view, the talks were useful.'])(
    '"%s" without a name is still the one speaking before',
    (paragraph) => {
      expect(speakers(paragraph)).toEqual(['Cyril Ramaphosa', 'Cyril Ramaphosa']);
    },
  );
});

describe('F8: a day number a month cannot have is no date', () => {
  it.each(['March 32, 2024', 'March 32 2024', 'Mar. 45, 2024', '32 March 2024', 'April 31, 2024'])(
    '"on %s" gives no date and the warning that names it (chrono-node had read "March 32" as March 2032)',
    (printed) => {
      const draft = draftOf(`Foreign Minister Ronald Lamola met Foreign Minister Gedion Timothewos of Ethiopia in Pretoria on ${printed}.`);
      expect(draft.meetings.map((m) => m.date)).toEqual([null]);
      expect(draft.warnings.join(' ')).toContain('a day that month does not have');
    },
  );

  it.each([
    ['March 31, 2024', '2024-03-31'],
    ['March 2024', '2024-03-01'],
  ])('"on %s" is still %s', (printed, date) => {
    const draft = draftOf(`Foreign Minister Ronald Lamola met Foreign Minister Gedion Timothewos of Ethiopia in Pretoria on ${printed}.`);
    expect(draft.meetings.map((m) => m.date)).toEqual([date]);
  });
});

describe('F11: "The three ministers …" opening the next paragraph', () => {
  const lead =
    'Federal Foreign Minister Johann Wadephul today held talks with Egyptian Foreign Minister Badr Abdelatty and Jordanian Foreign Minister Ayman Safadi in Cairo.';
  it.each([' ', '\n\n'])('after %j, one meeting of the three', (gap) => {
    const text = `${lead}${gap}The three ministers discussed the humanitarian situation in Gaza.`;
    expect(draftOf(text, { publisher: 'Federal Foreign Office' }).meetings.map((m) => m.participants.length)).toEqual([3]);
  });

  it('a count in the next paragraph that is not the meeting’s parties does not join them (blind-32)', () => {
    const text = `${lead}\n\nThe five ministers of the region were in Cairo for the conference.`;
    expect(draftOf(text, { publisher: 'Federal Foreign Office' }).meetings.map((m) => m.participants.length)).toEqual([2, 2]);
  });

  it('two paragraphs later, it does not join them', () => {
    const text = `${lead}\n\nWadephul said Germany would help.\n\nThe three ministers discussed the humanitarian situation in Gaza.`;
    expect(draftOf(text, { publisher: 'Federal Foreign Office' }).meetings.map((m) => m.participants.length)).toEqual([2, 2]);
  });
});

describe('F14: when an instrument is to be signed is no part of its name', () => {
  const slugsOf = (sentence: string) =>
    draftOf(`Foreign Minister Anna Kowal met Foreign Minister Jan Berg in Oslo on 3 May 2023. ${sentence}`).meetings.flatMap((m) =>
      m.initiatives.map((i) => i.slug),
    );
  it.each([
    [
      'The ministers agreed to sign a Memorandum of Understanding on Maritime Cooperation later this year.',
      'memorandum-of-understanding-on-maritime-cooperation',
    ],
    [
      'The ministers agreed to sign a Memorandum of Understanding on Maritime Cooperation next month.',
      'memorandum-of-understanding-on-maritime-cooperation',
    ],
    ['They will sign a memorandum of understanding on fisheries soon.', 'memorandum-of-understanding-on-fisheries'],
    [
      'They signed a memorandum of understanding on cooperation in the health sector.',
      'memorandum-of-understanding-on-cooperation-in-the-health-sector',
    ],
  ])('"%s" → %s', (sentence, slug) => {
    expect(slugsOf(sentence)).toEqual([slug]);
  });
});

describe('F10: a city before "for the Quad …"', () => {
  const cityOf = (tail: string) =>
    draftOf(
      `Secretary of State Antony J. Blinken, Australian Minister for Foreign Affairs Penny Wong, Indian External Affairs Minister S. Jaishankar, and Japanese Foreign Minister Kamikawa Yoko ${tail}`,
    ).meetings.map((m) => m.city);
  it.each(["met in Tokyo for the Quad Foreign Ministers' Meeting.", 'met in Tokyo for the Troika meeting.', 'met in Tokyo for the Quad.'])(
    '"%s" was in Tokyo',
    (tail) => {
      expect(cityOf(tail)).toEqual(['Tokyo']);
    },
  );

  it.each(['met on Monday and discussed the work in the Lima Group.', 'met on Monday and spoke of progress in the Minsk format.'])(
    '"%s": a city that names a group or an accord is still no place',
    (tail) => {
      expect(cityOf(tail)).toEqual([null]);
    },
  );
});

describe('F10: a group met, its members listed after a colon', () => {
  it.each([
    'The Quad Foreign Ministers met in Tokyo on July 29, 2024: Secretary of State Antony J. Blinken, Australian Minister for Foreign Affairs Penny Wong, Indian External Affairs Minister S. Jaishankar and Japanese Foreign Minister Yoko Kamikawa.',
    'The foreign ministers of the Quad met in Tokyo on July 29, 2024: Secretary of State Antony J. Blinken, Australian Minister for Foreign Affairs Penny Wong, Indian External Affairs Minister S. Jaishankar, and Japanese Foreign Minister Yoko Kamikawa.',
  ])('"%s" is one meeting of the four', (text) => {
    const meetings = draftOf(text).meetings;
    expect(meetings.map((m) => [m.kind, m.date, m.city])).toEqual([['multilateral', '2024-07-29', 'Tokyo']]);
    expect(meetings[0]!.participants.map((p) => p.name).sort()).toEqual([
      'Antony J. Blinken',
      'Penny Wong',
      'S. Jaishankar',
      'Yoko Kamikawa',
    ]);
  });

  it('a colon after a meeting of named people adds no one from a list of topics', () => {
    const text =
      'Foreign Minister Anna Kowal met Foreign Minister Jan Berg in Oslo on 3 May 2023: they discussed trade, energy and fisheries.';
    expect(draftOf(text).meetings.map((m) => m.participants.map((p) => p.name))).toEqual([['Anna Kowal', 'Jan Berg']]);
  });
});
