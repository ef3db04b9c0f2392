// The timeline chart as built: on /timeline/ inline with links, on each movement page as an image of its own lane.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { readEntries, type ContentEntry } from '../support/content';
import { readPages, type Page } from '../../src/build/read-pages';

let pages: Page[];
let movements: ContentEntry[];
let periods: ContentEntry[];
const page = (url: string) => pages.find((p) => p.url === url)!;
/** Events of a movement within the chart's years, 1986–1995. */
const shownEvents = (m: ContentEntry) => (m.data.events ?? []).filter((e) => e.date >= '1986' && e.date < '1996');

beforeAll(() => {
  pages = readPages(inject('distDir'));
  const entries = readEntries();
  movements = entries.filter(
    (e) => e.collection === 'movements' && !page(e.url).$('meta[http-equiv="refresh"]').length,
  );
  periods = entries.filter((e) => e.data.period);
});

describe('the timeline chart on /timeline/', () => {
  test('is drawn twice (titles beside the bars, and above them for a phone), each with one lane per movement, titled with a link to it, and one mark per event of 1986–1995 linked to its entry', () => {
    const { $ } = page('/timeline/');
    const svgs = $('figure.timeline-chart svg');
    expect(svgs.length).toBe(2);
    expect($('figure.timeline-chart > .chart-wide > svg').length).toBe(1);
    expect($('figure.timeline-chart > .chart-narrow > svg').length).toBe(1);
    svgs.each((_, svg) => {
      const lanes = $(svg).find('g.lane');
      expect(
        lanes
          .map((_, g) => $(g).find('a > text').parent().attr('href'))
          .get()
          .sort(),
      ).toEqual(movements.map((m) => m.url).sort());
      for (const m of movements) {
        const lane = lanes.filter((_, g) => $(g).find(`a[href="${m.url}"] > text`).length > 0);
        // A title broken onto two lines still reads as the whole title.
        expect(lane.find('a > text').text(), m.id).toBe(m.data.title);
        const marks = lane.find('a.mark');
        expect(marks.length, m.id).toBe(shownEvents(m).length);
        marks.each((_, a) => expect($(a).attr('href'), m.id).toBe(m.url));
        // Founding dates the sources give in different months, or one given only to the year, are hatched (a few
        // days' difference is too small to draw at this scale).
        const dates = [m.data.founded!.date, ...(m.data.founded!.otherDates ?? []).map((d) => d.date)];
        const uncertain = new Set(dates.map((d) => d.slice(0, 7))).size > 1 || dates.some((d) => /^\d{4}$/.test(d));
        expect(lane.find('rect.uncertain').length, m.id).toBe(uncertain ? 1 : 0);
      }
    });
  });
  test('groups the lanes under the orientations’ headings, each group’s lanes in order of founding', () => {
    const { $ } = page('/timeline/');
    const svg = $('figure.timeline-chart > .chart-wide > svg');
    const headings = svg
      .find('text.group')
      .map((_, t) => $(t).text())
      .get();
    const orientations = [...new Set(movements.map((m) => m.data.orientation as string))];
    expect(headings.length).toBe(orientations.length);
    const titles = svg
      .find('g.lane a > text')
      .map((_, t) => $(t).text())
      .get();
    for (const o of orientations) {
      const group = movements.filter((m) => m.data.orientation === o);
      const shown = titles.filter((t) => group.some((m) => m.data.title === t));
      const founded = shown.map((t) => group.find((m) => m.data.title === t)!.data.founded!.date);
      expect(founded, o).toEqual([...founded].sort());
    }
  });
  test('draws each context period as a band linked to its entry, and names them in its caption', () => {
    const { $ } = page('/timeline/');
    expect(periods.map((p) => p.id).sort()).toEqual(['august-1991-coup', 'december-1986', 'elections-1994']);
    expect(
      $('figure.timeline-chart > .chart-wide a.band')
        .map((_, a) => $(a).attr('href'))
        .get()
        .sort(),
    ).toEqual(periods.map((p) => p.url).sort());
    for (const p of periods) expect($('figure.timeline-chart figcaption').text(), p.id).toContain(p.data.period);
  });
});

describe('each movement page', () => {
  test('shows its own lane as an image that exists, with its size given (no layout shift), before the list of events', () => {
    for (const m of movements) {
      const { $ } = page(m.url);
      const img = $('.entry-timeline figure img');
      expect(img.attr('src'), m.id).toBe(`${m.url}timeline.svg`);
      expect(Number(img.attr('width')) * Number(img.attr('height')), m.id).toBeGreaterThan(0);
      expect(img.attr('alt'), m.id).toBeTruthy();
      expect($('.entry-timeline figure + ol.events').length, m.id).toBe(1);
      const file = path.join(inject('distDir'), m.url, 'timeline.svg');
      expect(existsSync(file), m.id).toBe(true);
      const $svg = load(readFileSync(file, 'utf8'), { xml: true });
      expect($svg('svg').attr('xmlns')).toBe('http://www.w3.org/2000/svg');
      expect($svg('g.lane').length, m.id).toBe(1);
      expect($svg('circle').length, m.id).toBe(shownEvents(m).length);
      expect($svg('a').length, `${m.id}: an image links nowhere`).toBe(0);
    }
  });
});
