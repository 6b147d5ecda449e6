/**
 * CSV for the ingestion-log export: an incremental RFC 4180 parser for the server's
 * stream. The writer, which quotes per RFC 4180 and defuses spreadsheet formulas, is
 * shared with the intake report's export (src/ui/download.ts).
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

export { csvRecord, safeCell } from '../../src/ui/download.js';
