/**
 * For the parent page (dist/embed-resize.js, a classic script): gives every
 * `<iframe data-stemhulp>` the height of the widget inside it.
 */
import type { AskMessage, HeightMessage } from './messages.js';

const loaded = Symbol.for('stemhulp-widget.embed-resize');
const w = window as unknown as Record<symbol, boolean>;

/** Generous, so a long result fits, yet finite: a broken page cannot make the iframe endless. */
const MAX_HEIGHT = 20000;

const frames = () => document.querySelectorAll<HTMLIFrameElement>('iframe[data-stemhulp]');

/**
 * Asks a frame for its height. To any origin: the question carries nothing, and a frame
 * that has not navigated yet (about:blank, a consent manager's placeholder, a frame still
 * loading) has another origin than its src, which a targeted message would fail on.
 */
function ask(frame: HTMLIFrameElement) {
  frame.contentWindow?.postMessage({ type: 'stemhulp:ask' } satisfies AskMessage, '*');
}

// A page may include this script twice; one listener is enough.
if (!w[loaded]) {
  w[loaded] = true;
  addEventListener('message', (e: MessageEvent<HeightMessage>) => {
    const { type, height } = e.data ?? {};
    const screen = height === 'screen';
    if (type !== 'stemhulp:height' || !(screen || (typeof height === 'number' && height > 0)) || !e.source) return;
    for (const frame of frames()) {
      // Only the iframe's own window may size it: another frame or a script on this page
      // cannot resize someone else's widget. Not the origin: a sandboxed frame's is "null".
      if (frame.contentWindow !== e.source) continue;
      if (!screen) frame.style.height = `${Math.min(Math.ceil(height), MAX_HEIGHT)}px`;
      else {
        // The result: as tall as this page's viewport, whatever the answers; it scrolls inside.
        // dvh where the browser knows it (a phone's bars), else vh.
        frame.style.height = '100vh';
        frame.style.height = '100dvh';
      }
    }
  });
  const watched = new WeakSet<HTMLIFrameElement>();
  const init = () =>
    frames().forEach((frame) => {
      // This script may come after the frames have loaded (then it asks now), or before (then at their load).
      ask(frame);
      if (watched.has(frame)) return;
      watched.add(frame);
      frame.addEventListener('load', () => ask(frame));
    });
  if (document.readyState === 'loading') addEventListener('DOMContentLoaded', init);
  else init();
}
