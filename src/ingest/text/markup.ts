// HTML pasted where a page's text belongs: tags are read as words, a list item's statement keeps its "<li>", and the
// headline in an <h1> is missed (trial 99). The extractor reads it anyway and says so.

const tag =
  /<\/?(?:p|div|li|ul|ol|span|a|h[1-6]|br|hr|html|body|head|meta|link|script|style|table|tbody|thead|tr|td|th|img|strong|em|b|i|section|article|header|footer|nav|figure|figcaption)\b[^<>]{0,2000}>/gi;

/** The number of HTML tags in `text` when it looks like markup (a doctype, or 3 tags or more), else 0. */
export function markupTags(text: string): number {
  const count = text.match(tag)?.length ?? 0;
  if (/^\s*<!doctype\s+html/i.test(text)) return Math.max(count, 1);
  return count >= 3 ? count : 0;
}
