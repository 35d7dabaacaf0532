/** Sent by dist/embed.html to its parent whenever the widget's height changes. */
export interface HeightMessage {
  type: 'stemhulp:height';
  height: number;
}
/** Sent by dist/embed-resize.js to ask an iframe for its height (it may have loaded first). */
export interface AskMessage {
  type: 'stemhulp:ask';
}
