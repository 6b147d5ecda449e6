import type { FieldError } from './contract/common.js';

export type ApiErrorKind =
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'validation'
  | 'rate-limited'
  | 'server'
  | 'network'
  | 'timeout'
  | 'invalid-response'
  /** The session's token opens another portal than the one shown (say, after a refresh). */
  | 'wrong-portal';

export interface ApiErrorInit {
  status?: number | undefined;
  code?: string | undefined;
  message?: string | undefined;
  fieldErrors?: FieldError[] | undefined;
  retryAfter?: number | undefined;
}

/**
 * Every failure a widget can meet, in one typed shape. `code` and `message` are the
 * server's when it sent them; `message` is for logs and details, widgets show their own
 * localized text per `kind`.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  readonly status: number | undefined;
  readonly code: string;
  readonly fieldErrors: readonly FieldError[];
  /** Seconds the server asked us to wait (429 and 503). */
  readonly retryAfter: number | undefined;

  constructor(kind: ApiErrorKind, init: ApiErrorInit = {}) {
    super(init.message ?? kind);
    this.kind = kind;
    this.status = init.status;
    this.code = init.code ?? kind;
    this.fieldErrors = init.fieldErrors ?? [];
    this.retryAfter = init.retryAfter;
  }

  /** Whether trying the same request again may succeed. */
  get retryable(): boolean {
    return ['rate-limited', 'server', 'network', 'timeout', 'invalid-response'].includes(this.kind);
  }
}

/**
 * Any failure as an ApiError, the one way reads and writes normalise what they caught. A
 * thrown non-ApiError is a response the widget could not use (a broken stream, a body that
 * made a parser throw): `invalid-response`, which may be retried.
 */
export function toApiError(error: unknown): ApiError {
  return error instanceof ApiError
    ? error
    : new ApiError('invalid-response', { message: String(error) });
}

export function kindForStatus(status: number): ApiErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  return 'validation';
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export function abortError(): DOMException {
  return new DOMException('The request was aborted', 'AbortError');
}

/** The longest wait a `Retry-After` may ask for, in seconds: more is read as this. */
export const MAX_RETRY_AFTER = 86_400;

/**
 * The three HTTP-date forms of RFC 9110 (IMF-fixdate, RFC 850 and asctime), each in UTC,
 * alone or first in a list.
 */
const HTTP_DATE =
  /^(?:[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} [\d:]{8} GMT|[A-Z][a-z]+, \d{2}-[A-Z][a-z]{2}-\d{2} [\d:]{8} GMT|[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d [\d:]{8} \d{4})(?=\s*(?:,|$))/;

/**
 * Reads `Retry-After` as whole seconds from now (by the portal's clock), within
 * `0…MAX_RETRY_AFTER`, or `undefined` when it cannot be read. Only the forms HTTP allows
 * are read: a delay in seconds, or an HTTP date (a past one is 0). Of a list (two headers
 * folded into one) the first entry counts. Anything else, such as `-5`, `1e308` or
 * `soon`, is junk, never a wait: a timer handed it would wrap or hang.
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const delay = /^(\d+(?:\.\d+)?)\s*(?:,|$)/.exec(text);
  if (delay) return clampWait(Math.ceil(Number(delay[1])));
  const date = HTTP_DATE.exec(text)?.[0];
  // asctime names no zone; HTTP means GMT, and Date.parse would read local time.
  const at = date ? Date.parse(date.endsWith('GMT') ? date : `${date} GMT`) : NaN;
  if (!Number.isNaN(at)) return clampWait(Math.ceil((at - now) / 1000));
  return undefined;
}

function clampWait(seconds: number): number {
  return Math.min(MAX_RETRY_AFTER, Math.max(0, seconds));
}
