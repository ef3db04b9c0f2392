/** A body paragraph of an entry as the site keeps it: what the plugin records, and what an edition stores. */

/** One body paragraph: its id (from its words), its number in the margin, and its words as a reader sees them. */
export interface Paragraph {
  id: string;
  n: number;
  text: string;
}
