/**
 * Writing CSV for the organisation's spreadsheet program: UTF-8 with a BOM and CRLF, as
 * Dutch Excel's "CSV UTF-8" writes it (so Excel opens it with the right letters), fields
 * quoted per RFC 4180 where they hold the separator, a quote, a line break or edge spaces.
 */

/** One cell as written between separators. */
export function csvCell(value: string, sep: string): string {
  return value.includes(sep) || /["\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A whole file: a BOM, then one line per row. */
export const csvText = (rows: readonly (readonly string[])[], sep = ';') => '\ufeff' + rows.map((r) => r.map((c) => csvCell(c, sep)).join(sep) + '\r\n').join('');

/**
 * Whether a text from outside (a party's answers file) would start a formula when the
 * organisation opens the CSV in a spreadsheet program (CSV injection: `=HYPERLINK(…)`,
 * `+cmd|…`, `@SUM(…)`, `-2+3…`). A dash followed by a space is an ordinary list item.
 */
export const startsFormula = (s: string) => /^[=+@\t\r]|^-(?!\s)/.test(s.trimStart());
