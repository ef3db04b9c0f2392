// The editions in content/editions/ are what was published: every file matches the SHA-256 in its edition.json, and no
// commit (nor an uncommitted change) has modified, deleted or renamed one. Cut new ones with `npm run edition`.
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentFileName, contentPath } from '../../src/config';
import { gitChangesToEditions, storedEditionProblems } from '../support/editions';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('published editions', () => {
  test('every file of every edition is byte for byte what its manifest lists, and nothing else is there', () => {
    expect(storedEditionProblems(contentPath('editions', path.join(ROOT, 'content')))).toEqual([]);
  });
  test('no commit or uncommitted change has modified, deleted or renamed a file of a published edition', () => {
    // Without the repository history (a tarball) only the manifest check above applies.
    expect(gitChangesToEditions(ROOT, contentFileName('editions')) ?? []).toEqual([]);
  });
});
