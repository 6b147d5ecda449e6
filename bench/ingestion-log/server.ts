import { csvLine, EXPORT_SOURCE_COLUMNS } from '../../src/mocks/ingestion.js';
import { csvRow, portal, row } from './data.js';

export interface BenchApi {
  /** Lets the held list requests answer; until then they wait, as on a slow network. */
  release(): void;
  /** How many list requests are waiting. */
  held(): number;
}

/**
 * The portal API answered inside the page, by replacing `fetch`: the bench measures the
 * widget, not a network. Every row is computed on request, so this "server" keeps no copy.
 * With `hold`, list requests wait for `release()`, so the clock can start as the data lands.
 */
export function serveApi(count: number, { hold = false } = {}): BenchApi {
  let open = !hold;
  let waiting: (() => void)[] = [];
  const gate = () => (open ? undefined : new Promise<void>((resolve) => waiting.push(resolve)));
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.pathname.endsWith('/v1/portal')) return json(portal);
    if (url.pathname.endsWith('/v1/ingestion-logs')) {
      await gate();
      const start = Number(url.searchParams.get('cursor') ?? 0);
      const end = Math.min(count, start + Number(url.searchParams.get('limit') ?? 200));
      const items = Array.from({ length: end - start }, (_, i) => row(start + i));
      return json({ items, nextCursor: end < count ? String(end) : null, total: count });
    }
    if (url.pathname.endsWith('/v1/ingestion-logs/export')) return csv(count, request.signal);
    return json({ error: { code: 'not_found', message: 'Not in the bench API' } }, 404);
  };
  return {
    release() {
      open = true;
      waiting.forEach((resolve) => resolve());
      waiting = [];
    },
    held: () => waiting.length,
  };
}

function csv(count: number, signal: AbortSignal): Response {
  const encoder = new TextEncoder();
  let next = 0;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(csvLine(EXPORT_SOURCE_COLUMNS)));
    },
    pull(controller) {
      if (signal.aborted) return controller.error(signal.reason);
      let text = '';
      const end = Math.min(count, next + 500);
      for (; next < end; next++) text += csvRow(next);
      controller.enqueue(encoder.encode(text));
      if (next >= count) controller.close();
    },
  });
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
