/**
 * How wide a line of text is drawn, reckoned at build time for the charts' label placement. The SVGs use the site's
 * sans-serif stack, and the reader's own font draws them; the widths are DejaVu Sans's (version 2.37), the widest
 * common font of that stack (Segoe UI, Roboto, Noto Sans, Helvetica and Arial set the same text narrower), so a
 * label placed clear of another stays clear in any of them. It is also the font the browser tests see.
 */

/**
 * The font's ascent and descent, in ems (DejaVu Sans: 1901 and 483 of 2048 units): the box a browser gives a line
 * of text (getBBox) runs from this far above its baseline to this far below.
 */
export const ASCENT = 0.93;
export const DESCENT = 0.24;

/** Advance widths of DejaVu Sans Book for U+0020–U+007E, in thousandths of an em (rounded up). */
const REGULAR = [
  318, 401, 460, 838, 637, 951, 780, 275, 391, 391, 500, 838, 318, 361, 318, 337, 637, 637, 637, 637, 637, 637, 637,
  637, 637, 637, 337, 337, 838, 838, 838, 531, 1000, 685, 687, 699, 771, 632, 576, 775, 752, 295, 295, 656, 558, 863,
  749, 788, 604, 788, 695, 635, 611, 732, 685, 989, 686, 611, 686, 391, 337, 391, 838, 500, 500, 613, 635, 550, 635,
  616, 353, 635, 634, 278, 278, 580, 278, 975, 634, 612, 635, 635, 412, 521, 393, 634, 592, 818, 592, 592, 525, 637,
  337, 637, 838,
];

/** The same for DejaVu Sans Bold, which browsers also use for semibold (600) where the font has no such weight. */
const BOLD = [
  349, 457, 521, 838, 696, 1002, 873, 307, 458, 458, 523, 838, 380, 416, 380, 366, 696, 696, 696, 696, 696, 696, 696,
  696, 696, 696, 400, 400, 838, 838, 838, 581, 1000, 774, 763, 734, 831, 684, 684, 821, 837, 373, 373, 775, 638, 996,
  837, 851, 733, 851, 771, 721, 683, 813, 774, 1104, 771, 725, 726, 458, 366, 458, 838, 500, 500, 675, 716, 593, 716,
  679, 436, 716, 712, 343, 343, 666, 343, 1042, 712, 688, 716, 716, 494, 596, 479, 712, 652, 924, 646, 652, 583, 712,
  366, 712, 838,
];

/** Punctuation outside ASCII that titles and names use: curly quotes, dashes, the ellipsis. */
const PUNCTUATION: Record<string, [regular: number, bold: number]> = {
  '‘': [318, 380],
  '’': [318, 380],
  '“': [519, 658],
  '”': [519, 658],
  '–': [500, 500],
  '—': [1000, 1000],
  '…': [1000, 1000],
};

/** Any other character (Cyrillic, say) is reckoned as wide as a capital letter, more than most lower-case ones. */
const OTHER = 780;

/** The width of one character in thousandths of an em; an accented Latin letter is as wide as its base letter. */
function advance(ch: string, bold: boolean): number {
  const table = bold ? BOLD : REGULAR;
  const code = ch.codePointAt(0)!;
  if (code >= 0x20 && code < 0x7f) return table[code - 0x20]!;
  const punctuation = PUNCTUATION[ch];
  if (punctuation) return punctuation[bold ? 1 : 0];
  const base = ch.normalize('NFD').codePointAt(0)!;
  if (base >= 0x20 && base < 0x7f) return table[base - 0x20]!;
  return OTHER;
}

/** The width of a line of text at a type size (in the same units), with letter spacing added after each character. */
export function textWidth(text: string, size: number, { bold = false, tracking = 0 } = {}): number {
  let em = 0;
  let count = 0;
  for (const ch of text) {
    em += advance(ch, bold);
    count++;
  }
  return (em / 1000) * size + count * tracking;
}
