import type { Word } from './words.js';

/**
 * `read(words, i)` remembered per sentence's words and index: the recognisers ask the same question of the same word
 * many times (each name run, title run and frame that passes over it). `read` must depend only on `words` (never
 * changed once made), `i` and fixed tables. Memory goes with the words array (a WeakMap).
 */
export function rememberedAt<T>(read: (words: readonly Word[], i: number) => T): (words: readonly Word[], i: number) => T {
  const known = new WeakMap<readonly Word[], Map<number, T>>();
  return (words, i) => {
    let answers = known.get(words);
    if (!answers) known.set(words, (answers = new Map<number, T>()));
    if (answers.has(i)) return answers.get(i) as T;
    const answer = read(words, i);
    answers.set(i, answer);
    return answer;
  };
}

/** `read(word)` remembered per word object (see `rememberedAt`); undefined is answered by `read` each time. */
export function rememberedPerWord<T>(read: (word: Word | undefined) => T): (word: Word | undefined) => T {
  const known = new WeakMap<Word, T>();
  return (word) => {
    if (!word) return read(word);
    if (known.has(word)) return known.get(word) as T;
    const answer = read(word);
    known.set(word, answer);
    return answer;
  };
}
