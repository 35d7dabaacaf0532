/**
 * The invitation link's fragment (docs/data-format.md, "Parties' answers": `#gegevens=…&gemeente=GM0363&partij=p1&code=…`,
 * optionally `&lang=en`), read strictly: a fragment that lacks a part or has one of another
 * shape is no link at all, and the form says to use the link the organisation sent. Pure.
 */

/** The invitation code's letters: no 0/O, 1/I/L look-alikes. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE = new RegExp(`^[${CODE_ALPHABET}]{12}$`);

/** A language tag, not a sentence: it ends up in the page's lang attribute. */
const LANG = /^[a-z]{2,3}([-_][a-z0-9]{2,8}){0,3}$/i;

export interface FormLink {
  /** The index's absolute http(s) URL. */
  data: string;
  /** Upper-case CBS code. */
  gemeente: string;
  /** The party's id, exactly as in the data. */
  partij: string;
  /** Upper case. */
  code: string;
}

const params = (hash: string) => new URLSearchParams(hash.replace(/^#/, ''));

/** The link's `lang`, when it is a language tag. */
export function linkLanguage(hash: string): string | undefined {
  const l = params(hash).get('lang')?.trim();
  return l && LANG.test(l) ? l : undefined;
}

/** The link in `hash` (location.hash), relative data URLs against `base`; undefined when any part is missing or malformed. */
export function readLink(hash: string, base: string): FormLink | undefined {
  const p = params(hash);
  const gegevens = p.get('gegevens')?.trim();
  const gemeente = p.get('gemeente')?.trim().toUpperCase() ?? '';
  const partij = p.get('partij') ?? '';
  const code = p.get('code')?.trim().toUpperCase() ?? '';
  if (!gegevens || !/^GM\d{4}$/.test(gemeente) || !CODE.test(code)) return undefined;
  // Ids are at most 200 characters in the data format, and never control characters.
  if (!partij || partij.length > 200 || /[\u0000-\u001f\u007f]/.test(partij)) return undefined;
  let data: URL;
  try {
    data = new URL(gegevens, base);
  } catch {
    return undefined;
  }
  if (data.protocol !== 'https:' && data.protocol !== 'http:') return undefined;
  return { data: data.href, gemeente, partij, code };
}
