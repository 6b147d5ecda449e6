import { systemClock } from '../clock/clock.js';

export interface TokenRequest {
  /** Bypasses the cached token, after a 401. */
  refresh?: boolean | undefined;
  /** Who holds the session; another subject never reuses a token. */
  subject?: string | undefined;
  /** The portal clock's reading, by which a cached token's expiry is judged. */
  now?: number | undefined;
}

/**
 * Caches one token per scope (person and portal) and makes every concurrent caller share
 * a single fetch, so ten widgets hitting a 401 together cause one refresh, not ten.
 */
export function singleFlightToken(
  fetchToken: (portalId: string, refresh: boolean) => Promise<string>,
) {
  let scope: string | undefined;
  let cached: string | undefined;
  let inflight: Promise<string> | undefined;
  let inflightRefresh = false;

  return {
    get(
      portalId: string,
      { refresh = false, subject = '', now = systemClock.now() }: TokenRequest = {},
    ): Promise<string> {
      const key = `${subject}\u0000${portalId}`;
      if (scope !== key) {
        scope = key;
        cached = undefined;
        inflight = undefined;
      }
      if (cached && !refresh && !isExpiring(cached, now)) return Promise.resolve(cached);
      // A refresh asked for while a plain fetch runs must not reuse the possibly stale result.
      if (inflight && (inflightRefresh || !refresh)) return inflight;
      inflightRefresh = refresh;
      const request = fetchToken(portalId, refresh).then(
        (token) => {
          if (scope === key && inflight === request) {
            cached = token;
            inflight = undefined;
          }
          return token;
        },
        (error: unknown) => {
          if (inflight === request) inflight = undefined;
          throw error;
        },
      );
      inflight = request;
      return request;
    },
    clear(): void {
      scope = undefined;
      cached = undefined;
      inflight = undefined;
    },
  };
}

/** A JWT within 10 s of its `exp` is treated as already expired. Opaque tokens never are. */
function isExpiring(token: string, now: number): boolean {
  const payload = token.split('.')[1];
  if (!payload) return false;
  try {
    const { exp } = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as {
      exp?: unknown;
    };
    return typeof exp === 'number' && exp * 1000 - 10_000 <= now;
  } catch {
    return false;
  }
}
