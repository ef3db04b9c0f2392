/** Groups of the bibliography, by CSL type, in the order a reader of a history reference expects. */
export const SOURCE_KINDS: { label: string; types: string[] }[] = [
  { label: 'Primary source', types: ['manuscript'] },
  { label: 'Books and chapters', types: ['book', 'chapter', 'thesis'] },
  { label: 'Journal articles', types: ['article-journal', 'article'] },
  { label: 'Reports and documents', types: ['report', 'document', 'legislation', 'speech', 'interview'] },
  { label: 'Newspapers, magazines and broadcasts', types: ['article-newspaper', 'article-magazine', 'broadcast'] },
  { label: 'Reference works', types: ['entry-encyclopedia'] },
  { label: 'Web pages', types: ['webpage', 'post-weblog'] },
];

/** The group label of a CSL type; unknown types go with web pages rather than disappear. */
export function kindOf(type: string): string {
  return (SOURCE_KINDS.find((k) => k.types.includes(type)) ?? SOURCE_KINDS.at(-1)!).label;
}
