// Safe highlights. ts_headline knows nothing about HTML: it copies text as is and drops anything that looks like a
// tag. So the database marks matches with private-use characters and gets "<" and ">" as private-use characters too
// (keeping tags as text); here everything is HTML-escaped and only then do the markers become <mark> and </mark>.
//
// The database marks every match in the whole text (HighlightAll) and the excerpt is cut here, at whitespace. Cut by
// ts_headline's own fragments, a snippet could start or end inside a word: its parser reads "origin-tracing" as the
// parts "origin" and "tracing" and "COVID-19" as "COVID" and "-19", and a fragment may begin at any part
// ("origin … <mark>tracing</mark>"); and it marked the parts one by one ("<mark>COVID</mark><mark>-19</mark>").

export const markStart = '\uE000';
export const markStop = '\uE001';
const lessThan = '\uE002';
const greaterThan = '\uE003';

/** translate() arguments: "<" and ">" become markers, markers already in the text are dropped. */
export const protectFrom = `<>${markStart}${markStop}${lessThan}${greaterThan}`;
export const protectTo = `${lessThan}${greaterThan}`;

/** ts_headline options: every match in the text marked, nothing cut (the excerpt is cut by `excerptOf`). */
export const headlineOptions = [`StartSel=${markStart}`, `StopSel=${markStop}`, 'HighlightAll=true'].join(', ');

/** Words an excerpt's fragment holds at most, and how many of them come before its first match when they can. */
export const fragmentWords = 30;
const wordsBefore = 8;
/** Fragments an excerpt holds at most; between two, and where text is left out at either end, an ellipsis. */
export const excerptFragments = 2;
const ellipsis = '…';

interface Fragment {
  first: number;
  end: number;
  terms: number;
  matches: number;
}

/**
 * The excerpt of a text whose matches are marked (`markStart` … `markStop`, as ts_headline with `headlineOptions`
 * returns it): the whole text when it has at most `fragmentWords` words; otherwise up to `excerptFragments` runs of
 * `fragmentWords` whole words — the run holding the most different matched words first, then the best run apart from
 * it — in text order, joined by " … ", with "…" where the text goes on before or after. Words are cut only at
 * whitespace. Marks next to each other become one ("COVID" "-19" → "COVID-19"); a mark left open or never opened in a
 * run is dropped. With no match, the text's first words.
 */
export function excerptOf(highlighted: string): string {
  const text = highlighted.replaceAll(markStop + markStart, '');
  const words = [...text.matchAll(/\S+/gu)].map((match) => ({ start: match.index, end: match.index + match[0].length, word: match[0] }));
  if (words.length <= fragmentWords) return balanced(text.trim());
  const matched = words.flatMap((word, index) => (word.word.includes(markStart) ? [index] : []));
  const fragmentAt = (index: number): Fragment => {
    const first = Math.max(0, Math.min(index - wordsBefore, words.length - fragmentWords));
    const end = Math.min(words.length, first + fragmentWords);
    const inside = matched.filter((at) => at >= first && at < end);
    const terms = new Set(inside.map((at) => marked(words[at]!.word).toLocaleLowerCase())).size;
    return { first, end, terms, matches: inside.length };
  };
  const better = (a: Fragment, b: Fragment) => a.terms > b.terms || (a.terms === b.terms && a.matches > b.matches);
  const chosen: Fragment[] = [];
  const candidates = matched.length > 0 ? matched.map(fragmentAt) : [fragmentAt(0)];
  while (chosen.length < excerptFragments) {
    let best: Fragment | undefined;
    for (const candidate of candidates) {
      if (chosen.some((taken) => candidate.first < taken.end && taken.first < candidate.end)) continue;
      if (!best || better(candidate, best)) best = candidate;
    }
    if (!best) break;
    chosen.push(best);
  }
  chosen.sort((a, b) => a.first - b.first);
  const parts = chosen.map((fragment) => balanced(text.slice(words[fragment.first]!.start, words[fragment.end - 1]!.end)));
  const before = chosen[0]!.first > 0 ? `${ellipsis} ` : '';
  const after = chosen.at(-1)!.end < words.length ? ` ${ellipsis}` : '';
  return before + parts.join(` ${ellipsis} `) + after;
}

/** The marked part of a word. */
function marked(word: string): string {
  const start = word.indexOf(markStart);
  const stop = word.indexOf(markStop, start);
  return word.slice(start + 1, stop < 0 ? undefined : stop);
}

/** The text with every mark closed where it was opened: a stop before any start, or a start never stopped, dropped. */
function balanced(text: string): string {
  let open = -1;
  let out = '';
  for (const char of text) {
    if (char === markStart) {
      if (open >= 0) continue;
      open = out.length;
    } else if (char === markStop) {
      if (open < 0) continue;
      open = -1;
    }
    out += char;
  }
  return open < 0 ? out : out.slice(0, open) + out.slice(open + 1);
}

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  [markStart]: '<mark>',
  [markStop]: '</mark>',
  [lessThan]: '&lt;',
  [greaterThan]: '&gt;',
};
const special = new RegExp(`[&<>"'${markStart}${markStop}${lessThan}${greaterThan}]`, 'g');

/** A ts_headline result (made with the options and translate() above) as HTML with <mark> highlights. */
export function headlineToHtml(headline: string): string {
  return headline.replace(special, (char) => escapes[char] ?? char);
}

/** A hit's snippet: the excerpt (`excerptOf`) of a ts_headline result, as HTML (`headlineToHtml`). */
export const snippetOf = (headline: string): string => headlineToHtml(excerptOf(headline));
