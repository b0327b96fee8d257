import type { Readout } from '../document/readout.js';
import { countryAt } from '../recognize/titles.js';

const namedByReadout = new WeakMap<Readout, { any: Set<string>; byName: Set<string> }>();

/**
 * The countries a readout names, unambiguously, as ISO 3166-1 alpha-2 codes: by name or demonym (`any`), and by name
 * only (`byName`, "the DRC"). Read once per readout.
 */
export function countriesOf(readout: Readout): { any: Set<string>; byName: Set<string> } {
  let named = namedByReadout.get(readout);
  if (named) return named;
  named = { any: new Set<string>(), byName: new Set<string>() };
  for (const sentence of readout.sentences)
    for (let i = 0; i < sentence.words.length; i++) {
      const found = countryAt(sentence.words, i);
      if (!found || found.ambiguous) continue;
      named.any.add(found.code);
      if (found.kind === 'name') named.byName.add(found.code);
    }
  namedByReadout.set(readout, named);
  return named;
}
