import type { LoadedClerk, ClerkOptions } from '@clerk/shared/types';
import { authStateStore } from './listeners.js';
import { singleFlightToken } from './single-flight.js';
import type { AuthProvider, AuthState } from './types.js';

/** The part of Clerk's own `Clerk` type that the adapter uses. */
export type ClerkLike = Pick<
  LoadedClerk,
  'user' | 'organization' | 'session' | 'addListener' | 'setActive' | 'openSignIn'
>;

interface LoadableClerk extends ClerkLike {
  load(options?: ClerkOptions): Promise<void>;
}

export interface ClerkAuthOptions {
  /** A Clerk instance the page already has. Its own options (telemetry included) stay the host's. */
  clerk?: ClerkLike | undefined;
  /** Used to load `@clerk/clerk-js` lazily when no instance is passed. */
  publishableKey?: string | undefined;
  /** Extra options for `clerk.load()`. Telemetry stays off unless set here. */
  clerkOptions?: ClerkOptions | undefined;
  /** A JWT template name for `session.getToken()`, when the portal API expects one. */
  template?: string | undefined;
  /**
   * How to import Clerk, in its own chunk. Defaults to `import('@clerk/clerk-js')`;
   * pass `() => import('@clerk/clerk-js/no-rhc')` for the smaller build.
   */
  loadClerk?: (() => Promise<{ Clerk: new (publishableKey: string) => LoadableClerk }>) | undefined;
}

/**
 * Auth through Clerk: each supplier portal is a Clerk organization, and the active
 * organization's session token is the bearer token.
 */
export function clerkAuth(options: ClerkAuthOptions): AuthProvider {
  if (!options.clerk && !options.publishableKey) {
    throw new TypeError('clerkAuth() needs either { clerk } or { publishableKey }');
  }
  const store = authStateStore({ status: 'loading' });
  let ready: Promise<ClerkLike> | undefined;

  const start = (): Promise<ClerkLike> =>
    (ready ??= (async () => {
      const clerk = options.clerk ?? (await loadOwnClerk(options));
      clerk.addListener(() => store.set(stateOf(clerk)));
      store.set(stateOf(clerk));
      return clerk;
    })());

  const tokens = singleFlightToken(async (portalId, refresh) => {
    const clerk = await start();
    if (!clerk.session) throw new Error('Not signed in to a portal');
    const token = await clerk.session.getToken({
      organizationId: portalId,
      skipCache: refresh,
      ...(options.template ? { template: options.template } : {}),
    });
    if (!token) throw new Error('Clerk returned no session token');
    return token;
  });

  return {
    get state() {
      return store.get();
    },
    async getToken({ refresh = false, now }: { refresh?: boolean; now?: number } = {}) {
      const clerk = await start();
      const state = stateOf(clerk);
      if (state.status !== 'active') throw new Error('Not signed in to a portal');
      // Keyed by session too: another person in the same organization never reuses a token.
      return tokens.get(state.portalId, { refresh, subject: state.subject, now });
    },
    subscribe(listener) {
      const unsubscribe = store.subscribe(listener);
      start().catch((error: unknown) => {
        console.error('[ld] Clerk failed to load', error);
        store.set({ status: 'signed-out' });
      });
      return unsubscribe;
    },
    async listPortals() {
      const clerk = await start();
      return (clerk.user?.organizationMemberships ?? []).map(({ organization }) => ({
        id: organization.id,
        name: organization.name,
      }));
    },
    async selectPortal(portalId) {
      const clerk = await start();
      await clerk.setActive({ organization: portalId });
    },
    /** After "Sign in again": Clerk's own sign-in, in its modal. */
    async signIn() {
      (await start()).openSignIn();
    },
  };
}

function stateOf(clerk: ClerkLike): AuthState {
  if (!clerk.user || !clerk.session) return { status: 'signed-out' };
  if (!clerk.organization) return { status: 'no-portal' };
  return { status: 'active', portalId: clerk.organization.id, subject: clerk.session.id };
}

async function loadOwnClerk(options: ClerkAuthOptions): Promise<ClerkLike> {
  const load =
    options.loadClerk ??
    (() =>
      import('@clerk/clerk-js') as unknown as ReturnType<
        NonNullable<ClerkAuthOptions['loadClerk']>
      >);
  const { Clerk } = await load();
  const clerk = new Clerk(options.publishableKey as string);
  await clerk.load({ telemetry: false, ...options.clerkOptions });
  return clerk;
}
