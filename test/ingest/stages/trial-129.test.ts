import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

// Classes from new-user trial 129 (real readouts the trial tried, and texts it wrote in their style), each with its
// variants and the neighbouring cases that must not change.

const base: ExtractOptions = { initiatives: [], people: [] };
const draftOf = (text: string) => extractReadout(text, base);
const names = (text: string, meeting = 0) =>
  (draftOf(text).meetings[meeting]?.participants ?? []).map((p) => p.name).sort((a, b) => a.localeCompare(b));

describe('F12: an end mark after the last sentence, on its line, loses no statement', () => {
  const text = (mark: string) =>
    `Foreign Minister Ana Testa of Chile met Foreign Minister Karl Probe of Austria in Vienna on 6 March 2024. Testa said Chile values the partnership.${mark}`;
  it.each([' (Xinhua)', ' (ends)', ' -- Ends --', ' ■', ' /PRNewswire/', ' ###', ' Share on Twitter', ' (Reuters)', ' (AFP)', ''])(
    '"%s": the statement, without the mark',
    (mark) => {
      const statements = draftOf(text(mark)).meetings[0]?.statements ?? [];
      expect(statements.map((s) => s.text)).toEqual(['Testa said Chile values the partnership.']);
    },
  );

  it('a photo caption keeps its credit and stays out of the body', () => {
    const caption =
      'Foreign Minister Park Jin (right) meets An Kwang-il during a dinner in Phnom Penh on Thursday. (Yonhap)\nForeign Minister Park Jin met North Korean envoy An Kwang-il in Phnom Penh on 4 August 2022. Park said talks were needed.';
    const [meeting] = draftOf(caption).meetings;
    expect(meeting?.statements.map((s) => s.text)).toEqual(['Park said talks were needed.']);
  });
});

describe('F1: someone a participant speaks of is no participant, and their words are the participant’s', () => {
  const lead = 'On 29 October 2016, Foreign Minister Wang Yi met in Beijing with Deputy Secretary of State Antony Blinken of the US.';
  it.each([
    'Antony Blinken said that the US also considers the Hangzhou meeting fruitful. President Barack Obama looks forward to meeting again with President Xi Jinping in Lima.',
    'Antony Blinken said that the US also considers the Hangzhou meeting fruitful. President Barack Obama is willing to work with President Xi Jinping.',
    'Antony Blinken noted that the US also considers the Hangzhou meeting fruitful. President Barack Obama hopes to meet President Xi Jinping again.',
  ])('%s', (paragraph) => {
    const [meeting] = draftOf(`${lead}\n\n${paragraph}`).meetings;
    expect(meeting?.participants.map((p) => p.name).sort()).toEqual(['Antony Blinken', 'Wang Yi']);
    const blinken = meeting?.participants.find((p) => p.name === 'Antony Blinken')?.key;
    expect(meeting?.statements.filter((s) => s.text.includes('Obama')).map((s) => s.speakerKey)).toEqual([blinken]);
  });

  it('a participant’s own sentence after another’s report is still theirs', () => {
    const text = `${lead}\n\nAntony Blinken said that the US considers the meeting fruitful. Foreign Minister Wang Yi stressed the importance of dialogue.`;
    const [meeting] = draftOf(text).meetings;
    const wang = meeting?.participants.find((p) => p.name === 'Wang Yi')?.key;
    expect(meeting?.statements.find((s) => s.text.startsWith('Foreign Minister Wang Yi stressed'))?.speakerKey).toBe(wang);
  });

  it('"looks forward to meeting" tells of no meeting held', () => {
    const text = 'President Barack Obama looks forward to meeting President Xi Jinping in Lima in November.';
    expect(draftOf(text).meetings).toEqual([]);
  });
});

