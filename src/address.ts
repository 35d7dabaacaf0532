/**
 * A URL as a person would type it from paper or a kiosk screen: no `https://`, no
 * `www.`, no trailing slash. Only http(s) URLs; anything else gives nothing.
 */
export function printableAddress(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
    return `${u.host.replace(/^www\./, '')}${u.pathname}${u.search}`.replace(/\/$/, '');
  } catch {
    return undefined;
  }
}
