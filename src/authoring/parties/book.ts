/**
 * A gemeente's workbook (`GM0363.xlsx`) as the merge reads and writes it. Its sheet
 * standpunten is read with the same reader as the import (sheets.ts), so the merge sees the
 * cells the import sees; what the merge changed is then written into that sheet's part of
 * the archive (sheet-xml.ts), and every other part (the other sheets, styles, column
 * widths, pictures) is kept as it was, byte for byte. Only when a replaced cell held a
 * formula does the calculation chain go (Excel rebuilds it), and when the workbook has
 * formulas it is marked to be calculated again on opening, since they may count the
 * answers.
 */
import { strFromU8, strToU8, zipSync, type Zippable } from 'fflate';
import type { SheetProblem } from '../problems.js';
import { readBook, unpackParts } from '../sheets.js';
import { headerProblem, type Sheet } from './merge.js';
import { patchSheet, unpatchable, type Edits } from './sheet-xml.js';

/** The most a workbook may hold unpacked, every part (pictures too) together, to be written. */
export const BOOK_LIMIT = 64 * 1024 * 1024;

export interface BookSheet extends Sheet {
  /** The cells as read, to find what the merge changed. */
  read: string[][];
  /** Every part of the archive, by name, in its order. */
  parts: Record<string, Uint8Array>;
  /** The sheet's part, such as `xl/worksheets/sheet3.xml`. */
  part: string;
  /** The workbook's part and its relationships. */
  workbook: string;
}

/** An attribute's value in a tag. */
const attr = (tag: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)
    .exec(tag)
    ?.slice(1, 3)
    .find((v) => v !== undefined);
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
/** An attribute's text: entities and character references replaced. */
const unxml = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp|#\d{1,7}|#x[0-9a-f]{1,6});/gi, (m, e: string) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()];
    const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
  });
/** The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
const relsOf = (part: string) => part.replace(/([^/]*)$/, '_rels/$1.rels');
/** A relationship's target as a part name, relative to the part that holds it. */
function resolve(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const out = from.split('/').slice(0, -1);
  for (const s of target.split('/'))
    if (s === '..') out.pop();
    else if (s !== '.') out.push(s);
  return out.join('/');
}
/** The relationship tags of a part. */
const relations = (parts: Record<string, Uint8Array>, part: string) => [...text(parts, relsOf(part)).matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)].map((m) => m[0]);
function text(parts: Record<string, Uint8Array>, name: string): string {
  const key = Object.keys(parts).find((k) => k.toLowerCase() === name.toLowerCase());
  return key ? strFromU8(parts[key]) : '';
}

/** Reads the workbook's sheet standpunten for the merge; a problem when it cannot be written. */
export async function openBook(file: string, bytes: Uint8Array): Promise<{ sheet?: BookSheet; problem?: SheetProblem }> {
  const fail = (message: string) => ({ problem: { severity: 'error' as const, place: { file }, message } });
  const { book, problem } = await readBook(file, bytes);
  if (!book) return { problem };
  const found = book.find((s) => s.sheet.trim().toLowerCase() === 'standpunten');
  if (!found) return fail('Het werkboek heeft geen blad "standpunten", dus de antwoorden kunnen er niet in. Geef het blad met de standpunten die naam.');
  const refuse = (why: string, fix = 'Sla het werkboek opnieuw op als "Excel-werkmap (.xlsx)" en draai de opdracht nog eens.') =>
    fail(`De antwoorden kunnen niet in dit werkboek worden gezet: ${why}. Niets is geschreven. ${fix}`);
  let parts: Record<string, Uint8Array> | undefined;
  try {
    parts = unpackParts(bytes, () => true, BOOK_LIMIT);
  } catch {
    return refuse('een deel ervan kan niet worden uitgepakt');
  }
  if (!parts)
    return refuse(
      `het is uitgepakt groter dan ${BOOK_LIMIT / 1024 / 1024} MiB`,
      'Haal grote afbeeldingen en bladen die niet bij de gegevens horen uit het werkboek (alleen stellingen, partijen en standpunten zijn nodig), of neem de antwoorden met de hand over.',
    );
  const office = relations(parts, '').find((r) => /\/officeDocument$/.test(attr(r, 'Type') ?? ''));
  const workbook = office ? resolve('', attr(office, 'Target') ?? '') : 'xl/workbook.xml';
  const tag = [...text(parts, workbook).matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)]
    .map((m) => m[0])
    .find(
      (t) =>
        unxml(attr(t, 'name') ?? '')
          .trim()
          .toLowerCase() === 'standpunten',
    );
  const id = tag && /\s[\w.-]+:id\s*=\s*["']([^"']*)/.exec(tag)?.[1];
  const rel = relations(parts, workbook).find((r) => attr(r, 'Id') === id);
  const target = rel && resolve(workbook, attr(rel, 'Target') ?? '');
  const part = target && Object.keys(parts).find((k) => k.toLowerCase() === target.toLowerCase());
  if (!part) return refuse('het blad standpunten is er niet in te vinden');
  const why = unpatchable(strFromU8(parts[part]));
  if (why) return refuse(why);
  const sheet: BookSheet = {
    file,
    name: `${file}[${found.sheet}]`,
    records: found.data.map((r) => [...r]),
    read: found.data,
    parts,
    part,
    workbook,
  };
  if (!sheet.records.length) sheet.records.push(['partij', 'stelling', 'standpunt']);
  const bad = headerProblem(sheet);
  return bad ? { problem: bad } : { sheet };
}

