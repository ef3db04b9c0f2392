/** The site's internal URL helper: every link in pages and components goes through withBase(). */
import { joinBase } from './url';

/** Prefixes a site-relative path with the configured base path. */
export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}
