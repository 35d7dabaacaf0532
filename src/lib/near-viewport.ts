/**
 * Calls `near` once, when `el` comes within `margin` of the viewport. An element in a
 * hidden tab never intersects, so its data waits until the tab is opened.
 * Returns a function that stops watching.
 */
export function whenNearViewport(el: Element, near: () => void, margin = '600px'): () => void {
  // The margin starts the fetch a screen or so before the reader reaches the widget, so it is
  // usually ready when it scrolls into view. (Browsers ignore it inside cross-origin iframes.)
  const io = new IntersectionObserver(
    (entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        io.disconnect();
        near();
      }
    },
    { rootMargin: margin },
  );
  io.observe(el);
  return () => io.disconnect();
}
