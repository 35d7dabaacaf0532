/** Links from data: which are ever opened, and how an address reads on paper. Pure. */

/** A link from data: only absolute http(s) URLs are ever rendered as links. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** An http(s) address as a person types it from paper or a kiosk screen: no scheme, no `www.`, no trailing slash. */
export const address = (href: string) => href.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '');
