import { ApiError } from './errors.js';

/** Pages beyond what `total` needs before a trail counts as runaway: rows arrive meanwhile. */
const SLACK = 5;

/**
 * Follows a server's page cursors and refuses a trail that cannot end: a cursor sent
 * before (`a → a`, `a → b → a`), or more pages than the filtered set can fill. Without it,
 * such a server keeps a list loading, or an export writing, for ever.
 */
export class CursorTrail {
  #seen = new Set<string>();
  #pages = 0;
  readonly #limit: number;

  /** `limit` is the page size asked for. */
  constructor(limit: number) {
    this.#limit = limit;
  }

  /** Takes a page's answer and returns the cursor to follow next, or `null` at the end. */
  next(page: { nextCursor: string | null; total: number }): string | null {
    this.#pages++;
    const cursor = page.nextCursor;
    if (cursor === null) return null;
    if (this.#seen.has(cursor)) throw loop('sent a page cursor it had sent before');
    if (this.#pages > Math.ceil(page.total / this.#limit) + SLACK)
      throw loop(`sent more pages than ${page.total} rows can fill`);
    this.#seen.add(cursor);
    return cursor;
  }
}

function loop(what: string): ApiError {
  return new ApiError('invalid-response', {
    code: 'cursor_loop',
    message: `The portal API ${what}`,
  });
}
