/** The primary source: parses the report excerpts file into excerpts, paragraphs and notes with stable ids. */

export interface ReportParagraph {
  /** Stable anchor: "a-2" for the second paragraph of excerpt A, "a-note-30" for note 30. */
  id: string;
  /** How a citation names it: "excerpt A, ¶2" or "excerpt A, note 30". */
  label: string;
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
        notes.push({ id: `${lower}-note-${n}`, label: `excerpt ${letter}, note ${n}`, text: text.slice(note[0].length) });
      } else {
        const k = paragraphs.length + 1;
        paragraphs.push({ id: `${lower}-${k}`, label: `excerpt ${letter}, ¶${k}`, text });
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

/** The anchor a report locator points to ("excerpt A, ¶2" → "a-2"), if it names one. */
export function anchorForLocator(locator: string): string | undefined {
  const match = /^excerpt ([A-Z]), (?:¶\s?(\d+)|note (\d+))$/.exec(locator.trim());
  if (!match) return undefined;
  const letter = match[1]!.toLowerCase();
  return match[2] ? `${letter}-${match[2]}` : `${letter}-note-${match[3]}`;
}
