// Optional enhancement for note references: each note of the text in the margin beside its first mark (wide screens,
// global.css), a preview of the note on hover or focus (Escape closes it), and returning from a note to the exact
// scroll position the reader left. The page works without it: the notes list at the end is the note, once in the HTML.

const PREVIEW_CLASS = 'note-preview';

/**
 * The margin copy of each note, beside its first mark in the text (not the infobox's or the timeline's): the note
 * without its back-links, and without its links, so that keyboard users meet each link once; hidden from screen
 * readers, which have the note itself. Pages that carry their sidenotes in the HTML (edition copies) keep theirs.
 */
function placeSidenotes(): void {
  const seen = new Set<string>();
  for (const ref of document.querySelectorAll<HTMLAnchorElement>('.entry-body a[role="doc-noteref"]')) {
    const host = ref.closest('.fn');
    if (!host || ref.closest('.entry-timeline') || seen.has(ref.hash)) continue;
    seen.add(ref.hash);
    const note = noteFor(ref);
    if (!note || host.querySelector('.sidenote')) continue;
    const side = document.createElement('span');
    side.className = 'sidenote';
    side.setAttribute('aria-hidden', 'true');
    side.innerHTML = note.innerHTML;
    side.querySelectorAll('[role="doc-backlink"]').forEach((b) => b.remove());
    side.querySelectorAll('a').forEach((a) => a.replaceWith(...a.childNodes));
    // Text nodes stay as in the note (no normalize()): the margin copy reads as the note, chunk for chunk.
    const [first, last] = [side.firstChild, side.lastChild];
    if (first?.nodeType === Node.TEXT_NODE) first.textContent = first.textContent!.trimStart();
    if (last?.nodeType === Node.TEXT_NODE) last.textContent = last.textContent!.trimEnd();
    const n = document.createElement('span');
    n.className = 'sidenote-n';
    n.textContent = ref.textContent;
    side.prepend(n, ' ');
    host.append(side);
  }
}
let saved: { ref: string; y: number } | undefined;

function noteFor(ref: HTMLAnchorElement): HTMLElement | null {
  return document.getElementById(ref.hash.slice(1));
}

function hidePreviews(): void {
  document.querySelectorAll(`.${PREVIEW_CLASS}`).forEach((p) => p.remove());
}

function showPreview(ref: HTMLAnchorElement): void {
  const note = noteFor(ref);
  const host = ref.closest('.fn');
  if (!note || !host || host.querySelector(`.${PREVIEW_CLASS}`)) return;
  hidePreviews();
  const preview = document.createElement('span');
  preview.className = PREVIEW_CLASS;
  preview.setAttribute('role', 'note');
  preview.setAttribute('aria-label', ref.getAttribute('aria-label') ?? 'Note');
  preview.innerHTML = note.innerHTML;
  preview.querySelectorAll('[role="doc-backlink"]').forEach((b) => b.remove());
  // The preview is a glance, not a stop on the keyboard path: its links are reached in the note itself.
  preview.querySelectorAll('a').forEach((a) => a.setAttribute('tabindex', '-1'));
  host.append(preview);
  // Keep the preview inside the viewport horizontally.
  const overflow = preview.getBoundingClientRect().right - document.documentElement.clientWidth + 8;
  if (overflow > 0) preview.style.setProperty('--shift', `${-overflow}px`);
}

placeSidenotes();

for (const ref of document.querySelectorAll<HTMLAnchorElement>('a[role="doc-noteref"]')) {
  const host = ref.closest('.fn');
  ref.addEventListener('mouseenter', () => showPreview(ref));
  ref.addEventListener('focus', () => showPreview(ref));
  host?.addEventListener('mouseleave', hidePreviews);
  host?.addEventListener('focusout', (event) => {
    if (!host.contains((event as FocusEvent).relatedTarget as Node | null)) hidePreviews();
  });
  ref.addEventListener('click', () => {
    hidePreviews();
    saved = { ref: ref.id, y: window.scrollY };
  });
}

for (const back of document.querySelectorAll<HTMLAnchorElement>('a[role="doc-backlink"]')) {
  back.addEventListener('click', (event) => {
    const target = back.hash.slice(1);
    const ref = document.getElementById(target);
    if (!saved || saved.ref !== target || !ref) return;
    event.preventDefault();
    history.pushState(null, '', `#${target}`);
    window.scrollTo(0, saved.y);
    ref.focus({ preventScroll: true });
    saved = undefined;
  });
}

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || !document.querySelector(`.${PREVIEW_CLASS}`)) return;
  const host = document.querySelector(`.${PREVIEW_CLASS}`)!.closest('.fn');
  hidePreviews();
  host?.querySelector<HTMLElement>('a[role="doc-noteref"]')?.focus();
});
