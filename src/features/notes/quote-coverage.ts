/** How many of a page's notes carry the source's own words, among those that support a date or a number. */

/** A note mark in the text, with the words it annotates: the text since the previous mark or the paragraph's start. */
export interface AnnotatedClaim {
  n: number;
  claim: string;
}

/** A claim that states a date or a number (a digit in its words) must rest on a quoted passage. */
export function needsQuote(claim: string): boolean {
  return /\d/.test(claim);
}

export interface Coverage {
  /** Distinct notes that support a date or a number. */
  needing: number;
  /** Of those, the notes that quote their source. */
  quoted: number;
  /** Numbers of the notes that need a quote and have none. */
  missing: number[];
}

/** Coverage of one page from its claims and the set of note numbers whose text carries a quotation. */
export function quoteCoverage(claims: AnnotatedClaim[], quotedNotes: ReadonlySet<number>): Coverage {
  const needing = [...new Set(claims.filter((c) => needsQuote(c.claim)).map((c) => c.n))];
  const missing = needing.filter((n) => !quotedNotes.has(n));
  return { needing: needing.length, quoted: needing.length - missing.length, missing };
}
