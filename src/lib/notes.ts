/** Footnotes as data: parsing `cite` attributes and numbering notes in document order, with reuse. */

/** One work cited in a note, with an optional locator ("p. 12", "excerpt A, ¶2"). */
export interface CiteRef {
  key: string;
  locator?: string;
}

/** One use of <Fn> in a document, in document order. */
export interface NoteUse {
  cites: CiteRef[];
  /** Commentary inside the note, as HTML. */
  text?: string;
}

/** A note as it appears in the notes list. */
export interface NumberedNote {
  n: number;
  /** Anchor of the note in the list: "note-3". */
  id: string;
  cites: CiteRef[];
  text?: string;
  /** Anchors of every reference to this note, in document order: "ref-3", "ref-3-b", … */
  refs: string[];
}

/**
 * Parses a Pandoc-like cite list: `"babak-2005, p. 80; helsinki-watch-1990"`.
 * `loc` is a shorthand for the locator of a single cite.
 */
export function parseCites(cite: string, loc?: string): CiteRef[] {
  const refs = cite
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const comma = part.indexOf(',');
      const key = (comma < 0 ? part : part.slice(0, comma)).trim();
      const locator = comma < 0 ? '' : part.slice(comma + 1).trim();
      return locator ? { key, locator } : { key };
    });
  if (loc !== undefined) {
    if (refs.length !== 1) throw new Error(`loc="${loc}" needs exactly one key in cite, found ${refs.length}`);
    if (refs[0]!.locator) throw new Error(`cite="${cite}" already has a locator; drop loc="${loc}"`);
    refs[0]!.locator = loc;
  }
  return refs;
}

/** Letter for the k-th reference to one note: a, b, …, z, aa, ab, … */
export function backlinkLabel(index: number): string {
  let label = '';
  let i = index;
  do {
    label = String.fromCharCode(97 + (i % 26)) + label;
    i = Math.floor(i / 26) - 1;
  } while (i >= 0);
  return label;
}

/**
 * Numbers notes in document order. A use identical to an earlier one (same works, locators and
 * commentary) keeps the earlier number and adds a reference to it.
 * Returns the notes and, for each use, its number and reference anchor.
 */
export function numberNotes(uses: NoteUse[]): {
  notes: NumberedNote[];
  uses: { n: number; ref: string }[];
} {
  const byIdentity = new Map<string, NumberedNote>();
  const notes: NumberedNote[] = [];
  const placed = uses.map((use) => {
    const identity = JSON.stringify([use.cites, use.text ?? '']);
    let note = byIdentity.get(identity);
    if (!note) {
      const n = notes.length + 1;
      note = { n, id: `note-${n}`, cites: use.cites, refs: [] };
      if (use.text) note.text = use.text;
      notes.push(note);
      byIdentity.set(identity, note);
    }
    const k = note.refs.length;
    const ref = k === 0 ? `ref-${note.n}` : `ref-${note.n}-${backlinkLabel(k)}`;
    note.refs.push(ref);
    return { n: note.n, ref };
  });
  return { notes, uses: placed };
}

/** Where a note is marked: its number and the anchor of this reference to it ("ref-3", "ref-3-b"). */
export interface NoteMark {
  n: number;
  ref: string;
}
