import type { ReactiveController, ReactiveElement } from 'lit';
import {
  listIngestionLogs,
  type IngestionLogEntry,
  type IngestionLogPage,
  type IngestionLogQuery,
} from '../../src/api/contract/ingestion.js';
import { ApiError, isAbortError, asApiError } from '../../src/api/errors.js';
import { DataController, type DataStatus, type Resource } from '../../src/controllers/data.js';
import type { Portal } from '../../src/api/contract/portal.js';
import { presetRange, type RangePreset } from '../../src/localize/date-range.js';
import type { PortalLink } from '../../src/portal/link.js';
import { RefreshTimer } from '../../src/controllers/refresh-timer.js';
import { cursorTrail } from '../../src/api/cursor-trail.js';

/**
 * The filters of the log; the cursor and page size are the pager's business. A `preset`
 * range is turned into dates only when the request is made, in the portal's time zone.
 */
export type LogFilters = Omit<IngestionLogQuery, 'cursor' | 'limit'> & {
  preset?: RangePreset | undefined;
};

type PageQuery = LogFilters & { limit: number; cursor?: string | undefined };

/** The query for one page of a filtered set. */
export function pageQueryOf(
  query: IngestionLogQuery,
  cursor: string | undefined,
): IngestionLogQuery {
  return cursor ? { ...query, cursor } : query;
}

/**
 * The query the API gets: a preset becomes `from`/`to` in the supplier's time zone,
 * counted from `now` by the portal's clock.
 */
export function apiQuery(
  { preset, ...query }: LogFilters & { limit?: number; cursor?: string | undefined },
  portal: Portal,
  now: number,
): IngestionLogQuery {
  return preset ? { ...query, ...presetRange(preset, portal.timeZone, now) } : query;
}

/** A stable cache key: equal filters in any key order share one request. */
function keyOf(query: PageQuery): string {
  const entries = Object.entries(query)
    .filter(([, value]) => value !== undefined && value !== '')
    // A code-unit sort: `localeCompare` would build a collator on the first page's path.
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return `ingestion-logs?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)]))}`;
}

const pageResource: Resource<IngestionLogPage, PageQuery> = {
  key: keyOf,
  load: (client, query, portal, signal) =>
    client.call(listIngestionLogs, { query: apiQuery(query, portal, client.now()), signal }),
};

export interface LogPagesOptions {
  filters: () => LogFilters;
  pageSize?: number;
  /** Seconds between checks for new leads while the page is visible; 0 turns it off. */
  refreshInterval?: () => number;
  /** Called with how many new leads were put at the top of the list. */
  onNewLeads?: (count: number) => void;
  /** Told the first page's every status. */
  onStatus?: (status: DataStatus) => void;
}

/**
 * The leads of the log, page after page by server cursor. The first page goes through
 * the shared data controller (auth, portal scope, states, cache); later pages are
 * appended as the reader nears the end, and everything restarts when the filters or the
 * portal change.
 */
export class LogPages implements ReactiveController {
  readonly data: DataController<IngestionLogPage, PageQuery>;
  /** Every row loaded so far, in order. Appended to in place; `version` tells a change. */
  readonly items: IngestionLogEntry[] = [];
  /** Bumped whenever `items` changes. */
  version = 0;
  /** Bumped whenever the list starts over (new filters, portal or first page). */
  generation = 0;
  /** The size of the whole filtered set, from the API. */
  total = 0;
  /** Why the last attempt to load more failed, if it did. */
  moreError: ApiError | undefined;
  loadingMore = false;

  #host: ReactiveElement;
  #pageSize: number;
  #first: IngestionLogPage | undefined;
  #next: string | null = null;
  #trail: ReturnType<typeof cursorTrail> | undefined;
  #abort: AbortController | undefined;
  #filters: () => LogFilters;
  #options: LogPagesOptions;
  #refresh = new RefreshTimer(() => void this.poll());

