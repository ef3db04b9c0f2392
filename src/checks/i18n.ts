/**
 * The interface string tables are complete: kk.yaml and ru.yaml have every key of en.yaml and no other, plural
 * entries with each plural category their language uses, and no placeholder English lacks. Each problem names the
 * file, the line and the key.
 */
import fs from 'node:fs';
import { rel } from './context';
import { parseLocatedYaml } from './located-yaml';
import type { Problem } from './problem';
import { flattenTable, LANGS, SOURCE_LANG, tableProblems, type Lang } from '../features/i18n/model';
import { tableFile, tablesDir } from '../features/i18n/load';

/** Every problem of the string tables in `dir`. */
export function tableFindings(dir = tablesDir()): Problem[] {
  const read = (lang: Lang) => {
    const file = tableFile(lang, dir);
    return fs.existsSync(file) ? { file: rel(file), yaml: parseLocatedYaml(fs.readFileSync(file, 'utf8')) } : undefined;
  };
  const english = read(SOURCE_LANG);
  if (!english)
    return [{ file: rel(tableFile(SOURCE_LANG, dir)), message: 'the English interface strings are missing' }];
  const problems: Problem[] = english.yaml.errors.map((e) => ({
    file: english.file,
    line: e.line,
    message: e.message,
  }));
  const englishTable = flattenTable(english.yaml.data);
  for (const lang of LANGS.filter((l) => l !== SOURCE_LANG)) {
    const table = read(lang);
    if (!table) {
      problems.push({
        file: rel(tableFile(lang, dir)),
        message: `no interface strings for ${lang}: copy en.yaml and translate every string`,
      });
      continue;
    }
    problems.push(...table.yaml.errors.map((e) => ({ file: table.file, line: e.line, message: e.message })));
    for (const p of tableProblems(lang, flattenTable(table.yaml.data), englishTable)) {
      const at = p.key.split('.');
      const line = table.yaml.values.some((v) => v.path.join('.') === p.key) ? table.yaml.lineOf(at) : undefined;
      problems.push({ file: table.file, line, message: `"${p.key}": ${p.message}` });
    }
  }
  return problems;
}
