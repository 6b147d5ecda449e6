import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/support/wait.js';
import '../entries/index.js';
import type { MockApi } from '../src/mocks/api.js';
import { everything, mockApi, shadow, visibleText } from '../test/support/fixtures.js';
import { DemoApp, readState, writeState, type DemoState } from './app.js';
import type { LdPauseToggle } from '../components/pause-toggle/pause-toggle.js';
import { DATA_WIDGET_TAGS } from '../entries/tags.js';

const WIDGETS = DATA_WIDGET_TAGS;

let root: HTMLElement;
let address = '';

function open(search: string): DemoApp {
  root?.remove();
  root = document.createElement('div');
  document.body.append(root);
  return new DemoApp(root, mockApiInstance, readState(search), (state: DemoState) => {
    address = writeState(state);
  });
}

let mockApiInstance: MockApi;
const widget = (name: string) => root.querySelector<HTMLElement>(name)!;
/** Every widget shows data: its own content, no skeleton. */
const loaded = () =>
  WIDGETS.every((name) => {
    const shadowRoot = root.querySelector(name)?.shadowRoot;
    return !!shadowRoot?.querySelector('[part="base"]') && !shadowRoot.querySelector('.skeleton');
  });

describe('demo page', () => {
  beforeEach(async () => {
    mockApiInstance = await mockApi();
    address = '';
  });
  afterEach(() => root?.remove());

  it('loads the portal view with one request per resource, in two round trips', async () => {
    open('');
    await waitUntil(loaded, 'the widgets did not load', { timeout: 5000 });
    const paths = mockApiInstance.requests.map((request) => request.path.split('?')[0]);
    // /v1/portal first: every other request waits for it, then they go in parallel.
    expect(paths[0]).to.equal('/v1/portal');
    const counts = Object.fromEntries(
      paths.map((path) => [path, paths.filter((p) => p === path).length]),
    );
    expect(counts).to.deep.equal({
      '/v1/portal': 1,
      '/v1/caps': 1,
      '/v1/payouts': 1,
      '/v1/ingestion-stats': 1,
      '/v1/ingestion-logs': 1,
      '/v1/api-spec': 1,
      '/v1/integration': 1,
    });
  });

  it('signs in, switches portals leaving nothing of the first, and reloads to the same view', async () => {
    const app = open('?person=');
    expect(root.querySelector('ld-portal')).to.equal(null);
    // Each person says what they show before anyone picks one.
    expect(visibleText(root.querySelector('[data-person="cleo"]')!)).to.include(
      'A new portal with no leads yet',
    );
    expect(root.querySelectorAll('.people button')).to.have.length(4);
    root.querySelector<HTMLButtonElement>('[data-person="ava"]')!.click();
    await waitUntil(loaded, 'the widgets did not load', { timeout: 5000 });
    expect(address).to.include('person=ava&portal=org_northwind_acme');
    // What the first portal showed: its lead ids, its supplier's name, its earnings.
    const log = widget('ld-ingestion-log');
    await waitUntil(() => shadow(log).querySelector('.body .row'));
    const leadIds = [...shadow(log).querySelectorAll('.body .row .cell:nth-child(2)')].map(
      (cell) => cell.textContent!,
    );
    const earned = shadow(widget('ld-payout-summary')).querySelector(
      '.totals .main dd',
    )!.textContent!;
    expect(leadIds.length).to.be.greaterThan(3);
    app.switchPortal('org_northwind_bright');
    await waitUntil(
      () => loaded() && visibleText(widget('ld-payout-summary')).includes('£'),
      'the second portal did not load',
      { timeout: 5000 },
    );
    const all = WIDGETS.map((name) => everything(widget(name))).join('\n');
    for (const id of leadIds) expect(all.includes(id), `lead ${id} stayed`).to.equal(false);
    expect(all.includes(earned), `amount ${earned} stayed`).to.equal(false);
    expect(all.includes('Northwind Leads · Acme')).to.equal(false);
    expect(address).to.include('portal=org_northwind_bright');

    // A filter goes into the address, and the address reopens the same view.
    const status = shadow(widget('ld-ingestion-log')).querySelectorAll<HTMLSelectElement>(
      'select',
    )[1]!;
    status.value = 'rejected';
    status.dispatchEvent(new Event('change'));
    await waitUntil(() => address.includes('log.status=rejected'));
    open(address);
    await waitUntil(loaded, 'the shared view did not load', { timeout: 5000 });
    expect(root.querySelector<HTMLSelectElement>('#portal')!.value).to.equal(
      'org_northwind_bright',
    );
    expect(widget('ld-ingestion-log').getAttribute('status')).to.equal('rejected');
  });

  it('pauses and resumes with a permitted person, and is read-only for one without', async () => {
    open('?person=ava');
    await waitUntil(loaded, 'the widgets did not load', { timeout: 5000 });
    const toggle = () => widget('ld-pause-toggle') as LdPauseToggle;
    // Through the switch and its confirmation, as a supplier would.
    const flip = async (state: 'paused' | 'active') => {
      shadow(toggle()).querySelector<HTMLElement>('[role="switch"]')!.click();
      await waitUntil(() => shadow(toggle()).querySelector('dialog')?.open);
      shadow(toggle()).querySelector<HTMLButtonElement>('dialog button[value="confirm"]')!.click();
      await waitUntil(
        () => mockApiInstance.db.portal('org_northwind_acme')!.status.state === state,
      );
      // Settled: the switch is shown optimistically, and is busy until the server answers.
      await waitUntil(
        () =>
          toggle().paused === (state === 'paused') &&
          shadow(toggle()).querySelector('[role="switch"]')!.getAttribute('aria-disabled') ===
            'false',
      );
    };
    await flip('paused');
    await flip('active');
    open('?person=dev');
    await waitUntil(loaded, 'the widgets did not load', { timeout: 5000 });
    const sw = shadow(toggle()).querySelector('[role="switch"]')!;
    expect(sw.getAttribute('aria-disabled')).to.equal('true');
    expect(visibleText(toggle())).to.include('Only people with the pause permission');
  });

  it('simulates a fault and shows each widget’s state live', async () => {
    open('?person=ava');
    await waitUntil(loaded, 'the widgets did not load', { timeout: 5000 });
    const states = () =>
      [...root.querySelectorAll('.states dd')].map((dd) => dd.textContent).join(' ');
    await waitUntil(() => states() === Array(WIDGETS.length).fill('ready').join(' '));
    const fault = root.querySelector<HTMLSelectElement>('.simulate select')!;
    expect([...fault.options].map((option) => option.textContent)).to.deep.equal([
      'none',
      'offline',
      '401',
      '403',
      '409',
      '429',
      '500',
      '503',
    ]);
    fault.value = '500';
    fault.dispatchEvent(new Event('change'));
    await waitUntil(() => states() === Array(WIDGETS.length).fill('error').join(' '), states(), {
      timeout: 5000,
    });
    fault.value = '';
    fault.dispatchEvent(new Event('change'));
    await waitUntil(() => states() === Array(WIDGETS.length).fill('ready').join(' '), states(), {
      timeout: 5000,
    });
  });

  it('says in its header when the session ended, and signs in again from there or from a widget', async () => {
    mockApiInstance.control.faults = [{ status: 401 }];
    open('?person=ava');
    await waitUntil(() => widget('ld-caps-meter')?.matches(':state(error)'), 'no error');
    await waitUntil(
      () =>
        visibleText(root.querySelector('.who')!).includes('The session of Ava Moreno has ended.'),
      'the header still says signed in',
    );
    mockApiInstance.control.faults = [];
    // The widgets' own "Sign in again" asks the page, which signs in afresh.
    const portal = root.querySelector('ld-portal')!;
    await waitUntil(() => portal.shadowRoot!.querySelector('[part="sign-in"]'), 'no sign-in');
    portal.shadowRoot!.querySelector<HTMLButtonElement>('[part="sign-in"]')!.click();
    await waitUntil(loaded, 'the widgets did not load again', { timeout: 5000 });
    expect(visibleText(root.querySelector('.who')!)).to.include('Signed in as Ava Moreno');
  });

  it('gives the whole page the theme, as a host page would', async () => {
    const app = open('?theme=dark');
    await waitUntil(loaded, 'the widgets did not load', { timeout: 5000 });
    expect(document.documentElement.dataset.theme).to.equal('dark');
    expect(app.state.theme).to.equal('dark');
  });

  it('offers every shipped language and speaks the chosen one, page and widgets', async () => {
    open('');
    await waitUntil(loaded, 'the widgets did not load', { timeout: 5000 });
    const picker = [...root.querySelectorAll('select')].find((select) =>
      [...select.options].some((option) => option.value === 'ar-EG'),
    )!;
    expect([...picker.options].map((option) => option.value)).to.deep.equal([
      'en-US',
      'de-DE',
      'fr-FR',
      'es-ES',
      'pt-BR',
      'ar-EG',
    ]);
    picker.value = 'ar-EG';
    picker.dispatchEvent(new Event('change'));
    await waitUntil(
      () => visibleText(widget('ld-caps-meter')).includes('الحدود'),
      visibleText(widget('ld-caps-meter')),
      { timeout: 5000 },
    );
    expect(document.documentElement.dir).to.equal('rtl');
    expect(document.documentElement.lang).to.equal('ar-EG');
    expect(visibleText(root.querySelector('.toolbar')!)).to.include('اللغة');
    expect(address).to.include('locale=ar-EG');
    picker.value = 'en-US';
    picker.dispatchEvent(new Event('change'));
    await waitUntil(() => visibleText(widget('ld-caps-meter')).includes('Caps'), 'English', {
      timeout: 5000,
    });
    expect(document.documentElement.dir).to.equal('ltr');
  });

  it('keeps state in the address and reads it back', () => {
    const state = readState(
      '?person=ben&portal=org_summit_acme&theme=brand&locale=ar-EG&log.preset=today',
    );
    expect(state).to.deep.equal({
      person: 'ben',
      portal: 'org_summit_acme',
      theme: 'brand',
      locale: 'ar-EG',
      log: { preset: 'today' },
    });
    expect(readState(writeState(state))).to.deep.equal(state);
    expect(readState('').person).to.equal('ava');
    expect(readState('?person=').person).to.equal(undefined);
    expect(readState('?theme=neon&locale=xx').theme).to.equal('light');
  });
});
