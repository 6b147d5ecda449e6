import { TimeoutError } from 'ky';
import { ApiError } from './errors.js';

/**
 * How long a response may take, body included. `whole`: the headers and the whole body
 * within `ms` of the request (a JSON answer). `idle`: no pause in the body longer than `ms`
 * (a CSV export, which may rightly stream for minutes while it keeps coming).
 */
export interface Deadline {
  ms: number;
  mode: 'whole' | 'idle';
}

/**
 * A `fetch` for ky whose timeout covers the body too. ky's own timeout ends when the
 * headers arrive, so a body that trickles in a few bytes a second kept a widget loading
 * for ever. Before the headers, the timeout is ky's `TimeoutError`, which ky handles as
 * its own; after, the body fails with a `timeout` ApiError and the connection is dropped.
 */
/** Responses whose body ran out of time: `Response.json()` reports that only as a TypeError. */
const late = new WeakSet<Response>();

/** Whether a response's body was cut off by its deadline. */
export function timedOut(response: Response): boolean {
  return late.has(response);
}

export function deadlineFetch(deadline: Deadline): typeof fetch {
  return async (input, init) => {
    const given = input instanceof Request ? input : new Request(input, init);
    // The body is read here, so that ky's clone of it (kept for retries) can be cancelled:
    // a tee'd stream cancels only once both halves are done, and a fetch that fails before
    // sending never reads it. Bodies are small JSON.
    const request = given.body ? new Request(given, { body: await given.arrayBuffer() }) : given;
    const stop = new AbortController();
    let fail: ((error: ApiError) => void) | undefined;
    const out: { response?: Response } = {};
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (out.response) late.add(out.response);
        fail?.(new ApiError('timeout', { message: 'The response took too long to arrive' }));
        stop.abort();
      }, deadline.ms);
    };
    arm();
    let response: Response;
    try {
      response = await fetch(request, { signal: AbortSignal.any([request.signal, stop.signal]) });
    } catch (error) {
      clearTimeout(timer);
      if (stop.signal.aborted && !request.signal.aborted) throw new TimeoutError(request);
      throw error;
    }
    if (!response.body) {
      clearTimeout(timer);
      return response;
    }
    const body = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        start: (controller) => {
          fail = (error) => controller.error(error);
        },
        transform: (chunk, controller) => {
          if (deadline.mode === 'idle') arm();
          controller.enqueue(chunk);
        },
        flush: () => clearTimeout(timer),
      }),
    );
    // The request's abort (a portal switch, an unmount) must still end the body.
    request.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
    const { status, statusText, headers } = response;
    out.response = new Response(body, { status, statusText, headers });
    return out.response;
  };
}
