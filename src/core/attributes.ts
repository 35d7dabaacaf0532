/**
 * What the widget may repeat from its attributes and from addresses. A link to the iframe
 * route sets attributes for anyone who writes it, so nothing from there is said in the
 * widget's voice unless it is one of the few shapes it can only ever be.
 */

/** The CBS code in `value` (`GM` + 4 digits, any case, spaces around), upper case; else undefined. */
export function cbsCode(value: string | null | undefined): string | undefined {
  const code = value?.trim().toUpperCase();
  return code && /^GM\d{4}$/.test(code) ? code : undefined;
}

/**
 * An address as shown to a site owner under "Details": origin and path, without query or
 * fragment (where a link can put whole sentences), at most `max` characters.
 */
export function shortUrl(url: string, max = 80): string {
  let s = url;
  try {
    const u = new URL(url);
    s = u.origin === 'null' ? u.protocol : u.origin + u.pathname;
  } catch {
    // Not a URL: shown clipped as it is.
  }
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}
