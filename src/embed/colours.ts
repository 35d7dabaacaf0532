/**
 * House colours from an embed link. Anyone can write such a link, and the page inside the
 * iframe is the widget alone, on the widget's own background: so only the accent pair the
 * generator writes is taken, and only where it stays readable: the text on the accent,
 * and the accent itself as the colour of links and outlined buttons on that background.
 */

/** The widget's own backgrounds (src/ui/styles/tokens.styles.ts), the only ones inside the iframe. */
const backgrounds = { light: '#ffffff', dark: '#17171a' };
/** Its default text on the accent, used when a link sets only the accent. */
const accentTexts = { light: '#ffffff', dark: '#0b1a2e' };

/** WCAG AA for text: links and button labels are text. */
export const MIN_CONTRAST = 4.5;

/** #rgb or #rrggbb. No alpha (`#ffffff00` would hide every text), no CSS. */
const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

function luminance(colour: string) {
  const h = colour.length === 4 ? colour.replace(/[0-9a-f]/gi, '$&$&') : colour;
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(h.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two hex colours, from 1 to 21. */
export function contrast(a: string, b: string) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The custom properties to set for the link's query in one colour scheme: the accent (and
 * its text) when both reach 4.5:1, or none, and the widget keeps its own for that scheme.
 */
export function houseColours(params: URLSearchParams, scheme: 'light' | 'dark'): Record<string, string> {
  const accent = params.get('--stemhulp-color-accent') ?? '';
  const given = params.get('--stemhulp-color-accent-text');
  if (!hex.test(accent) || (given !== null && !hex.test(given))) return {};
  const text = given ?? accentTexts[scheme];
  if (contrast(accent, text) < MIN_CONTRAST || contrast(accent, backgrounds[scheme]) < MIN_CONTRAST) return {};
  return given === null ? { '--stemhulp-color-accent': accent } : { '--stemhulp-color-accent': accent, '--stemhulp-color-accent-text': given };
}
