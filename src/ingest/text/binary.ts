/**
 * Whether a text is binary data rather than prose: more than 2 % of its first 64 Ki UTF-16 units are C0 control
 * characters other than white space (tab, line feed, vertical tab, form feed, carriage return), or U+FFFD (bytes that were not UTF-8). A PDF or an image
 * read as text, with or without its NUL bytes, is; a readout with a stray form feed is not.
 */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65_536);
  let suspicious = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code < 32 && (code < 9 || code > 13)) || code === 0xfffd) suspicious++;
  }
  return suspicious > sample.length * 0.02;
}
