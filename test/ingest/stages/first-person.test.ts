import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

// A release in the first person (new-user trials 127 F4 and 128 F21): its author, named by the line that introduces it
// or the line that signs it, is the subject of "I met …" and the speaker of "I underlined …".

const base: ExtractOptions = { initiatives: [], people: [], publishedAt: '2024-05-06' };
const draftOf = (text: string, publisher?: string) => extractReadout(text, { ...base, publisher: publisher ?? null });
const body =
  'Today I met with Foreign Minister Sameh Shoukry of Egypt in Cairo. We discussed the humanitarian situation in Gaza. I underlined that Norway will continue to support UNRWA.';

describe('the author of a first-person text', () => {
  it.each([
    ['signed with name, office', `Statement by the Minister\n\n${body}\n\nEspen Barth Eide, Minister of Foreign Affairs`],
    ['signed with a dash, office then name', `Statement by the Minister\n\n${body}\n\n— Foreign Minister Espen Barth Eide`],
    ['signed with the name alone', `Statement by the Minister\n\n${body}\n\nEspen Barth Eide`],
    ['introduced by "writes"', `Foreign Minister Espen Barth Eide writes:\n\n${body}`],
  ])('%s: the author met Shoukry and underlined', (_, text) => {
    const [meeting] = draftOf(text, 'Ministry of Foreign Affairs of Norway').meetings;
    expect(meeting?.participants.map((p) => [p.name, p.countryCode, p.role])).toEqual([
      ['Espen Barth Eide', 'NO', 'host'],
      ['Sameh Shoukry', 'EG', 'guest'],
    ]);
    const underlined = meeting?.statements.find((s) => s.text.startsWith('I underlined'));
    expect(meeting?.participants.find((p) => p.key === underlined?.speakerKey)?.name).toBe('Espen Barth Eide');
  });

  it('a name line under a text in the third person is not kept as its author', () => {
    const text =
      'Foreign Minister Anna Kowal met Foreign Minister Sameh Shoukry of Egypt in Cairo today. Kowal said Poland would support UNRWA.\n\nJohn Smith';
    const [meeting] = draftOf(text).meetings;
    expect(meeting?.participants.map((p) => p.name).sort()).toEqual(['Anna Kowal', 'Sameh Shoukry']);
  });

  it('a sentence about the person is no signature', () => {
    const text = `${body}\n\nEspen Barth Eide, Minister of Foreign Affairs, will travel to Amman next week.`;
    const [meeting] = draftOf(text, 'Ministry of Foreign Affairs of Norway').meetings;
    expect(meeting?.statements.find((s) => s.text.startsWith('I underlined'))?.speakerKey ?? null).toBeNull();
  });

  it('"I" in a quotation of someone else stays theirs', () => {
    const text = `Today I met with Foreign Minister Sameh Shoukry of Egypt in Cairo. “I welcome Norway’s support,” Shoukry said.\n\nEspen Barth Eide, Minister of Foreign Affairs`;
    const [meeting] = draftOf(text, 'Ministry of Foreign Affairs of Norway').meetings;
    const quoted = meeting?.statements.find((s) => s.text.includes('I welcome'));
    expect(meeting?.participants.find((p) => p.key === quoted?.speakerKey)?.name).toBe('Sameh Shoukry');
  });
});
