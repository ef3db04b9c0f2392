// Every built page is valid HTML by html-validate's recommended rules (.htmlvalidate.mjs gives the exceptions).
import { readFileSync } from 'node:fs';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { describe, expect, inject, test } from 'vitest';
import config from '../../.htmlvalidate.mjs';
import { readPages } from '../../src/build/read-pages';

describe('html', () => {
  test('every page passes html-validate (recommended preset)', async () => {
    const validator = new HtmlValidate(new StaticConfigLoader(config));
    const problems: string[] = [];
    for (const { file, url } of readPages(inject('distDir'))) {
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${url}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
