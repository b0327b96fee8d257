import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

// Classes from new-user trial 130 (findings in EVALUATION.md), each with its variants and the neighbouring cases that
// must not change. The texts are written for the class, not copied from the readouts the trial used.

const base: ExtractOptions = { initiatives: [], people: [] };
const draftOf = (text: string, options: Partial<ExtractOptions> = {}) => extractReadout(text, { ...base, ...options });
const people = (text: string, options: Partial<ExtractOptions> = {}) =>
  (draftOf(text, options).meetings[0]?.participants ?? []).map((p) => [p.name, p.countryCode, p.role]);

describe('F1: a city of 100,000 or more keeps its name against a small town of a country the text names', () => {
  it.each([
    ['Geneva', 'CH'],
    ['Vienna', 'AT'],
    ['Paris', 'FR'],
  ])('"met … today in %s" in a U.S. readout', (city, country) => {
    const text = `Deputy Secretary of State Wendy R. Sherman met with Russian Deputy Foreign Minister Sergey Ryabkov today in ${city}. The U.S. delegation included officials of the State Department.`;
    const meeting = draftOf(text, { publisher: 'U.S. Department of State' }).meetings[0];
    expect([meeting?.city, meeting?.countryCode]).toEqual([city, country]);
  });

  it('a town of a country the text names still wins over a city of about its size (Tripoli, Lebanon)', () => {
    const text =
      'Lebanese Prime Minister Najib Mikati met Foreign Minister Anna Kowal of Poland in Tripoli. Lebanon and Poland agreed to cooperate.';
    expect(draftOf(text).meetings[0]?.countryCode).toBe('LB');
  });
});

describe('F3: "A was accompanied by B, …, and C was accompanied by D": each list is its own side', () => {
  const lead = 'Deputy Secretary of State Wendy R. Sherman met with Russian Deputy Foreign Minister Sergey Ryabkov today in Geneva.';
  it.each([
    ' Deputy Secretary Sherman was accompanied by Lt. Gen. James Mingus, Director of Operations, Joint Staff, and Deputy Foreign Minister Ryabkov was accompanied by Deputy Minister of Defense Col. Gen. Aleksandr Fomin.',
    ' Deputy Secretary Sherman was accompanied by Lt. Gen. James Mingus, and Deputy Foreign Minister Ryabkov was accompanied by Deputy Minister of Defense Aleksandr Fomin.',
  ])('%s', (sentence) => {
    const fomin = people(lead + sentence, { publisher: 'U.S. Department of State' }).find(([name]) => name === 'Aleksandr Fomin');
    expect(fomin).toEqual(['Aleksandr Fomin', 'RU', 'guest']);
    expect(people(lead + sentence).map(([name]) => name)).toHaveLength(4);
  });

  it('one list of those who accompanied a side stays whole', () => {
    const text = `${lead} Deputy Secretary Sherman was accompanied by Lt. Gen. James Mingus, Ambassador Bonnie Jenkins and Assistant Secretary Karen Donfried.`;
    expect(people(text).map(([name]) => name)).toEqual(
      expect.arrayContaining(['James Mingus', 'Bonnie Jenkins', 'Karen Donfried', 'Wendy R. Sherman', 'Sergey Ryabkov']),
    );
  });
});

