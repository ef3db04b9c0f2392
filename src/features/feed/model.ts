/** An Atom 1.0 feed (RFC 4287) of entries, rendered as XML text. */

export interface FeedEntry {
  /** Absolute URL of the page: also the entry's permanent id. */
  url: string;
  title: string;
  summary: string;
  updated: Date;
}

export interface Feed {
  title: string;
  subtitle: string;
  author: string;
  /** Absolute URL of the site's home page: also the feed's id. */
  home: string;
  /** Absolute URL of the feed itself. */
  self: string;
  entries: FeedEntry[];
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** Newest first; entries updated the same day keep title order. */
export function sortEntries(entries: FeedEntry[]): FeedEntry[] {
  return [...entries].sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.title.localeCompare(b.title, 'en'));
}

export function atomFeed(feed: Feed): string {
  const entries = sortEntries(feed.entries);
  const updated = new Date(Math.max(0, ...entries.map((e) => e.updated.getTime())));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${escape(feed.home)}</id>`,
    `  <title>${escape(feed.title)}</title>`,
    `  <subtitle>${escape(feed.subtitle)}</subtitle>`,
    `  <updated>${updated.toISOString()}</updated>`,
    `  <author><name>${escape(feed.author)}</name></author>`,
    `  <link rel="alternate" type="text/html" href="${escape(feed.home)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${escape(feed.self)}"/>`,
    ...entries.map((e) =>
      [
        '  <entry>',
        `    <id>${escape(e.url)}</id>`,
        `    <title>${escape(e.title)}</title>`,
        `    <updated>${e.updated.toISOString()}</updated>`,
        `    <link rel="alternate" type="text/html" href="${escape(e.url)}"/>`,
        `    <summary>${escape(e.summary)}</summary>`,
        '  </entry>',
      ].join('\n'),
    ),
    '</feed>',
    '',
  ].join('\n');
}
