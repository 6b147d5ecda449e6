import type { IngestionLogEntry, IngestionLogPage } from '../../src/api/contract/ingestion.js';
import { abortError, ApiError } from '../../src/api/errors.js';
import { CsvParser, csvRecord } from './csv.js';
import { csvFileName } from '../../src/ui/download.js';
import { cursorTrail } from '../../src/api/cursor-trail.js';
import { localIsoTime } from '../../src/localize/time-zone.js';

/** The only columns taken from the server's export, in this order; its others are dropped. */
export const EXPORT_COLUMNS = [
  'received_at',
  'lead_id',
  'campaign',
  'status',
  'reason_code',
  'reason_message',
  'field_errors',
] as const;

/**
 * The file's columns: the server's, with `received_at_local` after `received_at`. The server
 * sends UTC (`received_at`, kept as it is); the local one is the same instant in the supplier's
 * time zone with its offset, as the log shows it.
 */
export const FILE_COLUMNS = ['received_at', 'received_at_local', ...EXPORT_COLUMNS.slice(1)];

export interface ExportOptions {
  /** Rows of any other supplier are dropped. */
  supplierId: string;
  /** The supplier's IANA time zone, for `received_at_local`. */
  timeZone: string;
  signal?: AbortSignal | undefined;
  /** Rows written so far; called every few hundred rows and once at the end. */
  onProgress?: ((rows: number) => void) | undefined;
}

export interface ExportResult {
  blob: Blob;
  rows: number;
}

const PROGRESS_EVERY = 500;
/** Rows per request when the file is built from pages: the most the list endpoint gives. */
export const EXPORT_PAGE_SIZE = 500;

/**
 * Builds the export from the server's CSV stream as it arrives: parsed incrementally,
 * reduced to the allow-listed columns and this supplier's rows, and re-quoted with
 * formula injection defused. Memory stays flat: output goes into Blobs in batches.
 */
export async function exportFromStream(
  body: ReadableStream<Uint8Array>,
  options: ExportOptions,
): Promise<ExportResult> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const cancel = () => void reader.cancel().catch(() => undefined);
  options.signal?.addEventListener('abort', cancel, { once: true });
  const parser = new CsvParser();
  const sink = new BlobSink();
  let pick: ((row: string[]) => string[] | undefined) | undefined;
  let rows = 0;
  try {
    for (;;) {
      if (options.signal?.aborted) throw abortError();
      const { value, done } = await reader.read();
      if (options.signal?.aborted) throw abortError();
      const text = decoder.decode(value, { stream: !done });
      for (const record of done ? [...parser.push(text), ...parser.end()] : parser.push(text)) {
        if (!pick) {
          pick = picker(record, options.supplierId);
          continue;
        }
        const cells = pick(record);
        if (!cells) continue;
        sink.write(csvRecord(withLocalTime(cells, options.timeZone)));
        if (++rows % PROGRESS_EVERY === 0) options.onProgress?.(rows);
      }
      if (done) break;
    }
  } catch (error) {
    cancel();
    if (options.signal?.aborted) throw abortError();
    if (error instanceof SyntaxError)
      throw new ApiError('invalid-response', { code: 'bad_csv', message: error.message });
    throw error;
  } finally {
    options.signal?.removeEventListener('abort', cancel);
  }
  options.onProgress?.(rows);
  return { blob: sink.finish(), rows };
}

/**
 * The fallback where a response cannot be streamed: the same file, built from the
 * paged list endpoint.
 */
export async function exportFromPages(
  fetchPage: (
    cursor: string | undefined,
    signal: AbortSignal | undefined,
  ) => Promise<IngestionLogPage>,
  options: ExportOptions,
): Promise<ExportResult> {
  const sink = new BlobSink();
  const follow = cursorTrail(EXPORT_PAGE_SIZE);
  let rows = 0;
  let cursor: string | undefined;
  do {
    if (options.signal?.aborted) throw abortError();
    const page = await fetchPage(cursor, options.signal);
    for (const entry of page.items) {
      if (entry.supplierId !== options.supplierId) continue;
      sink.write(csvRecord(withLocalTime(cellsOf(entry), options.timeZone)));
      rows++;
    }
    options.onProgress?.(rows);
    cursor = follow(page) ?? undefined;
  } while (cursor);
  return { blob: sink.finish(), rows };
}

/** `northwind-leads_leads_2026-11-01_2026-11-24.csv`: who and when, safe on every file system. */
export function exportFileName(supplierName: string, from?: string, to?: string): string {
  return csvFileName(supplierName, 'leads', from, to);
}

function withLocalTime([receivedAt = '', ...rest]: string[], timeZone: string): string[] {
  return [receivedAt, localIsoTime(receivedAt, timeZone), ...rest];
}

function cellsOf(entry: IngestionLogEntry): string[] {
  return [
    entry.receivedAt,
    entry.id,
    entry.campaignName,
    entry.status,
    entry.rejection?.code ?? '',
    entry.rejection?.message ?? '',
    entry.fieldErrors.map((error) => `${error.field}: ${error.message}`).join('; '),
  ];
}

/** Maps the server's header to the allow-list; refuses a file that cannot be scoped. */
function picker(header: string[], supplierId: string): (row: string[]) => string[] | undefined {
  const names = header.map((name) => name.replace(/^\uFEFF/, '').trim());
  const supplier = names.indexOf('supplier_id');
  const indices = EXPORT_COLUMNS.map((column) => names.indexOf(column));
  const missing = EXPORT_COLUMNS.filter((_, i) => indices[i] === -1);
  if (supplier === -1 || missing.length) {
    throw new ApiError('invalid-response', {
      code: 'bad_csv',
      message: `The export lacks ${supplier === -1 ? 'supplier_id' : missing.join(', ')}`,
    });
  }
  return (row) =>
    row[supplier] === supplierId ? indices.map((index) => row[index] ?? '') : undefined;
}

/**
 * Collects text in Blobs of about 256 KB, so a long export lives in the browser's blob
 * storage rather than the JS heap. Starts with a BOM so spreadsheets read it as UTF-8.
 */
class BlobSink {
  #parts: Blob[] = [];
  #pending: string[] = ['\uFEFF', csvRecord(FILE_COLUMNS)];
  #size = 0;

  write(text: string): void {
    this.#pending.push(text);
    this.#size += text.length;
    if (this.#size > 256 * 1024) this.#flush();
  }

  finish(): Blob {
    this.#flush();
    return new Blob(this.#parts, { type: 'text/csv;charset=utf-8' });
  }

  #flush(): void {
    if (this.#pending.length) this.#parts.push(new Blob(this.#pending));
    this.#pending = [];
    this.#size = 0;
  }
}