describe('F5: the head of state of a country nobody else in the text is of is the one person named in full', () => {
  const call =
    'On Friday Vladimir Putin had a telephone conversation with President of the United States of America Barack Obama on the American side’s initiative.';
  it.each([
    'The President of Russia described the sanctions as counterproductive.',
    'The Russian President described the sanctions as counterproductive.',
  ])('%s', (sentence) => {
    const meeting = draftOf(`${call}\n\n${sentence}`).meetings[0];
    expect(meeting?.participants.map((p) => [p.name, p.title, p.countryCode])).toEqual([
      ['Vladimir Putin', 'President', 'RU'],
      ['Barack Obama', 'President', 'US'],
    ]);
    const speaker = meeting?.statements.find((s) => s.text.includes('counterproductive'))?.speakerKey;
    expect(meeting?.participants.find((p) => p.key === speaker)?.name).toBe('Vladimir Putin');
  });

  it('a minister of that country is no such person: another may be named later', () => {
    const text = `${call}\n\nThe Foreign Minister of Russia described the sanctions as counterproductive.`;
    expect(draftOf(text).meetings[0]?.participants.map((p) => p.name)).not.toContain('Vladimir Putin (RU)');
    expect(draftOf(text).meetings[0]?.participants.find((p) => p.name === 'Vladimir Putin')?.title).toBeNull();
  });

  it('someone whose untitled name an apposition follows is left as the text gives them', () => {
    const text =
      'Foreign Minister Kasit Piromya met H.E. U Nyan Win, Minister for Foreign Affairs of the Union, in Nay Pyi Taw. The Prime Minister of Myanmar later received the delegation.';
    expect(draftOf(text).meetings[0]?.participants.find((p) => p.name === 'U Nyan Win')?.title).not.toBe('Prime Minister');
  });
});

describe('F8: links to other stories and a photo caption above the story are no headline', () => {
  const story =
    'External Affairs Minister S Jaishankar on Friday held extensive talks with Deputy Prime Minister of Ethiopia Demeke Mekonnen during which it was agreed to expand bilateral ties.';
  it.each([
    [
      '-\nALSO READ\nEthiopian FM to visit India from Feb 16; to hold talks with Jaishankar\nGoing forward, growth must be greener: Jaishankar\n-\n',
    ],
    ['READ MORE\nEthiopian FM to visit India from Feb 16; to hold talks with Jaishankar\nChinese troops at LAC a challenge: Jaishankar\n'],
    ['Related News\nEthiopian FM to visit India from Feb 16; to hold talks with Jaishankar\n'],
  ])('%j', (links) => {
    const draft = draftOf(`${links}${story}`);
    expect(draft.title).not.toBe('Ethiopian FM to visit India from Feb 16; to hold talks with Jaishankar');
    expect(draft.meetings[0]?.participants.map((p) => p.name)).toEqual(['S Jaishankar', 'Demeke Mekonnen']);
  });

  it.each([
    'Chinese Foreign Minister Wang Yi (R) shakes hands with visiting United States Secretary of State John Kerry in Beijing Jan 27, 2016.[Photo by Feng Yongbin/chinadaily.com.cn]',
    'Wang Yi shakes hands with John Kerry in Beijing. (Photo: Xinhua)',
    'Wang Yi meets John Kerry in Beijing [File Photo]',
  ])('%s', (caption) => {
    const text = `${caption}\nForeign Minister Wang Yi started talks with visiting United States Secretary of State John Kerry this morning in Beijing.`;
    expect(draftOf(text).title).not.toBe(caption);
  });

  it('a headline above the story stays the headline', () => {
    const text = `Jaishankar holds productive talks with Ethiopian Deputy PM Mekonnen\n\n${story}`;
    expect(draftOf(text).title).toBe('Jaishankar holds productive talks with Ethiopian Deputy PM Mekonnen');
  });
});

describe('F9: an acronym the text defines after a name is that name', () => {
  const lead =
    'Foreign Minister Julie Bishop of Australia, Foreign Minister Fumio Kishida of Japan and Secretary of State John Kerry met in Bali for the fifth ministerial meeting of the Trilateral Strategic Dialogue (TSD).';
  const initiatives = (text: string) => (draftOf(text).meetings[0]?.initiatives ?? []).map((i) => i.slug);
  it.each(['The three ministers affirmed their commitment to the TSD process.', 'The ministers welcomed the TSD format.'])(
    '%s',
    (sentence) => {
      expect(initiatives(`${lead} ${sentence}`)).toEqual(['trilateral-strategic-dialogue']);
    },
  );

  it('an acronym the text does not define stays a name of its own', () => {
    const text = `${lead.replace(' (TSD)', '')} The three ministers affirmed their commitment to the QSD process.`;
    expect(initiatives(text)).toEqual(['trilateral-strategic-dialogue', 'qsd-process']);
  });
});

