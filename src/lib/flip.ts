/**
 * Moves result items smoothly to their new place after a re-ranking ("FLIP": measure
 * first, render, then animate from the old place to the new). Items are matched by
 * `data-key`, not by element: Lit reuses the list's elements in place, so the element
 * that showed a party may show another one after the change.
 * Only when the reader's system allows motion; the Web Animations API needs no inline
 * style attribute, so a strict CSP allows it.
 */
export function measure(root: ParentNode, selector: string): () => void {
  if (!matchMedia('(prefers-reduced-motion: no-preference)').matches) return () => {};
  const before = new Map<string, number>();
  for (const el of root.querySelectorAll<HTMLElement>(selector)) before.set(el.dataset.key!, el.getBoundingClientRect().top);
  return () => {
    for (const el of root.querySelectorAll<HTMLElement>(selector)) {
      const was = before.get(el.dataset.key!);
      const dy = was === undefined ? 0 : was - el.getBoundingClientRect().top;
      if (Math.abs(dy) > 1) el.animate([{ transform: `translateY(${dy}px)` }, { transform: 'none' }], { duration: 250, easing: 'ease-out' });
    }
  };
}
