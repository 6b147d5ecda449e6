import { authStateStore } from './listeners.js';
import { singleFlightToken } from './single-flight.js';
import type { AuthProvider, PortalChoice } from './types.js';

export interface TokenAuthOptions {
  /**
   * Mints a short-lived token for the portal, usually by calling the host's backend
   * (like Stripe's `fetchClientSecret`). Called again with `refresh: true` after a 401.
   */
  getToken(context: { portalId: string; refresh: boolean }): string | Promise<string>;
  /** The active portal; `null` or absent shows the "choose a portal" state. */
  portalId?: string | null | undefined;
  /** The portals the person may choose from. */
  portals?: PortalChoice[] | (() => Promise<PortalChoice[]>) | undefined;
}

export interface TokenAuthProvider extends AuthProvider {
  /** Tells every widget the active portal changed (or that none is active). */
  setPortal(portalId: string | null): void;
  signOut(): void;
}

/** Auth for hosts whose backend mints the tokens. */
export function tokenAuth(options: TokenAuthOptions): TokenAuthProvider {
  const portalState = (id: string | null | undefined) =>
    id ? ({ status: 'active', portalId: id } as const) : ({ status: 'no-portal' } as const);
  const store = authStateStore(portalState(options.portalId));
  const tokens = singleFlightToken(async (portalId, refresh) => {
    const token = await options.getToken({ portalId, refresh });
    if (typeof token !== 'string' || !token) throw new Error('getToken() returned no token');
    return token;
  });

  return {
    get state() {
      return store.get();
    },
    getToken({ refresh = false, now }: { refresh?: boolean; now?: number } = {}) {
      const state = store.get();
      if (state.status !== 'active') return Promise.reject(new Error('No active portal'));
      return tokens.get(state.portalId, { refresh, now });
    },
    subscribe: store.subscribe,
    async listPortals() {
      const { portals = [] } = options;
      return typeof portals === 'function' ? portals() : portals;
    },
    async selectPortal(portalId) {
      store.set(portalState(portalId));
    },
    setPortal(portalId) {
      store.set(portalState(portalId));
    },
    signOut() {
      tokens.clear();
      store.set({ status: 'signed-out' });
    },
  };
}
