/** The downloadable files (a PDF of each entry, the whole work as PDF and EPUB): their paths and how their sizes read. */

/** The base name of the whole-work files. */
export const WORK_NAME = 'kazakhstan-political-movements-1986-1995';

/** Site paths of the whole work's files. */
export const WORK_PDF = `downloads/${WORK_NAME}.pdf`;
export const WORK_EPUB = `downloads/${WORK_NAME}.epub`;

/** Site path of an entry's PDF, from the entry's own path: "movements/lad/" → "downloads/movements-lad.pdf". */
export function entryPdf(pagePath: string): string {
  const parts = pagePath.split('/').filter(Boolean);
  return `downloads/${parts.join('-')}.pdf`;
}

/** A file size as readers see it: "840 bytes", "182 KB", "1.2 MB" (1 KB = 1,024 bytes). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * The build writes each size as an empty `<span data-size-of="path">` on /downloads/ and the downloads script
 * fills it in once the file exists: the pages are built before the files can be printed from them.
 */
export function fillSizes(html: string, sizeOf: (path: string) => number | undefined): string {
  return html.replace(
    /(<span[^>]*data-size-of="([^"]+)"[^>]*>)[^<]*(<\/span>)/g,
    (whole, open: string, file: string, close: string) => {
      const bytes = sizeOf(file);
      return bytes === undefined ? whole : `${open}${formatSize(bytes)}${close}`;
    },
  );
}

/**
 * The HTML with each link to a PDF replaced by its text. For a build without the PDFs (a local one without a
 * browser): the stored articles of the editions link them, and their words stay while the dead links go.
 */
export function withoutPdfLinks(html: string): string {
  return html.replace(/<a\b[^>]*\bhref="[^"]*\.pdf(?:#[^"]*)?"[^>]*>([\s\S]*?)<\/a>/g, '$1');
}
