/**
 * Sent by dist/embed.html to its parent whenever the widget's height changes: a number of
 * pixels, or `'screen'` on the result, whose height would tell something of the answers
 * (the parent then gives the frame the height of its viewport, and the frame scrolls).
 */
export interface HeightMessage {
  type: 'stemhulp:height';
  height: number | 'screen';
}
/** Sent by dist/embed-resize.js to ask an iframe for its height (it may have loaded first). */
export interface AskMessage {
  type: 'stemhulp:ask';
}
