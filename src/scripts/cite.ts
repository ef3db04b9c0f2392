// Enhancement of the "Cite this page" block: copy buttons, and the anchor of a linked paragraph in the URL.
export function enhanceCiteBlock(): void {
  const block = document.getElementById('cite');
  if (!block) return;
  for (const button of block.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const text = document.getElementById(button.dataset.copy!)!;
      const status = button.nextElementSibling!;
      try {
        // Rich text keeps the italics when pasted into a word processor; plain text everywhere else.
        const type = (t: string, s: string) => new Blob([s], { type: t });
        await navigator.clipboard.write([
          new ClipboardItem({ 'text/html': type('text/html', text.innerHTML), 'text/plain': type('text/plain', text.innerText) }),
        ]);
        status.textContent = 'Copied';
      } catch {
        status.textContent = 'Copy failed: select the text instead';
      }
    });
  }
  const note = block.querySelector<HTMLElement>('.cite-paragraph')!;
  const update = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    const paragraph = /^p-[0-9a-f]{6}(-\d+)?$/.test(id) ? document.getElementById(id) : null;
    for (const span of block.querySelectorAll<HTMLElement>('.cite-url')) span.textContent = span.dataset.url! + (paragraph ? `#${id}` : '');
    note.hidden = !paragraph;
    note.querySelector('a')!.href = `#${id}`;
    note.querySelector('code')!.textContent = `#${id}`;
  };
  addEventListener('hashchange', update);
  update();
}
