/**
 * Whether this build makes the PDF downloads, for the pages that list and link them: every build does but a local
 * one (`npm start`) on a machine without Chromium or Chrome (src/build/chromium.ts), which makes the EPUB alone.
 */
import { buildHasPdfs } from '../../build/chromium';

/** True when this build's pages may list and link the PDFs (src/build/downloads.ts makes them). */
export const pdfsInThisBuild = (): boolean => buildHasPdfs();
