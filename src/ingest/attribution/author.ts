import type { Readout } from '../document/readout.js';
import type { PersonMention } from '../recognize/people.js';
import type { PersonEntity } from './entities.js';

// "President Hichilema writes" over "During a phone call with Ukrainian President Volodymyr Zelensky this evening, we
// noted …" (blind-42): a post in the first person, its author named by the line that introduces it.
const authorLine = /^\s*(?:(?:writes|wrote|posted|tweeted|says)\s*(?:on\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?\s*)?:?\s*)$/u;

/**
 * The author of a text written in the first person: the person named by a line that introduces it in its first four
 * sentences ("President Hichilema writes:"), or by the line that signs it, at its end: a name and office alone
 * ("Espen Barth Eide, Minister of Foreign Affairs", "— Foreign Secretary David Cameron"; new-user trial 127). Undefined
 * when the text has neither, or the signing line names more than one person.
 */
export function authorOf(readout: Readout, byMention: ReadonlyMap<PersonMention, PersonEntity>): PersonEntity | undefined {
  const text = readout.structure.text;
  const introduced = readout.sentences
    .slice(0, 4)
    .flatMap((sentence) => {
      const [mention] = sentence.people;
      if (!mention || !byMention.has(mention)) return [];
      const opens = /^\s*$/.test(text.slice(sentence.start, mention.span.start));
      return opens && authorLine.test(text.slice(mention.span.end, sentence.end)) ? [byMention.get(mention) as PersonEntity] : [];
    })
    .at(0);
  if (introduced) return introduced;
  const last = readout.sentences.at(-1);
  if (!last || last.inHeadline || last.inPreface || last.people.length === 0) return undefined;
  const signers = new Set(last.people.map((mention) => byMention.get(mention)));
  const [signer] = signers;
  if (signers.size !== 1 || !signer?.name) return undefined;
  // Nothing but the mentions and punctuation: a line that signs, not a sentence about the person.
  let rest = '';
  let from = last.start;
  for (const mention of [...last.people].sort((a, b) => a.span.start - b.span.start)) {
    rest += text.slice(from, Math.max(from, mention.span.start));
    from = Math.max(from, mention.span.end);
  }
  rest += text.slice(from, last.end);
  return /^[\s\p{P}]*$/u.test(rest) ? signer : undefined;
}
