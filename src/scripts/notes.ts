// Optional enhancement for note references: a preview of the note on hover or focus (Escape closes it),
// and returning from a note to the exact scroll position the reader left. The page works without it.

const PREVIEW_CLASS = 'note-preview';
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
