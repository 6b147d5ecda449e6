import { expect, html, oneEvent } from '@open-wc/testing';
import '../../entries/index.js';
import type { MockApi } from '../../src/mocks/api.js';
import type { AuthExpiredDetail } from '../../src/events.js';
import { inPortal, mockApi, shadow, testClock, visibleText } from '../support/fixtures.js';
import { waitUntil } from '../support/wait.js';
import type { LdPortal } from '../../components/portal/portal.js';

const TAGS = ['ld-caps-meter', 'ld-payout-summary', 'ld-pause-toggle'] as const;

async function portal(options: Parameters<typeof inPortal>[1] = {}) {
  const mounted = await inPortal<HTMLElement>(
    html`<ld-portal
      ><ld-caps-meter></ld-caps-meter><ld-payout-summary></ld-payout-summary
      ><ld-pause-toggle></ld-pause-toggle
    ></ld-portal>`,
    options,
  );
  const widgets = TAGS.map((tag) => mounted.portal.querySelector(tag)!);
  return { ...mounted, widgets };
}

const states = (widgets: Element[]) =>
  widgets.map((widget) =>
    ['ready', 'error', 'forbidden'].find((s) => widget.matches(`:state(${s})`)),
  );
const banner = (element: LdPortal) => shadow(element).querySelector<HTMLElement>('[part="fault"]');

describe('faults the widgets share', () => {
  let mock: MockApi;
  beforeEach(async () => {
    mock = await mockApi();
  });

  it('shows one message above the widgets, with one retry for all, and each widget points to it', async () => {
    mock.control.faults = [{ status: 500 }];
    const { portal: element, widgets } = await portal();
    await waitUntil(() => states(widgets).every((state) => state === 'error'), 'no errors');
    await waitUntil(() => banner(element), 'no message from the portal');
    expect(visibleText(banner(element)!)).to.include('The portal service is having trouble.');
    expect(banner(element)!.querySelectorAll('button')).to.have.length(1);
    for (const widget of widgets) {
      expect(visibleText(widget)).to.include('Not loaded: see the message above.');
      expect(shadow(widget).querySelector('[part="retry"]'), widget.localName).to.equal(null);
    }
    // Before the widgets in the page, once.
    expect(
      element.shadowRoot!.firstElementChild === banner(element) ||
        banner(element)!.nextElementSibling?.localName === 'slot',
    ).to.equal(true);
    await expect(element).to.be.accessible();
    mock.control.faults = [];
    banner(element)!.querySelector('button')!.click();
    await waitUntil(() => states(widgets).every((state) => state === 'ready'), 'not all ready');
    await waitUntil(() => !banner(element), 'the message stayed');
  });

  it('leaves a fault of one widget to that widget, with its own retry', async () => {
    mock.control.faults = [{ path: '/v1/payouts', status: 500 }];
    const { portal: element, widgets } = await portal();
    await waitUntil(() => states(widgets).join() === 'ready,error,ready', states(widgets).join());
    expect(banner(element)).to.equal(null);
    expect(shadow(widgets[1]!).querySelector('[part="retry"]')).not.to.equal(null);
  });

  it('tries again by itself after the wait a 429 asked for', async () => {
    // Longer than the client waits out unseen (maxRetryAfter): the widget shows it.
    mock.control.faults = [{ path: '/v1/payouts', status: 429, retryAfter: 30 }];
    const { widgets } = await portal();
    const earnings = widgets[1]!;
    await waitUntil(() => earnings.matches(':state(error)'), 'no error');
    expect(visibleText(earnings)).to.include(
      'asked to wait 30 seconds. This tries again by itself',
    );
    const asked = mock.requests.filter((request) => request.path.startsWith('/v1/payouts')).length;
    mock.control.faults = [];
    testClock.advance(29_000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(earnings.matches(':state(error)')).to.equal(true);
    testClock.advance(1_000);
    await waitUntil(() => earnings.matches(':state(ready)'), 'did not retry after the wait');
    expect(
      mock.requests.filter((request) => request.path.startsWith('/v1/payouts')).length,
    ).to.equal(asked + 1);
  });

  it('tries again by itself when the connection comes back', async () => {
    mock.control.faults = [{ status: 0 }];
    const { portal: element, widgets } = await portal();
    await waitUntil(() => states(widgets).every((state) => state === 'error'), 'no errors');
    await waitUntil(() => banner(element));
    expect(visibleText(banner(element)!)).to.include('when the connection is back');
    mock.control.faults = [];
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => states(widgets).every((state) => state === 'ready'), 'not back');
  });

  it('offers the host’s sign-in after a 401, through a cancelable ld-auth-expired', async () => {
    mock.control.faults = [{ status: 401, code: 'session_ended' }];
    const { portal: element, widgets, auth } = await portal();
    await waitUntil(() => states(widgets).every((state) => state === 'error'), 'no errors');
    await waitUntil(() => banner(element));
    const button = banner(element)!.querySelector<HTMLButtonElement>('[part="sign-in"]')!;
    expect(button.textContent!.trim()).to.equal('Sign in again');
    expect(banner(element)!.querySelector('[part="retry"]')).to.equal(null);
    let opened = 0;
    Object.assign(auth, { signIn: () => void (opened += 1) });
    const event = oneEvent(element, 'ld-auth-expired');
    button.click();
    const { detail, cancelable } = (await event) as CustomEvent<AuthExpiredDetail>;
    expect(detail).to.deep.equal({ portalId: 'org_northwind_acme', requested: true });
    expect(cancelable).to.equal(true);
    expect(opened).to.equal(1);
    // A host that shows its own sign-in cancels the event; the provider's is not opened.
    element.addEventListener('ld-auth-expired', (e) => e.preventDefault(), { once: true });
    button.click();
    expect(opened).to.equal(1);
    await expect(element).to.be.accessible();
  });

  it('offers no retry for a 403: asking for access is what helps', async () => {
    mock.control.faults = [{ path: '/v1/payouts', status: 403 }];
    const { widgets } = await portal();
    await waitUntil(() => widgets[1]!.matches(':state(forbidden)'), 'not forbidden');
    expect(visibleText(widgets[1]!)).to.include('Ask your agency for access');
    expect(shadow(widgets[1]!).querySelector('.state button')).to.equal(null);
    await expect(widgets[1]!).to.be.accessible();
  });
});
