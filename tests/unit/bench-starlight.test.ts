// The bench's Starlight yardstick is fed the page's own text and notes: what it leaves out would flatter us.
import { describe, expect, test } from 'vitest';
import { entryMarkdown } from '../../src/build/bench-starlight.ts';

const page = `<article class="entry"><header class="entry-header"><h1>Lad</h1>
<p class="names">Russian: <span lang="ru">Лад</span></p>
<aside class="infobox"><dl><dt>Founded</dt><dd>1992<span class="fn"><sup><a href="#note-1" role="doc-noteref">1</a></sup></span></dd></dl></aside></header>
<div class="entry-body prose"><h2 id="overview">Overview</h2>
<p id="p-1"><a href="#p-1" class="para-link">1</a> Lad *spoke* for <a href="/movements/unity/">Unity</a>'s heirs.<span class="fn"><sup><a href="#note-2" role="doc-noteref">2</a></sup></span></p>
<ul><li>one</li><li>two</li></ul></div>
<section class="notes" role="doc-endnotes"><ol>
<li id="note-1"><a href="#src-a">Source A</a>: <q>founded in 1992</q>. <a href="#ref-1" role="doc-backlink">↩</a></li>
<li id="note-2"><a href="#src-b">Source B</a>: <q lang="ru">слово</q> [<q>word</q>]. <a href="#ref-2" role="doc-backlink">↩</a></li>
</ol></section>
<section class="sources"><ol><li>Author. <cite>Book</cite>. 1995.</li></ol></section></article>`;

describe('entryMarkdown', () => {
  const { title, markdown } = entryMarkdown(page);
  test('keeps the title, the infobox and the prose, without the paragraph numbers', () => {
    expect(title).toBe('Lad');
    expect(markdown).toContain('- **Founded**: 1992[^1]');
    expect(markdown).toContain('## Overview');
    expect(markdown).toContain("Lad \\*spoke\\* for [Unity](/movements/unity/)'s heirs.[^2]");
    expect(markdown).not.toMatch(/^1 Lad/m);
    expect(markdown).toContain('- one\n- two');
  });
  test('writes every note as a footnote with its quotation, without the back-links', () => {
    expect(markdown).toContain('[^1]: [Source A](#src-a): founded in 1992.');
    expect(markdown).toContain('[^2]: [Source B](#src-b): слово \\[word\\].');
    expect(markdown).not.toContain('↩');
  });
  test('lists the sources', () => {
    expect(markdown).toContain('## Sources\n\n- Author. Book. 1995.');
  });
});
