import type { ReactiveController, ReactiveElement } from 'lit';
import { cursorTrail } from '../api/cursor-trail.js';
import { ApiError, isAbortError } from '../api/errors.js';
import type { CacheKey } from '../api/keys.js';
import type { Portal } from '../api/contract/portal.js';
import type { PortalLink } from '../portal/link.js';
import type { ScopedClient } from '../portal/runtime.js';
import { DataController, type DataStatus } from './data.js';
import { RefreshTimer } from './refresh-timer.js';

/** One page of a cursor-paged list, as the portal API sends it. */
export interface Page<I> {
  items: I[];
  nextCursor: string | null;
  /** The size of the whole filtered set. */
  total: number;
}

/** Where a page sits: its size, its cursor (none for the first), and whether it is the live copy. */
export interface PagePosition {
  limit: number;
  cursor?: string | undefined;
}

/** A cursor-paged list of the active portal, as a paged controller asks for it. */
export interface PagedResource<I extends { id: string }, F> {
  /** The cache key of a page; `live` names the newest page fetched again for live refresh. */
  key(filters: F, position: PagePosition, options?: { live?: boolean }): CacheKey<Page<I>>;
  load(
    client: ScopedClient,
    filters: F,
    position: PagePosition,
    portal: Portal,
    signal: AbortSignal,
  ): Promise<Page<I>>;
  /** Whether `item` came after `newest`, the first item held: live refresh puts it on top. */
  isNewer(item: I, newest: I | undefined): boolean;
}

export interface PagedDataOptions<I extends { id: string }, F> {
  resource: PagedResource<I, F>;
  filters: () => F;
  pageSize?: number;
  /** Seconds between checks for new items while the page is visible; 0 turns it off. */
  refreshInterval?: () => number;
  /** Called with how many new items were put at the top of the list. */
  onNewItems?: (count: number) => void;
  /** Told the first page's every status. */
  onStatus?: (status: DataStatus) => void;
}

/**
 * A cursor-paged list, as in Vaadin's data-provider controller. The first page goes through
 * the read controller (auth, portal scope, states, cache, reporting); later pages load as the
 * visible window nears the end, through the same controller's `read()`. A new first page
 * (new filters, a new portal, a refresh) starts the list over, and a page that arrives for
 * a list that started over is dropped. Live refresh puts newer items on top in place.
 */
export class PagedDataController<I extends { id: string }, F> implements ReactiveController {
  readonly data: DataController<Page<I>, F & PagePosition>;
  /** Every item loaded so far, in order. Appended to in place; `version` tells a change. */
  readonly items: I[] = [];
  /** Bumped whenever `items` changes. */
  version = 0;
  /** Bumped whenever the list starts over. */
  generation = 0;
  /** The size of the whole filtered set, from the API. */
  total = 0;
  /** Why the last attempt to load more failed, if it did. */
  moreError: ApiError | undefined;
  loadingMore = false;

  #host: ReactiveElement;
  #pageSize: number;
  #first: Page<I> | undefined;
  #next: string | null = null;
  #trail: ReturnType<typeof cursorTrail> | undefined;
  #abort: AbortController | undefined;
  #options: PagedDataOptions<I, F>;
  #refresh = new RefreshTimer(() => void this.poll());

  constructor(host: ReactiveElement, link: PortalLink, options: PagedDataOptions<I, F>) {
    this.#host = host;
    this.#pageSize = options.pageSize ?? 200;
    this.#options = options;
    const { resource } = options;
    const position = ({ limit, cursor }: PagePosition): PagePosition =>
      cursor ? { limit, cursor } : { limit };
    this.data = new DataController(host, link, {
      resource: {
        key: (params) => resource.key(params, position(params)),
        load: (client, params, portal, signal) =>
          resource.load(client, params, position(params), portal, signal),
      },
      params: () => ({ ...options.filters(), limit: this.#pageSize }),
      onStatus: options.onStatus,
      // New filters keep the rows on screen, dimmed, until their first page comes.
      keepWhileLoading: true,
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

  /** Loads the next page when the window's last visible index is within half a page of the end. */
  ensure(lastVisibleIndex: number): void {
    if (lastVisibleIndex >= this.items.length - this.#pageSize / 2) void this.loadMore();
  }

  async loadMore(): Promise<void> {
    const cursor = this.#next;
    if (this.loadingMore || !cursor || !this.data.runtime || this.moreError) return;
    const first = this.#first;
    const abort = (this.#abort = new AbortController());
    this.loadingMore = true;
    this.#host.requestUpdate();
    try {
      const page = await this.#read({ limit: this.#pageSize, cursor }, { signal: abort.signal });
      if (first !== this.#first) return;
      // Items put on top by live refresh shift offset cursors: skip those already here.
      const known = new Set(this.items.map((item) => item.id));
      this.items.push(...page.items.filter((item) => !known.has(item.id)));
      this.total = page.total;
      this.#next = this.#follow(page);
      this.version++;
    } catch (error) {
      if (isAbortError(error) || first !== this.#first) return;
      this.moreError = error as ApiError;
    } finally {
      if (first === this.#first) this.loadingMore = false;
      this.#host.requestUpdate();
    }
  }

  /** Tries the failed page again. */
  retryMore(): void {
    this.moreError = undefined;
    void this.loadMore();
  }

  /**
   * Fetches the newest page again and puts the items that arrived since at the top, in
   * place: what is loaded stays, so a reader deep in the list keeps their place.
   */
  async poll(): Promise<number> {
    const first = this.#first;
    if (!this.data.runtime || !first || this.data.status !== 'ready') return 0;
    // Its own cache key: the first page's key would restart the whole list.
    const page = await this.#read({ limit: this.#pageSize }, { force: true, live: true }).catch(
      () => undefined,
    );
    if (!page || first !== this.#first) return 0;
    const known = new Set(this.items.map((item) => item.id));
    const newest = this.items[0];
    const fresh = page.items.filter(
      (item) => !known.has(item.id) && this.#options.resource.isNewer(item, newest),
    );
    if (!fresh.length) return 0;
    if (fresh.length === page.items.length) {
      // A whole page of new items: there may be more between them and ours. Start over.
      this.data.reload({ quiet: true });
      return 0;
    }
    this.items.unshift(...fresh);
    this.total = Math.max(page.total, this.total + fresh.length);
    this.version++;
    this.#options.onNewItems?.(fresh.length);
    this.#host.requestUpdate();
    return fresh.length;
  }

  #read(
    position: PagePosition,
    { signal, force, live = false }: { signal?: AbortSignal; force?: boolean; live?: boolean },
  ): Promise<Page<I>> {
    const { resource } = this.#options;
    const filters = this.#options.filters();
    return this.data.read(
      resource.key(filters, position, { live }),
      (client, portal, s) => resource.load(client, filters, position, portal, s),
      // Live refresh is a background check: its failures are not errors to report.
      { signal, force, quiet: live },
    );
  }

  /** The next cursor of a page, or `null` and an error when the server's cursors go round. */
  #follow(page: Page<I>): string | null {
    try {
      return this.#trail?.(page) ?? null;
    } catch (error) {
      this.moreError = error as ApiError;
      return null;
    }
  }
}
