/** Rules across files: data lists (sources, people, terms), relations between entries, redirects. */
import { fieldPath, type LocatedYaml, type Path } from './located-yaml';
import { urlProblem } from './mdx-guard';
import type { Finding } from './problem';

/** Two items of one list with the same id: the second would silently replace the first everywhere it is cited. */
export function duplicateIdFindings(list: LocatedYaml): Finding[] {
  const seen = new Map<string, number>();
  const found: Finding[] = [];
  for (const v of list.values) {
    if (v.path.length !== 2 || v.path[1] !== 'id' || typeof v.value !== 'string') continue;
    const id = v.value.toLowerCase();
    const first = seen.get(id);
    if (first !== undefined)
      found.push({
        line: v.line,
        message: `id "${v.value}" is used twice (first on line ${first}): give each item its own id`,
      });
    else seen.set(id, v.line);
  }
  return found;
}

/** A list item's field in words: `"babak-2005" issued.date-parts[0]` rather than `[6].issued…`. */
function itemField(list: LocatedYaml, path: Path): string {
  const [index, ...rest] = path;
  const id = (list.data as { id?: unknown }[] | null)?.[index as number]?.id;
  return `${typeof id === 'string' ? `"${id}"` : `item ${Number(index) + 1}`} ${fieldPath(rest)}`;
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** CSL dates (`issued`, `accessed`): months 1–12 and days that exist (month 13 would print as "Spring"). */
export function cslDateFindings(list: LocatedYaml): Finding[] {
  const found: Finding[] = [];
  for (const v of list.values) {
    if (v.path.at(-1) !== 'date-parts' || !Array.isArray(v.value)) continue;
    for (const [i, parts] of (v.value as unknown[][]).entries()) {
      const [year, month, day] = parts as number[];
      const where = itemField(list, [...v.path, i]);
      const bad = (what: string) =>
        found.push({
          line: list.lineOf([...v.path, i]),
          message: `${where}: ${what} (date-parts are [year, month, day])`,
        });
      if (!Number.isInteger(year)) bad(`year "${String(year)}" is not a number`);
      else if (month !== undefined && (!Number.isInteger(month) || month < 1 || month > 12))
        bad(`month ${month} does not exist`);
      else if (
        day !== undefined &&
        month !== undefined &&
        (!Number.isInteger(day) || day < 1 || day > daysIn(year!, month))
      )
        bad(`day ${day} does not exist in ${year}-${String(month).padStart(2, '0')}`);
    }
  }
  return found;
}

/** A source's `URL` (or its copy's) is an https: address: http: is reported as a warning, any other scheme fails. */
export function sourceUrlFindings(list: LocatedYaml): Finding[] {
  return list.values
    .filter((v) => v.path.length >= 2 && v.path.at(-1) === 'URL' && typeof v.value === 'string')
    .flatMap((v) => {
      const url = v.value as string;
      const id = (list.data as { id?: unknown }[] | null)?.[v.path[0] as number]?.id;
      const source = `source "${typeof id === 'string' ? id : `item ${Number(v.path[0]) + 1}`}"`;
      if (!/^https?:\/\/[^/]/i.test(url))
        return [
          { line: v.line, message: `${source} has a URL that is not http(s): ${url} (${fieldPath(v.path.slice(1))})` },
        ];
      return urlProblem(url)?.warning
        ? [
            {
              line: v.line,
              message: `${source} ${fieldPath(v.path.slice(1))} is http:, not https: ${url}`,
              warning: true,
            },
          ]
        : [];
    });
}

export interface DeclaredRelation {
  from: string;
  type: string;
  target: string;
  file: string;
  line: number;
}

/**
 * Two movements are related once: a second relation between the same pair, from either side, either
 * repeats the first or contradicts it ("Successor of Unity" and "Succeeded by Unity").
 */
export function contradictoryRelations(relations: DeclaredRelation[]): (Finding & { file: string })[] {
  const seen = new Map<string, DeclaredRelation>();
  const found: (Finding & { file: string })[] = [];
  for (const r of relations) {
    if (r.from === r.target) continue; // reported as a relation to itself
    const pair = [r.from, r.target].sort().join(' ');
    const first = seen.get(pair);
    if (first) {
      found.push({
        file: r.file,
        line: r.line,
        message: `${r.type} ${r.target}: ${r.from} and ${r.target} are already related (${first.from} ${first.type} ${first.target}, ${first.file}:${first.line}); declare one relation, on one side`,
      });
    } else seen.set(pair, r);
  }
  return found;
}

/** A redirect from an address where a page lives would replace the page with a forwarding stub. */
export function redirectFindings(redirects: Record<string, string>, livePaths: ReadonlySet<string>): string[] {
  return Object.keys(redirects)
    .filter((from) => livePaths.has(from))
    .map(
      (from) =>
        `redirect from "${from}": a page lives at that address; remove the redirect (src/hosting/redirects.ts) or rename the page`,
    );
}
