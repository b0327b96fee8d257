// Safe highlights. ts_headline knows nothing about HTML: it copies text as is and drops anything that looks like a
// tag. So the database marks matches with private-use characters and gets "<" and ">" as private-use characters too
// (keeping tags as text); here everything is HTML-escaped and only then do the markers become <mark> and </mark>.

export const markStart = '\uE000';
export const markStop = '\uE001';
const lessThan = '\uE002';
const greaterThan = '\uE003';

/** translate() arguments: "<" and ">" become markers, markers already in the text are dropped. */
export const protectFrom = `<>${markStart}${markStop}${lessThan}${greaterThan}`;
export const protectTo = `${lessThan}${greaterThan}`;

export const headlineOptions = [
  `StartSel=${markStart}`,
  `StopSel=${markStop}`,
  'MaxFragments=2',
  'MaxWords=30',
  'MinWords=12',
  'FragmentDelimiter=" … "',
].join(', ');

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
