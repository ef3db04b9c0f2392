/** Resolves `[text](movement:lad)` links against the content and fails the build on unknown targets. */
import type { Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { parseEntryLink, resolveEntryLink, type LinkLocale, type LinkTargets } from './model';
import { joinBase } from '../../shared/url';
import { loadLinkTargets } from '../../content-files';
import { recordEntryData } from '../../shared/entry-data';
import { fail } from '../../shared/errors';

declare module 'vfile' {
  interface DataMap {
    /** Internal links out of the entry, as "kind:id". */
    links: string[];
  }
}

export interface Options {
  base: string;
  /** Whether the file is a translation, and how its links go (src/features/i18n/translation-file.ts). */
  locale?: (file: string | undefined) => LinkLocale | undefined;
  /** Injected in unit tests; read from the content folder otherwise. */
  targets?: LinkTargets;
}

export function remarkEntryLinks({ base, targets, locale }: Options) {
  return (tree: Root, file: VFile) => {
    const known = targets ?? loadLinkTargets();
    const out = new Set<string>();
    const here = locale?.(file.path);
    visit(tree, 'link', (node: Link, index, parent) => {
      const link = parseEntryLink(node.url);
      if (!link) {
        if (/^\/(?!\/)/.test(node.url)) {
          fail(file, `link "${node.url}": write internal links as kind:id (e.g. movement:lad), so they are checked`);
        }
        return;
      }
      const resolved = resolveEntryLink(link, known);
      if ('error' in resolved) fail(file, `link [${node.url}]: ${resolved.error}`);
      out.add(`${link.kind}:${link.id}`);
      if (here?.has(link.kind, link.id)) {
        node.url = joinBase(base, here.path(resolved.path));
        return;
      }
      node.url = joinBase(base, resolved.path);
      if (!here || !parent || index === undefined) return;
      // A translated page's link to a page that is only in English says so: hreflang, and a word after it.
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, hreflang: 'en' } };
      parent.children.splice(
        index + 1,
        0,
        { type: 'text', value: ' ' },
        {
          type: 'emphasis',
          data: { hName: 'small', hProperties: { className: ['english-only'] } },
          children: [{ type: 'text', value: `(${here.marker})` }],
        },
      );
      return index + 3;
    });
    recordEntryData(file, 'links', [...out]);
  };
}
