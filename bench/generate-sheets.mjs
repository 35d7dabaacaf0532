// A spreadsheet folder at full size for the parties' commands (issue 25): `gemeenten`
// fictional gemeenten (GM9001…), each a folder with `statements` statements (advies on
// most), `parties` parties and the organisation's positions for every other party, in the
// layout of docs/data-format.md. Deterministic: the same arguments give the same files.
// Used by test/unit/partijen.test.mjs and `node bench/partijen.mjs`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const keyPoints = ['opvang', 'huisvesting', 'inburgering', 'werk'];
const words = ['eens', 'neutraal', 'oneens'];
const csv = (/** @type {string[][]} */ rows) => '\ufeff' + rows.map((r) => r.join(';') + '\r\n').join('');

/**
 * Writes the folder; returns the gemeente codes and, per gemeente, its party ids.
 * @param {string} dir
 * @param {{ gemeenten?: number, parties?: number, statements?: number }} [size]
 */
export function writeSheets(dir, { gemeenten = 342, parties = 10, statements = 12 } = {}) {
  mkdirSync(dir, { recursive: true });
  const codes = Array.from({ length: gemeenten }, (_, i) => `GM${String(9000 + i).padStart(4, '0')}`);
  writeFileSync(join(dir, 'gemeenten.csv'), csv([['code', 'naam'], ...codes.map((c, i) => [c, `Plaats ${i + 1}`])]));
  for (const [gi, code] of codes.entries()) {
    const d = join(dir, code);
    mkdirSync(d, { recursive: true });
    const sids = Array.from({ length: statements }, (_, i) => `s${i + 1}`);
    // Every fourth statement without advies; the others advise eens or oneens in turn.
    writeFileSync(
      join(d, 'stellingen.csv'),
      csv([
        ['id', 'speerpunt', 'stelling', 'advies'],
        ...sids.map((s, i) => [s, keyPoints[i % 4], `Stelling ${i + 1} van ${code}.`, i % 4 === 3 ? '' : i % 2 ? 'oneens' : 'eens']),
      ]),
    );
    const pids = Array.from({ length: parties }, (_, i) => `p${i + 1}`);
    writeFileSync(join(d, 'partijen.csv'), csv([['id', 'naam', 'lijst'], ...pids.map((p, i) => [p, `Partij ${i + 1} ${code}`, String(i + 1)])]));
    // The organisation determined the positions of the odd parties (p1, p3, …); the even ones have none yet.
    const rows = pids.filter((_, i) => i % 2 === 0).flatMap((p, pi) => sids.map((s, si) => [p, s, words[(gi + pi + si) % 3], '']));
    writeFileSync(join(d, 'standpunten.csv'), csv([['partij', 'stelling', 'standpunt', 'toelichting'], ...rows]));
  }
  return codes;
}

/**
 * An answers file as partijformulier.html downloads it.
 * @param {{ gemeente: string, partij: string, code: string, datum?: string, answers: Record<string, { position: string, explanation?: string, source?: string }> }} a
 */
export const answersJson = ({ gemeente, partij, code, datum = '2026-02-12T14:03:27.000Z', answers }) =>
  JSON.stringify({ format: 'stemhulp-antwoorden/1', gemeente, partij, naam: `Partij ${partij}`, code, datum, antwoorden: answers }, null, 2);
