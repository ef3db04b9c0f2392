/** The collection schemas' complaints (zod issues) as findings: each with its line and its field in words. */
import type { z } from 'astro/zod';
import { nearest } from '../shared/suggest';
import { fieldPath, type LocatedYaml, type Path } from './located-yaml';
import type { Finding } from './problem';

type Issue = z.core.$ZodIssue;

/** Where the checked value was read from. */
export interface SchemaTarget {
  /** The document, for the lines. */
  yaml: LocatedYaml;
  /** The value's path in it: [] for an entry's frontmatter, [3] for the fourth record of a list. */
  at?: Path;
  /** The record in words for a list (`source "babak-2005"`); an entry is its file. */
  subject?: string;
}

const TYPES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping (fields indented under it)',
  date: 'a date',
};

function kindOf(value: unknown): string {
  if (value === null) return 'empty';
  if (value instanceof Date) return 'a date';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `text ("${value.length > 40 ? `${value.slice(0, 40)}…` : value}")`;
  return `${typeof value === 'number' ? 'a number' : typeof value} (${String(value)})`;
}

function valueAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (v, key) => (v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[key] : undefined),
    value,
  );
}

/** Zod's own wording ("Invalid input: …", "Too big: …"), as opposed to a message the schema gives. */
const DEFAULT_MESSAGE = /^(Invalid|Too (big|small))\b/;

/** What is wrong, in words, given the value the issue is about. */
function describe(issue: Issue, actual: unknown): string {
  // A missing enum is an invalid value to zod, a missing union an invalid union: all are missing fields.
  if (
    actual === undefined &&
    (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union')
  )
    return 'required, but missing';
  if (issue.code === 'invalid_type') {
    const quote =
      issue.expected === 'string' && actual instanceof Date ? ': put the date in quotes ("1991-12-16")' : '';
    return `must be ${TYPES[issue.expected] ?? issue.expected}, not ${kindOf(actual)}${quote}`;
  }
  const length =
    (issue.code === 'too_big' || issue.code === 'too_small') && typeof actual === 'string'
      ? ` (it has ${actual.length})`
      : '';
  if (!DEFAULT_MESSAGE.test(issue.message)) return `${issue.message}${length}`;
  switch (issue.code) {
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v));
      if (values.length === 1) return `must be ${values[0]}`;
      const near = nearest(String(actual), issue.values.map(String));
      return `${JSON.stringify(actual)} is not ${near.length ? `valid; did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : `one of ${values.join(', ')}`}`;
    }
    case 'too_small':
    case 'too_big': {
      const bound = `${issue.code === 'too_small' ? 'at least' : 'at most'} ${String(issue.code === 'too_small' ? issue.minimum : issue.maximum)}`;
      if (issue.origin === 'string') return `must be ${bound} characters long${length}`;
      if (issue.origin === 'array') return `takes ${bound} item(s) (it has ${(actual as unknown[]).length})`;
      return `must be ${bound}`;
    }
    case 'invalid_format':
      return issue.format === 'url'
        ? `${JSON.stringify(actual)} is not a URL`
        : `${JSON.stringify(actual)} is not in the expected form${issue.format === 'regex' ? ` ${issue.pattern}` : ` (${issue.format})`}`;
    default:
      return issue.message;
  }
}

/**
 * Issues with their paths from the checked value. A union's failure is told as the failure of the branch
 * that fits the value's type (a list for `cite: [...]`), or as the types it takes when none fits.
 */
function flatten(issues: readonly Issue[], prefix: Path, value: unknown): { path: Path; issue: Issue }[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path.filter((k): k is string | number => typeof k !== 'symbol')];
    if (issue.code !== 'invalid_union' || !issue.errors.length || valueAt(value, path) === undefined)
      return [{ path, issue }];
    const wrongType = (branch: Issue[]) => branch.some((i) => i.code === 'invalid_type' && i.path.length === 0);
    const fitting = issue.errors.filter((branch) => !wrongType(branch)).sort((a, b) => a.length - b.length);
    if (fitting[0]) return flatten(fitting[0], path, value);
    const expected = issue.errors
      .map((branch) => branch.find((i) => i.code === 'invalid_type')!)
      .map((i) => (i.code === 'invalid_type' ? (TYPES[i.expected] ?? i.expected) : ''));
    const message = `must be ${[...new Set(expected)].join(' or ')}, not ${kindOf(valueAt(value, path))}`;
    return [{ path, issue: { code: 'custom', path: issue.path, message, input: undefined } as Issue }];
  });
}

/** The findings for the issues of one value (an entry's frontmatter, or one record of a list), in the order of their lines. */
export function schemaFindings(issues: readonly Issue[], value: unknown, target: SchemaTarget): Finding[] {
  const { yaml, at = [], subject } = target;
  const findings = flatten(issues, [], value).map(({ path, issue }) => {
    // A rule that names the record itself ("source "x" has no author") says it in its own words.
    if (issue.code === 'custom' && (issue.params as { named?: boolean } | undefined)?.named)
      return { line: yaml.lineOf([...at, ...path]), message: issue.message };
    const where = path.length
      ? [subject, `field "${fieldPath(path)}"`].filter(Boolean).join(', ')
      : (subject ?? 'frontmatter');
    // Unknown fields, which the message names, are reported on the line of the first.
    const line = yaml.lineOf([...at, ...path, ...(issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [])]);
    return { line, message: `${where}: ${describe(issue, valueAt(value, path))}` };
  });
  return findings.sort((a, b) => a.line - b.line);
}
