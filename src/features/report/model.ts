/** The primary source: parses the report excerpts file into excerpts, paragraphs and notes with stable ids. */

export interface ReportParagraph {
  /** Stable anchor: "a-3" for the report's paragraph 3 of excerpt A, "a-4a", "b-u2", "a-note-30" for note 30. */
  id: string;
  /** How a citation names it: "excerpt A, ¶3", "excerpt A, ¶4a", "excerpt B, ¶[2]" or "excerpt A, note 30". */
  label: string;
  /** The paragraph's number as shown in the margin: "3", "4a", "[2]"; a note's number: "30". */
  mark: string;
  text: string;
}

export interface ReportExcerpt {
  letter: string;
  title: string;
  paragraphs: ReportParagraph[];
  notes: ReportParagraph[];
}

export interface Report {
  /** The project's own editorial introduction (before the first excerpt), as Markdown paragraphs. */
  introduction: string[];
  excerpts: ReportExcerpt[];
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Converts superscript digits ("³⁰") to an ordinary number (30). */
export function fromSuperscript(text: string): number {
  return Number([...text].map((c) => SUPERSCRIPT_DIGITS.indexOf(c)).join(''));
}

/** Splits a Markdown section into paragraphs: at blank lines and before numbered items ("3. …"). */
function paragraphsOf(section: string): string[] {
  return section
    .split(/\n\s*\n|\n(?=\d+\.\s)/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
}

/**
 * A paragraph's number. The report numbers some of its paragraphs ("3. …"): those keep its number. An
 * unnumbered paragraph after a numbered one takes that number and a letter ("4a", "4b": the first and
 * second unnumbered paragraphs after the report's paragraph 4); one before any numbered paragraph of its
 * excerpt is counted from the start of the excerpt, in brackets ("[1]", "[2]").
 */
export function paragraphMark(text: string, before: string[]): string {
  const own = /^(\d+)\.\s/.exec(text);
  if (own) return own[1]!;
  const lastNumbered = before.findLastIndex((mark) => /^\d+$/.test(mark));
  if (lastNumbered === -1) return `[${before.length + 1}]`;
  const letter = String.fromCharCode('a'.charCodeAt(0) + before.length - 1 - lastNumbered);
  return `${before[lastNumbered]}${letter}`;
}

/** Parses the excerpts file as received; the order and wording of its paragraphs are kept. */
export function parseReport(markdown: string): Report {
  const [head = '', ...sections] = markdown.split(/^## /m);
  const introduction = paragraphsOf(head).filter((p) => !p.startsWith('# '));
  const excerpts = sections.map((section) => {
    const newline = section.indexOf('\n');
    const title = section.slice(0, newline).trim();
    const letter = /^Excerpt ([A-Z])\b/.exec(title)?.[1];
    if (!letter) throw new Error(`report: section "${title}" should start "Excerpt <letter>"`);
    const lower = letter.toLowerCase();
    const paragraphs: ReportParagraph[] = [];
    const notes: ReportParagraph[] = [];
    for (const text of paragraphsOf(section.slice(newline + 1))) {
      const note = new RegExp(`^([${SUPERSCRIPT_DIGITS}]+)\\s*`).exec(text);
      if (note) {
        const n = fromSuperscript(note[1]!);
        notes.push({
          id: `${lower}-note-${n}`,
          label: `excerpt ${letter}, note ${n}`,
          mark: String(n),
          text: text.slice(note[0].length),
        });
      } else {
        const mark = paragraphMark(
          text,
          paragraphs.map((p) => p.mark),
        );
        const id = `${lower}-${mark.replace(/^\[(\d+)\]$/, 'u$1')}`;
        paragraphs.push({ id, label: `excerpt ${letter}, ¶${mark}`, mark, text });
      }
    }
    return { letter, title, paragraphs, notes };
  });
  return { introduction, excerpts };
}

/** Every anchor on the primary-source page, with the label a citation uses for it. */
export function reportAnchors(report: Report): Map<string, string> {
  const anchors = new Map<string, string>();
  for (const excerpt of report.excerpts) {
    for (const p of [...excerpt.paragraphs, ...excerpt.notes]) anchors.set(p.id, p.label);
  }
  return anchors;
}

/** The anchor a report locator points to ("excerpt A, ¶3" → "a-3", "¶[2]" → "u2"), if it names one. */
export function anchorForLocator(locator: string): string | undefined {
  const match = /^excerpt ([A-Z]), (?:¶\s?(\d+[a-z]?|\[\d+\])|note (\d+))$/.exec(locator.trim());
  if (!match) return undefined;
  const letter = match[1]!.toLowerCase();
  return match[2] ? `${letter}-${match[2].replace(/^\[(\d+)\]$/, 'u$1')}` : `${letter}-note-${match[3]}`;
}
