// Enhancement of the "Cite this page" block: copy buttons (for every list of references on the page), and the anchor
// of a linked paragraph in the URL.
export function enhanceCiteBlock(): void {
  // Every list of references on the page: the page's own, and the report's on /primary-source/.
  for (const list of document.querySelectorAll<HTMLElement>('dl.citations')) addCopyButtons(list);
  const block = document.getElementById('cite');
  if (!block) return;
  const note = block.querySelector<HTMLElement>('.cite-paragraph')!;
  const update = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    const paragraph = /^p-[0-9a-f]{6}(-\d+)?$/.test(id) ? document.getElementById(id) : null;
    for (const span of block.querySelectorAll<HTMLElement>('.cite-url')) {
      span.dataset.url ??= span.textContent!;
      span.textContent = span.dataset.url + (paragraph ? `#${id}` : '');
    }
    note.hidden = !paragraph;
    note.querySelector('a')!.href = `#${id}`;
    note.querySelector('code')!.textContent = `#${id}`;
  };
  addEventListener('hashchange', update);
  update();
}

/** A copy button after each reference in `block`, with a live status line: without the script there is nothing to
 * copy with. (Edition copies made before carry their buttons, hidden: those are shown.) */
function addCopyButtons(block: HTMLElement): void {
  for (const text of block.querySelectorAll<HTMLElement>('.citation-text:not([id^="cite-para-"])')) {
    let button = text.nextElementSibling as HTMLButtonElement | null;
    if (!button?.matches('button[data-copy]')) {
      button = document.createElement('button');
      button.type = 'button';
      button.className = 'copy';
      button.dataset.copy = text.id;
      const label = document.createElement('span');
      label.className = 'sr-only';
      label.textContent = ` the ${text.closest('.citation')!.querySelector('dt')!.textContent} reference`;
      button.append('Copy', label);
      const status = document.createElement('span');
      status.className = 'copy-status';
      status.setAttribute('role', 'status');
      text.after(button, ' ', status);
    }
    button.hidden = false;
    const status = button.nextElementSibling!;
    button.addEventListener('click', async () => {
      try {
        // Rich text keeps the italics when pasted into a word processor; plain text everywhere else.
        const type = (t: string, s: string) => new Blob([s], { type: t });
        await navigator.clipboard.write([
          new ClipboardItem({
            'text/html': type('text/html', text.innerHTML),
            'text/plain': type('text/plain', text.innerText),
          }),
        ]);
        status.textContent = 'Copied';
      } catch {
        status.textContent = 'Copy failed: select the text instead';
      }
    });
  }
}
