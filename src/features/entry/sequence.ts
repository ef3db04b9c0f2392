/** Previous and next in an ordered list: how readers walk through the entries of a collection. */

/** The items before and after the one with this id, if any. */
export function neighbours<T extends { id: string }>(items: readonly T[], id: string): { prev?: T; next?: T } {
  const i = items.findIndex((item) => item.id === id);
  if (i === -1) return {};
  const prev = items[i - 1];
  const next = items[i + 1];
  return { ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
}
