/** Problems for data authors: where (file, row, column or JSON path) and what to do, in Dutch. */

/** Where a problem is: a file, and as far as known the row (or line), the column and its name. */
export interface Place {
  file: string;
  /** Spreadsheet row (header = 1), or line in a JSON file. */
  row?: number;
  /** 1-based column number (spreadsheet) or character column (JSON). */
  column?: number;
  /** The column's name in the header row, e.g. `stelling:en`. */
  name?: string;
}

export interface SheetProblem {
  severity: 'error' | 'warning';
  place: Place;
  /** What is wrong and how to fix it, in Dutch. */
  message: string;
  /** The JSON path in the written file, when the problem came from the validator. */
  path?: string;
  /** `verdict`: not a mistake, but what readers will see of the organisation's verdict (a position unknown). */
  kind?: 'verdict';
}

/**
 * `file:row:column (kolom)`, or `file:line:column [json.path]`: the form editors and
 * terminals make clickable. The JSON path only for a JSON file, where it is what the author
 * edits; a spreadsheet's problem is named by its row and column alone.
 */
export function formatPlace(p: SheetProblem): string {
  const { file, row, column, name } = p.place;
  const where = [file, row, row != null ? column : undefined].filter((x) => x != null).join(':');
  const sheet = /\.(csv|xlsx)(\[[^\]]*\])?$/i.test(file);
  return `${where}${name ? ` (${name})` : ''}${p.path && !name && !sheet ? ` [${p.path}]` : ''}`;
}

/** A value from a file, quoted in a message: no more of it than a reader needs to find it (40 characters). */
export const clip = (s: string, max = 40) => {
  const t = s.replace(/[\p{Cc}\p{Cf}]/gu, ' ');
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
};

/** `file:row:column (kolom): message`, warnings marked "let op". */
export const formatProblem = (p: SheetProblem) => `${formatPlace(p)}: ${p.severity === 'warning' ? 'let op: ' : ''}${p.message}`;

export const hasErrors = (ps: readonly SheetProblem[]) => ps.some((p) => p.severity === 'error');

/** Errors first, then by file, row and column: the order in which an author fixes them. */
export function sortProblems(ps: SheetProblem[]): SheetProblem[] {
  const rank = (p: SheetProblem) => (p.severity === 'error' ? 0 : 1);
  return ps.sort(
    (a, b) => rank(a) - rank(b) || a.place.file.localeCompare(b.place.file) || (a.place.row ?? 0) - (b.place.row ?? 0) || (a.place.column ?? 0) - (b.place.column ?? 0),
  );
}

/** A JSON path (as the validator writes it) split into keys and indexes. */
export function pathSegments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  const re = /(?:^|\.)([a-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/giy;
  if (path === '(root)' || !path) return out;
  let m: RegExpExecArray | null;
  while ((m = re.exec(path))) out.push(m[1] ?? (m[2] != null ? Number(m[2]) : (JSON.parse(m[3]) as string)));
  return out;
}

/** The validator's path notation: `a.b`, `a[0]`, `a["x-y"]`. */
export const joinPath = (segs: readonly (string | number)[]) =>
  segs.reduce<string>((p, k) => (typeof k === 'number' ? `${p}[${k}]` : /^[a-z_$][\w$]*$/i.test(k) ? (p && p + '.') + k : `${p}[${JSON.stringify(k)}]`), '');