describe('F2: a day that opens the sentence without a comma leaves the name after it the subject', () => {
  it.each([
    'On Friday Vladimir Putin had a telephone conversation with President of the United States of America Barack Obama.',
    'Today Vladimir Putin had a telephone conversation with President of the United States of America Barack Obama.',
    'Yesterday Vladimir Putin had a telephone conversation with President of the United States of America Barack Obama.',
    'On Friday, Vladimir Putin had a telephone conversation with President of the United States of America Barack Obama.',
  ])('%s', (text) => {
    expect(names(text)).toEqual(['Barack Obama', 'Vladimir Putin']);
  });
});

describe('F8: "met in Berlin with A, B, and C. They discussed …" is one table', () => {
  const lead =
    'Secretary of State Antony J. Blinken met in Berlin with German Foreign Minister Annalena Baerbock, UK Foreign Secretary Elizabeth Truss, and French Director General Philippe Errera.';
  it.each([
    'They discussed the continued response to Russia’s war.',
    'They also discussed the negotiations with Iran.',
    'The ministers discussed the negotiations with Iran.',
    'The leaders exchanged views on Ukraine.',
  ])('"%s": one multilateral meeting of four', (next) => {
    const { meetings } = draftOf(`${lead} ${next}`);
    expect(meetings.map((m) => [m.kind, m.participants.length])).toEqual([['multilateral', 4]]);
  });

  it.each([
    'They agreed on cooperation in the Indo-Pacific.',
    'The two ministers discussed the negotiations with Iran.',
    'Blinken discussed the negotiations with Iran.',
  ])('"%s": drafted apart, with the warning, as before', (next) => {
    const { meetings, warnings } = draftOf(`${lead} ${next}`);
    expect(meetings.length).toBe(3);
    expect(warnings.join(' ')).toContain('drafted apart');
  });
});

describe('F13: a byline is no headline', () => {
  it.each(['By Diyar Guldogan', 'Written by Fabiola Moura | Reuters', 'Reported by Jane Doe', 'By Fabiola Moura, Bloomberg'])(
    '"%s": no title',
    (line) => {
      const text = `${line}\nANKARA (AA) – Turkish Foreign Minister Hakan Fidan on Friday met with Bangladeshi Foreign Minister AK Abdul Momen in Jakarta.`;
      expect(draftOf(text).title).toBeNull();
    },
  );

  it('a headline that opens with "By" is still one', () => {
    const text =
      'By Land and Sea: Fidan and Momen Discuss Trade Routes\nTurkish Foreign Minister Hakan Fidan on Friday met with Bangladeshi Foreign Minister AK Abdul Momen in Jakarta.';
    expect(draftOf(text).title).toBe('By Land and Sea: Fidan and Momen Discuss Trade Routes');
  });
});

describe('F10: "H. E." spaced is His Excellency, and the title before it is the person’s', () => {
  it.each([
    'Minister for Foreign Affairs of the Islamic Republic of Iran H. E. Mr. Manouchehr Mottaki',
    'Minister for Foreign Affairs of the Islamic Republic of Iran H.E. Mr. Manouchehr Mottaki',
    'Minister for Foreign Affairs of the Islamic Republic of Iran H. E. Manouchehr Mottaki',
    'Minister for Foreign Affairs of the Islamic Republic of Iran H. H. Manouchehr Mottaki',
  ])('"%s"', (printed) => {
    const text = `On May 18, 2009, Minister for Foreign Affairs Hirofumi Nakasone gave a telephone call to ${printed}.`;
    const mottaki = draftOf(text).meetings[0]?.participants.find((p) => p.name === 'Manouchehr Mottaki');
    expect([mottaki?.title, mottaki?.countryCode]).toEqual(['Minister for Foreign Affairs', 'IR']);
  });

  it('initials of a name stay the name’s', () => {
    const text = 'On May 18, 2009, Minister for Foreign Affairs Hirofumi Nakasone met Foreign Minister H. E. Salim of Oman.';
    expect(names(text)).toContain('Hirofumi Nakasone');
  });
});
