/**
 * Missing glyphs ("tofu"): characters that no font on the machine can draw, found the same
 * way in Chromium, Firefox and WebKit. Each character is drawn on a canvas in the font of
 * the element it is in (style, weight, family; the lang of its element), beside a
 * character no font has: U+E000 (private use) for the Basic Multilingual Plane, U+10FFFD
 * for the planes above. What an engine draws for a missing glyph differs:
 *
 * - Chromium and WebKit draw the first font's .notdef glyph, the same for every missing
 *   character: a missing character's drawing equals the reference's, pixel for pixel;
 * - Firefox draws a "hex box": a frame with the character's code in small digits inside,
 *   so two missing characters differ in the digits only. Their advance is the same (per
 *   number of digits) and so is everything outside the frame's inside.
 *
 * So a character is missing when its advance is the reference's and its drawing equals the
 * reference's everywhere except inside the reference's box (its inked rectangle, inset). A
 * real glyph cannot pass that: it would have to ink the reference's frame exactly and
 * nothing outside it. (The unit test in languages-every-screen.test.ts feeds it private-use
 * characters, which must be reported, and real letters of every script, which must not.)
 */

const SIZE = 40;
const W = 120;
const H = 80;
/** Pixels of the reference's inked rectangle left out on each side: the hex box's digits are inside. */
const INSET = 1;

/**
 * A canvas per language: the fallback font for a script may depend on the text's language
 * (Firefox draws even its hex box in the language's default font), and an engine may keep
 * the font it resolved for a context when only the canvas's lang changes.
 */
const contexts = new Map<string, CanvasRenderingContext2D>();

function context(lang: string) {
  let c = contexts.get(lang);
  if (!c) {
    const canvas = Object.assign(document.createElement('canvas'), { width: W, height: H, lang });
    c = canvas.getContext('2d', { willReadFrequently: true })!;
    contexts.set(lang, c);
  }
  return c;
}

interface Drawing {
  width: number;
  alpha: Uint8ClampedArray;
}

function draw(text: string, font: string, lang: string): Drawing {
  const c = context(lang);
  c.clearRect(0, 0, W, H);
  c.font = font;
  c.fillStyle = '#000';
  c.textBaseline = 'alphabetic';
  c.textAlign = 'left';
  c.direction = 'ltr';
  c.fillText(text, 20, 55);
  const rgba = c.getImageData(0, 0, W, H).data;
  const alpha = new Uint8ClampedArray(W * H);
  for (let i = 0; i < alpha.length; i++) alpha[i] = rgba[i * 4 + 3];
  return { width: c.measureText(text).width, alpha };
}

/** The inked rectangle of a drawing, or undefined when nothing is inked. */
function box(d: Drawing) {
  let [x0, y0, x1, y1] = [W, H, -1, -1];
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++)
      if (d.alpha[y * W + x] > 0) {
        x0 = Math.min(x0, x);
        y0 = Math.min(y0, y);
        x1 = Math.max(x1, x);
        y1 = Math.max(y1, y);
      }
  return x1 < 0 ? undefined : { x0, y0, x1, y1 };
}

const references = new Map<string, { drawing: Drawing; inside: (x: number, y: number) => boolean }>();

function reference(astral: boolean, font: string, lang: string) {
  const key = `${astral}|${font}|${lang}`;
  let r = references.get(key);
  if (!r) {
    const drawing = draw(astral ? '\u{10FFFD}' : '\uE000', font, lang);
    const b = box(drawing);
    const inside = b ? (x: number, y: number) => x > b.x0 + INSET && x < b.x1 - INSET && y > b.y0 + INSET && y < b.y1 - INSET : () => false;
    r = { drawing, inside };
    references.set(key, r);
  }
  return r;
}

/** True when no font draws `char` (one code point) in `font` (a canvas font) for `lang`. */
export function isMissing(char: string, font: string, lang = ''): boolean {
  const ref = reference(char.codePointAt(0)! > 0xffff, font, lang);
  const d = draw(char, font, lang);
  if (Math.abs(d.width - ref.drawing.width) > 0.05) return false;
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) {
      if (ref.inside(x, y)) continue;
      if (Math.abs(d.alpha[y * W + x] - ref.drawing.alpha[y * W + x]) > 16) return false;
    }
  return true;
}

/** The canvas font for an element's text: its style, weight and family, at a size large enough to tell glyphs apart. */
export function canvasFont(el: Element) {
  const s = getComputedStyle(el);
  return `${s.fontStyle} ${s.fontWeight} ${SIZE}px ${s.fontFamily}`;
}

/** Characters that are not drawn as glyphs of their own: spaces, controls, formatting marks (bidi isolates, ZWNJ). */
const notDrawn = /[\p{Z}\p{Cc}\p{Cf}\s]/u;

/**
 * Every character shown in `root` (text nodes of rendered elements, through open shadow
 * roots) that no font draws, with the font and language it was to be drawn in.
 */
export function missingGlyphs(root: ParentNode): { char: string; code: string; font: string; lang: string }[] {
  const seen = new Map<string, { char: string; font: string; lang: string }>();
  const visit = (node: ParentNode) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === Node.ELEMENT_NODE) {
        if ((n as Element).shadowRoot) visit((n as Element).shadowRoot!);
        continue;
      }
      const parent = n.parentElement;
      if (!parent || !parent.getClientRects().length || /^(script|style|template)$/i.test(parent.localName)) continue;
      const font = canvasFont(parent);
      const lang = parent.closest('[lang]')?.getAttribute('lang') ?? '';
      for (const char of new Set(n.textContent ?? '')) {
        if (notDrawn.test(char)) continue;
        const key = `${char}|${font}|${lang}`;
        if (!seen.has(key)) seen.set(key, { char, font, lang });
      }
    }
  };
  visit(root);
  return [...seen.values()]
    .filter((c) => isMissing(c.char, c.font, c.lang))
    .map((c) => ({ ...c, code: `U+${c.char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` }));
}
