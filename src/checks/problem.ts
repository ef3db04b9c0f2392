/** A content problem found at build time: the file, the line when known, and what is wrong. */

/** What a rule finds in one file. */
export interface Finding {
  /** 1-based line in the file. */
  line?: number | undefined;
  message: string;
  /** A warning is printed but does not stop the build. */
  warning?: boolean;
}

export interface Problem extends Finding {
  /** Path relative to the project ("content/movements/lad.mdx"). */
  file: string;
}

/** "content/movements/lad.mdx:12: message" */
export function formatProblem(p: Problem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`;
}

/** At most `limit` problems, one a line, then how many more there are. */
export function formatProblems(problems: Problem[], limit = 25): string {
  const lines = problems.slice(0, limit).map(formatProblem);
  if (problems.length > limit) lines.push(`…and ${problems.length - limit} more.`);
  return lines.join('\n');
}

/** The findings of one file as problems of that file. */
export const inFile = (file: string, findings: Finding[]): Problem[] => findings.map((f) => ({ file, ...f }));
