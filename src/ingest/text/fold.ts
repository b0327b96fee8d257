// Case-, diacritic- and punctuation-insensitive comparison without losing offsets: the folded text has exactly one
// UTF-16 unit per unit of the original, so a match at [start, end) in the folded text is the same span in the original.

const singleUnitFolds: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '`': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u00A0': ' ',
  '\u2009': ' ',
  '\u202F': ' ',
  '\u0131': 'i',
  '\u0130': 'i',
  '\u00DF': 's',
  '\u0142': 'l',
  '\u0141': 'l',
  '\u00F8': 'o',
  '\u00D8': 'o',
  '\u0111': 'd',
  '\u0110': 'd',
};

const foldCache = new Map<string, string>();

function foldUnit(unit: string): string {
  const known = singleUnitFolds[unit];
  if (known !== undefined) return known;
  const cached = foldCache.get(unit);
  if (cached !== undefined) return cached;
  const lower = unit.toLowerCase();
  const single = lower.length === 1 ? lower : unit;
  const decomposed = single.normalize('NFD');
  const folded = decomposed.length > 1 ? (decomposed[0] as string) : single;
  foldCache.set(unit, folded);
  return folded;
}

/** Lower-cased, diacritics stripped, typographic quotes and dashes made ASCII; same length as the input. */
export function foldText(text: string): string {
  // Plain ASCII (most readouts' words): lower-casing is the whole fold.
  if (/^[\t\n\r\x20-\x7e]*$/.test(text)) return text.toLowerCase();
  let out = '';
  // Chunked concatenation keeps this linear for multi-megabyte inputs.
  const chunk: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text[i] as string;
    const code = unit.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) chunk.push(unit);
    else if (code < 0x80) chunk.push(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : unit);
    else chunk.push(foldUnit(unit));
    if (chunk.length >= 4096) {
      out += chunk.join('');
      chunk.length = 0;
    }
  }
  return out + chunk.join('');
}

let sliceSource: string | null = null;
let sliceFolded = '';

/**
 * foldText(text.slice(start, end)), from the whole text folded once: the stages fold many short stretches of the same
 * readout. Keeps the last text folded.
 */
export function foldSlice(text: string, start: number, end: number): string {
  return foldDocument(text).slice(start, end);
}

/** foldText(text), remembered for the last text asked for (the readout being read). */
export function foldDocument(text: string): string {
  if (text !== sliceSource) {
    sliceFolded = foldText(text);
    sliceSource = text;
  }
  return sliceFolded;
}

/** Folds and also drops quotes and punctuation other than + & and collapses spaces: for comparing names and aliases. */
export function foldKey(value: string): string {
  return foldText(value)
    .replace(/["'.,()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const shapeCache = new Map<string, string>();

/** Punctuation of other scripts that English pages carry over, as its Latin counterpart (one code unit each). */
const punctuationShapes: Record<string, string> = {
  '،': ',',
  '，': ',',
  '؛': ';',
  '；': ';',
  '：': ':',
  '。': '.',
  '«': '“',
  '»': '”',
  '„': '“',
};

/**
 * The text with guillemets and low opening quotes as English curly quotes, same length: `«Today …,» said X` reads as
 * `“Today …,” said X` (Kazinform, TASS and many European pages quote with «»; German-style pages open with „).
 */
export function quoteShape(text: string): string {
  return text.replace(/[«»„]/g, (unit) => punctuationShapes[unit] ?? unit);
}

/**
 * The text with every accented Latin letter replaced by its base letter, case kept, and the Arabic or full-width comma,
 * semicolon, colon and full stop by the Latin one — same length: "Çavuşoğlu" → "Cavusoglu", "United Kingdom، Japan" →
 * "United Kingdom, Japan". wink-nlp's tokenizer splits words at letters outside Latin-1; on this shape it does not, and
 * its offsets stay those of the original.
 */
export function latinShape(text: string): string {
  return text.replace(/[\u00C0-\u024F\u1E00-\u1EFF،，؛；：。«»„]/g, (unit) => {
    const punctuation = punctuationShapes[unit];
    if (punctuation !== undefined) return punctuation;
    const cached = shapeCache.get(unit);
    if (cached !== undefined) return cached;
    const base = singleUnitFolds[unit] ?? unit.normalize('NFD')[0] ?? unit;
    const shaped = base.length === 1 ? (unit === unit.toUpperCase() ? base.toUpperCase() : base) : unit;
    shapeCache.set(unit, shaped);
    return shaped;
  });
}
