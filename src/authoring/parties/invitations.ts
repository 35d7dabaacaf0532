/**
 * `uitnodigen`: one invitation per party per gemeente, kept in `<map>/uitnodigingen.csv`
 * (`gemeente;partij;naam;code;link`). A run keeps every code already in the file (a link
 * already sent stays valid), adds the parties that are new, and gives a new code only
 * where asked (`--vervang GM0363:p1`). The code and the party travel in the link's
 * fragment, which a browser never sends to a server.
 */
import { readCsv } from '../sheets.js';
import { clip, type SheetProblem } from '../problems.js';
import { isCode, newCode, normaliseCode } from './codes.js';
import { csvText } from './csv.js';

export const INVITATIONS_FILE = 'uitnodigingen.csv';
const HEADER = ['gemeente', 'partij', 'naam', 'code', 'link'];

/** A party of a gemeente, as the spreadsheets name it. */
export interface InvitedParty {
  gemeente: string;
  partij: string;
  naam: string;
}

export interface Invitation extends InvitedParty {
  code: string;
  link: string;
}

/** The key of a party in a gemeente: `GM0363:p1` (the party id as written, its case forgiven). */
export const partyKey = (gemeente: string, partij: string) => `${gemeente.toUpperCase()}:${partij.toLowerCase()}`;

/** An absolute http(s) URL without a fragment, or undefined. */
function httpUrl(s: string): URL | undefined {
  try {
    const u = new URL(s);
    return /^https?:$/.test(u.protocol) && !u.username && !u.password ? u : undefined;
  } catch {
    return undefined;
  }
}

/** Checks the two addresses a link is made of; a Dutch message for each one that is not usable. */
export function checkAddresses(form: string | undefined, data: string | undefined): string[] {
  const out: string[] = [];
  if (!form || !httpUrl(form))
    out.push(
      `Geef met --formulier het volledige adres van partijformulier.html op je website, zoals --formulier https://example.org/stemhulp/partijformulier.html${form ? ` (nu: "${clip(form)}")` : ''}.`,
    );
  else if (new URL(form).hash) out.push('Het adres bij --formulier mag geen # bevatten: daarachter zet de uitnodiging de gemeente, de partij en de code.');
  if (!data || !httpUrl(data))
    out.push(
      `Geef met --gegevens het volledige adres van de gepubliceerde index.json, zoals --gegevens https://example.org/stemhulp/index.json${data ? ` (nu: "${clip(data)}")` : ''}.`,
    );
  return out;
}

/** The link a party receives: the form, with what it needs in the fragment (docs/data-format.md, "Parties' answers": `#gegevens=…&gemeente=…&partij=…&code=…`). */
export function inviteLink(form: string, data: string, gemeente: string, partij: string, code: string): string {
  const q = [
    ['gegevens', data],
    ['gemeente', gemeente],
    ['partij', partij],
    ['code', code],
  ];
  return `${form}#${q.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`;
}

