import { extractReadout, type ExtractOptions, type ReadoutDraft } from './extract.js';

/** What the extraction thread is given: the readout's text and the extractor's options (structured-cloned). */
export interface ExtractTask {
  text: string;
  options: ExtractOptions;
}

/** The extraction thread's task (a piscina worker's default export): `extractReadout` on the task. Never throws. */
export default function extract(task: ExtractTask): ReadoutDraft {
  return extractReadout(task.text, task.options);
}
