/**
 * How deeply a data file nests, found before it is parsed. The format needs 8 levels at
 * most (index → municipalities → a gemeente → parties → a party → positions → a position
 * → its explanation in languages); `JSON.parse` of `[[[[…` a million levels deep, well
 * within the 2 MiB limit, takes over a second before it fails, and then says nothing
 * useful. One pass over the characters refuses it in a few milliseconds, whatever the size.
 * Pure, no DOM: the widget's loading (through the validation chunk) and the data tools
 * (src/authoring) use it alike.
 */
import type { Problem } from './types.js';

/** Levels of arrays and objects a data file may nest: twice what the format needs, for fields it does not know. */
export const MAX_DEPTH = 16;

/** The deepest nesting of arrays and objects in a JSON text, outside its strings. Linear; never throws, whatever the text. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      // A backslash escapes the next character: `\"` does not end the string.
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) max = Math.max(max, ++depth);
    else if (c === 93 || c === 125) depth--;
  }
  return max;
}

/** The problem with a JSON text that nests deeper than `max` levels, for the root; undefined when it does not. */
export function depthProblem(text: string, max = MAX_DEPTH): Problem | undefined {
  const found = jsonDepth(text);
  if (found > max) return { path: '', message: `expected arrays and objects nested at most ${max} levels deep, found ${found}; the file was not read further` };
}
