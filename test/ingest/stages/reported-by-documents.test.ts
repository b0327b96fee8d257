import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-of.js';

// What a statement, a press release, a readout or a communiqué (or a ministry, as before) says the sides did is theirs:
// "The statement noted that both sides attach great priority to the dialogue" (blind-76) is a joint passage, "The
// statement of the Foreign Ministry said Obama welcomed …" Obama's. And a paragraph that ends with a stray second full
// stop ("… energy dependence on Russia..", blind-76) is the story's, where lines cut with two dots one after another
// under it are teasers of other stories (blind-49). The texts are written for the classes, not copied from a set.

const lead = 'Prime Minister Manmohan Singh and US President Barack Obama held a telephone conversation on 3 May 2010.\n\n';

describe('a document or office that reports what the sides said', () => {
  it.each([
    ['The statement noted that both sides attach great priority to the dialogue.', 'joint'],
    ['The statement said the two leaders welcomed the progress on trade.', 'joint'],
    ['A statement from the Prime Minister’s Office said that the two leaders welcomed the progress.', 'joint'],
    ['The press release states that both sides agreed to meet again in June.', 'joint'],
    ['The readout said that the two leaders discussed climate finance.', 'joint'],
    ['The joint communiqué noted that both sides support the Strategic Dialogue.', 'joint'],
    ['The statement of the Foreign Ministry said Obama welcomed the progress.', 'Barack Obama'],
    ['The Foreign Ministry said that both sides agreed to expand trade.', 'joint'],
    // The neighbours that kept their reading.
    ['The Foreign Ministry said that Obama welcomed the progress.', 'Barack Obama'],
    ['Both sides agreed to expand trade.', 'joint'],
  ])('%s', (sentence, speaker) => {
    expect(speakerOf(`${lead}${sentence}`, sentence)).toBe(speaker);
  });

  it('a statement that tells of nobody’s words gives no passage', () => {
    const sentence = 'The statement noted that trade has grown by a third since 2008.';
    expect(speakerOf(`${lead}${sentence}`, sentence)).toBe(null);
  });
});

describe('a line that ends with two full stops', () => {
  const meeting =
    'Foreign Ministers of the Czech Republic Jan Lipavsky and the Slovak Republic Miroslav Vlahovsky held a meeting in Prague where they discussed a wide range of issues, including the situation around Ukraine.\n\n';
  const stray = 'They also expressed their readiness to continue to support Ukraine and reduce energy dependence on Russia..';
  const after = 'The ministers exchanged experience in the field of combating disinformation, one of the key threats to both countries.';

  it('alone between paragraphs of the story is the story’s', () => {
    expect(speakerOf(`${meeting}${stray}\n\n${after}`, stray)).toBe('joint');
    expect(speakerOf(`${meeting}${stray}\n\n${after}`, after)).toBe('joint');
  });

  it.each([
    [
      'beside another line cut with two dots',
      `${stray}\nHeads of state congratulated the Bulgarian people in addresses sent to President..`,
    ],
    [
      'beside a line cut with an ellipsis',
      `${stray}\nThere will be a light, in the Eastern part of the country to moderate Northerly wind...`,
    ],
    ['as the last line of the text', stray],
  ])('%s is a teaser of another story', (_, tail) => {
    expect(speakerOf(`${meeting}${after}\n\n${tail}`, stray)).toBe(null);
  });
});
