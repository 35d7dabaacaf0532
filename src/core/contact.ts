/**
 * `organisation.contact` in the index (docs/data-format.md): where parties send their
 * answers and readers their corrections. An e-mail address (`mailto:` is added) or an
 * https URL; anything else is no contact. Pure; the widget's own validator does not keep
 * the field (no reader's screen shows it yet), so whoever needs it reads it with this.
 */

/** A plain address, `naam@example.org`: no spaces, no brackets or quotes, one @, a dot in the domain. */
const EMAIL = /^[^\s@<>()[\]"',;:\\]+@[^\s@<>()[\]"',;:\\]+\.[^\s@<>()[\]"',;:\\]+$/;

/** The contact's link and the text to show for it; undefined when `value` is neither an e-mail address nor an https URL. */
export function contactLink(value: unknown): { href: string; text: string } | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  if (v.length > 320) return undefined;
  const mail = v.replace(/^mailto:/i, '');
  if (EMAIL.test(mail)) return { href: `mailto:${mail}`, text: mail };
  try {
    const u = new URL(v);
    if (u.protocol === 'https:' && !u.username && !u.password) return { href: u.href, text: v };
  } catch {
    // Not a URL: no contact.
  }
  return undefined;
}
