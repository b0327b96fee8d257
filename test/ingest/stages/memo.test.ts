import { describe, expect, it } from 'vitest';
import { rememberedAt, rememberedPerWord } from '../../../src/ingest/recognize/memo.js';
import type { Word } from '../../../src/ingest/recognize/words.js';

const word = (text: string, start = 0): Word => ({
  start,
  end: start + text.length,
  text,
  key: text.toLowerCase(),
  pos: 'PROPN',
  capitalised: true,
});

describe('recognisers remember their answers per sentence', () => {
  it('reads each (words, index) once, and keeps separate answers for separate sentences and indexes', () => {
    const asked: string[] = [];
    const read = rememberedAt((words, i) => {
      asked.push(`${words[0]?.text}:${i}`);
      return words[i]?.text ?? null;
    });
    const first = [word('Aydin'), word('Nurtleu', 6)];
    const second = [word('Takeda'), word('Marsudi', 7)];
    expect([read(first, 0), read(first, 0), read(first, 1), read(second, 0), read(second, 0), read(first, 5)]).toEqual([
      'Aydin',
      'Aydin',
      'Nurtleu',
      'Takeda',
      'Takeda',
      null,
    ]);
    // null and false answers are remembered too (Map.has, not a truthiness test).
    expect(read(first, 5)).toBeNull();
    expect(asked).toEqual(['Aydin:0', 'Aydin:1', 'Takeda:0', 'Aydin:5']);
  });

  it('reads each word object once; two equal words are asked separately, and a missing word every time', () => {
    let asked = 0;
    const read = rememberedPerWord((w) => {
      asked++;
      return w ? w.text.length > 3 : false;
    });
    const minister = word('Minister');
    expect([read(minister), read(minister), read(word('Minister')), read(undefined), read(undefined)]).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(asked).toBe(4);
  });
});