/** Reads an existing uitnodigingen.csv; a row that cannot be used is an error naming its row. */
export function readInvitations(file: string, bytes: Uint8Array): { rows: Invitation[]; problems: SheetProblem[] } {
  const { table, problems } = readCsv(file, bytes);
  const rows: Invitation[] = [];
  if (!table) return { rows, problems };
  const missing = ['gemeente', 'partij', 'code'].filter((c) => !table.columns.has(c));
  if (missing.length) {
    problems.push({
      severity: 'error',
      place: { file, row: 1 },
      message: `De kolom "${missing[0]}" ontbreekt in de kopregel. De kopregel is ${HEADER.join(';')}; zet hem terug, of verwijder het bestand als nog geen enkele uitnodiging is verstuurd.`,
    });
    return { rows, problems };
  }
  const seen = new Map<string, number>();
  for (const r of table.rows) {
    const g = (c: string) => r.cells.get(c) ?? '';
    const gemeente = g('gemeente').toUpperCase();
    const code = normaliseCode(g('code'));
    const at = (column: string) => ({ file, row: r.row, column: table.columns.get(column), name: column });
    if (!/^GM\d{4}$/.test(gemeente) || !g('partij')) {
      problems.push({
        severity: 'error',
        place: at(!g('partij') ? 'partij' : 'gemeente'),
        message: 'Deze regel heeft geen CBS-code (zoals GM0363) of geen partij-id. Zet de regel terug zoals het programma hem schreef.',
      });
      continue;
    }
    if (!isCode(code)) {
      problems.push({
        severity: 'error',
        place: at('code'),
        message: `"${clip(g('code'))}" is geen uitnodigingscode. Zet de code terug zoals het programma hem schreef, of geef de partij een nieuwe met --vervang ${gemeente}:${g('partij')}.`,
      });
      continue;
    }
    const key = partyKey(gemeente, g('partij'));
    if (seen.has(key)) {
      problems.push({
        severity: 'error',
        place: at('partij'),
        message: `Partij ${clip(g('partij'))} van ${gemeente} staat al in rij ${seen.get(key)}. Houd één van de twee regels over (de code die de partij kreeg).`,
      });
      continue;
    }
    seen.set(key, r.row);
    rows.push({ gemeente, partij: g('partij'), naam: g('naam'), code, link: g('link') });
  }
  return { rows, problems };
}

export interface InviteResult {
  rows: Invitation[];
  added: number;
  replaced: number;
  /** Invitations kept for parties that are no longer in the spreadsheets. */
  gone: Invitation[];
  problems: SheetProblem[];
}

/**
 * The invitations for `parties` (in their order), keeping the codes of `existing` and
 * giving a new code to each key in `replace` (`GM0363:p1`). A key in `replace` that names
 * no party is an error.
 */
export function invite(
  parties: readonly InvitedParty[],
  existing: readonly Invitation[],
  form: string,
  data: string,
  replace: readonly string[],
  randomInt: (max: number) => number,
): InviteResult {
  const problems: SheetProblem[] = [];
  const old = new Map(existing.map((i) => [partyKey(i.gemeente, i.partij), i]));
  const known = new Set(parties.map((p) => partyKey(p.gemeente, p.partij)));
  const renew = new Set<string>();
  for (const r of replace) {
    const [g = '', p = ''] = r.split(':');
    const key = partyKey(g.trim(), p.trim());
    if (known.has(key)) renew.add(key);
    else
      problems.push({
        severity: 'error',
        place: { file: INVITATIONS_FILE },
        message: `--vervang ${clip(r)}: er is geen partij "${clip(p)}" in gemeente "${clip(g)}". Schrijf de CBS-code en het partij-id met een dubbele punt ertussen, zoals --vervang GM0363:p1.`,
      });
  }
  const used = new Set(existing.map((i) => i.code));
  const fresh = () => {
    let c: string;
    do c = newCode(randomInt);
    while (used.has(c));
    used.add(c);
    return c;
  };
  let added = 0;
  const rows = parties.map((p) => {
    const key = partyKey(p.gemeente, p.partij);
    const before = old.get(key);
    if (!before) added++;
    const code = before && !renew.has(key) ? before.code : fresh();
    return { ...p, code, link: inviteLink(form, data, p.gemeente, p.partij, code) };
  });
  // A party no longer in the spreadsheets keeps its row: its link was sent and its answers may still come.
  const gone = existing.filter((i) => !known.has(partyKey(i.gemeente, i.partij)));
  for (const i of gone) rows.push({ ...i, link: inviteLink(form, data, i.gemeente, i.partij, i.code) });
  return { rows, added, replaced: renew.size, gone, problems };
}

/** uitnodigingen.csv as written. */
export const invitationsCsv = (rows: readonly Invitation[]) => csvText([HEADER, ...rows.map((r) => [r.gemeente, r.partij, r.naam, r.code, r.link])]);
