// Files the widgets hand to the browser to save: CSV records safe to open in a spreadsheet,
// a file name safe on every file system, and the save itself.

const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;
/**
 * The start of the cell, and each place after a separator a spreadsheet may split a cell
 * on (`,`; `;` in Excel in German, French or Dutch; TAB in pasted text and TSV imports;
 * `|`; line breaks), where a formula begins: `=`, `+`, `-`, `@` (or their full-width
 * forms), after any spaces, which spreadsheets skip. A tab or CR is a separator itself, so
 * what follows it is checked; a cell that starts with one is defused as a whole.
 */
const FORMULA_AT = /(^|[,;\t|\r\n])( *)(?=[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/g;

/**
 * Defuses every part of a cell a spreadsheet would run as a formula with a `'` before it:
 * the start of the cell, and the start of each piece after a separator, since a
 * spreadsheet that splits on `;` or TAB would make `x;=1+1` a cell of its own.
 *
 * A whole cell that is a plain number, such as an E.164 phone or a negative amount, cannot
 * carry a formula and is left as it is. A number after a separator is defused all the same:
 * a reader that ignores quotes runs it on into the next cells.
 */
export function safeCell(value: string): string {
  if (PLAIN_NUMBER.test(value)) return value;
  const safe = value.replace(FORMULA_AT, "$1$2'");
  return /^[\t\r]/.test(safe) ? `'${safe}` : safe;
}

/**
 * One CSV record per RFC 4180, CRLF-terminated, quotes doubled. A cell holding any
 * separator a spreadsheet might split on is quoted, so every reader that honours quotes
 * keeps it whole.
 */
export function csvRecord(cells: readonly string[]): string {
  return `${cells.map((cell) => quote(safeCell(cell))).join(',')}\r\n`;
}

function quote(value: string): string {
  return /[",;\t|\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** `northwind-leads_<what>_2026-11-01_2026-11-24.csv`: who, what and when. */
export function csvFileName(
  supplierName: string,
  what: string,
  from?: string,
  to?: string,
): string {
  const slug =
    supplierName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'leads';
  return `${[slug, what, from, to].filter(Boolean).join('_')}.csv`;
}

/** Saves a file through an object URL, as a click on a download link. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy by now; a minute leaves room for slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
