/** Every fixed text of the notes system, in one place. */
export const LABELS = {
  notes: 'Notes',
  sources: 'Sources',
  backToText: 'Back to text',
  noteRef: (n: number) => `Note ${n}`,
  backlink: (n: number, label: string) => `Back to reference ${label} of note ${n}`,
} as const;
