// What a WOFF2 file really holds: the code points it maps to glyphs and its variation axes.
import fontverter from 'fontverter';
import * as hb from 'harfbuzzjs';

export async function fontCoverage(
  woff2: Buffer,
): Promise<{ points: Set<number>; axes: Record<string, { min: number; max: number }> }> {
  const face = new hb.Face(new hb.Blob(await fontverter.convert(woff2, 'sfnt')));
  return { points: new Set(face.collectUnicodes()), axes: face.getAxisInfos() };
}
