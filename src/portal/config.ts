import type { RetryPolicy } from '../api/client.js';
import type { AuthProvider } from '../auth/types.js';
import { systemClock, type Clock } from '../clock/clock.js';

export type Theme = 'light' | 'dark' | 'system';

export interface PortalConfig {
  /** Where the portal API lives, e.g. `https://api.leaddistro.ai`. Defaults to the page's origin. */
  apiBase: string;
  auth: AuthProvider | null;
  /** BCP 47 locale for every widget inside; an element's own `locale` or `lang` wins. */
  locale: string | undefined;
  theme: Theme | undefined;
  /** Text overrides for every widget inside, by string key. */
  strings: Record<string, string> | undefined;
  /** Per-attempt request timeout in ms, body included (a streamed export: the longest pause). */
  timeout: number;
  retry: RetryPolicy;
  /** How long (ms) a cached response is reused by a widget that connects later. */
  maxAge: number;
  /**
   * Where every widget inside reads the time: date presets, "today" in the supplier's zone,
   * relative times, cap resets, cache ages, `Retry-After` dates and token expiry. The real
   * time unless a test, story or screenshot sets one (`manualClock()`).
   */
  clock: Clock;
}

export const defaultConfig: PortalConfig = {
  apiBase: '/',
  auth: null,
  locale: undefined,
  theme: undefined,
  strings: undefined,
  timeout: 15_000,
  retry: { limit: 2, backoffLimit: 3_000, maxRetryAfter: 10_000 },
  maxAge: 60_000,
  clock: systemClock,
};

/** Changing one of these changes whose data we may hold, so the cache is dropped. */
export const scopeKeys = [
  'apiBase',
  'auth',
  'timeout',
  'retry',
] as const satisfies readonly (keyof PortalConfig)[];
