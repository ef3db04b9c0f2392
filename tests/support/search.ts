// Driving the search page in Chromium: run a query and read the results Pagefind's UI shows.
import type { Page } from 'playwright-core';

export interface SearchResult {
  /** The page's link, as the browser resolves it. */
  href: string;
  /** Links to headings within the page (Pagefind's sub-results). */
  headings: string[];
}

/**
 * Waits until Pagefind's UI has answered `query` (its message names the query, and every result,
 * shown first as a placeholder, has its link), then returns the results in order.
 */
export async function searchResults(page: Page, query: string): Promise<SearchResult[]> {
  await page.waitForFunction(
    (query) => {
      const message = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
      if (!message.endsWith(` ${query}`)) return false;
      return [...document.querySelectorAll('li.pagefind-ui__result')].every((li) =>
        li.querySelector('a.pagefind-ui__result-link'),
      );
    },
    query,
    { timeout: 10_000 },
  );
  return page.$$eval('li.pagefind-ui__result', (items) =>
    items.map((li) => {
      const links = [...li.querySelectorAll<HTMLAnchorElement>('a.pagefind-ui__result-link')];
      return { href: links[0]!.href, headings: links.slice(1).map((a) => a.href) };
    }),
  );
}

/** Types a new query into Pagefind's own search field and returns its results. */
export async function searchAgain(page: Page, query: string): Promise<SearchResult[]> {
  await page.fill('.pagefind-ui__search-input', query);
  return searchResults(page, query);
}
