/**
 * What a fully identified source is (issue 13): the rules the `sources` schema enforces, as one pure
 * function so that each rule is unit-tested. Each problem is a sentence naming the field in words, with
 * the path of the field it concerns (none when a field is missing: the record as a whole is at fault).
 */

/** The fields the rules read; everything else in a record is ignored here. */
export interface SourceFields {
  id?: string | undefined;
  type?: string | undefined;
  title?: string | undefined;
  untitled?: boolean | undefined;
  author?: unknown[] | undefined;
  editor?: unknown[] | undefined;
  unsigned?: boolean | undefined;
  'container-title'?: string | undefined;
  publisher?: string | undefined;
  issued?: unknown | undefined;
  nodate?: boolean | undefined;
  URL?: string | undefined;
  accessed?: unknown | undefined;
  language?: string | undefined;
  'title-translation'?: string | undefined;
  copy?: { name?: string | undefined; URL?: string } | undefined;
  revision?: { oldid?: number | undefined; date?: string | undefined } | undefined;
}

/** Periodicals are identified by their container (newspaper, magazine, journal) rather than a publisher. */
const PERIODICALS = new Set(['article-newspaper', 'article-magazine', 'article-journal']);

/** An unpublished document (the primary report) has no publisher, container or address to give. */
const UNPUBLISHED = new Set(['manuscript']);

function isHttp(url: string): boolean {
  return /^https?:\/\/[^/\s]+/i.test(url);
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** A Wikipedia article: its container is Wikipedia, or its address is on wikipedia.org. */
export function isWikipedia(s: SourceFields): boolean {
  return /^(wikipedia|википедия)\b/i.test(s['container-title'] ?? '') || hostOf(s.URL ?? '').endsWith('wikipedia.org');
}

/**
 * The permanent link of a revision of a Wikipedia article: `https://<lang>.wikipedia.org/w/index.php?title=…&oldid=…`.
 * A reader follows it to the text the writer read, not to whatever the article says today.
 */
export function isPermanentLink(url: string, lang: string, oldid: number): boolean {
  try {
    const u = new URL(url);
    return (
      u.protocol === 'https:' &&
      u.hostname.toLowerCase() === `${lang.toLowerCase()}.wikipedia.org` &&
      u.pathname === '/w/index.php' &&
      Boolean(u.searchParams.get('title')) &&
      u.searchParams.get('oldid') === String(oldid)
    );
  } catch {
    return false;
  }
}

/** English is the site's language: English works need no translated title. */
function isEnglish(language: string | undefined): boolean {
  return !language || /^en\b/i.test(language);
}

export interface SourceProblem {
  /** The field at fault ("URL", ["copy", "URL"]); empty when the record lacks something. */
  field: string[];
  /** What is wrong, as the predicate of a sentence about the source ("has no author: …"). */
  message: string;
}

/** Every way the record falls short of the standard; empty when it complies. */
export function sourceProblems(s: SourceFields): SourceProblem[] {
  const problems: SourceProblem[] = [];
  const fault = (field: string[], message: string) => problems.push({ field, message });
  const unpublished = UNPUBLISHED.has(s.type ?? '');

  // A real title; a descriptive one only when flagged.
  const title = s.title?.trim() ?? '';
  if (!title) fault([], 'has no title: give the work’s own title, or a descriptive one with `untitled: true`');
  else if (/\[[^\]]*\]/.test(title))
    fault(
      ['title'],
      'has square brackets in its title: give the title as the work prints it (a descriptive title takes `untitled: true`, not brackets; an English translation goes in `title-translation`)',
    );

  // Who is responsible for it.
  const named = (s.author?.length ?? 0) > 0 || (s.editor?.length ?? 0) > 0;
  if (isWikipedia(s)) {
    const lang = s.language ?? '';
    if (!/^Wikipedia\b/.test(s['container-title'] ?? ''))
      fault(['container-title'], 'is a Wikipedia article: its container title must be “Wikipedia”');
    if (!s.URL || hostOf(s.URL) !== `${lang.toLowerCase()}.wikipedia.org`)
      fault(
        s.URL ? ['URL'] : [],
        `is a Wikipedia article: its URL must be the article on ${lang || '<language>'}.wikipedia.org (the language edition in \`language\`), not a mirror; name a mirror read in \`copy\``,
      );
    // Cited by revision (issue 25): an article changes, and an older or newer revision may lack the fact cited.
    if (!s.revision)
      fault(
        [],
        "is a Wikipedia article but names no revision: give the revision read, `revision: { oldid: <number>, date: 'YYYY-MM-DD' }`, and its permanent link as `URL`",
      );
    else if (s.URL && s.revision.oldid && !isPermanentLink(s.URL, lang, s.revision.oldid))
      fault(
        ['URL'],
        `is a Wikipedia article: its URL must be the permanent link of the revision cited, https://${lang || '<language>'}.wikipedia.org/w/index.php?title=…&oldid=${s.revision.oldid}`,
      );
  } else if (s.unsigned) {
    if (named) fault(['unsigned'], 'has an author but says `unsigned: true`: keep one');
    if (!s['container-title'] && !s.publisher && !unpublished)
      fault(['unsigned'], 'is unsigned but names no container title or publisher: say who published it');
  } else if (!named) {
    fault([], 'has no author: give the author or the organisation, or write `unsigned: true` for an unsigned work');
  }

  // When.
  if (s.issued && s.nodate) fault(['nodate'], 'has both an issued date and `nodate: true`: keep one');
  if (s.revision && s.nodate)
    fault(['nodate'], 'names a revision, whose date is the work’s, and `nodate: true`: drop `nodate`');
  if (!s.issued && !s.nodate && !s.revision)
    fault([], 'has no date: give `issued`, or write `nodate: true` for an undated work');

  // Where: the work's own address, its publisher (a periodical's name will do), or, when the original's
  // address is unknown, the copy that was read.
  if (
    !s.URL &&
    !s.publisher &&
    !s.copy?.URL &&
    !unpublished &&
    !(PERIODICALS.has(s.type ?? '') && s['container-title'])
  )
    fault([], 'has neither a URL nor a publisher: say where the work can be found');
  if (s.URL && !isHttp(s.URL)) fault(['URL'], `has a URL that is not http(s): ${s.URL}`);
  if ((s.URL || s.copy?.URL) && !s.accessed)
    fault([], 'is cited by URL but has no access date: give `accessed` (the date it was read)');

  // The language of the title.
  if (!isEnglish(s.language) && !s.untitled && !s['title-translation']?.trim())
    fault(
      ['language'],
      `is in a language other than English (${s.language}) but has no \`title-translation\`: give the title in English`,
    );

  // A copy read instead of the original is named apart from it.
  if (s.copy) {
    if (!s.copy.name?.trim()) fault(['copy'], 'names a copy without its name: give `copy.name`');
    if (!s.copy.URL || !isHttp(s.copy.URL))
      fault(s.copy.URL ? ['copy', 'URL'] : ['copy'], 'names a copy without an http(s) address: give `copy.URL`');
    else if (s.URL && s.copy.URL === s.URL)
      fault(['copy', 'URL'], 'gives the copy’s address as the work’s own URL: `URL` is the original’s');
  }
  return problems;
}
