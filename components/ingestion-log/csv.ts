/**
 * CSV for the ingestion-log export: an incremental RFC 4180 parser for the server's
 * stream, and a writer that quotes per RFC 4180 and defuses spreadsheet formulas.
 */

/** Parses CSV text as it arrives, chunk by chunk; quoted fields may hold commas, quotes and newlines. */
export class CsvParser {
  readonly #separator: string;
  #field = '';
  #row: string[] = [];
  #quoted = false;
  /** Inside quotes, a `"` just seen: either the closing quote or the first of `""`. */
  #quoteSeen = false;
  #started = false;

  #first = true;

  /** `separator` is `,` for the server's files; `;` and TAB read them as other spreadsheets would. */
  constructor(separator = ',') {
    this.#separator = separator;
  }

  /** Feeds a chunk; returns the rows it completed. */
  push(chunk: string): string[][] {
    const rows: string[][] = [];
    // A byte-order mark is an encoding hint, not part of the first field.
    const start = this.#first && chunk.startsWith('\uFEFF') ? 1 : 0;
    if (chunk) this.#first = false;
    for (let i = start; i < chunk.length; i++) {
      const char = chunk[i] as string;
      if (this.#quoted) {
        if (this.#quoteSeen) {
          this.#quoteSeen = false;
          if (char === '"') {
            this.#field += '"';
            continue;
          }
          this.#quoted = false;
        } else if (char === '"') {
          this.#quoteSeen = true;
          continue;
        } else {
          this.#field += char;
          continue;
        }
      }
      if (char === '"' && !this.#started) {
        this.#quoted = true;
        this.#started = true;
      } else if (char === this.#separator) {
        this.#endField();
      } else if (char === '\n') {
        this.#endField();
        rows.push(this.#row);
        this.#row = [];
      } else if (char === '\r') {
        // CRLF ends a record at its LF; a lone CR is dropped.
      } else {
        this.#field += char;
        this.#started = true;
      }
    }
    return rows;
  }

  /** Ends the input; returns the last row when it had no line break after it. */
  end(): string[][] {
    if (this.#quoteSeen) {
      this.#quoted = false;
      this.#quoteSeen = false;
    }
    if (this.#quoted) throw new SyntaxError('CSV ended inside a quoted field');
    if (!this.#started && this.#row.length === 0) return [];
    this.#endField();
    const row = this.#row;
    this.#row = [];
    return [row];
  }

  #endField(): void {
    this.#row.push(this.#field);
    this.#field = '';
    this.#started = false;
  }
}

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
