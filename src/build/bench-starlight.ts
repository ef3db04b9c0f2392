// The bench's yardstick: the same entry text and notes built with Astro Starlight, to weigh our page against it.
// Starlight is installed in its own folder (.bench/starlight, once, from the npm registry), never in the site's
// dependencies, so it cannot change what the site's build resolves or sends.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { load, type Cheerio, type CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';

/** The Starlight release measured against; its Astro is the site's own, so only the theme differs. */
export const STARLIGHT_VERSION = '0.42.9';

export interface StarlightFigure {
  version: string;
  /** Brotli bytes of the Starlight page's HTML and of the stylesheets it links. */
  html: number;
  css: number;
  /** The Markdown the page was built from, for a reader to see what was compared. */
  markdownFile: string;
}

/** Markdown-escapes running text (the characters that would start markup mid-line). */
const escape = (text: string) => text.replace(/([\\`*_[\]<>|])/g, '\\$1').replace(/\s+/g, ' ');

/** The text of an element, with each note mark written as a GFM footnote reference. */
function inline($: CheerioAPI, el: Cheerio<AnyNode>): string {
  const copy = el.clone();
  copy.find('a[role="doc-noteref"]').each((_, a) => {
    const n = ($(a).attr('href') ?? '').replace('#note-', '');
    const mark = $(a).closest('.fn');
    (mark.length ? mark : $(a)).replaceWith(`%%FN${n}%%`);
  });
  copy.find('[aria-hidden="true"], button, [hidden], .para-link').remove();
  // Links stay links, so that Starlight's page carries the same anchors as ours.
  copy.find('a[href]').each((_, a) => {
    $(a).replaceWith(`%%LS%%${$(a).text()}%%LM%%${$(a).attr('href')}%%LE%%`);
  });
  copy.find('li').each((_, li) => {
    $(li).append('; ');
  });
  return escape(copy.text())
    .trim()
    .replace(/%%FN(\d+)%%/g, '[^$1]')
    .replace(
      /%%LS%%(.*?)%%LM%%(.*?)%%LE%%/g,
      (_, text: string, href: string) => `[${text}](${href.replace(/\\/g, '')})`,
    );
}

/**
 * The entry as Starlight Markdown: the names and the infobox as a list, the prose (headings, paragraphs, lists,
 * quotations), every note as a GFM footnote with its quotation, and the list of sources. The timeline, the cite
 * box and the site's navigation are ours alone and are not given to Starlight, so the comparison favours it.
 */
export function entryMarkdown(html: string): { title: string; markdown: string } {
  const $ = load(html);
  const article = $('article.entry').first();
  const title = article.find('h1').first().text().trim();
  const out: string[] = [];
  const names = article.find('.entry-header p.names').first();
  if (names.length) out.push(inline($, names));
  article.find('.infobox dl').each((_, dl) => {
    $(dl)
      .children('dt')
      .each((_, dt) => {
        out.push(`- **${escape($(dt).text()).trim()}**: ${inline($, $(dt).next('dd'))}`);
      });
  });
  article
    .find('.entry-body')
    .children()
    .each((_, child) => {
      const el = $(child);
      const tag = child.type === 'tag' ? child.tagName : '';
      if (/^h[2-4]$/.test(tag)) out.push(`${'#'.repeat(Number(tag[1]))} ${inline($, el)}`);
      else if (tag === 'p') out.push(inline($, el));
      else if (tag === 'ul' || tag === 'ol')
        out.push(
          el
            .children('li')
            .map((i, li) => `${tag === 'ol' ? `${i + 1}.` : '-'} ${inline($, $(li))}`)
            .get()
            .join('\n'),
        );
      else if (tag === 'blockquote') out.push(`> ${inline($, el)}`);
      else if (el.text().trim()) out.push(inline($, el));
    });
  const sources = article.find('section.sources li');
  if (sources.length) {
    out.push('## Sources');
    out.push(
      sources
        .map((_, li) => `- ${inline($, $(li))}`)
        .get()
        .join('\n'),
    );
  }
  article.find('section.notes > ol > li').each((_, li) => {
    const n = ($(li).attr('id') ?? '').replace('note-', '');
    const note = $(li).clone();
    note.find('a[role="doc-backlink"]').remove();
    out.push(`[^${n}]: ${inline($, note)}`);
  });
  return { title, markdown: out.join('\n\n') + '\n' };
}

/** Installs Starlight in `dir` unless that exact version is there already. */
function ensureInstalled(dir: string, astroVersion: string): void {
  const manifest = {
    name: 'bench-starlight',
    private: true,
    type: 'module',
    dependencies: { astro: astroVersion, '@astrojs/starlight': STARLIGHT_VERSION },
  };
  const file = path.join(dir, 'package.json');
  const wanted = JSON.stringify(manifest, null, 2);
  if (existsSync(file) && readFileSync(file, 'utf8') === wanted && existsSync(path.join(dir, 'node_modules/astro')))
    return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, wanted);
  console.log(`  installing Starlight ${STARLIGHT_VERSION} in ${dir} (once) …`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
}

const brotli = (file: string) => brotliCompressSync(readFileSync(file)).length;

/** Builds the entry of `pageHtml` with Starlight in `dir` and weighs the page it makes. */
export function buildWithStarlight(pageHtml: string, dir: string, astroVersion: string): StarlightFigure {
  ensureInstalled(dir, astroVersion);
  const { title, markdown } = entryMarkdown(pageHtml);
  for (const sub of ['src', 'dist', '.astro']) rmSync(path.join(dir, sub), { recursive: true, force: true });
  mkdirSync(path.join(dir, 'src/content/docs'), { recursive: true });
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n` +
      `export default defineConfig({ integrations: [starlight({ title: 'Kazakhstan’s Political Movements, 1986–1995' })] });\n`,
  );
  writeFileSync(
    path.join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\n` +
      `import { docsSchema } from '@astrojs/starlight/schema';\n` +
      `export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  const markdownFile = path.join(dir, 'src/content/docs/entry.md');
  writeFileSync(markdownFile, `---\ntitle: ${JSON.stringify(title)}\n---\n\n${markdown}`);
  const build = spawnSync(process.execPath, [path.join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`the Starlight build failed:\n${(build.stdout + build.stderr).slice(-3000)}`);
  const htmlFile = path.join(dir, 'dist/entry/index.html');
  const $ = load(readFileSync(htmlFile, 'utf8'));
  const css = $('link[rel="stylesheet"][href]')
    .map((_, l) => path.join(dir, 'dist', new URL($(l).attr('href')!, 'http://x/').pathname))
    .get();
  return {
    version: STARLIGHT_VERSION,
    html: brotli(htmlFile),
    css: css.reduce((a, f) => a + brotli(f), 0),
    markdownFile,
  };
}
