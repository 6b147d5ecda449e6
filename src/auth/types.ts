/** A supplier portal the signed-in person belongs to. */
export interface PortalChoice {
  id: string;
  name: string;
  /** The agency that runs this portal, when the provider knows it. */
  agency?: string | undefined;
}

export type AuthState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  /** Signed in, but no portal is active: the widgets offer the person's portals. */
  | { status: 'no-portal' }
  | {
      status: 'active';
      portalId: string;
      /** Who holds the session (a Clerk session id), when the provider knows; a change is a new scope. */
      subject?: string | undefined;
    };

/**
 * The only thing the widgets know about authentication. Clerk and host-minted tokens
 * both implement it; everything above it is auth-agnostic.
 */
export interface AuthProvider {
  readonly state: AuthState;
  /**
   * A bearer token for the active portal. `refresh` bypasses any cache, after a 401. `now`
   * is the portal clock's reading (ms since the epoch), by which a cached token's expiry
   * is judged.
   */
  getToken(options?: { refresh?: boolean; now?: number }): Promise<string>;
  /** Called on every portal switch and on sign-out. Returns an unsubscribe function. */
  subscribe(listener: (state: AuthState) => void): () => void;
  listPortals(): Promise<PortalChoice[]>;
  selectPortal(portalId: string): Promise<void>;
  /** Opens the provider's own sign-in, when it has one (Clerk's); the host's otherwise. */
  signIn?(): void | Promise<void>;
}

export function sameAuthState(a: AuthState, b: AuthState): boolean {
  if (a.status !== 'active' || b.status !== 'active') return a.status === b.status;
  return a.portalId === b.portalId && a.subject === b.subject;
}
