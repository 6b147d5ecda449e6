import { html, nothing, type ReactiveController, type ReactiveElement } from 'lit';
import { exportIngestionLogs, listIngestionLogs } from '../../src/api/operations.js';
import { abortError, ApiError, isAbortError, toApiError } from '../../src/api/errors.js';
import type { DataController } from '../../src/controllers/data.js';
import type { LocalizeController } from '../../src/localize/localize.js';
import type { Announcer } from '../../src/ui/announcer.js';
import { LazyPart } from '../../src/ui/lazy.js';
import type { ExportResult } from './export.js';
import { parts } from './parts.js';
import { download } from '../../src/ui/download.js';
import type { IngestionLogStrings } from './ingestion-log.strings.js';
import { apiQuery, pageQueryOf, type LogFilters } from './log-pages.js';

type ExportState =
  | { step: 'idle' }
  | { step: 'running'; rows: number }
  | { step: 'done'; rows: number }
  | { step: 'cancelled' }
  | { step: 'failed'; error: ApiError };

export interface LogExportOptions {
  data: DataController<unknown, unknown>;
  localize: LocalizeController<IngestionLogStrings>;
  filters: () => LogFilters;
  /** Rows in the filtered set, for the progress bar. */
  total: () => number;
  /** `pages` builds the file from the list endpoint, for hosts whose proxies cannot stream. */
  mode: () => 'stream' | 'pages';
  /** Says the outcome, and shows "Export ready" beside the button. */
  announcer: Announcer;
}

/**
 * Exports the filtered log as CSV: streamed from the API (or built from pages), with a
 * progress bar and a cancel button, then handed to the browser as a download.
 */
export class LogExport implements ReactiveController {
  state: ExportState = { step: 'idle' };
  #host: ReactiveElement;
  #options: LogExportOptions;
  #abort: AbortController | undefined;
  /** The export itself, a lazy part: fetched when idle, or on hover or focus of the button. */
  #exporter: LazyPart<Awaited<ReturnType<typeof parts.exporter>>>;

  constructor(host: ReactiveElement, options: LogExportOptions) {
    this.#host = host;
    this.#options = options;
    this.#exporter = new LazyPart(host, () => parts.exporter());
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  get running(): boolean {
    return this.state.step === 'running';
  }

  async start(): Promise<void> {
    if (this.running) return;
    const { data, filters, mode } = this.#options;
    const abort = (this.#abort = new AbortController());
    this.#set({ step: 'running', rows: 0 });
    const onProgress = (rows: number) => this.#set({ step: 'running', rows });
    try {
      // A part that does not load (offline, a CSP block) is a failed export, said as one.
      const exporter = await this.#exporter.get();
      if (!exporter) throw this.#exporter.error;
      const { EXPORT_PAGE_SIZE, exportFileName, exportFromPages, exportFromStream } = exporter;
      if (abort.signal.aborted) throw abortError();
      const { result, name } = await data.send(async (client, portal, signal) => {
        // A portal switch aborts the scope's signal; the export follows it.
        const stop = () => abort.abort();
        signal.addEventListener('abort', stop, { once: true });
        try {
          const query = apiQuery(filters(), portal, client.now());
          const options = {
            supplierId: portal.supplierId,
            timeZone: portal.timeZone,
            signal: abort.signal,
            onProgress,
          };
          const response =
            mode() === 'stream'
              ? await client.call(exportIngestionLogs, { query, signal: abort.signal })
              : undefined;
          const result: ExportResult = response?.body
            ? await exportFromStream(response.body, options)
            : await exportFromPages(
                (cursor, pageSignal) =>
                  client.call(listIngestionLogs, {
                    query: pageQueryOf({ ...query, limit: EXPORT_PAGE_SIZE }, cursor),
                    signal: pageSignal,
                  }),
                options,
              );
          return { result, name: exportFileName(portal.supplierName, query.from, query.to) };
        } finally {
          signal.removeEventListener('abort', stop);
        }
      });
      download(result.blob, name);
      this.#set({ step: 'done', rows: result.rows });
      const { announcer, localize } = this.#options;
      announcer.confirm(localize.term('exportDone', { rows: result.rows }), 'export');
    } catch (error) {
      if (isAbortError(error) || abort.signal.aborted) {
        this.#set({ step: 'cancelled' });
        this.#options.announcer.say(this.#options.localize.term('exportCancelled'));
        return;
      }
      this.#set({
        step: 'failed',
        error: toApiError(error),
      });
    }
  }

  cancel(): void {
    this.#abort?.abort();
  }

  render() {
    const t = this.#options.localize.term.bind(this.#options.localize);
    const state = this.state;
    this.#exporter.prefetchWhenIdle();
    const total = this.#options.total();
    return html`<div class="export" part="export">
      ${
        state.step === 'running'
          ? html`<label class="progress">
                ${t('exporting', { rows: state.rows, total })}
                <progress max=${Math.max(total, state.rows, 1)} value=${state.rows}></progress>
              </label>
              <button type="button" part="export-cancel" @click=${() => this.cancel()}>
                ${t('cancel')}
              </button>`
          : html`<button
              type="button"
              part="export-button"
              ?disabled=${total === 0}
              @click=${() => this.start()}
              @pointerenter=${this.#exporter.prefetch}
              @focus=${this.#exporter.prefetch}
            >
              ${t('export')}
            </button>`
      }
      ${this.#options.announcer.beside('export')}
      ${
        state.step === 'failed'
          ? html`<span class="export-error" role="alert"
              >${t('exportFailed')}
              ${state.error.code === 'cursor_loop' ? t('pagesLooped') : t(`error.${state.error.kind}`)}</span
            >`
          : nothing
      }
    </div>`;
  }

  #set(state: ExportState): void {
    const cancelHadFocus = !!this.#host.renderRoot.querySelector('[part="export-cancel"]:focus');
    this.state = state;
    this.#host.requestUpdate();
    // The Cancel button goes when the export ends; its focus goes to the export button.
    if (cancelHadFocus && state.step !== 'running') {
      void this.#host.updateComplete.then(() =>
        this.#host.renderRoot.querySelector<HTMLElement>('[part="export-button"]')?.focus(),
      );
    }
  }
}
