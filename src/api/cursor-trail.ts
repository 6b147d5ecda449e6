import { ApiError } from './errors.js';

/** Pages beyond what `total` needs before a trail counts as runaway: rows arrive meanwhile. */
const SLACK = 5;

/**
 * Follows a server's page cursors and refuses a trail that cannot end: a cursor sent
 * before (`a → a`, `a → b → a`), or more pages than the filtered set can fill. Without it,
 * such a server keeps a list loading, or an export writing, for ever. `limit` is the page
 * size asked for; the function takes each page and returns the cursor to follow, or `null`.
 */
export function cursorTrail(limit: number) {
  const seen = new Set<string>();
  let pages = 0;
  return (page: { nextCursor: string | null; total: number }): string | null => {
    const cursor = page.nextCursor;
    if (cursor !== null && (seen.has(cursor) || ++pages > Math.ceil(page.total / limit) + SLACK))
      throw new ApiError('invalid-response', {
        code: 'cursor_loop',
        message: 'The portal API repeated its page cursors',
      });
    if (cursor !== null) seen.add(cursor);
    return cursor;
  };
}