describe('F2: on a page of two releases, each under its own stamp, "today" counts from its own stamp', () => {
  const page = [
    'U.S. Department of State',
    'Secretary Blinken’s Call with EU High Representative Borrell',
    '01/08/2022 08:01 PM EST',
    'Secretary of State Antony J. Blinken spoke today with EU High Representative for Foreign Affairs and Security Policy Josep Borrell. They discussed Ukraine.',
    'Deputy Secretary Sherman’s Meeting with Russian Deputy Foreign Minister Ryabkov',
    '01/09/2022 04:17 PM EST',
    'Deputy Secretary of State Wendy R. Sherman met with Russian Deputy Foreign Minister Sergey Ryabkov today in Geneva. They discussed strategic stability.',
  ].join('\n');
  it.each([null, '2022-01-09', '2022-01-08'])('publishedAt %s', (publishedAt) => {
    const meetings = draftOf(page, { publisher: 'U.S. Department of State', publishedAt }).meetings;
    expect(meetings.map((m) => m.date)).toEqual(['2022-01-08', '2022-01-09']);
  });

  it('a stamp of the page’s last edit is no release of its own', () => {
    const text = [
      'ABU DHABI -- Sheikh Mohammed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi, received today visiting U.S. Secretary of Defense Robert Gates.',
      'Published: Fri 12 Mar 2010, 12:37 AM',
      'Last updated: Wed 19 Feb 2020, 8:57 PM',
      'Sheikh Mohammed and Gates discussed regional developments. Later, Sheikh Mohammed received Foreign Minister Anna Kowal of Poland today.',
    ].join('\n\n');
    expect(draftOf(text).meetings.map((m) => m.date)).not.toContain('2020-02-19');
  });

  it('one release under one stamp dates all its meetings from it', () => {
    const text = [
      '01/09/2022 04:17 PM EST',
      'Deputy Secretary of State Wendy R. Sherman met with Russian Deputy Foreign Minister Sergey Ryabkov today in Geneva. Later today, she met Swiss Foreign Minister Ignazio Cassis.',
    ].join('\n');
    expect(draftOf(text, { publisher: 'U.S. Department of State' }).meetings.map((m) => m.date)).toEqual(['2022-01-09', '2022-01-09']);
  });
});

describe('F6: what one speaks of, and relations with others, are no one spoken with', () => {
  const ceremony = [
    'BEIJING, Sept. 13 (Xinhua) -- Chinese President Xi Jinping received the credentials presented by three new ambassadors to China at the Great Hall of the People in Beijing Wednesday.',
    'The ambassadors are Friedrich Stift from Austria, Mamadou Ndiaye from Senegal, and Jarno Syrjala from Finland.',
    'Xi welcomed the ambassadors to China.',
    'Xi spoke positively of sound relations with the three countries, and said China will enhance mutual political trust.',
    'The ambassadors conveyed greetings from their state leaders to Xi and expect to take part in the Belt and Road Initiative.',
  ].join('\n');
  it('every envoy’s meeting shares the passages after the list, and what they name', () => {
    const meetings = draftOf(ceremony, {
      publishedAt: '2017-09-13',
      initiatives: [{ slug: 'belt-and-road-initiative', name: 'Belt and Road Initiative', aliases: [] }],
    }).meetings;
    expect(meetings).toHaveLength(3);
    for (const meeting of meetings) {
      expect(meeting.statements.map((s) => s.text.slice(0, 20))).toEqual([
        'Xi welcomed the amba',
        'Xi spoke positively ',
        'The ambassadors conv',
      ]);
      expect(meeting.initiatives.map((i) => i.slug)).toEqual(['belt-and-road-initiative']);
    }
  });

  it.each([
    ['President Xi Jinping spoke warmly of the relations with Austria.', 0],
    ['President Xi Jinping spoke highly of the ties with Austria.', 0],
    ['President Xi Jinping spoke by phone with Chancellor Sebastian Kurz of Austria.', 1],
    ['President Xi Jinping spoke on Tuesday with Chancellor Sebastian Kurz of Austria.', 1],
    ['President Xi Jinping talked about trade with Chancellor Sebastian Kurz of Austria.', 1],
  ])('%s', (text, count) => {
    expect(draftOf(text).meetings.filter((m) => m.participants.length >= 2)).toHaveLength(count);
  });
});
