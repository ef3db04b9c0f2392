/**
 * How a plugin's output reaches the pages: each plugin declares its own slot of `vfile`'s DataMap in its own file
 * (`declare module 'vfile' { interface DataMap { … } }`), records its value with recordEntryData(), and the rest of
 * the site reads it typed through DataMap (see src/collections.ts), never importing a plugin.
 */
import type { DataMap, VFile } from 'vfile';

/**
 * Records one output on the file, and in its frontmatter too: Astro hands an entry's frontmatter, as the plugins
 * left it, to render() (`remarkPluginFrontmatter`), which is how the output reaches the pages.
 */
export function recordEntryData<K extends keyof DataMap>(file: VFile, key: K, value: DataMap[K]): void {
  (file.data as Partial<DataMap>)[key] = value;
  const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
  data.astro ??= {};
  data.astro.frontmatter ??= {};
  data.astro.frontmatter[key as string] = value;
}
