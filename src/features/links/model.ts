/** Build-checked internal links: `[Lad](movement:lad)` in an entry becomes `<base>/movements/lad/`. */
import { validChoices } from '../../shared/suggest';

/** The link schemes authors may use, and the site path each one resolves to. */
export const LINK_KINDS = {
  movement: (id: string) => `movements/${id}/`,
  context: (id: string) => `context/${id}/`,
  person: (id: string) => `people/#${id}`,
  term: (id: string) => `glossary/#${id}`,
  source: (id: string) => `sources/#${id}`,
  primary: (id: string) => `primary-source/#${id}`,
} as const;

export type LinkKind = keyof typeof LINK_KINDS;

/** On a translated page: its language's paths, which entries it has in that language, and the words after a link to an English-only page. */
export interface LinkLocale {
  path: (sitePath: string) => string;
  has: (kind: string, id: string) => boolean;
  marker: string;
}

/** Every id that a link of each kind may point to. */
export type LinkTargets = Record<LinkKind, ReadonlySet<string>>;

export interface EntryLink {
  kind: LinkKind;
  id: string;
  fragment?: string;
}

/** Splits `movement:lad#aims` into its parts; null for any other URL (https:, #note, /path). */
export function parseEntryLink(href: string): EntryLink | null {
  const match = /^([a-z]+):([^#]+)(?:#(.+))?$/.exec(href);
  if (!match || !(match[1]! in LINK_KINDS)) return null;
  const link: EntryLink = { kind: match[1] as LinkKind, id: match[2]! };
  if (match[3]) link.fragment = match[3];
  return link;
}

/** The site-relative path of a link, or an error message saying what is wrong with it. */
export function resolveEntryLink(link: EntryLink, targets: LinkTargets): { path: string } | { error: string } {
  const known = targets[link.kind];
  if (!known.has(link.id)) {
    return { error: `no ${link.kind} with id "${link.id}". ${validChoices(link.id, known)}` };
  }
  const path = LINK_KINDS[link.kind](link.id);
  if (!link.fragment) return { path };
  return { path: path.includes('#') ? `${path}-${link.fragment}` : `${path}#${link.fragment}` };
}
