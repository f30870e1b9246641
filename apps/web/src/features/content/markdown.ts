// Block-level Markdown only: inline marks (*, _, `) turn up in plain text too often to decide on.
const SIGNALS: RegExp[] = [
  /^#{1,6}\s+\S/m, // ATX heading
  /^(```|~~~)/m, // code fence
  /^\s*\|.*\|\s*\n\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/m, // table header + separator
  /^>\s+\S/m, // block quote
  /\[[^\]\n]+\]\([^)\s]+\)/, // [link](url)
];
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+\S/gm;

/** How much of a text is sniffed: Markdown shows in its start, and scanning 50 MB blocked the page ~250 ms. */
export const MARKDOWN_SNIFF_CHARS = 100_000;

/** Whether text reads as Markdown worth rendering: a heading, fence, table, quote, link, or a list of 2+ items. */
export function looksLikeMarkdown(text: string): boolean {
  const head = text.length > MARKDOWN_SNIFF_CHARS ? text.slice(0, MARKDOWN_SNIFF_CHARS) : text;
  if (SIGNALS.some((re) => re.test(head))) return true;
  return (head.match(LIST_ITEM) ?? []).length >= 2;
}
