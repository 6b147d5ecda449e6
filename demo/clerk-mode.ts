import { html, render } from 'lit';
import { clerkAuth } from '../src/auth/clerk-auth.js';

/**
 * The demo against a real Clerk instance and portal API: Clerk's own sign-in, then the
 * active organization's supplier portal, switched with Clerk's organization switcher.
 * Loaded only in this mode, so the mock page never downloads Clerk.
 */
export async function startClerkMode(root: HTMLElement, publishableKey: string, apiBase: string) {
  const { Clerk } = await import('@clerk/clerk-js');
  const clerk = new Clerk(publishableKey);
  await clerk.load({ telemetry: false });
  const auth = clerkAuth({ clerk });
  const draw = () => {
    render(
      html`<header class="bar">
          <h1>Supplier Portal <span class="tag">demo · Clerk</span></h1>
          <div class="who">
            <div id="org"></div>
            <div id="user"></div>
          </div>
        </header>
        ${
          clerk.user
            ? html`<main>
                <ld-portal api-base=${apiBase} .auth=${auth} class="widgets">
                  <ld-pause-toggle></ld-pause-toggle>
                  <ld-caps-meter></ld-caps-meter>
                  <ld-payout-summary></ld-payout-summary>
                  <ld-ingestion-log class="wide"></ld-ingestion-log>
                  <ld-api-spec class="wide"></ld-api-spec>
                </ld-portal>
              </main>`
            : html`<main class="sign-in"><div id="sign-in"></div></main>`
        }`,
      root,
    );
    const slot = (id: string) => root.querySelector<HTMLDivElement>(`#${id}`);
    try {
      if (clerk.user) {
        clerk.mountOrganizationSwitcher(slot('org')!, { hidePersonal: true });
        clerk.mountUserButton(slot('user')!);
      } else {
        clerk.mountSignIn(slot('sign-in')!);
      }
    } catch (error) {
      // Clerk's components load from its servers; without them, say so rather than show nothing.
      const message = `Clerk's sign-in could not be loaded (${error instanceof Error ? error.message : String(error)}). Check the publishable key and the network, or open the demo without ?clerk= for the mock API.`;
      render(html`<p role="alert">${message}</p>`, slot('sign-in') ?? root);
    }
  };
  let signedIn = !!clerk.user;
  clerk.addListener(({ user }) => {
    if (!!user === signedIn) return;
    signedIn = !!user;
    draw();
  });
  draw();
}
