/**
 * Warnings for data authors only: things the widget accepts (so its validator is silent)
 * but that an author most likely did not mean. A party without a lijstnummer (the ballot
 * shows one for every party that takes part), and a link that starts with `http://` where
 * the guide says links start with `https://` (browsers warn about, or upgrade, plain http).
 * Written like the validator's problems (English, with the JSON path), so that the same
 * Dutch rules (messages.ts) and places (a cell, or a line of the JSON file) apply.
 * Cost: one look at each party, position and link; at most `MAX` warnings are listed.
 */
import { contactLink } from '../core/contact.js';
import type { Problem } from '../core/types.js';
import { joinPath } from './problems.js';

const MAX = 100;
/** The format's limits (src/core/validate.ts, src/core/validate/content.ts): nothing past them is looked at. */
const PARTIES = 60;
const MUNICIPALITIES = 400;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

class Advice {
  readonly list: Problem[] = [];
  n = 0;
  add(path: (string | number)[], message: () => string) {
    if (++this.n <= MAX) this.list.push({ path: joinPath(path), message: message() });
  }
  /** A link given as `http://…`: the validator keeps it, the guide asks for `https://`. */
  link(path: (string | number)[], v: unknown) {
    if (typeof v === 'string' && /^\s*http:\/\//i.test(v))
      this.add(path, () => `expected a link that starts with "https://", found ${JSON.stringify(v.length > 40 ? v.slice(0, 39) + '…' : v)}`);
  }
  done(): Problem[] {
    if (this.n <= MAX) return this.list;
    const more = this.n - MAX + 1;
    return [...this.list.slice(0, MAX - 1), { path: '(root)', message: `… and ${more} more (expected at most ${MAX} problems listed per file, found ${this.n})` }];
  }
}

function content(a: Advice, o: Obj, at: (string | number)[]) {
  const parties = Array.isArray(o.parties) ? o.parties.slice(0, PARTIES) : [];
  parties.forEach((x, i) => {
    if (!isObj(x)) return;
    const p = [...at, 'parties', i];
    if (x.list == null || x.list === '') a.add([...p, 'list'], () => 'expected a lijstnummer, found nothing; the party is shown without one');
    a.link([...p, 'url'], x.url);
    if (isObj(x.positions)) for (const [k, y] of Object.entries(x.positions)) if (isObj(y)) a.link([...p, 'positions', k, 'source'], y.source);
  });
}

/** Advice on an index: its links, and the parties of gemeenten given inline. */
export function adviseIndex(json: unknown): Problem[] {
  const a = new Advice();
  if (!isObj(json)) return [];
  if (isObj(json.organisation)) {
    const { url, contact } = json.organisation;
    a.link(['organisation', 'url'], url);
    // The widget shows readers only a contact it can link to; anything else it leaves out.
    if (contact != null && contact !== '' && !contactLink(contact))
      a.add(
        ['organisation', 'contact'],
        () => `expected an e-mail address like "standpunten@example.org" or an https URL, found ${JSON.stringify(contact).slice(0, 60)}; readers are not shown it`,
      );
  }
  if (isObj(json.links))
    for (const [k, v] of Object.entries(json.links)) {
      if (k !== 'reading') a.link(['links', k], v);
      else if (Array.isArray(v)) v.slice(0, 10).forEach((r, i) => isObj(r) && a.link(['links', 'reading', i, 'url'], r.url));
    }
  if (Array.isArray(json.municipalities)) json.municipalities.slice(0, MUNICIPALITIES).forEach((m, i) => isObj(m) && content(a, m, ['municipalities', i]));
  return a.done();
}

/** Advice on a municipality file: its parties' list numbers and links. */
export function adviseGemeente(json: unknown): Problem[] {
  const a = new Advice();
  if (isObj(json)) content(a, json, []);
  return a.done();
}
