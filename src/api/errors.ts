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
  | 'invalid-response';

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

/** Reads `Retry-After` as seconds, from either a delay or an HTTP date (counted from `now`). */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}
