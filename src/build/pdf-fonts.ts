// Static instances of the site's variable fonts for printing: Chromium's PDF backend embeds a variable font as Type 3
// glyph drawings (an entry's PDF grew to 600 KB and its text drew worse), a static TrueType font as a proper subset.
import subsetFont from 'subset-font';
import { parseUnicodeRange } from './unicode-range.ts';

/** The weights the site's styles ask for (text, medium, semibold and bold; heavier requests fall back to 700). */
const WEIGHTS = [400, 500, 600, 700];

/**
 * Rewrites a stylesheet's variable @font-face rules (`font-weight: 400 700`) as one rule per weight whose source
 * is a static TrueType instance in a data: URL. `load` reads a font file by the URL the rule gives.
 */
export async function staticFontFaces(css: string, load: (url: string) => Buffer): Promise<string> {
  const rules = [...css.matchAll(/@font-face\s*\{[^}]*\}/g)].map((m) => m[0]);
  let out = css;
  for (const rule of rules) {
    const url = /url\(["']?([^"')]+)["']?\)/.exec(rule)?.[1];
    const range = /unicode-range:\s*([^;}]+)/.exec(rule)?.[1];
    if (!url || !range || !/font-weight:\s*\d+\s+\d+/.test(rule)) continue;
    const text = String.fromCodePoint(...parseUnicodeRange(range));
    const source = load(url);
    const faces = await Promise.all(
      WEIGHTS.map(async (weight) => {
        const font = await subsetFont(source, text, { targetFormat: 'sfnt', variationAxes: { wght: weight } });
        return rule
          .replace(/font-weight:\s*\d+\s+\d+/, `font-weight:${weight}`)
          .replace(
            /src:[^;}]+/,
            `src:url(data:font/ttf;base64,${Buffer.from(font).toString('base64')}) format("truetype")`,
          );
      }),
    );
    out = out.replace(rule, faces.join('\n'));
  }
  return out;
}
