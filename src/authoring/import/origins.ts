/**
 * Where each value of the built JSON came from, and the validator's problems reported at
 * those cells: the link between a JSON path and `file:row:column (kolom)`.
 */
import type { Problem } from '../../core/types.js';
import { dutch, leftOut } from '../messages.js';
import { joinPath, pathSegments, type Place, type SheetProblem } from '../problems.js';

/** Where each JSON path of one output file came from. */
export class Origins {
  readonly map = new Map<string, Place>();
  constructor(readonly fallback: Place) {}
  set(path: string, place: Place) {
    this.map.set(path, place);
  }
  /** The place of `path`, or of its nearest ancestor that has one. */
  find(path: string): Place {
    const segs = pathSegments(path);
    for (let n = segs.length; n >= 0; n--) {
      const p = this.map.get(joinPath(segs.slice(0, n)));
      if (p) return p;
    }
    return this.fallback;
  }
}

/** Reports the validator's problems at the cells they came from, in Dutch; a gemeente left out is an error for its author. */
export function report(v: { errors?: Problem[]; warnings: Problem[] }, origins: Origins, doc: unknown, out: SheetProblem[]) {
  const wording = {
    sheet: true,
    where: (path: string) => {
      const p = origins.find(path);
      return `in ${p.file}${p.row ? ` rij ${p.row}` : ''}`;
    },
    value: (path: string) => pathSegments(path).reduce<unknown>((o, k) => (o as Record<string | number, unknown>)?.[k], doc),
  };
  for (const [severity, ps] of [
    ['error', v.errors ?? []],
    ['warning', v.warnings],
  ] as const)
    for (const p of ps) out.push({ severity: leftOut(p) ? 'error' : severity, place: origins.find(p.path), path: p.path, message: dutch(p, wording) });
}
