/**
 * Ends the current task and resumes in a new one, so the browser can handle input and
 * paint in between: the widget's work on the host page's main thread comes in slices
 * (a long task counts against the page's Total Blocking Time and its responsiveness).
 * `scheduler.yield()` where there is one (it resumes ahead of other queued tasks), else a
 * posted message, which, unlike `setTimeout(0)`, is neither clamped nor throttled.
 */
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => resolve();
    port2.postMessage(0);
  });
}
