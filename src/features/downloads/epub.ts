/** An EPUB 3 book from XHTML documents: the package document, the navigation document and the zip container. */
import { zipSync, type Zippable } from 'fflate';
import { escapeXml } from './work.ts';

export interface EpubDocument {
  /** File name inside OEBPS/, e.g. "movements-lad.xhtml". */
  file: string;
  title: string;
  /** The body's content, XHTML. */
  body: string;
  /** Landmark of the document in the nav (EPUB structural semantics), e.g. "bodymatter". */
  landmark?: 'titlepage' | 'bodymatter' | 'bibliography' | 'backmatter';
}

export interface TocItem {
  title: string;
  href?: string;
  children?: TocItem[];
}

export interface EpubBook {
  /** A stable unique identifier (the work's URL). */
  identifier: string;
  title: string;
  /** Left out for an unsigned work, as the site's pages are (EPUB does not require it). */
  creator?: string;
  lang: string;
  /** YYYY-MM-DD: the date of the text; also the modification time of the package. */
  date: string;
  rights: string;
  /** schema.org accessibility metadata, each property with its values. */
  accessibility: Record<
    'accessMode' | 'accessModeSufficient' | 'accessibilityFeature' | 'accessibilityHazard' | 'accessibilitySummary',
    string[]
  >;
  documents: EpubDocument[];
  toc: TocItem[];
  stylesheet: string;
  /** Font files, each with its name inside OEBPS/fonts/. */
  fonts: { file: string; data: Uint8Array }[];
}

const XHTML_NS = 'xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"';

/** A content document: XHTML5 with the book's stylesheet. */
export function xhtmlDocument(book: Pick<EpubBook, 'lang'>, doc: Pick<EpubDocument, 'title' | 'body'>): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html ${XHTML_NS} lang="${book.lang}" xml:lang="${book.lang}">
<head>
<meta charset="UTF-8"/>
<title>${escapeXml(doc.title)}</title>
<link rel="stylesheet" type="text/css" href="book.css"/>
</head>
<body>
${doc.body}
</body>
</html>
`;
}

function tocList(items: TocItem[]): string {
  const li = (item: TocItem): string => {
    const label = item.href
      ? `<a href="${escapeXml(item.href)}">${escapeXml(item.title)}</a>`
      : `<span>${escapeXml(item.title)}</span>`;
    return `<li>${label}${item.children?.length ? tocList(item.children) : ''}</li>`;
  };
  return `<ol>${items.map(li).join('')}</ol>`;
}

/** The navigation document: the table of contents and the landmarks. */
export function navDocument(book: EpubBook): string {
  const landmarks = book.documents
    .filter((d) => d.landmark)
    .map((d) => `<li><a epub:type="${d.landmark}" href="${d.file}">${escapeXml(d.title)}</a></li>`)
    .join('');
  const body = `<nav epub:type="toc" id="toc" role="doc-toc" aria-labelledby="toc-title"><h1 id="toc-title">Contents</h1>${tocList(book.toc)}</nav>
<nav epub:type="landmarks" id="landmarks" hidden=""><h2>Landmarks</h2><ol>${landmarks}</ol></nav>`;
  return xhtmlDocument(book, { title: 'Contents', body });
}

const MEDIA_TYPES: Record<string, string> = { xhtml: 'application/xhtml+xml', css: 'text/css', woff2: 'font/woff2' };

/** The package document (content.opf): metadata, manifest and spine. */
export function packageDocument(book: EpubBook): string {
  const item = (id: string, href: string, props?: string) =>
    `<item id="${id}" href="${href}" media-type="${MEDIA_TYPES[href.split('.').pop()!]}"${props ? ` properties="${props}"` : ''}/>`;
  const a11y = Object.entries(book.accessibility)
    .flatMap(([property, values]) =>
      values.map((value) => `<meta property="schema:${property}">${escapeXml(value)}</meta>`),
    )
    .join('\n    ');
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="${book.lang}">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="uid">${escapeXml(book.identifier)}</dc:identifier>
    <dc:title>${escapeXml(book.title)}</dc:title>${
      book.creator
        ? `
    <dc:creator>${escapeXml(book.creator)}</dc:creator>`
        : ''
    }
    <dc:language>${book.lang}</dc:language>
    <dc:date>${book.date}</dc:date>
    <dc:rights>${escapeXml(book.rights)}</dc:rights>
    <meta property="dcterms:modified">${book.date}T00:00:00Z</meta>
    ${a11y}
  </metadata>
  <manifest>
    ${item('nav', 'nav.xhtml', 'nav')}
    ${item('css', 'book.css')}
    ${book.fonts.map((f, i) => item(`font-${i + 1}`, `fonts/${f.file}`)).join('\n    ')}
    ${book.documents.map((d, i) => item(`doc-${i + 1}`, d.file)).join('\n    ')}
  </manifest>
  <spine>
    ${book.documents.map((_, i) => `<itemref idref="doc-${i + 1}"/>`).join('\n    ')}
  </spine>
</package>
`;
}

const CONTAINER = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
`;

/** The EPUB file: `mimetype` first and stored uncompressed, as the OCF container requires; the rest deflated. */
export function epubZip(book: EpubBook): Uint8Array {
  const text = (s: string) => new TextEncoder().encode(s);
  const mtime = new Date(`${book.date}T00:00:00Z`);
  const files: Zippable = {
    mimetype: [text('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': text(CONTAINER),
    'OEBPS/content.opf': text(packageDocument(book)),
    'OEBPS/nav.xhtml': text(navDocument(book)),
    'OEBPS/book.css': text(book.stylesheet),
  };
  for (const font of book.fonts) files[`OEBPS/fonts/${font.file}`] = [font.data, { level: 0 }];
  for (const doc of book.documents) files[`OEBPS/${doc.file}`] = text(xhtmlDocument(book, doc));
  return zipSync(files, { level: 9, mtime });
}
