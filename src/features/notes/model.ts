/**
 * The notes' public surface for the rest of the site: notes as data (parsing and numbering), the text of a note,
 * and the notes system's fixed texts. The plugin, the views and the facts the config hands the plugin stay inside.
 */
export * from './notes';
export * from './note-html';
export * from './labels';
