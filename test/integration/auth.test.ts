import { expect, html } from '@open-wc/testing';
import type {
  GetTokenOptions,
  ListenerCallback,
  LoadedClerk,
  OrganizationMembershipResource,
  OrganizationResource,
  Resources,
  SignedInSessionResource,
  UserResource,
} from '@clerk/shared/types';
import '../../components/caps-meter/define.js';
import type { LdCapsMeter } from '../../components/caps-meter/caps-meter.js';
import { mockApi, untilText, FAST, TEST_NOW } from '../support/fixtures.js';
import { mockAuth, mockToken } from '../../src/mocks/auth.js';
import { clerkAuth, type ClerkLike } from '../../src/auth/clerk-auth.js';
import { singleFlightToken } from '../../src/auth/single-flight.js';
import { tokenAuth } from '../../src/auth/token-auth.js';
import type { AuthState } from '../../src/auth/types.js';
import { fixture } from '@open-wc/testing';
import type { LdPortal } from '../../components/portal/portal.js';

/**
 * A stand-in for a loaded Clerk instance, with no network. Each member has the type
 * Clerk declares for it; the resources carry only the fields the adapter reads, so they
 * are cast once at the boundary.
 */
class FakeClerk implements ClerkLike {
  user: UserResource | null | undefined = null;
  organization: OrganizationResource | null | undefined = null;
  session: SignedInSessionResource | null | undefined = null;
  tokenCalls: (GetTokenOptions | undefined)[] = [];
  #listeners = new Set<ListenerCallback>();
  #orgs: Record<string, string> = {
    org_northwind_acme: 'Northwind Leads',
    org_northwind_bright: 'Northwind Leads (UK)',
  };

  addListener: LoadedClerk['addListener'] = (callback, options) => {
    this.#listeners.add(callback);
    if (!options?.skipInitialEmit) callback(this.#resources());
    return () => this.#listeners.delete(callback);
  };

  setActive: LoadedClerk['setActive'] = async ({ organization }) => {
    const id = typeof organization === 'string' ? organization : (organization?.id ?? null);
    this.organization = id ? this.#org(id) : null;
    this.#emit();
  };

  signInsOpened = 0;
  openSignIn: LoadedClerk['openSignIn'] = () => {
    this.signInsOpened += 1;
  };

  signIn(personId: string, orgId: string | null) {
    const memberships = Object.keys(this.#orgs).map(
      (id) => ({ organization: this.#org(id) }) as unknown as OrganizationMembershipResource,
    );
    this.user = { id: personId, organizationMemberships: memberships } as unknown as UserResource;
    this.session = {
      id: `sess_${personId}`,
      getToken: async (options?: GetTokenOptions) => {
        this.tokenCalls.push(options);
        return options?.organizationId ? mockToken(personId, options.organizationId) : null;
      },
    } as unknown as SignedInSessionResource;
    this.organization = orgId ? this.#org(orgId) : null;
    this.#emit();
  }

  signOut() {
    this.user = this.session = this.organization = null;
    this.#emit();
  }

  #org(id: string): OrganizationResource {
    return { id, name: this.#orgs[id] } as unknown as OrganizationResource;
  }

  #resources(): Resources {
    return {
      user: this.user,
      organization: this.organization,
      session: this.session,
    } as unknown as Resources;
  }

  #emit() {
    for (const listener of this.#listeners) listener(this.#resources());
  }
}

describe('tokenAuth', () => {
  it('asks the host for a token for the active portal, once for concurrent callers', async () => {
    const calls: { portalId: string; refresh: boolean }[] = [];
    const auth = tokenAuth({
      portalId: 'p1',
      getToken: async (context) => {
        calls.push(context);
        await new Promise((resolve) => setTimeout(resolve, 10));
        return `token-${calls.length}`;
      },
    });
    const tokens = await Promise.all([auth.getToken(), auth.getToken(), auth.getToken()]);
    expect(tokens).to.deep.equal(['token-1', 'token-1', 'token-1']);
    expect(await auth.getToken()).to.equal('token-1');
    const refreshed = await Promise.all([
      auth.getToken({ refresh: true }),
      auth.getToken({ refresh: true }),
    ]);
    expect(refreshed).to.deep.equal(['token-2', 'token-2']);
    expect(calls).to.deep.equal([
      { portalId: 'p1', refresh: false },
      { portalId: 'p1', refresh: true },
    ]);
  });

  it('tells subscribers about portal switches and sign-out, and nothing else', async () => {
    const auth = tokenAuth({ portalId: 'p1', getToken: () => 't' });
    const states: AuthState[] = [];
    const unsubscribe = auth.subscribe((state) => states.push(state));
    auth.setPortal('p1');
    auth.setPortal('p2');
    auth.setPortal(null);
    auth.signOut();
    unsubscribe();
    auth.setPortal('p3');
    expect(states).to.deep.equal([
      { status: 'active', portalId: 'p2' },
      { status: 'no-portal' },
      { status: 'signed-out' },
    ]);
  });

  it('fetches a new token after a portal switch', async () => {
    const auth = tokenAuth({ portalId: 'p1', getToken: ({ portalId }) => `token-for-${portalId}` });
    expect(await auth.getToken()).to.equal('token-for-p1');
    await auth.selectPortal('p2');
    expect(await auth.getToken()).to.equal('token-for-p2');
  });

  it('refuses a token with no active portal, or an empty one from the host', async () => {
    const none = tokenAuth({ getToken: () => 't' });
    expect(none.state).to.deep.equal({ status: 'no-portal' });
    await none.getToken().then(
      () => expect.fail(),
      (error: Error) => expect(error.message).to.equal('No active portal'),
    );
    const empty = tokenAuth({ portalId: 'p', getToken: () => '' });
    await empty.getToken().then(
      () => expect.fail(),
      (error: Error) => expect(error.message).to.match(/no token/),
    );
  });

  it('lists the portals the host gives, as a list or a function', async () => {
    const portals = [{ id: 'a', name: 'A' }];
    expect(await tokenAuth({ getToken: () => 't', portals }).listPortals()).to.deep.equal(portals);
    expect(
      await tokenAuth({ getToken: () => 't', portals: async () => portals }).listPortals(),
    ).to.deep.equal(portals);
    expect(await tokenAuth({ getToken: () => 't' }).listPortals()).to.deep.equal([]);
  });
});

describe('singleFlightToken', () => {
  const jwt = (exp: number) => `h.${btoa(JSON.stringify({ exp })).replace(/=+$/, '')}.s`;

  it('fetches again when a cached JWT is about to expire, by the clock it is given', async () => {
    let n = 0;
    const now = TEST_NOW.getTime();
    const soon = now / 1000 + 5;
    const later = now / 1000 + 3600;
    const tokens = singleFlightToken(async () => (++n === 1 ? jwt(soon) : jwt(later)));
    await tokens.get('p', { now });
    await tokens.get('p', { now });
    expect(n).to.equal(2);
    await tokens.get('p', { now });
    expect(n).to.equal(2);
    // An hour on, the second token is near its end too.
    await tokens.get('p', { now: now + 3_595_000 });
    expect(n).to.equal(3);
  });

  it('judges expiry by the portal clock the runtime passes on', async () => {
    await mockApi();
    const auth = mockAuth({ person: 'ava' });
    const asked: (number | undefined)[] = [];
    const getToken = auth.getToken.bind(auth);
    auth.getToken = (options) => {
      asked.push(options?.now);
      return getToken(options);
    };
    const portal = await fixture<LdPortal>(
      html`<ld-portal api-base="/api"><ld-caps-meter></ld-caps-meter></ld-portal>`,
    );
    portal.runtime.configure(FAST);
    portal.auth = auth;
    await untilText(portal.querySelector('ld-caps-meter')!, '412 of 500 used');
    expect(asked.length).to.be.greaterThan(0);
    expect(asked.every((now) => now === TEST_NOW.getTime())).to.equal(true);
  });

  it('does not reuse a failed fetch', async () => {
    let n = 0;
    const tokens = singleFlightToken(async () => {
      if (++n === 1) throw new Error('down');
      return 'ok';
    });
    await tokens.get('p').catch(() => undefined);
    expect(await tokens.get('p')).to.equal('ok');
  });
});

describe('clerkAuth', () => {
  it('follows the active organization, its switches and sign-out', async () => {
    const clerk = new FakeClerk();
    const auth = clerkAuth({ clerk });
    const states: AuthState[] = [];
    auth.subscribe((state) => states.push(state));
    await Promise.resolve();
    expect(auth.state).to.deep.equal({ status: 'signed-out' });
    clerk.signIn('ava', null);
    expect(auth.state).to.deep.equal({ status: 'no-portal' });
    clerk.signIn('ava', 'org_northwind_acme');
    await clerk.setActive({ organization: 'org_northwind_bright' });
    clerk.signOut();
    expect(states).to.deep.equal([
      { status: 'signed-out' },
      { status: 'no-portal' },
      { status: 'active', portalId: 'org_northwind_acme', subject: 'sess_ava' },
      { status: 'active', portalId: 'org_northwind_bright', subject: 'sess_ava' },
      { status: 'signed-out' },
    ]);
  });

  it('uses the active organization’s session token, skipping the cache to refresh', async () => {
    const clerk = new FakeClerk();
    clerk.signIn('ava', 'org_northwind_acme');
    const auth = clerkAuth({ clerk, template: 'portal' });
    expect(await auth.getToken()).to.match(/^mock\.ava\.org_northwind_acme\./);
    await auth.getToken({ refresh: true });
    expect(clerk.tokenCalls).to.deep.equal([
      { organizationId: 'org_northwind_acme', skipCache: false, template: 'portal' },
      { organizationId: 'org_northwind_acme', skipCache: true, template: 'portal' },
    ]);
  });

  it('treats another person in the same organization as a new scope, with a new token', async () => {
    const clerk = new FakeClerk();
    clerk.signIn('ava', 'org_northwind_acme');
    const auth = clerkAuth({ clerk });
    const states: AuthState[] = [];
    auth.subscribe((state) => states.push(state));
    await Promise.resolve();
    expect(await auth.getToken()).to.match(/^mock\.ava\./);
    clerk.signIn('ben', 'org_northwind_acme');
    expect(await auth.getToken()).to.match(/^mock\.ben\./);
    expect(states.at(-1)).to.deep.equal({
      status: 'active',
      portalId: 'org_northwind_acme',
      subject: 'sess_ben',
    });
  });

  it('lists the person’s organizations and activates the chosen one', async () => {
    const clerk = new FakeClerk();
    clerk.signIn('ava', null);
    const auth = clerkAuth({ clerk });
    expect(await auth.listPortals()).to.deep.equal([
      { id: 'org_northwind_acme', name: 'Northwind Leads' },
      { id: 'org_northwind_bright', name: 'Northwind Leads (UK)' },
    ]);
    await auth.selectPortal('org_northwind_bright');
    expect(auth.state).to.deep.equal({
      status: 'active',
      portalId: 'org_northwind_bright',
      subject: 'sess_ava',
    });
  });

  it('opens Clerk’s own sign-in when the person asks to sign in again', async () => {
    const clerk = new FakeClerk();
    const auth = clerkAuth({ clerk });
    await auth.signIn!();
    expect(clerk.signInsOpened).to.equal(1);
  });

  it('refuses a token when signed out', async () => {
    const auth = clerkAuth({ clerk: new FakeClerk() });
    await auth.getToken().then(
      () => expect.fail(),
      (error: Error) => expect(error.message).to.match(/Not signed in/),
    );
  });

  it('loads its own Clerk lazily, with telemetry off', async () => {
    const loads: unknown[] = [];
    const clerk = new FakeClerk();
    let constructed = 0;
    const auth = clerkAuth({
      publishableKey: 'pk_test_x',
      loadClerk: async () => ({
        Clerk: class {
          constructor(key: string) {
            constructed++;
            expect(key).to.equal('pk_test_x');
            return Object.assign(clerk, {
              load: async (options: unknown) => {
                loads.push(options);
                clerk.signIn('ava', 'org_northwind_acme');
              },
            });
          }
        } as never,
      }),
    });
    expect(constructed).to.equal(0);
    expect(auth.state).to.deep.equal({ status: 'loading' });
    auth.subscribe(() => undefined);
    expect(await auth.getToken()).to.match(/^mock\.ava\./);
    expect(constructed).to.equal(1);
    expect(loads).to.deep.equal([{ telemetry: false }]);
    expect(auth.state).to.deep.equal({
      status: 'active',
      portalId: 'org_northwind_acme',
      subject: 'sess_ava',
    });
  });

  it('signs out when Clerk fails to load', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    const auth = clerkAuth({
      publishableKey: 'pk',
      loadClerk: () => Promise.reject(new Error('offline')),
    });
    const states: AuthState[] = [];
    auth.subscribe((state) => states.push(state));
    await new Promise((resolve) => setTimeout(resolve, 0));
    console.error = original;
    expect(states).to.deep.equal([{ status: 'signed-out' }]);
    expect(errors).to.have.length(1);
  });

  it('needs an instance or a publishable key', () => {
    expect(() => clerkAuth({})).to.throw(TypeError);
  });

  it('drives the widgets against the portal API, switches included', async () => {
    await mockApi();
    const clerk = new FakeClerk();
    clerk.signIn('ava', 'org_northwind_acme');
    const portal = await fixture<LdPortal>(
      html`<ld-portal api-base="/api"><ld-caps-meter></ld-caps-meter></ld-portal>`,
    );
    portal.runtime.configure(FAST);
    portal.auth = clerkAuth({ clerk });
    const widget = portal.querySelector<LdCapsMeter>('ld-caps-meter')!;
    await untilText(widget, '412 of 500 used');
    await clerk.setActive({ organization: 'org_northwind_bright' });
    await untilText(widget, '£2,100.00 of £5,000.00 used');
    clerk.signOut();
    await untilText(widget, 'Sign in to see your supplier portal.');
  });
});
