// The open data of the built site, checked by the tools a researcher would use: jsonld, csv-parse, citation-js.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import jsonld from 'jsonld';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { readPages, type Page } from '../../src/build/read-pages';
import { readCsv, tableProblems, type TableSchema } from '../support/table-schema';

let distDir: string;
let pages: Page[];
const data = (file: string) => readFileSync(path.join(distDir, 'data', file), 'utf8');
const isEntry = (url: string) => /^\/(movements|context)\/[^/]+\/$/.test(url);

/** No remote context may be needed: a document that asks for one fails. */
const offlineLoader = async (url: string): Promise<never> => {
  throw new Error(`JSON-LD asked to fetch ${url}`);
};

interface Resource {
  name: string;
  path: string;
  schema?: TableSchema;
}

beforeAll(() => {
  distDir = inject('distDir');
  pages = readPages(distDir);
});

describe('tables', () => {
  test('every CSV matches the table schema the data package gives it, keys included', () => {
    const pkg = JSON.parse(data('datapackage.json')) as { resources: Resource[]; licenses: { name: string }[] };
    const tabular = pkg.resources.filter((r) => r.schema);
    expect(tabular.map((r) => r.name)).toEqual([
      'movements',
      'context',
      'people',
      'events',
      'relations',
      'leaders',
      'sources',
    ]);
    const tables = new Map(tabular.map((r) => [r.name, readCsv(data(r.path)).rows]));
    const problems = tabular.flatMap((r) => tableProblems(r.name, data(r.path), r.schema!, tables));
    expect(problems).toEqual([]);
    for (const r of pkg.resources) expect(existsSync(path.join(distDir, 'data', r.path)), r.path).toBe(true);
    expect(pkg.licenses[0]!.name).toBe('CC-BY-4.0');
  });
  test('every source key in a "sources" column is a work in sources.csv', () => {
    const known = new Set(readCsv(data('sources.csv')).rows.map((r) => r.id));
    for (const file of ['movements.csv', 'people.csv', 'events.csv', 'leaders.csv']) {
      for (const row of readCsv(data(file)).rows) {
        for (const [column, value] of Object.entries(row).filter(([c]) => c.endsWith('sources'))) {
          for (const key of value.split(';').filter(Boolean))
            expect(known.has(key), `${file} ${column}: ${key}`).toBe(true);
        }
      }
    }
  });
  test('every relation is given from both ends', () => {
    const rows = readCsv(data('relations.csv')).rows;
    const declared = rows.filter((r) => r.direction === 'declared');
    expect(declared.length).toBeGreaterThan(0);
    for (const r of declared)
      expect(
        rows.some((i) => i.direction === 'inverse' && i.subject === r.object && i.object === r.subject),
        JSON.stringify(r),
      ).toBe(true);
  });
  test('every movement and context entry is a row, with its founding date and sources', () => {
    const movements = readCsv(data('movements.csv')).rows;
    expect(movements.map((m) => m.id).sort()).toEqual(['alash', 'lad', 'nevada-semipalatinsk', 'unity', 'zheltoqsan']);
    for (const m of movements) expect(m.founded_sources, m.id).not.toBe('');
    const entries = pages.filter((p) => p.url.startsWith('/context/') && isEntry(p.url)).length;
    expect(readCsv(data('context.csv')).rows).toHaveLength(entries);
  });
});

describe('linked data', () => {
  test('the whole graph and every entry’s own file expand as JSON-LD, offline, into schema.org nodes', async () => {
    const files = [
      'data/kz-movements.jsonld',
      ...pages.filter((p) => isEntry(p.url)).map((p) => `${p.url.slice(1)}data.jsonld`),
    ];
    for (const file of files) {
      const doc = JSON.parse(readFileSync(path.join(distDir, file), 'utf8'));
      const expanded = (await jsonld.expand(doc, { documentLoader: offlineLoader })) as Record<string, unknown>[];
      expect(expanded.length, file).toBeGreaterThan(0);
      expect(
        expanded.some((n) => (n['@type'] as string[] | undefined)?.includes('https://schema.org/ScholarlyArticle')),
        file,
      ).toBe(true);
    }
    const whole = JSON.parse(data('kz-movements.jsonld')) as { '@graph': { '@type': string }[] };
    const count = (type: string) => whole['@graph'].filter((n) => n['@type'] === type).length;
    expect(count('Organization')).toBe(5);
    expect(count('Person')).toBe(readCsv(data('people.csv')).rows.length);
    expect(count('CreativeWork')).toBe(readCsv(data('sources.csv')).rows.length);
  });
  test('every entry page links its own data in its head', () => {
    for (const { url, $ } of pages.filter((p) => isEntry(p.url))) {
      const href = $('link[rel="alternate"][type="application/ld+json"]').attr('href');
      expect(href, url).toBe(`${url}data.jsonld`);
    }
  });
});

describe('bibliography', () => {
  test('CSL-JSON, BibTeX and RIS each import with citation-js as every work cited', async () => {
    const count = readCsv(data('sources.csv')).rows.length;
    for (const file of ['bibliography.json', 'bibliography.bib', 'bibliography.ris']) {
      const cite = await Cite.async(data(file));
      expect(cite.data.length, file).toBe(count);
    }
  });
});

describe('licence', () => {
  test('every page states the licence of the text and data, and that the primary source is not covered', () => {
    for (const { url, $ } of pages) {
      expect($('footer a[rel="license"]').attr('href'), url).toBe('https://creativecommons.org/licenses/by/4.0/');
    }
    expect(readFileSync(path.join(distDir, 'data/index.html'), 'utf8')).toContain('this licence does not cover them');
  });
});
