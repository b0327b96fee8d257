import { describe, expect, it } from 'vitest';
import { extractReadout } from '../../../src/ingest/extract.js';

// Readouts a new user wrote to try the API (a fresh helper, 2026-11-30), each showing a class the fixtures missed.

const text = [
  'Foreign Minister receives Ambassador of Japan',
  '',
  'Oslo, 18 April 2023',
  '',
  'The Foreign Minister received the Ambassador of Japan to Norway, Mr. Tsutomu Nakagawa, at the Ministry of Foreign Affairs on Tuesday.',
  '',
  'The Foreign Minister and the Ambassador discussed bilateral trade, Arctic research cooperation and the preparations for the G7 summit in Hiroshima.',
  '',
  'The Foreign Minister said that Norway values its close partnership with Japan.',
  '',
  'Ambassador Nakagawa conveyed the greetings of Foreign Minister Yoshimasa Hayashi.',
].join('\n');
const meeting = extractReadout(text, { initiatives: [], people: [] }).meetings[0];

describe('a readout whose host is named only by title', () => {
  it.each(['greetings of', 'a message from', 'an invitation from'])(
    'keeps the host unnamed when someone absent is named later as the sender of "%s"',
    (phrase) => {
      const variant = text.replace('the greetings of', phrase === 'greetings of' ? 'the greetings of' : phrase);
      const participants = extractReadout(variant, { initiatives: [], people: [] }).meetings[0]?.participants;
      expect(participants?.map((p) => [p.name, p.role, p.countryCode])).toEqual([
        ['Foreign Minister (NO)', 'host', 'NO'],
        ['Tsutomu Nakagawa', 'guest', 'JP'],
      ]);
    },
  );

  it("gives the host's words to the host", () => {
    const said = meeting?.statements.find((s) => s.text.startsWith('The Foreign Minister said'));
    expect(meeting?.participants.find((p) => p.key === said?.speakerKey)?.name).toBe('Foreign Minister (NO)');
  });

  it('is placed where its dateline says, not where a summit being prepared will be', () => {
    expect([meeting?.city, meeting?.countryCode]).toEqual(['Oslo', 'NO']);
  });
});

describe('a quotation attributed after it to a title', () => {
  it.each([
    '"The United Kingdom and Canada stand shoulder to shoulder," the Foreign Secretary said after the meeting.',
    '"The United Kingdom and Canada stand shoulder to shoulder," said the Foreign Secretary.',
  ])('is the words of the holder: %s', (quote) => {
    const readout = `Foreign Secretary meets Canadian Foreign Minister\n\nForeign Secretary James Cleverly met Canadian Foreign Minister Mélanie Joly in London on 22 May.\n\n${quote}`;
    const met = extractReadout(readout, { initiatives: [], people: [], publisher: 'Foreign, Commonwealth & Development Office' })
      .meetings[0];
    const said = met?.statements.find((s) => s.text === quote);
    expect(met?.participants.find((p) => p.key === said?.speakerKey)?.name).toBe('James Cleverly');
  });
});
