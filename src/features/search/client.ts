// The search page's enhancement: loads Pagefind's UI (script and styles) and runs the query from ?q=.
import { joinBase } from '../../shared/url';

interface PagefindUIOptions {
  element: HTMLElement;
  bundlePath: string;
  baseUrl: string;
  showSubResults: boolean;
  showImages: boolean;
  autofocus: boolean;
  ranking: { pageLength: number };
  /** The interface's words, on a page in a language Pagefind has none for (Kazakh) or where the site gives its own. */
  translations?: Record<string, string>;
}
declare global {
  interface Window {
    PagefindUI?: new (options: PagefindUIOptions) => { triggerSearch(term: string): void };
  }
}

function load(tag: 'script' | 'link', url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const el = document.createElement(tag);
    if (el instanceof HTMLScriptElement) el.src = url;
    else Object.assign(el, { rel: 'stylesheet', href: url });
    el.addEventListener('load', () => resolve());
    el.addEventListener('error', () => reject(new Error(`Could not load ${url}`)));
    document.head.append(el);
  });
}

async function start(container: HTMLElement): Promise<void> {
  const base = joinBase(import.meta.env.BASE_URL, '');
  const bundlePath = joinBase(base, 'pagefind/');
  await Promise.all([load('link', `${bundlePath}pagefind-ui.css`), load('script', `${bundlePath}pagefind-ui.js`)]);
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  container.replaceChildren();
  const ui = new window.PagefindUI!({
    element: container,
    bundlePath,
    baseUrl: base,
    showSubResults: true,
    showImages: false,
    autofocus: !query,
    // Entries differ greatly in length; a thorough entry must not rank below a short one naming it in passing.
    ranking: { pageLength: 0 },
    ...(container.dataset['translations']
      ? { translations: JSON.parse(container.dataset['translations']) as Record<string, string> }
      : {}),
  });
  if (query) ui.triggerSearch(query);
  container.dataset['ready'] = '';
}

const container = document.querySelector<HTMLElement>('[data-search]');
if (container)
  start(container).catch((error: Error) => {
    const p = document.createElement('p');
    p.className = 'mt-4';
    p.textContent = container.dataset['failed'] ?? 'Search could not be loaded. Use the indexes below.';
    container.append(p);
    console.error(error);
  });
