// Head words of named programmes, agreements, formats and events ("Amazon Fund", "Middle Corridor", "Strategic
// Dialogue", "Belt and Road Initiative"). A capitalised phrase ending in one names an initiative; a word that is one
// is never part of a person's name.
export const programmeHeads = [
  'Initiatives?',
  'Programmes?',
  'Programs?',
  'Plan',
  'Agreements?',
  'Treaty',
  'Protocols?',
  'Accords?',
  'Communiqu[eé]',
  'Declaration',
  'Dialogue',
  'Roadmap',
  'Road Map',
  'Fund',
  'Corridor',
  'Strategy',
  'Framework',
  'Forum',
  'Summit',
  'Conference',
  'Presidency',
  'Chairmanship',
  'Mechanism',
  'Format',
  'Process',
  'Project',
  'Pipelines?',
  'Memorandum(?: of Understanding)?',
  'Convention',
  'Charter',
  'Pact',
  'Vision',
  'Outlook',
  'Compact',
  'Partnership',
  'Platform',
  'Agenda',
  'Commission',
  'Year',
  'Triangle',
  'Circuit',
  'Group',
  'Consensus',
  'Area',
  'Scheme',
  // "Ghana-Norway Political Consultations" (new-user trial 142 F3).
  'Consultations?',
  // Named events to come are initiatives too (ANNOTATING.md): "the 2030 World Expo", "the Cricket World Cup".
  'Expo',
  'Cup',
  'Games',
  'Olympics',
  'Festival',
] as const;

const headWord = new RegExp(`^(?:${programmeHeads.join('|')})$`, 'iu');

/** True for a single word that heads programme names ("Initiative", "fund", "Agreements"). */
export const isProgrammeHead = (word: string): boolean => headWord.test(word);
