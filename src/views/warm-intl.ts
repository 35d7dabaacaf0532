import { whenIdle } from '../yield.js';

let warmed = false;

/**
 * The first `Intl` object a page makes costs 10–15 ms (ICU loads its data), about 50 ms on
 * a slow phone, and the result makes some (the election date, the order of parties with
 * the same score): in the task that shows it, that was one long task. Made ahead here while
 * the reader answers, in pieces that each cost a few milliseconds, each when the page is idle.
 */
export async function warmIntl() {
  if (warmed) return;
  warmed = true;
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
