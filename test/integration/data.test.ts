import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { customElement } from 'lit/decorators.js';
import '../../components/caps-meter/define.js';
import type { LdCapsMeter } from '../../components/caps-meter/caps-meter.js';
import { LdPortal } from '../../components/portal/portal.js';
import { portalResource } from '../../src/api/resources.js';
import { LdElement } from '../../src/element.js';
import { LocalizeController } from '../../src/localize/localize.js';
import { commonStrings } from '../../src/localize/strings.js';
import { mockAuth } from '../../src/mocks/auth.js';
import type { MockApi } from '../../src/mocks/api.js';
import { configure, PortalRuntime } from '../../src/portal/runtime.js';
import { renderDataState } from '../../src/ui/states.js';
import { FAST, inPortal, mockApi, shadow, untilText, visibleText } from '../support/fixtures.js';
import { DataController } from '../../src/controllers/data.js';
import type { CacheKey } from '../../src/api/keys.js';
import { CapsMeterHarness } from '../../components/caps-meter/harness.js';
import { ApiError } from '../../src/api/errors.js';

/** A second kind of widget: it needs only the portal record. */
@customElement('test-supplier-name')
class TestSupplierName extends LdElement {
  protected readonly localize = new LocalizeController(this, {
    defaults: commonStrings,
    portal: this.portalText,
  });
  readonly data = new DataController(this, this.link, { resource: portalResource });
  protected override render() {
    return this.frame(
      renderDataState(this.data, this.localize, (portal) => html`<p>${portal.supplierName}</p>`),
    );
  }
}

const count = (mock: MockApi, path: string) =>
  mock.requests.filter((request) => request.path === path).length;

/** Records every text a widget ever rendered, to prove something never appeared. */
function recordTexts(element: Element): string[] {
  const seen: string[] = [];
  const observer = new MutationObserver(() => seen.push(visibleText(element)));
  observer.observe(shadow(element), {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  });
  return seen;
}

