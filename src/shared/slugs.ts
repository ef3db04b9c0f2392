/** Slugs for ids and anchors: lower-case ASCII words joined by hyphens. */

/** Turns a heading or name into an anchor-safe slug. Cyrillic letters are kept (valid in ids). */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** A valid entry id is a lower-case slug, as file names of entries must be. */
export function isEntryId(text: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text);
}
