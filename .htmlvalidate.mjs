// html-validate over every built page (tests/build/html-validate.test.ts; or `npx html-validate dist`).
// Every rule of the recommended preset applies, except those below, each with its reason.
import { defineConfig } from 'html-validate';

export default defineConfig({
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // Titles are "<page> · <site name>" so that tabs, bookmarks and history say where a page comes
    // from. Search engines cut long titles at the end, which is the site name: nothing is lost.
    'long-title': 'off',
    // HTML allows ids that begin with a digit. Astro derives heading ids from the heading text
    // ("1989: protest and the last test" → "1989-protest-and-the-last-test"), and readers link to
    // them; ids must still be non-empty and contain no spaces.
    'valid-id': ['error', { relaxed: true }],
    // A rule for the layout of hand-written sources. Astro writes the pages, and a space it keeps
    // at the end of a line is the word space between inline elements ({' '} in the templates).
    'no-trailing-whitespace': 'off',
  },
});
