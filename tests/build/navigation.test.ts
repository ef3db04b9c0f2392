// Finding one's way through the built site: infoboxes, relations both ways, backlinks, timeline,
// the spectrum, the map of places, breadcrumbs, previous/next, reachability, and links in the entries' prose.
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { contentPath } from '../../src/config';
import { comparePartialDates, formatPartialDate } from '../../src/shared/dates';
import { readEntries, type ContentEntry } from '../support/content';
import { citeRefs, type CiteField } from '../../src/features/notes/notes';
import { readPages, type Page } from '../../src/build/read-pages';
import { movementTargets, NOT_THE_MOVEMENT } from '../../src/checks/mentions';
import { proseRuns, unlinkedFirstMentions, type Named } from '../support/mentions';

let pages: Page[];
let entries: ContentEntry[];
let movements: ContentEntry[];
const page = (url: string) => {
  const found = pages.find((p) => p.url === url);
  if (!found) throw new Error(`no page ${url}`);
  return found;
};
const hrefs = ($: Page['$'], selector: string) =>
  $(selector)
    .map((_, a) => $(a).attr('href'))
    .get();

/** What each kind of entry is called on the page; written out here, not imported. */
const KIND_LABELS: Record<string, string> = {
  movement: 'Movement',
  party: 'Party',
  society: 'Society',
  'trade-union': 'Trade union',
  'cossack-host': 'Cossack host',
};

/** How a relation reads from its declaring entry and from its target; written out here, not imported. */
const WORDS: Record<string, [string, string]> = {
  'successor-of': ['Successor of', 'Succeeded by'],
  'grew-out-of': ['Grew out of', 'Gave rise to'],
  'rival-of': ['Rival of', 'Rival of'],
  'allied-with': ['Allied with', 'Allied with'],
};

beforeAll(() => {
  pages = readPages(inject('distDir'));
  entries = readEntries();
  movements = entries.filter((e) => e.collection === 'movements');
});

