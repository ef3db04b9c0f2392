/** Resolves `[text](movement:lad)` links against the content and fails the build on unknown targets. */
import type { Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { parseEntryLink, resolveEntryLink, type LinkTargets } from './model';
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
  /** Injected in unit tests; read from the content folder otherwise. */
  targets?: LinkTargets;
}

export function remarkEntryLinks({ base, targets }: Options) {
  return (tree: Root, file: VFile) => {
    const known = targets ?? loadLinkTargets();
    const out = new Set<string>();
    visit(tree, 'link', (node: Link) => {
      const link = parseEntryLink(node.url);
      if (!link) {
        if (/^\/(?!\/)/.test(node.url)) {
          fail(file, `link "${node.url}": write internal links as kind:id (e.g. movement:lad), so they are checked`);
        }
        return;
      }
      const resolved = resolveEntryLink(link, known);
      if ('error' in resolved) fail(file, `link [${node.url}]: ${resolved.error}`);
      node.url = joinBase(base, resolved.path);
      out.add(`${link.kind}:${link.id}`);
    });
    recordEntryData(file, 'links', [...out]);
  };
}