/** The cells the merge changed. */
function edits(s: BookSheet): Edits {
  const out: Edits = new Map();
  s.records.forEach((r, i) => {
    const before = s.read[i] ?? [];
    for (let c = 0; c < Math.max(r.length, before.length); c++)
      if ((r[c] ?? '') !== (before[c] ?? '')) {
        if (!out.has(i + 1)) out.set(i + 1, new Map());
        out.get(i + 1)!.set(c + 1, r[c] ?? '');
      }
  });
  return out;
}

/** The workbook with the merge's changes (none when no cell changed), or a problem (then nothing may be written). */
export function bookBytes(s: BookSheet): { bytes?: Uint8Array; problem?: SheetProblem } {
  const changed = edits(s);
  if (!changed.size) return {};
  const patched = patchSheet(strFromU8(s.parts[s.part]), changed);
  if ('error' in patched)
    return {
      problem: {
        severity: 'error',
        place: { file: s.name },
        message: `De antwoorden kunnen niet in dit blad worden gezet: ${patched.error}. Niets is geschreven. Vervang die formule door haar uitkomst en draai de opdracht nog eens.`,
      },
    };
  const parts: Record<string, Uint8Array> = { ...s.parts, [s.part]: strToU8(patched.xml) };
  const set = (name: string, xml: string) => {
    const key = Object.keys(parts).find((k) => k.toLowerCase() === name.toLowerCase());
    if (key) parts[key] = strToU8(xml);
  };
  const rels = relations(parts, s.workbook);
  if (patched.formula) {
    // The calculation chain lists the cells with a formula; one that has none any more is an error to Excel.
    for (const r of rels.filter((r) => /\/calcChain$/.test(attr(r, 'Type') ?? ''))) {
      const chain = resolve(s.workbook, attr(r, 'Target') ?? '');
      for (const k of Object.keys(parts)) if (k.toLowerCase() === chain.toLowerCase()) delete parts[k];
      set(relsOf(s.workbook), text(parts, relsOf(s.workbook)).replace(r, ''));
      set(
        '[Content_Types].xml',
        text(parts, '[Content_Types].xml').replace(
          new RegExp(`<(?:[\\w.-]+:)?Override\\b[^>]*PartName\\s*=\\s*["']/${chain.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["'][^>]*>`, 'i'),
          '',
        ),
      );
    }
  }
  const sheets = rels.filter((r) => /\/worksheet$/.test(attr(r, 'Type') ?? '')).map((r) => text(parts, resolve(s.workbook, attr(r, 'Target') ?? '')));
  if (sheets.some((x) => /<([\w.-]+:)?f\b/.test(x))) {
    const wb = text(parts, s.workbook);
    const calc = /<([\w.-]+:)?calcPr\b([^>]*?)(\/?)>/.exec(wb);
    if (calc && !/\sfullCalcOnLoad\s*=\s*["'](1|true)["']/.test(calc[2]))
      set(s.workbook, wb.replace(calc[0], `<${calc[1] ?? ''}calcPr${calc[2].replace(/\sfullCalcOnLoad\s*=\s*("[^"]*"|'[^']*')/, '')} fullCalcOnLoad="1"${calc[3]}>`));
  }
  return { bytes: zipSync(parts as Zippable) };
}