describe('DataController', () => {
  let mock: MockApi;
  beforeEach(async () => {
    mock = await mockApi();
  });

  it('makes one request per resource, however many widgets need it', async () => {
    const { portal } = await inPortal(
      html`<ld-portal>
        <ld-caps-meter></ld-caps-meter>
        <ld-caps-meter periods="daily"></ld-caps-meter>
        <test-supplier-name></test-supplier-name>
      </ld-portal>`,
    );
    const [first, second, name] = [...portal.children] as [
      LdCapsMeter,
      LdCapsMeter,
      TestSupplierName,
    ];
    await untilText(first, '412 of 500 used');
    await untilText(second, '412 of 500 used');
    await untilText(name, 'Northwind Leads');
    expect(count(mock, '/v1/portal')).to.equal(1);
    expect(count(mock, '/v1/caps')).to.equal(1);
  });

  it('never renders a late response for a portal switched away from', async () => {
    mock.control.delays['/v1/caps'] = 300;
    const { widget, auth } = await inPortal<LdCapsMeter>(
      html`<ld-portal><ld-caps-meter></ld-caps-meter></ld-portal>`,
    );
    const seen = recordTexts(widget);
    await waitUntil(() => count(mock, '/v1/caps') === 1);
    auth.setPortal('org_northwind_bright');
    await untilText(widget, '£2,100.00 of £5,000.00 used');
    await aTimeout(400);
    expect(seen.join('\n')).not.to.include('412 of 500');
    expect(visibleText(widget)).not.to.include('412 of 500');
  });

  it('refuses a late result that ignored its abort signal, once the portal changed', async () => {
    const auth = mockAuth();
    const runtime = new PortalRuntime({ apiBase: '/api', auth, ...FAST });
    const release = runtime.retain();
    const slow = 'slow' as CacheKey<string>;
    const late = runtime.load(slow, async () => {
      await aTimeout(100);
      return 'old portal data';
    });
    await aTimeout(20);
    auth.setPortal('org_northwind_bright');
    const outcome = await late.then(String, (error: DOMException) => error.name);
    release();
    expect(outcome).to.equal('AbortError');
    expect(runtime.cache.get(slow)).to.equal(undefined);
  });

  it('drops a late failure too once the portal changed: it belongs to the old portal', async () => {
    const auth = mockAuth();
    const runtime = new PortalRuntime({ apiBase: '/api', auth, ...FAST });
    const release = runtime.retain();
    await runtime.portal();
    const late = runtime.load('failing' as CacheKey<string>, async () => {
      await aTimeout(100);
      throw new ApiError('wrong-portal', { code: 'portal_mismatch' });
    });
    await aTimeout(20);
    auth.setPortal('org_northwind_bright');
    const outcome = await late.then(String, (error: Error) => error.name);
    release();
    expect(outcome).to.equal('AbortError');
  });

  it('drops a write’s result when the portal changes before it returns', async () => {
    mock.control.delays['/v1/caps'] = 200;
    const { widget, auth } = await inPortal<LdCapsMeter>(
      html`<ld-portal><ld-caps-meter></ld-caps-meter></ld-portal>`,
    );
    await untilText(widget, '412 of 500 used');
    const changes: Event[] = [];
    widget.addEventListener('ld-cap-change', (event) => changes.push(event));
    const input = await new CapsMeterHarness(widget).openEditor('Daily leads');
    input.value = '600';
    input.dispatchEvent(new Event('input'));
    shadow(widget).querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    await aTimeout(20);
    auth.setPortal('org_northwind_bright');
    await untilText(widget, '£2,100.00 of £5,000.00 used');
    await aTimeout(300);
    expect(changes).to.have.length(0);
    expect(visibleText(widget)).not.to.include('of 600 used');
  });

  it('clears the old portal’s data at once on a switch', async () => {
    const { widget, auth } = await inPortal<LdCapsMeter>(
      html`<ld-portal><ld-caps-meter></ld-caps-meter></ld-portal>`,
    );
    await untilText(widget, '412 of 500 used');
    mock.control.latency = 200;
    auth.setPortal('org_northwind_bright');
    await widget.updateComplete;
    expect(visibleText(widget)).not.to.include('412 of 500');
    expect(visibleText(widget)).to.include('Loading…');
    await untilText(widget, '£2,100.00 of £5,000.00 used');
  });

  it('aborts its requests on disconnect, unless another widget still waits', async () => {
    const signals: AbortSignal[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      if (input instanceof Request && input.url.includes('/v1/caps')) signals.push(input.signal);
      return realFetch(input, init);
    };
    try {
      mock.control.delays['/v1/caps'] = 300;
      const { portal } = await inPortal(
        html`<ld-portal><ld-caps-meter></ld-caps-meter><ld-caps-meter></ld-caps-meter></ld-portal>`,
      );
      await waitUntil(() => signals.length === 1);
      portal.children[0]!.remove();
      expect(signals[0]!.aborted).to.equal(false);
      portal.children[0]!.remove();
      expect(signals[0]!.aborted).to.equal(true);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('renders again from the cache when reconnected, with no new request', async () => {
    const { portal, widget } = await inPortal<LdCapsMeter>(
      html`<ld-portal><ld-caps-meter></ld-caps-meter></ld-portal>`,
    );
    await untilText(widget, '412 of 500 used');
    widget.remove();
    widget.remove();
    portal.append(widget);
    portal.append(widget);
    await untilText(widget, '412 of 500 used');
    expect(count(mock, '/v1/caps')).to.equal(1);
  });

  it('tells the host once when the session has ended', async () => {
    mock.control.faults.push({ status: 401 });
    const events: Event[] = [];
    const listener = (event: Event) => events.push(event);
    document.addEventListener('ld-auth-expired', listener);
    const { portal } = await inPortal(
      html`<ld-portal
        ><ld-caps-meter></ld-caps-meter><test-supplier-name></test-supplier-name
      ></ld-portal>`,
    );
    // Said once, by the portal, above both; each widget points to it.
    await untilText(portal.children[0]!, 'Not loaded: see the message above.');
    await untilText(portal.children[1]!, 'Not loaded: see the message above.');
    expect(visibleText(portal.shadowRoot!.querySelector('[part="fault"]')!)).to.include(
      'Your session has ended.',
    );
    document.removeEventListener('ld-auth-expired', listener);
    expect(events).to.have.length(1);
    expect((events[0] as CustomEvent).detail).to.deep.equal({
      portalId: 'org_northwind_acme',
      requested: false,
    });
  });

  it('drops the cache when the portal switched while no widget was connected', async () => {
    const { portal, widget, auth } = await inPortal<LdCapsMeter>(
      html`<ld-portal><ld-caps-meter></ld-caps-meter></ld-portal>`,
    );
    await untilText(widget, '412 of 500 used');
    widget.remove();
    auth.setPortal('org_northwind_bright');
    const seen = recordTexts(widget);
    portal.append(widget);
    await untilText(widget, '£2,100.00 of £5,000.00 used');
    expect(seen.join('\n')).not.to.include('412 of 500');
  });

  it('tells the host again when the session ends again after recovering', async () => {
    const events: Event[] = [];
    const listener = (event: Event) => events.push(event);
    document.addEventListener('ld-auth-expired', listener);
    mock.control.faults.push({ path: '/v1/caps', status: 401, times: 2 });
    const { widget } = await inPortal<LdCapsMeter>(
      html`<ld-portal><ld-caps-meter></ld-caps-meter></ld-portal>`,
    );
    await untilText(widget, 'Your session has ended.');
    // What a session that ended offers is to sign in again, not to try the same again.
    expect(shadow(widget).querySelector('[part="retry"]')).to.equal(null);
    expect(shadow(widget).querySelector('[part="sign-in"]')).not.to.equal(null);
    widget.refresh();
    await untilText(widget, '412 of 500 used');
    mock.control.faults.push({ path: '/v1/caps', status: 401, times: 2 });
    widget.refresh();
    await waitUntil(() => events.length === 2, 'no second ld-auth-expired');
    document.removeEventListener('ld-auth-expired', listener);
  });

  it('refuses a portal record that is not the portal asked for', async () => {
    mock.db.portal('org_northwind_acme')!.seed.portalId = 'org_someone_else';
    const { widget } = await inPortal<LdCapsMeter>(
      html`<ld-portal><ld-caps-meter></ld-caps-meter></ld-portal>`,
    );
    await untilText(widget, 'Error code: portal_mismatch');
    expect(visibleText(widget)).not.to.include('412');
  });

  it('keeps showing data when a quiet refresh fails', async () => {
    const { widget } = await inPortal<LdCapsMeter>(
      html`<ld-portal><ld-caps-meter></ld-caps-meter></ld-portal>`,
    );
    await untilText(widget, '412 of 500 used');
    mock.control.faults.push({ path: '/v1/caps', status: 500 });
    widget.refresh();
    await waitUntil(() => count(mock, '/v1/caps') === 2);
    await aTimeout(50);
    expect(visibleText(widget)).to.include('412 of 500 used');
  });
});

describe('portal configuration', () => {
  let mock: MockApi;
  beforeEach(async () => {
    mock = await mockApi();
  });
  afterEach(() => configure({ auth: null, apiBase: '/' }));

  it('serves widgets outside any ld-portal from configure()', async () => {
    configure({ apiBase: '/api', auth: mockAuth({ person: 'ben' }), ...FAST });
    const widget = await fixture<LdCapsMeter>(html`<ld-caps-meter></ld-caps-meter>`);
    await untilText(widget, '120 of 1,000 used');
  });

  it('says so when a widget has no portal at all', async () => {
    configure({ auth: null });
    const widget = await fixture<LdCapsMeter>(html`<ld-caps-meter></ld-caps-meter>`);
    await untilText(widget, 'This widget is not connected to a portal.');
    await expect(widget).to.be.accessible();
    expect(mock.requests).to.have.length(0);
  });

  it('joins an ld-portal that is defined after it', async () => {
    const host = await fixture<HTMLElement>(
      html`<late-portal><ld-caps-meter></ld-caps-meter></late-portal>`,
    );
    const widget = host.querySelector('ld-caps-meter')!;
    await untilText(widget, 'not connected to a portal');
    Object.assign(host, { apiBase: '/api', auth: mockAuth({ person: 'ben' }) });
    customElements.define('late-portal', class extends LdPortal {});
    await untilText(widget, '120 of 1,000 used');
  });

  it('leaves its portal when moved out of it', async () => {
    configure({ apiBase: '/api', auth: mockAuth({ person: 'ben' }), ...FAST });
    const { portal, widget } = await inPortal<LdCapsMeter>(
      html`<ld-portal><ld-caps-meter></ld-caps-meter></ld-portal>`,
    );
    await untilText(widget, '412 of 500 used');
    portal.after(widget);
    await untilText(widget, '120 of 1,000 used');
    widget.remove();
  });

  it('applies portal-id once the host-driven auth arrives, and leaves Clerk-like auth alone', async () => {
    const portal = await fixture<LdPortal>(
      html`<ld-portal api-base="/api" portal-id="org_northwind_bright"
        ><ld-caps-meter></ld-caps-meter
      ></ld-portal>`,
    );
    portal.runtime.configure(FAST);
    const auth = mockAuth({ person: 'ava' });
    portal.auth = auth;
    await untilText(portal.querySelector('ld-caps-meter')!, '£2,100.00 of £5,000.00 used');
    expect(auth.state).to.deep.equal({ status: 'active', portalId: 'org_northwind_bright' });
    const { setPortal: _ignored, ...clerkLike } = mockAuth({ person: 'ava' });
    void _ignored;
    portal.auth = {
      ...clerkLike,
      get state() {
        return clerkLike.state;
      },
    };
    portal.portalId = 'org_summit_acme';
    await portal.updateComplete;
    expect(portal.auth.state).to.deep.equal({ status: 'active', portalId: 'org_northwind_acme' });
  });

  it('switches portals through the portal-id attribute', async () => {
    const { portal, widget } = await inPortal<LdCapsMeter>(
      html`<ld-portal><ld-caps-meter></ld-caps-meter></ld-portal>`,
    );
    await untilText(widget, '412 of 500 used');
    portal.setAttribute('portal-id', 'org_northwind_bright');
    await untilText(widget, '£2,100.00 of £5,000.00 used');
  });

  it('keeps the cache when only the locale or theme change', async () => {
    const { portal, widget } = await inPortal<LdCapsMeter>(
      html`<ld-portal><ld-caps-meter></ld-caps-meter></ld-portal>`,
    );
    await untilText(widget, '412 of 500 used');
    portal.locale = 'de-DE';
    portal.theme = 'dark';
    await portal.updateComplete;
    await untilText(widget, '2.790 of 3.000 used');
    expect(count(mock, '/v1/caps')).to.equal(1);
  });

  it('drops the cache when the API base changes', async () => {
    const { portal, widget } = await inPortal<LdCapsMeter>(
      html`<ld-portal><ld-caps-meter></ld-caps-meter></ld-portal>`,
    );
    await untilText(widget, '412 of 500 used');
    portal.apiBase = '/other-api';
    await portal.updateComplete;
    await untilText(widget, '412 of 500 used');
    expect(mock.requests.map((request) => request.path)).to.deep.equal([
      '/v1/portal',
      '/v1/caps',
      '/v1/portal',
      '/v1/caps',
    ]);
  });
});

void TestSupplierName;
