/**
 * `export`: the published JSON (an index and the gemeente files it links to, local or on a
 * website) read as the widget reads it, and turned into one row per gemeente and party
 * (verdicts.ts). A gemeente that cannot be read is named, and left out.
 */
import { bundledKeyPoints } from '../../core/bundled-key-points.js';
import { INDEX_LIMIT, GEMEENTE_LIMIT } from '../../core/limits.js';
import { localise } from '../../core/text.js';
import type { KeyPoint } from '../../core/types.js';
import { validateIndex, validateMunicipalityFile } from '../../core/validate.js';
import type { Reader } from '../check.js';
import { parseJson } from '../parse-json.js';
import type { SheetProblem } from '../problems.js';
import { gemeenteRows, type PartyRow } from './verdicts.js';

export async function loadPublished(url: string, read: Reader): Promise<{ rows: PartyRow[]; keyPoints: readonly KeyPoint[]; problems: SheetProblem[] }> {
  const problems: SheetProblem[] = [];
  const rows: PartyRow[] = [];
  const fail = (file: string, message: string) => problems.push({ severity: 'error', place: { file }, message });
  let first;
  try {
    first = await read(url);
  } catch (e) {
    fail(url, (e as Error).message);
    return { rows, keyPoints: bundledKeyPoints, problems };
  }
  const p = first.bytes.byteLength > INDEX_LIMIT ? undefined : parseJson(first.name, first.bytes);
  if (!p || p.problem) {
    problems.push(p?.problem ?? { severity: 'error', place: { file: first.name }, message: 'Dit bestand is groter dan een index mag zijn (2 MiB).' });
    return { rows, keyPoints: bundledKeyPoints, problems };
  }
  const v = validateIndex(p.json, first.url, bundledKeyPoints);
  if (!v.ok) {
    fail(first.name, 'Deze index heeft fouten; controleer hem met de opdracht validate.');
    return { rows, keyPoints: bundledKeyPoints, problems };
  }
  const { keyPoints } = v.value;
  const origin = new URL(first.url).origin;
  for (const m of v.value.municipalities) {
    const name = localise(m.name, 'nl');
    if (m.content) {
      const raw = ((p.json as { municipalities: { code?: string }[] }).municipalities ?? []).find((x) => String(x.code).trim().toUpperCase() === m.code);
      rows.push(...gemeenteRows(m.code, name, m.content, raw, keyPoints));
      continue;
    }
    if (!m.data) {
      fail(first.name, `${m.code} heeft fouten en is weggelaten; controleer de index met de opdracht validate.`);
      continue;
    }
    try {
      const r = await read(m.data, origin);
      const mp = r.bytes.byteLength > GEMEENTE_LIMIT ? undefined : parseJson(r.name, r.bytes);
      const vm =
        mp && !mp.problem
          ? validateMunicipalityFile(
              mp.json,
              m.code,
              keyPoints.map((k) => k.id),
            )
          : undefined;
      if (!vm || !vm.ok) fail(r.name, `${m.code} heeft fouten en is weggelaten; controleer het bestand met de opdracht validate.`);
      else rows.push(...gemeenteRows(m.code, name, vm.value, mp!.json, keyPoints));
    } catch (e) {
      fail(m.data, `${m.code} is weggelaten: ${(e as Error).message}`);
    }
  }
  return { rows, keyPoints, problems };
}
