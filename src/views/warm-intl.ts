/** Resolves when the page is idle (`requestIdleCallback`; where there is none, Safari's case, after a short timeout). */
const whenIdle = () =>
  new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 2000 });
    else setTimeout(resolve, 50);
  });

/**
 * The first `Intl` object a page makes costs 10–15 ms (ICU loads its data), about 50 ms on
 * a slow phone, and the result makes some (the election date, the order of parties with
 * the same score): in the task that shows it, that was one long task. Made ahead here while
 * the reader answers (the result chunk is fetched when the quiz starts), in pieces of a
 * few milliseconds each, each when the page is idle.
 */
export async function warmIntl() {
  const steps = [
    () => new Intl.Locale('nl').maximize(),
    () => new Intl.Collator('nl').compare('a', 'b'),
    () => new Intl.DateTimeFormat('nl', { dateStyle: 'long', timeZone: 'UTC' }).format(0),
  ];
  for (const step of steps) {
    await whenIdle();
    step();
  }
}
