import type { KnownPerson } from '../../../src/ingest/draft.js';
import { resolveEntities } from '../../../src/ingest/attribution/entities.js';
import { findPassages } from '../../../src/ingest/attribution/statements.js';
import { readSentences } from '../../../src/ingest/document/readout.js';
import { readStructure } from '../../../src/ingest/document/structure.js';
import { groupEncounters } from '../../../src/ingest/frames/encounters.js';
import { findFrames, narrativeSentences, partiesOf } from '../../../src/ingest/frames/frames.js';
import { wordsOf } from '../../../src/ingest/recognize/words.js';
import { analyse } from '../../../src/ingest/document/nlp.js';

// Runs the first stages of the pipeline on a text, as extractReadout does, so each stage can be tested on its own.

export const readText = (text: string) => readSentences(readStructure(text, text.length));

/** The words of a text that is one sentence. */
export const wordsOfSentence = (text: string) => wordsOf(analyse(text, 0, text.length)[0]!);

export function stagesOf(text: string, people: readonly KnownPerson[] = []) {
  const readout = readText(text);
  const entities = resolveEntities(readout, people);
  const frames = findFrames(readout, entities);
  const encounters = groupEncounters(frames);
  const passages = findPassages(readout, entities, narrativeSentences(frames), partiesOf(frames));
  return { readout, entities, frames, encounters, passages };
}

/** How a test names an entity: its name, else how the text refers to it. */
export const nameOf = (entity: { name: string | null; label: string | null }) => entity.name ?? entity.label ?? '?';
