/**
 * The form's data: the index named by the link and its gemeente (its file or inline
 * content), each checked by the widget's own validator (src/core/validate.ts) with the
 * widget's limits. Through `window.fetch`, which the page's data policy guards
 * (src/embed/data-policy.ts). Every failure is a FormError the page puts into words.
 */
import { bundledKeyPoints } from '../core/bundled-key-points.js';
import { contactLink } from '../core/contact.js';
import { depthProblem } from '../core/json-depth.js';
import { INDEX_LIMIT, GEMEENTE_LIMIT } from '../core/limits.js';
import type { Index, MunicipalityContent, MunicipalityEntry, Party, Problem } from '../core/types.js';
import { validateIndex, validateMunicipalityFile } from '../core/validate.js';
import type { FormLink } from './link.js';

/** `refused`: the data policy; `data`: anything wrong with loading or the files; `gemeente`, `party`: not in the data. */
export type FormErrorKind = 'refused' | 'data' | 'gemeente' | 'party';

export class FormError extends Error {
  constructor(
    readonly kind: FormErrorKind,
    detail: string,
    readonly problems: readonly Problem[] = [],
  ) {
    super(detail);
  }
}

export interface FormData {
  index: Index;
  gemeente: MunicipalityEntry;
  content: MunicipalityContent;
  party: Party;
  /** `organisation.contact`, when it is an e-mail address or an https URL. */
  contact?: { href: string; text: string };
}

/** Generous: a data host on a slow line still answers, a hung one does not leave a spinner forever. */
const TIMEOUT = 20_000;

async function getJson(url: string, limit: number): Promise<{ json: unknown; url: string }> {
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'omit', signal: AbortSignal.timeout(TIMEOUT) });
  } catch (e) {
    if ((e as Error)?.name === 'SecurityError') throw new FormError('refused', `${url}: not allowed by this page's data policy`);
    throw new FormError('data', `${url}: ${(e as Error)?.message ?? e}`);
  }
  if (!res.ok) throw new FormError('data', `${url}: HTTP status ${res.status}`);
  if (Number(res.headers.get('Content-Length')) > limit) throw new FormError('data', `${url}: larger than ${limit} bytes`);
  const bytes = await res.arrayBuffer();
  if (bytes.byteLength > limit) throw new FormError('data', `${url}: larger than ${limit} bytes`);
  const text = new TextDecoder().decode(bytes);
  const deep = depthProblem(text);
  if (deep) throw new FormError('data', `${url}: ${deep.message}`);
  try {
    return { json: JSON.parse(text), url: res.url || url };
  } catch (e) {
    throw new FormError('data', `${url}: not JSON (${(e as Error).message})`);
  }
}

const invalid = (url: string, errors: readonly Problem[]) => new FormError('data', `${url}: does not match the data format`, errors);

/** Loads and checks the link's index, gemeente and party. */
export async function loadForm(link: FormLink): Promise<FormData> {
  const { json, url } = await getJson(link.data, INDEX_LIMIT);
  const checked = validateIndex(json, url, bundledKeyPoints);
  if (!checked.ok) throw invalid(url, checked.errors);
  const index = checked.value;
  const gemeente = index.municipalities.find((m) => m.code === link.gemeente);
  if (!gemeente) throw new FormError('gemeente', `${link.gemeente} is not in ${url}`);
  if (gemeente.problems?.length) throw invalid(url, gemeente.problems);
  let content = gemeente.content;
  if (!content) {
    const file = await getJson(gemeente.data!, GEMEENTE_LIMIT);
    const c = validateMunicipalityFile(
      file.json,
      gemeente.code,
      index.keyPoints.map((k) => k.id),
    );
    if (!c.ok) throw invalid(file.url, c.errors);
    content = c.value;
  }
  const party = content.parties.find((p) => p.id === link.partij);
  if (!party) throw new FormError('party', `no party with id ${JSON.stringify(link.partij)} in ${link.gemeente}`);
  const org = (json as { organisation?: { contact?: unknown } }).organisation;
  return { index, gemeente, content, party, contact: contactLink(org && typeof org === 'object' ? org.contact : undefined) };
}
