/** A forced error response for matching requests. */
export interface MockFault {
  /** API path prefix such as `/v1/caps`; absent means every path. */
  path?: string;
  method?: string;
  /** The HTTP status to answer with; `0` fails the request as a network error. */
  status: number;
  /** How many matching requests fail before the fault wears off; absent means all. */
  times?: number;
  code?: string;
  message?: string;
  /** Sent as `Retry-After`: seconds, or an HTTP date. */
  retryAfter?: number | string;
}

export type MalformedKind = 'syntax' | 'types' | 'html' | 'truncated';

/**
 * Switches for the mock API, shared by tests, Storybook and the demo's simulate panel.
 * A plain mutable object: change it and the next request sees it.
 */
export interface MockControl {
  /** Milliseconds added to every response. */
  latency: number;
  /** Extra milliseconds per API path prefix. */
  delays: Record<string, number>;
  /** API path prefixes that never answer (a timeout). */
  hang: string[];
  faults: MockFault[];
  malformed: { path?: string; kind: MalformedKind } | null;
  /** Responses carry buyer-side fields and another supplier's records. */
  leak: boolean;
  /** Every string a supplier can set (field examples, names) holds quotes, `$( )`, backticks, markup and emoji. */
  hostile: boolean;
  /**
   * The log's pages send a cursor they sent before: `same` answers page `a` with `a` again,
   * `cycle` goes `a → b → a`.
   */
  cursorLoop: 'same' | 'cycle' | null;
  /** Matching JSON bodies arrive `bytes` at a time, one piece every `everyMs`. */
  trickle: { path?: string; bytes: number; everyMs: number } | null;
  /** Every list of a matching JSON body (but the bounded status history) holds `items` items. */
  inflate: { path?: string; items: number } | null;
}

export function createControl(overrides: Partial<MockControl> = {}): MockControl {
  return {
    latency: 0,
    delays: {},
    hang: [],
    faults: [],
    malformed: null,
    leak: false,
    hostile: false,
    cursorLoop: null,
    trickle: null,
    inflate: null,
    ...overrides,
  };
}

export function resetControl(control: MockControl): void {
  Object.assign(control, createControl());
}

export function pathMatches(prefix: string | undefined, apiPath: string): boolean {
  return (
    prefix === undefined ||
    apiPath === prefix ||
    apiPath.startsWith(`${prefix}/`) ||
    apiPath.startsWith(`${prefix}?`)
  );
}

/** Takes the first fault that applies to a request, counting it down. */
export function takeFault(
  control: MockControl,
  method: string,
  apiPath: string,
): MockFault | undefined {
  const fault = control.faults.find(
    (item) =>
      pathMatches(item.path, apiPath) && (!item.method || item.method.toUpperCase() === method),
  );
  if (fault?.times !== undefined && --fault.times <= 0)
    control.faults.splice(control.faults.indexOf(fault), 1);
  return fault;
}