/** The source keys of a cite field, "report, excerpt A, ¶3; zonakz-2001" (or the list form) → ["report", "zonakz-2001"]. */
const citedKeys = (cite: CiteField) => [...new Set(citeRefs(cite).map((c) => c.key))];
/** The source keys an element's citation links point to: a work's entry under "Sources", or the report's paragraph. */
const linkedKeys = ($: Page['$'], el: ReturnType<Page['$']>) =>
  el
    .find('a')
    .map((_, a) => {
      const href = $(a).attr('href')!;
      return href.startsWith('/primary-source/#') ? 'report' : href.replace(/^#src-/, '');
    })
    .get();

/**
 * The source keys of the notes an element's note marks point to, in order; each note must link back to its mark
 * (the infobox cites with the page's own notes, numbered with the text's).
 */
const markedKeys = ($: Page['$'], el: ReturnType<Page['$']>) =>
  el
    .find('a[role="doc-noteref"]')
    .map((_, a) => {
      const note = $(`li${$(a).attr('href')}`);
      expect(note.length, $(a).attr('href')).toBe(1);
      expect(
        note.find(`a[role="doc-backlink"][href="#${$(a).attr('id')}"]`).length,
        `${$(a).attr('href')} links back`,
      ).toBe(1);
      // Wrapped: cheerio's map() flattens arrays.
      return [linkedKeys($, note.clone().children('a[role="doc-backlink"]').remove().end())];
    })
    .get() as string[][];

describe('infobox', () => {
  test('every movement page has an infobox giving its founding date as precisely as the frontmatter, orientation and people', () => {
    for (const m of movements) {
      const $ = page(m.url).$;
      const box = $('aside.infobox');
      expect(box.length, m.id).toBe(1);
      const founded = box.find(`dd time[datetime="${m.data.founded!.date}"]`);
      expect(founded.text(), m.id).toBe(formatPartialDate(m.data.founded!.date));
      if (m.data.founded!.place) expect(founded.parent().text(), m.id).toContain(m.data.founded!.place);
      const terms = box
        .find('dt')
        .map((_, dt) => $(dt).text())
        .get();
      expect(terms, m.id).toEqual(expect.arrayContaining(['Founded', 'Status', 'Orientation']));
      const status = box.find('dt:contains("Status") + dd').text().trim();
      expect(status, m.id).toMatch(
        m.data.ended ? new RegExp(`^Ended ${formatPartialDate(m.data.ended.date)}\\d+$`) : /^No end date recorded$/,
      );
      // Other names: the Latin, Kazakh and Russian ones are under the title; the infobox adds the other names.
      for (const alias of m.data.names.aliases ?? [])
        expect(box.find('dt:contains("Also called") + dd').text(), m.id).toContain(alias);
      for (const person of m.data.people ?? [])
        expect(box.find(`a[href="/people/#${person}"]`).length, `${m.id}: ${person}`).toBe(1);
    }
  });
  test('the founding date is cited by a note of the page, and every other founding date the sources give is shown with its own', () => {
    for (const m of movements) {
      const $ = page(m.url).$;
      const row = $('aside.infobox dt:contains("Founded") + dd');
      const own = row.clone().children('.other-dates').remove().end();
      expect(markedKeys($, own), m.id).toEqual([citedKeys(m.data.founded!.cite)]);
      const others = m.data.founded!.otherDates ?? [];
      expect(
        row
          .find('.other-dates time')
          .map((_, t) => $(t).attr('datetime'))
          .get(),
        m.id,
      ).toEqual(others.map((o) => o.date));
      expect(markedKeys($, row.find('.other-dates')), m.id).toEqual(others.map((o) => citedKeys(o.cite)));
      // Each source the infobox's notes cite is listed under "Sources" on the same page.
      for (const key of markedKeys($, row).flat()) expect($(`#src-${key}`).length, `${m.id}: ${key}`).toBe(1);
      // Marks, not titles: the infobox itself names no work.
      expect(row.find('a:not([role="doc-noteref"])').length, m.id).toBe(0);
    }
    expect(movements.some((m) => (m.data.founded!.otherDates ?? []).length > 0)).toBe(true);
  });
  test('names each leader with the role the frontmatter gives and a note citing its sources', () => {
    for (const m of movements) {
      const $ = page(m.url).$;
      const items = $('aside.infobox ul.leaders > li');
      const leaders = m.data.leaders ?? [];
      expect(items.length, m.id).toBe(leaders.length);
      leaders.forEach((leader, i) => {
        const li = items.eq(i);
        expect(li.find('a').first().attr('href'), m.id).toBe(`/people/#${leader.person}`);
        expect(li.text().replace(/\s+/g, ' '), m.id).toMatch(
          new RegExp(`, ${leader.role.replace(/[()]/g, '\\$&')}\\d+$`),
        );
        expect(markedKeys($, li), m.id).toEqual([citedKeys(leader.cite)]);
      });
    }
    // Not every entry has one: no source cited names the leaders of the Republican Party or of SNEK.
    expect(movements.filter((m) => (m.data.leaders ?? []).length > 0).length).toBeGreaterThan(5);
  });
  test('says what each movement was (its kind) in its infobox, with a note citing the sources when the entry gives them', () => {
    for (const m of movements) {
      const $ = page(m.url).$;
      const row = $('aside.infobox dt:contains("Kind") + dd');
      expect(row.attr('data-kind'), m.id).toBe(m.data.kind);
      expect(row.text().replace(/\d+$/, ''), m.id).toBe(KIND_LABELS[m.data.kind!]);
      expect(markedKeys($, row), m.id).toEqual(m.data.kindCite ? [citedKeys(m.data.kindCite)] : []);
    }
    // Every kind the schema knows is used by some entry (a kind none has would be a label no reader sees).
    expect(new Set(movements.map((m) => m.data.kind))).toEqual(new Set(Object.keys(KIND_LABELS)));
  });
  test('a year-only date stays a year', () => {
    const year = movements.find((m) => /^\d{4}$/.test(m.data.founded!.date))!;
    expect(page(year.url).$('aside.infobox time').first().text()).toBe(year.data.founded!.date);
  });
});

describe('relations', () => {
  test('every declared relation appears on both pages, in the infobox and under “Related movements”, worded from each side', () => {
    const declared = movements.flatMap((m) => (m.data.relations ?? []).map((r) => ({ from: m, ...r })));
    expect(declared.length).toBeGreaterThan(0);
    for (const { from, type, target } of declared) {
      const to = movements.find((m) => m.id === target)!;
      const [forward, inverse] = WORDS[type]!;
      for (const [side, other, words] of [
        [from, to, forward],
        [to, from, inverse],
      ] as const) {
        const $ = page(side.url).$;
        const related = $(`.related li:has(a[href="${other.url}"])`);
        expect(related.text(), `${side.id} → ${other.id}`).toContain(words);
        expect(
          $(`aside.infobox dt:contains("${words}") + dd a[href="${other.url}"]`).length,
          `${side.id} infobox → ${other.id}`,
        ).toBe(1);
      }
    }
  });
  test('the declaring page cites each relation with a note of its own, right after the related movement', () => {
    for (const m of movements) {
      const $ = page(m.url).$;
      for (const r of m.data.relations ?? []) {
        const link = $(`aside.infobox dd a[href="/movements/${r.target}/"]`);
        // The mark stands a little apart from the link (span.relation-note), so that each is a target of its own.
        const mark = link.next('span.relation-note').children('span.fn');
        expect(markedKeys($, mark), `${m.id} ${r.type} ${r.target}`).toEqual([citedKeys(r.cite)]);
      }
    }
  });
});

describe('cards', () => {
  test('each movement’s card on the home page and on the movement index says what it was (its kind)', () => {
    for (const url of ['/', '/movements/']) {
      const $ = page(url).$;
      for (const m of movements) {
        const card = $(`li:has(> h3 a[href="${m.url}"])`);
        expect(card.length, `${url} ${m.id}`).toBe(1);
        expect(card.find('.kind').text(), `${url} ${m.id}`).toBe(KIND_LABELS[m.data.kind!]);
        expect(card.find('.kind').attr('data-kind'), `${url} ${m.id}`).toBe(m.data.kind);
      }
    }
  });
  test('the home page counts the entries of the movements collection and their kinds, from the entries', () => {
    const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven'];
    words.push('twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen');
    const $ = page('/').$;
    expect($('[data-count="movements"]').text()).toBe(words[movements.length]);
    const parties = movements.filter((m) => m.data.kind === 'party').length;
    expect($('[data-count="movements"]').parent().text()).toContain(`${words[parties]} part`);
  });
});

describe('linked from', () => {
  const contentLinks = (p: Page) =>
    new Set(
      hrefs(p.$, '.entry-body > :is(p, ul, ol, blockquote, table) a[href]').filter((h) =>
        /^\/(movements|context)\/[^/#]+\/$/.test(h),
      ),
    );

  test('every entry page lists exactly the entries whose text links to it', () => {
    for (const target of entries) {
      const expected = entries
        .filter((e) => e.url !== target.url && contentLinks(page(e.url)).has(target.url))
        .map((e) => e.url)
        .sort();
      const $ = page(target.url).$;
      expect($('.linked-from').length, target.id).toBe(1);
      expect(hrefs($, '.linked-from a').sort(), target.id).toEqual(expected);
    }
  });
});

describe('timeline', () => {
  test('lists every event written in the entries, linked to its entry, with its date as precise as written', () => {
    const $ = page('/timeline/').$;
    for (const e of entries) {
      for (const event of e.data.events ?? []) {
        const item = $('li.event').filter(
          (_, li) => $(li).text().includes(event.label) && $(li).find(`a[href="${e.url}"]`).length > 0,
        );
        expect(item.length, `${e.id}: ${event.label}`).toBeGreaterThan(0);
        expect(item.first().find('time').attr('datetime'), event.label).toBe(event.date);
        expect(item.first().find('time').text(), event.label).toBe(formatPartialDate(event.date));
        expect(item.first().find('.event-note a').length, `${event.label}: its note`).toBeGreaterThan(0);
      }
    }
  });
  test('lists every movement’s founding date, and an event within each date of every context entry’s span', () => {
    const dates = page('/timeline/')
      .$('li.event time')
      .map((_, t) => t.attribs.datetime!)
      .get();
    const within = (d: string) => dates.some((date) => date === d || date.startsWith(`${d}-`));
    for (const e of entries) {
      const expected = e.data.founded
        ? [e.data.founded.date]
        : [e.data.date!.start, ...(e.data.date!.end ? [e.data.date!.end] : [])];
      for (const d of expected) expect(within(d), `${e.id}: ${d}`).toBe(true);
    }
  });
  test('every event names its sources: none is shown without a note', () => {
    const $ = page('/timeline/').$;
    const bare = $('li.event')
      .filter((_, li) => $(li).find('.event-note a').length === 0)
      .map((_, li) => $(li).text().trim())
      .get();
    expect(bare).toEqual([]);
  });
  test('is in date order, and shows a year-only date as the year alone', () => {
    const $ = page('/timeline/').$;
    const dates = $('li.event time')
      .map((_, t) => t.attribs.datetime!)
      .get();
    expect(dates.length).toBeGreaterThan(50);
    expect([...dates].sort(comparePartialDates)).toEqual(dates);
    expect($('li.event time[datetime="1994"]').first().text()).toBe('1994');
  });
  test('each movement page shows its own events', () => {
    for (const m of movements) {
      const $ = page(m.url).$;
      const shown = $('.entry-timeline li.event')
        .map((_, li) => $(li).text())
        .get();
      expect(shown.length, m.id).toBeGreaterThanOrEqual(m.data.events?.length ?? 0);
      for (const event of m.data.events ?? []) {
        expect(
          shown.some((text) => text.includes(event.label)),
          `${m.id}: ${event.label}`,
        ).toBe(true);
      }
    }
  });
});

describe('spectrum', () => {
  for (const url of ['/', '/spectrum/']) {
    test(`${url} shows the map as inline SVG that scales to the screen, names and links every movement`, () => {
      const $ = page(url).$;
      const svg = $('svg.movement-map-svg').first();
      expect(svg.attr('viewBox')).toMatch(/^0 0 \d+ \d+(\.\d+)?$/);
      expect(svg.attr('width')).toBe('100%');
      expect(svg.find('title').first().text().length).toBeGreaterThan(10);
      for (const m of movements) {
        const node = svg.find(`a[href="${m.url}"]`);
        expect(node.length, m.id).toBe(1);
        expect(node.text(), m.id).toContain(m.data.title);
      }
    });
  }
  test('draws one arrow per declared relation, and gives each relation in the text alternative', () => {
    const $ = page('/spectrum/').$;
    const declared = movements.flatMap((m) => (m.data.relations ?? []).map((r) => ({ from: m, ...r })));
    // Each of the two renderings (wide, and narrow for a phone) draws every relation once.
    expect($('svg.movement-map-wide .map-edge').length).toBe(declared.length);
    expect($('svg.movement-map-narrow .map-edge').length).toBe(declared.length);
    for (const { from, type, target } of declared) {
      const item = $(`.map-relations li:has(a[href="${from.url}"]):has(a[href="/movements/${target}/"])`);
      expect(item.text().toLowerCase(), `${from.id} ${type} ${target}`).toContain(WORDS[type]![0].toLowerCase());
    }
    expect($('.map-legend li').length).toBe(new Set(declared.map((d) => d.type)).size);
  });
  test('needs no JavaScript: the spectrum page loads no script', () => {
    // JSON-LD metadata is data, not script.
    expect(page('/spectrum/').$('script:not([type="application/ld+json"])').length).toBe(0);
  });
  test('no live page links to its old address, /map/ (which forwards to it: hosting.test.ts)', () => {
    // Editions are stored as published, old links and all; the redirect keeps them working.
    const stale = pages
      .filter((p) => !p.url.startsWith('/editions/'))
      .filter((p) => p.$('a[href="/map/"]').length > 0)
      .map((p) => p.url);
    expect(stale).toEqual([]);
  });
  test('the orientation in each movement’s infobox links to the spectrum', () => {
    for (const m of movements) expect(hrefs(page(m.url).$, 'aside.infobox a'), m.id).toContain('/spectrum/');
  });
});

describe('map of places', () => {
  const places = () =>
    load(readFileSync(contentPath('places'), 'utf8')) as {
      id: string;
      name: string;
      kk: string;
      ru: string;
      entries: string[];
      events?: { entry: string; date: string }[];
    }[];
  const entryUrl = (ref: string) =>
    `/${ref.startsWith('movement:') ? 'movements' : 'context'}/${ref.slice(ref.indexOf(':') + 1)}/`;
  test('draws every place as a link to its item in the list, inside each of the two SVGs (wide and narrow), with no script on the page', () => {
    const $ = page('/places/').$;
    const svgs = $('svg.place-map-svg');
    expect(svgs.length).toBe(2);
    for (const el of svgs.toArray()) {
      const svg = $(el);
      expect(svg.attr('viewBox')).toMatch(/^0 0 \d+ \d+$/);
      expect(svg.attr('width')).toBe('100%');
      for (const p of places()) {
        const mark = svg.find(`a.place-mark[href="#${p.id}"]`);
        expect(mark.length, p.id).toBe(1);
        expect(mark.text().trim(), p.id).toBe(p.name);
      }
    }
    for (const p of places()) expect($(`li#${p.id}`).length, p.id).toBe(1);
    expect($('script:not([type="application/ld+json"])').length).toBe(0);
  });
  test('the list names each place in three scripts, gives its coordinates and source, and links every entry and event', () => {
    const $ = page('/places/').$;
    for (const p of places()) {
      const item = $(`li#${p.id}`);
      expect(item.find('h3').text(), p.id).toBe(p.name);
      expect(item.find('span[lang="kk"]').text(), p.id).toBe(p.kk);
      expect(item.find('span[lang="ru"]').text(), p.id).toBe(p.ru);
      expect(item.find('.coordinates').text(), p.id).toMatch(/^\d+° \d\d′ N, \d+° \d\d′ E$/);
      expect(item.find('a[href^="#src-"]').length, `${p.id} source`).toBeGreaterThan(0);
      expect(hrefs($, `li#${p.id} .place-entries a`), p.id).toEqual(p.entries.map(entryUrl));
      expect(hrefs($, `li#${p.id} .place-events a`), p.id).toEqual(
        (p.events ?? []).map((e) => `/timeline/#year-${e.date.slice(0, 4)}`),
      );
    }
  });
  test('is linked from the home page and the footer of every page', () => {
    expect(hrefs(page('/').$, 'main a')).toContain('/places/');
    expect(hrefs(page('/movements/lad/').$, 'footer a')).toContain('/places/');
  });
});

describe('breadcrumbs and previous/next', () => {
  test('every entry page has breadcrumbs Home › section › the page, the last marked as the current page', () => {
    for (const e of entries) {
      const nav = page(e.url).$('nav[aria-label="Breadcrumb"]');
      expect(nav.length, e.id).toBe(1);
      expect(hrefs(page(e.url).$, 'nav[aria-label="Breadcrumb"] a'), e.id).toEqual(['/', `/${e.collection}/`, e.url]);
      expect(nav.find('a').last().attr('aria-current'), e.id).toBe('page');
      expect(nav.find('[aria-current]').length, e.id).toBe(1);
    }
  });
  for (const collection of ['movements', 'context'] as const) {
    test(`following “next” from the first ${collection} entry visits every one in index order, and “previous” leads back`, () => {
      const index = hrefs(page(`/${collection}/`).$, `main a[href^="/${collection}/"]`).filter(
        (h) => h !== `/${collection}/`,
      );
      const order = [...new Set(index)];
      expect(order.length).toBe(entries.filter((e) => e.collection === collection).length);
      const walked = [order[0]!];
      for (let next; (next = page(walked.at(-1)!).$('.prev-next a[rel="next"]').attr('href'));) walked.push(next);
      expect(walked).toEqual(order);
      for (let i = 1; i < order.length; i++)
        expect(page(order[i]!).$('.prev-next a[rel="prev"]').attr('href')).toBe(order[i - 1]);
    });
  }
});

describe('reachability', () => {
  test('every page is reachable from the home page, within two clicks', () => {
    const depth = new Map<string, number>([['/', 0]]);
    const queue = ['/'];
    while (queue.length) {
      const url = queue.shift()!;
      for (const href of hrefs(page(url).$, 'a[href]')) {
        if (/^(https?:)?\/\/|^mailto:/.test(href)) continue;
        const target = new URL(href, `http://site${url}`).pathname;
        if (!depth.has(target) && pages.some((p) => p.url === target)) {
          depth.set(target, depth.get(url)! + 1);
          queue.push(target);
        }
      }
    }
    const orphans = pages.map((p) => p.url).filter((u) => u !== '/404.html' && !depth.has(u));
    expect(orphans).toEqual([]);
    const far = [...depth].filter(([, d]) => d > 2).map(([u, d]) => `${u} (${d} clicks)`);
    expect(far).toEqual([]);
  });
});

describe('links in the text', () => {
  test('a link to a person gives the site’s one Latin spelling of the name, in full or the surname alone', () => {
    const people = load(readFileSync(contentPath('people'), 'utf8')) as {
      id: string;
      name: string;
      kk?: string;
      ru?: string;
    }[];
    const names = new Map(people.map((p) => [p.id, p.name]));
    const wrong: string[] = [];
    // A translated page gives the name in its language as the people data has it (Kazakh falls back to the Russian
    // form where no Kazakh one is recorded), inflected: the surname is in the link's text.
    for (const { url, $ } of pages.filter((p) => /^\/(kk|ru)\//.test(p.url))) {
      const lang = url.slice(1, 3) as 'kk' | 'ru';
      $('a[href^="/people/#"]').each((_, a) => {
        const person = people.find((p) => p.id === $(a).attr('href')!.slice('/people/#'.length));
        const surname = (person?.[lang] ?? person?.ru)?.split(' ').at(-1);
        if (surname && !$(a).text().includes(surname)) wrong.push(`${url}: “${$(a).text()}” for ${surname}`);
      });
    }
    // A published edition keeps the spelling it was published with (a later text may respell a name).
    for (const { url, $ } of pages.filter((p) => !p.url.startsWith('/editions/') && !/^\/(kk|ru)\//.test(p.url))) {
      $('a[href^="/people/#"]').each((_, a) => {
        const name = names.get($(a).attr('href')!.slice('/people/#'.length));
        const text = $(a).text().trim();
        // The full name, the surname alone, or a labelled link ("People: Aron Atabek" on /sources/).
        if (name && text !== name && !name.endsWith(` ${text}`) && !text.endsWith(`: ${name}`))
          wrong.push(`${url}: “${text}” for ${name}`);
      });
    }
    expect(wrong).toEqual([]);
  });
  test('no word is glued to the link after it (a space lost between a word and a link)', () => {
    const glued: string[] = [];
    for (const { url, $ } of pages) {
      $('body a').each((_, a) => {
        const before = a.prev;
        if (before?.type === 'text' && /[\p{L}\p{N}]$/u.test(before.data))
          glued.push(`${url}: “${before.data.slice(-20)}${$(a).text().slice(0, 20)}”`);
        const after = a.next;
        if (after?.type === 'text' && /^\s+[,.;:)]/.test(after.data))
          glued.push(`${url}: “${$(a).text().slice(-20)}${after.data.slice(0, 5)}” (space before punctuation)`);
      });
    }
    expect(glued).toEqual([]);
  });

  test('the first mention of another movement in an entry links to it', () => {
    // The same rule the build applies to the sources (src/checks/mentions.ts), here on the pages as readers get them.
    const targets: Named[] = movementTargets(
      movements.map((m) => ({ id: m.id, title: m.data.title })),
      entries.map((e) => ({ id: e.id, names: [e.data.title, e.data.names.latin, ...(e.data.names.aliases ?? [])] })),
      (id) => `/movements/${id}/`,
    );
    const unlinked = entries.flatMap((e) =>
      unlinkedFirstMentions(
        proseRuns(page(e.url).$),
        targets.filter((t) => t.href !== e.url),
      )
        .filter((p) => !(`${e.collection}/${e.id}: ${p.slice(0, p.indexOf(':'))}` in NOT_THE_MOVEMENT))
        .map((p) => `${e.url}: ${p}`),
    );
    expect(unlinked).toEqual([]);
  });
});
