/** Footnotes as data: parsing `cite` attributes and numbering notes in document order, with reuse. */

import type { CiteRef, NoteQuote } from '../sources/model';

// What a note cites is the sources' type (a work, its locator, the passage): the notes read and number it.
export type { CiteRef, NoteQuote };

/** The most words a note's quotation may have: the "about 25", with room for a name or a date. */
export const MAX_QUOTE_WORDS = 40;

/** Whether a language tag is English ("en", "en-GB"). */
function isEnglish(lang: string | undefined): boolean {
  return lang === undefined || /^en(?:-|$)/i.test(lang);
}

/**
 * Reads the quotation attributes of one <Fn> onto its single cite. Throws a message for people when they
 * do not fit together: a quote needs exactly one work, a non-English quote its translation, a disputed
 * point its quote.
 */
export function attachQuote(
  cites: CiteRef[],
  attributes: {
    quote?: string | undefined;
    lang?: string | undefined;
    tr?: string | undefined;
    disputed?: string | undefined;
    /** The language of `tr` when it is not the reader's (an untranslated English gloss on a translated page). */
    trLang?: string | undefined;
  },
  /** The page's language, on a translated page: its quotes' translations are in it, and every quote names its language. */
  reader?: string,
): CiteRef[] {
  const { quote, lang, tr, disputed, trLang } = attributes;
  if (quote === undefined) {
    if (lang !== undefined || tr !== undefined) throw new Error('lang= and tr= belong to a quote=; add the quote');
    if (disputed !== undefined) throw new Error('a note on a disputed point needs the source’s words: add quote="…"');
    return cites;
  }
  if (cites.length !== 1) {
    throw new Error(
      `quote= needs exactly one work in cite, found ${cites.length}: write one <Fn> per work, side by side`,
    );
  }
  const text = quote.trim();
  if (!text) throw new Error('quote= is empty');
  const words = text.split(/\s+/).length;
  if (words > MAX_QUOTE_WORDS)
    throw new Error(`quote= has ${words} words; quote at most ${MAX_QUOTE_WORDS} (cut with …)`);
  if (lang !== undefined && !/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(lang)) {
    throw new Error(`lang="${lang}" is not a language tag such as "ru", "kk" or "de"`);
  }
  if (reader !== undefined) return readerQuote(cites[0]!, { text, lang: lang ?? 'en', tr, trLang, disputed }, reader);
  if (!isEnglish(lang) && !tr?.trim())
    throw new Error(`a quote in lang="${lang}" needs its English translation in tr="…"`);
  if (isEnglish(lang) && tr !== undefined)
    throw new Error('tr= translates a quote that is not in English: add lang="…"');
  if (disputed !== undefined && disputed !== 'true')
    throw new Error(`disputed="${disputed}": write disputed="true" or leave it out`);
  const withQuote: NoteQuote = { text, ...(lang && !isEnglish(lang) ? { lang, tr: tr!.trim() } : {}) };
  return [{ ...cites[0]!, quote: withQuote, ...(disputed ? { disputed: true } : {}) }];
}

/**
 * A quote on a translated page: its language always named (an English quote is lang="en" there), its bracketed
 * translation in the reader's language, none when the quote is in it. An English quote may stay without one.
 */
function readerQuote(
  cite: CiteRef,
  q: {
    text: string;
    lang: string;
    tr?: string | undefined;
    trLang?: string | undefined;
    disputed?: string | undefined;
  },
  reader: string,
): CiteRef[] {
  if (q.disputed !== undefined && q.disputed !== 'true')
    throw new Error(`disputed="${q.disputed}": write disputed="true" or leave it out`);
  const same = q.lang === reader || (isEnglish(q.lang) && isEnglish(reader));
  if (same && q.tr !== undefined) throw new Error(`the quote is in ${reader}, the page's language: drop its tr="…"`);
  if (!same && !isEnglish(q.lang) && !q.tr?.trim())
    throw new Error(`a quote in lang="${q.lang}" needs its translation into ${reader} in tr="…"`);
  const withQuote: NoteQuote = {
    text: q.text,
    lang: q.lang,
    ...(!same && q.tr?.trim() ? { tr: q.tr.trim(), ...(q.trLang ? { trLang: q.trLang } : {}) } : {}),
  };
  return [{ ...cite, quote: withQuote, ...(q.disputed ? { disputed: true } : {}) }];
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

/** One work cited in YAML data, with the passage it rests on (the YAML form of <Fn cite loc quote lang tr disputed>). */
export interface CiteObject {
  key: string;
  loc?: string | undefined;
  quote?: string | undefined;
  lang?: string | undefined;
  tr?: string | undefined;
  disputed?: boolean | undefined;
  /** Set on a translated page's copy of the original's cite: the language of an untranslated `tr`. */
  trLang?: string | undefined;
}

/** A cite field in YAML data: a Pandoc-like string ("babak-2005, p. 80; report"), or a list of works with their quotes. */
export type CiteField = string | CiteObject[];

/** The works a cite field names, with locators and quotes (errors as parseCites and attachQuote give them). */
export function citeRefs(field: CiteField, reader?: string): CiteRef[] {
  if (typeof field === 'string') return parseCites(field);
  return field.flatMap(({ key, loc, quote, lang, tr, disputed, trLang }) =>
    attachQuote(
      [loc ? { key, locator: loc } : { key }],
      { quote, lang, tr, trLang, disputed: disputed ? 'true' : undefined },
      reader,
    ),
  );
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