  constructor(host: ReactiveElement, link: PortalLink, options: LogPagesOptions) {
    this.#host = host;
    this.#pageSize = options.pageSize ?? 200;
    this.#filters = options.filters;
    this.#options = options;
    this.data = new DataController(host, link, {
      resource: pageResource,
      params: () => ({ ...options.filters(), limit: this.#pageSize }),
      onStatus: options.onStatus,
    });
    host.addController(this);
  }

  get hasMore(): boolean {
    return this.#next !== null;
  }

  hostUpdate(): void {
    this.#refresh.set(this.#options.refreshInterval?.() ?? 0);
    const first = this.data.value;
    if (first === this.#first) return;
    // A new first page: new filters, a new portal, or a refresh. Start the list over.
    this.#first = first;
    this.#abort?.abort();
    this.items.length = 0;
    this.moreError = undefined;
    // A spread is safe here: the client cuts every page to the limit asked for (at most 500).
    if (first) this.items.push(...first.items);
    this.total = first?.total ?? 0;
    this.#trail = cursorTrail(this.#pageSize);
    this.#next = first ? this.#follow(first) : null;
    this.loadingMore = false;
    this.version++;
    this.generation++;
  }

  hostDisconnected(): void {
    this.#refresh.set(0);
    this.#abort?.abort();
  }

  /** Loads the next page when the reader is within half a page of the end. */
  ensure(lastVisibleIndex: number): void {
    if (lastVisibleIndex >= this.items.length - this.#pageSize / 2) void this.loadMore();
  }

  async loadMore(): Promise<void> {
    const runtime = this.data.runtime;
    const cursor = this.#next;
    if (this.loadingMore || !cursor || !runtime || this.moreError) return;
    const first = this.#first;
    const abort = (this.#abort = new AbortController());
    const query: PageQuery = { ...this.#filters(), limit: this.#pageSize, cursor };
    this.loadingMore = true;
    this.#host.requestUpdate();
    try {
      const page = await runtime.load(
        keyOf(query),
        (client, portal, signal) => pageResource.load(client, query, portal, signal),
        { signal: abort.signal },
      );
      if (first !== this.#first) return;
      // Leads put on top by live refresh shift offset cursors: skip rows already here.
      const known = new Set(this.items.map((item) => item.id));
      this.items.push(...page.items.filter((item) => !known.has(item.id)));
      this.total = page.total;
      this.#next = this.#follow(page);
      this.version++;
    } catch (error) {
      if (isAbortError(error) || first !== this.#first) return;
      this.moreError = asApiError(error);
    } finally {
      if (first === this.#first) this.loadingMore = false;
      this.#host.requestUpdate();
    }
  }

  /** The next cursor of a page, or `null` and an error when the server's cursors go round. */
  #follow(page: IngestionLogPage): string | null {
    try {
      return this.#trail?.(page) ?? null;
    } catch (error) {
      this.moreError = error as ApiError;
      return null;
    }
  }

  /** Tries the failed page again. */
  retryMore(): void {
    this.moreError = undefined;
    void this.loadMore();
  }

  /**
   * Fetches the newest page again and puts the leads that arrived since at the top, in
   * place: what is loaded stays, so a reader deep in the list keeps their place.
   */
  async poll(): Promise<number> {
    const runtime = this.data.runtime;
    const first = this.#first;
    if (!runtime || !first || this.data.status !== 'ready') return 0;
    const query: PageQuery = { ...this.#filters(), limit: this.#pageSize };
    // Its own cache key: the first page's key would restart the whole list.
    const page = await runtime
      .load(
        `${keyOf(query)}#live`,
        (client, portal, signal) => pageResource.load(client, query, portal, signal),
        {
          force: true,
        },
      )
      .catch(() => undefined);
    if (!page || first !== this.#first) return 0;
    const known = new Set(this.items.map((item) => item.id));
    const newest = this.items[0]?.receivedAt ?? '';
    const fresh = page.items.filter((item) => !known.has(item.id) && item.receivedAt >= newest);
    if (!fresh.length) return 0;
    if (fresh.length === page.items.length) {
      // A whole page of new leads: there may be more between them and ours. Start over.
      this.data.reload({ quiet: true });
      return 0;
    }
    this.items.unshift(...fresh);
    this.total = Math.max(page.total, this.total + fresh.length);
    this.version++;
    this.#options.onNewLeads?.(fresh.length);
    this.#host.requestUpdate();
    return fresh.length;
  }
}
