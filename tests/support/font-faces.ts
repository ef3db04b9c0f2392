// The @font-face rules of src/styles/fonts.css (written by `npm run fonts`), read for the font tests.
import { readFileSync } from 'node:fs';

export interface FontFace {
  family: string;
  weight: string;
  /** Installed fonts tried first, by name (local()). */
  local: string[];
  /** The file under src/fonts/. */
  file: string;
  /** The unicode-range value. */
  range: string;
}

export function readFontFaces(cssFile = 'src/styles/fonts.css'): FontFace[] {
  return [...readFileSync(cssFile, 'utf8').matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => {
    const get = (property: string) => new RegExp(`${property}:\\s*([^;]+);`).exec(body!)?.[1]?.trim() ?? '';
    return {
      family: get('font-family'),
      weight: get('font-weight'),
      local: [...body!.matchAll(/local\("([^"]+)"\)/g)].map((m) => m[1]!),
      file: /url\("\.\.\/fonts\/([^"]+)"\)/.exec(body!)?.[1] ?? '',
      range: get('unicode-range'),
    };
  });
}
