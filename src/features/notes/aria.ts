/** DPUB-ARIA roles for notes, as attribute objects to spread: Astro's JSX types do not list DPUB roles. */
type Attributes = Record<string, string>;

export const noteref: Attributes = { role: 'doc-noteref' };
export const endnotes: Attributes = { role: 'doc-endnotes' };
export const backlink: Attributes = { role: 'doc-backlink' };
