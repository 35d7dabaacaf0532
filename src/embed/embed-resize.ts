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
const originOf = (frame: HTMLIFrameElement) => new URL(frame.src, location.href).origin;

function ask(frame: HTMLIFrameElement) {
  frame.contentWindow?.postMessage({ type: 'stemhulp:ask' } satisfies AskMessage, originOf(frame));
}

// A page may include this script twice; one listener is enough.
if (!w[loaded]) {
  w[loaded] = true;
  addEventListener('message', (e: MessageEvent<HeightMessage>) => {
    const { type, height } = e.data ?? {};
    if (type !== 'stemhulp:height' || typeof height !== 'number' || !(height > 0)) return;
    for (const frame of frames()) {
      // Only the iframe's own window, from the origin its src names, may size it: another
      // frame or a script on this page cannot resize someone else's widget.
      if (frame.contentWindow === e.source && originOf(frame) === e.origin) {
        frame.style.height = `${Math.min(Math.ceil(height), MAX_HEIGHT)}px`;
      }
    }
  });
  const init = () =>
    frames().forEach((frame) => {
      ask(frame);
      frame.addEventListener('load', () => ask(frame));
    });
  if (document.readyState === 'loading') addEventListener('DOMContentLoaded', init);
  else init();
}
