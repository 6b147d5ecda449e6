import { aTimeout, expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../test/support/wait.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { LdApiSpec } from './api-spec.js';
import type { MockApi } from '../../src/mocks/api.js';
import { apiSpecOf, hostileSpec, HOSTILE_VALUES } from '../../src/mocks/api-spec.js';
import {
  everything,
  inPortal,
  mockApi,
  shadow,
  swappingAuth,
  untilText,
  visibleText,
  testClock,
} from '../../test/support/fixtures.js';
import {
  KEY_PLACEHOLDER,
  REQUEST_LANGUAGES,
  requestSnippet,
  type SnippetValue,
} from './more-snippets.js';
import { ApiSpecHarness } from './harness.js';
import { parts } from './parts.js';
import { failingPart } from '../../test/support/parts.js';

const harness = (el: LdApiSpec) => new ApiSpecHarness(el);

type Options = Parameters<typeof inPortal>[1];

async function spec(options: Options = {}, attributes = '') {
  return inPortal<LdApiSpec>(
    staticHtml`<ld-portal><ld-api-spec ${unsafeStatic(attributes)}></ld-api-spec></ld-portal>`,
    options,
  );
}

async function ready(options: Options = {}, attributes = '') {
  const mounted = await spec(options, attributes);
  await waitUntil(() => harness(mounted.widget).q('.settings'), 'the spec did not render', {
    // The first test of a file also waits for the mock's worker and a cold page.
    timeout: 5000,
  });
  return mounted;
}

const requests = (mock: MockApi, method: string, path: string) =>
  mock.requests.filter((request) => request.method === method && request.path.startsWith(path));

/** The example lead the snippets must send: every field that has an example. */
function exampleBody(fields: ReturnType<typeof apiSpecOf>['fields']) {
  return fields.flatMap((field): [string, SnippetValue][] =>
    field.example === null ? [] : [[field.name, field.example]],
  );
}

describe('ld-api-spec', () => {
  let mock: MockApi;
  beforeEach(async () => {
    mock = await mockApi();
    delete (window as { __ldPwned?: number }).__ldPwned;
  });

  it('shows the endpoint, the auth header with the key masked, limits and the fields, required first', async () => {
    const { widget } = await ready();
    const state = mock.db.portal('org_northwind_acme')!;
    const text = visibleText(widget);
    expect(text).to.include('POST https://acme.leaddistro.ai/api/v1/ingest');
    expect(text).to.include(`x-api-key : ${apiSpecOf(state).maskedKey}`);
    expect(everything(widget)).not.to.include(state.apiKey);
    expect(text).to.include('Rate limit: 600 requests per minute, bursts of up to 50.');
    const names = harness(widget)
      .all('tbody th code')
      .map((cell) => cell.textContent);
    const required = apiSpecOf(state).fields.filter((field) => field.required).length;
    expect(names.slice(0, required)).to.deep.equal(
      apiSpecOf(state)
        .fields.filter((field) => field.required)
        .map((field) => field.name),
    );
    const filter = harness(widget).q<HTMLInputElement>('input[type="search"]')!;
    filter.value = 'NAME';
    filter.dispatchEvent(new Event('input'));
    await widget.updateComplete;
    expect(
      harness(widget)
        .all('tbody th code')
        .map((cell) => cell.textContent),
    ).to.deep.equal(['first_name', 'last_name']);
    filter.value = 'nothing-like-this';
    filter.dispatchEvent(new Event('input'));
    await untilText(widget, 'No field matches “nothing-like-this”.');
    await expect(widget).to.be.accessible();
  });

  it('writes every tab’s snippet for hostile values as text, running nothing', async () => {
    mock.control.hostile = true;
    const { widget } = await ready();
    // The tabs after the first are a lazy part, here once the page is idle.
    await harness(widget).until(() => harness(widget).settled());
    const served = hostileSpec(apiSpecOf(mock.db.portal('org_northwind_acme')!));
    const input = {
      endpoint: served.endpoint,
      authHeader: served.authHeader,
      apiKey: KEY_PLACEHOLDER,
      body: exampleBody(served.fields),
    };
    for (const language of REQUEST_LANGUAGES) {
      const snippet = harness(widget).code('request', language);
      expect(snippet, language).to.equal(requestSnippet(language, input));
      // Before Reveal: an ASCII placeholder that says what to do, never the masked key.
      expect(snippet).to.include('REVEAL-YOUR-API-KEY-ABOVE');
      expect(snippet).not.to.include(served.maskedKey);
    }
    // The field table shows each example as a JSON literal, and markup as text.
    const examples = harness(widget)
      .all('tbody td:last-child code')
      .map((cell) => cell.textContent);
    for (const value of HOSTILE_VALUES) {
      expect(examples.includes(JSON.stringify(value)), `example ${value}`).to.equal(true);
    }
    const description = harness(widget).all('tbody th .muted').at(-1)!.textContent;
    expect(description).to.equal('<script>window.__ldPwned=1</script>');
    expect(harness(widget).q('img, script, b')).to.equal(null);
    await aTimeout(50);
    expect((window as { __ldPwned?: number }).__ldPwned).to.equal(undefined);
    await expect(widget).to.be.accessible();
  });

  for (const width of [390, 1100])
    it(`fits ${width} px: whole field names, Copy beside the code, tab stops only where code scrolls`, async () => {
      const { portal, widget } = await ready();
      portal.style.display = 'block';
      portal.style.inlineSize = `${width}px`;
      await harness(widget).until(() => harness(widget).q('#request-copy'));
      // The resize is seen after layout, in the frame after.
      for (let frame = 0; frame < 2; frame += 1)
        await new Promise((resolve) => requestAnimationFrame(resolve));
      const host = widget.getBoundingClientRect();
      const root = shadow(widget);
      // A field name is one line of code: never broken mid-word to make a column fit.
      for (const name of root.querySelectorAll<HTMLElement>('[part="fields"] th code')) {
        const lines = name.getClientRects().length;
        expect(lines, name.textContent!).to.equal(1);
        expect(name.getBoundingClientRect().right).to.be.at.most(host.right);
      }
      expect(root.querySelector('[part="fields"]')!.getBoundingClientRect().right).to.be.at.most(
        host.right,
      );
      // The Copy button sits beside the tabs, above the code, never over it.
      const copy = root.querySelector('#request-copy')!.getBoundingClientRect();
      const code = root.querySelector('#request-panel-curl pre')!.getBoundingClientRect();
      expect(copy.bottom).to.be.at.most(code.top);
      // Code that scrolls is a tab stop, to scroll it by keys; a short body is not.
      const shown = [...root.querySelectorAll<HTMLElement>('pre')].filter((pre) =>
        pre.checkVisibility(),
      );
      const scrolls = (pre: HTMLElement) =>
        pre.scrollWidth > pre.clientWidth + 1 || pre.scrollHeight > pre.clientHeight + 1;
      for (const pre of shown)
        expect(pre.tabIndex === 0, pre.textContent!.slice(0, 40)).to.equal(scrolls(pre));
      expect(shown.filter(scrolls).length).to.be.below(shown.length);
      if (width === 390)
        expect(scrolls(root.querySelector('#request-panel-curl pre')!)).to.equal(true);
      await expect(widget).to.be.accessible();
    });

  it('shows the first tab at once, and says so in a tab whose snippet does not load', async () => {
    // Offline, or a CSP that blocks the chunk: the import rejects.
    const part = failingPart(parts, 'snippets');
    try {
      const { widget } = await ready();
      expect(harness(widget).code('request', 'curl')).to.include('curl -sS');
      expect(harness(widget).code('verify', 'node')).to.include('timingSafeEqual');
      harness(widget).q<HTMLButtonElement>('#request-tab-python')!.click();
      await harness(widget).until(() => harness(widget).q('#request-panel-python [part="retry"]'));
      const panel = harness(widget).q('#request-panel-python')!;
      expect(visibleText(panel)).to.include('Something went wrong');
      // No Copy for code that is not there.
      expect(harness(widget).q('#request-copy')).to.equal(null);
      await expect(widget).to.be.accessible();
      part.heal();
      panel.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await harness(widget).until(() => harness(widget).q('#request-panel-python code'));
      expect(harness(widget).code('request', 'python')).to.include('import requests');
      expect(harness(widget).code('verify', 'php')).to.include('hash_equals');
    } finally {
      part.restore();
    }
  });

  it('switches snippet tabs with the arrow keys, Home and End', async () => {
    const { widget } = await ready();
    const tabs = () =>
      harness(widget).all('[role="tablist"]')[0]!.querySelectorAll<HTMLElement>('[role="tab"]');
    tabs()[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await widget.updateComplete;
    expect(shadow(widget).activeElement).to.equal(tabs()[1]);
    expect(tabs()[1]!.getAttribute('aria-selected')).to.equal('true');
    expect(harness(widget).q('#request-panel-fetch')!.hidden).to.equal(false);
    expect(harness(widget).q('#request-panel-curl')!.hidden).to.equal(true);
    await sendKeys({ press: 'End' });
    await widget.updateComplete;
    expect(shadow(widget).activeElement!.textContent!.trim()).to.equal('PHP');
    await sendKeys({ press: 'ArrowRight' });
    await widget.updateComplete;
    expect(shadow(widget).activeElement!.textContent!.trim()).to.equal('curl');
    await sendKeys({ press: 'Home' });
    expect(harness(widget).all('[role="tab"][tabindex="0"]')).to.have.length(2);
  });

  it('prints every snippet, without buttons, and never the revealed key', async function () {
    const { widget } = await ready();
    const key = mock.db.portal('org_northwind_acme')!.apiKey;
    harness(widget).button('Reveal key')!.click();
    await untilText(widget, key);
    try {
      await emulateMedia({ media: 'print' });
    } catch (error) {
      // Print emulation needs Chromium's DevTools protocol; Firefox over BiDi has none.
      if (String(error).includes('CDP support is required')) return this.skip();
      throw error;
    }
    try {
      const shown = (element: Element) => getComputedStyle(element).display !== 'none';
      expect(harness(widget).all('[role="tabpanel"]').every(shown)).to.equal(true);
      expect(harness(widget).all('button').some(shown)).to.equal(false);
      expect(shown(harness(widget).q('[part="key"]')!)).to.equal(false);
      expect(shown(harness(widget).q('code.print-only')!)).to.equal(true);
      // And the page about to print masks the key everywhere, snippets included.
      window.dispatchEvent(new Event('beforeprint'));
      await widget.updateComplete;
      expect(everything(widget).includes(key)).to.equal(false);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  describe('copy', () => {
    let copied: string[];
    let restore: () => void;
    beforeEach(() => {
      copied = [];
      const writeText = navigator.clipboard.writeText;
      navigator.clipboard.writeText = async (text: string) => void copied.push(text);
      restore = () => (navigator.clipboard.writeText = writeText);
    });
    afterEach(() => restore());

    it('copies a snippet, says so to screen readers, and tells the host without the text', async () => {
      const { widget } = await ready();
      const event = oneEvent(widget, 'ld-copy');
      harness(widget).q<HTMLButtonElement>('#request-copy')!.click();
      const { detail } = await event;
      expect(detail).to.deep.equal({ what: 'request', language: 'curl' });
      expect(copied).to.deep.equal([harness(widget).code('request', 'curl')]);
      await untilText(widget, 'Copied');
      expect(harness(widget).q('.visually-hidden[role="status"]')!.textContent).to.equal('Copied');
      // Seen beside the button that was pressed, and not read out twice.
      const shown = harness(widget).q('#request-bar .confirmation')!;
      expect(shown.textContent).to.equal('Copied');
      expect(shown.getAttribute('aria-hidden')).to.equal('true');
      expect(shown.checkVisibility()).to.equal(true);
      await expect(widget).to.be.accessible();
      // The same words again are still announced.
      harness(widget).button('Copy endpoint')!.click();
      await waitUntil(() => copied.length === 2);
      await widget.updateComplete;
      expect(harness(widget).q('.visually-hidden[role="status"]')!.textContent).to.equal(
        'Copied\u200b',
      );
      expect(copied[1]).to.equal('https://acme.leaddistro.ai/api/v1/ingest');
    });

    it('falls back where the async clipboard is refused, and says when copying failed', async () => {
      navigator.clipboard.writeText = () =>
        Promise.reject(new DOMException('denied', 'NotAllowedError'));
      const execCommand = document.execCommand;
      let result = true;
      const selected: string[] = [];
      document.execCommand = () => {
        selected.push((shadow(widget).activeElement as HTMLTextAreaElement | null)?.value ?? '');
        return result;
      };
      const { widget } = await ready();
      try {
        harness(widget).button('Copy endpoint')!.click();
        await untilText(widget, 'Copied');
        expect(selected).to.deep.equal(['https://acme.leaddistro.ai/api/v1/ingest']);
        expect(harness(widget).q('textarea')).to.equal(null);
        result = false;
        harness(widget).button('Copy endpoint')!.click();
        await untilText(widget, 'Could not copy');
      } finally {
        document.execCommand = execCommand;
      }
    });
  });

  describe('the API key', () => {
    it('is revealed with the permission, put in the snippets, and masked again after a while', async () => {
      const { widget } = await ready({}, 'reveal-seconds="1"');
      const key = mock.db.portal('org_northwind_acme')!.apiKey;
      const event = oneEvent(widget, 'ld-key-reveal');
      harness(widget).button('Reveal key')!.click();
      const { detail } = await event;
      expect(detail).to.deep.equal({ seconds: 1 });
      await widget.updateComplete;
      expect(harness(widget).q('[part="key"]')!.textContent).to.equal(key);
      expect(harness(widget).code('request', 'curl')).to.include(`x-api-key: ${key}`);
      expect(requests(mock, 'POST', '/v1/api-key/reveal')).to.have.length(1);
      await expect(widget).to.be.accessible();
      await waitUntil(() => !everything(widget).includes(key), 'the key was not masked again', {
        timeout: 3000,
      });
      expect(harness(widget).button('Reveal key')).to.not.equal(undefined);
    });

    it('is masked again when hidden, and when the widget leaves the page', async () => {
      const { widget, portal } = await ready();
      const key = mock.db.portal('org_northwind_acme')!.apiKey;
      harness(widget).button('Reveal key')!.click();
      await untilText(widget, key);
      harness(widget).button('Hide key')!.click();
      await widget.updateComplete;
      expect(everything(widget)).not.to.include(key);
      harness(widget).button('Reveal key')!.click();
      await untilText(widget, key);
      widget.remove();
      portal.append(widget);
      await widget.updateComplete;
      expect(everything(widget)).not.to.include(key);
    });

    it('cannot be revealed without the permission', async () => {
      const { widget } = await ready({ person: 'ava', portalId: 'org_northwind_bright' });
      expect(harness(widget).button('Reveal key')).to.equal(undefined);
      expect(visibleText(widget)).to.include('Your role cannot reveal the key.');
      expect(harness(widget).button('Rotate API key')).to.equal(undefined);
      await expect(widget).to.be.accessible();
    });

    it('sets rotation apart from the settings, under its own heading, in the danger style', async () => {
      const { widget } = await ready();
      const section = harness(widget).q<HTMLElement>('[part="rotation"]')!;
      expect(visibleText(section)).to.include('Key rotation').and.include('may have leaked');
      const rotate = section.querySelector<HTMLButtonElement>('#rotate')!;
      expect(getComputedStyle(rotate).color).to.not.equal(
        getComputedStyle(harness(widget).q('#save-settings')!).color,
      );
      expect(getComputedStyle(section).borderBlockStartStyle).to.equal('solid');
      await expect(widget).to.be.accessible();
    });

    it('is rotated after a confirmation, once for a double click, naming the grace period', async () => {
      const { widget } = await ready();
      mock.control.delays['/v1/api-key/rotate'] = 100;
      const rotate = harness(widget).button('Rotate API key')!;
      rotate.click();
      // The confirmation is a lazy part: it opens once its chunk is here.
      await waitUntil(() => harness(widget).q<HTMLDialogElement>('dialog')?.open);
      const dialog = harness(widget).q<HTMLDialogElement>('dialog')!;
      expect(shadow(widget).activeElement!.textContent!.trim()).to.equal('Cancel');
      await expect(widget).to.be.accessible();
      const event = oneEvent(widget, 'ld-key-rotate');
      const confirm = harness(widget).button('Rotate key')!;
      confirm.click();
      confirm.click();
      const { detail } = await event;
      expect(Object.keys(detail)).to.deep.equal(['previousKeyExpiresAt']);
      expect(requests(mock, 'POST', '/v1/api-key/rotate')).to.have.length(1);
      expect(requests(mock, 'POST', '/v1/api-key/rotate')[0]!.idempotencyKey).to.match(
        /^[\da-f-]{36}$/,
      );
      await waitUntil(() => !dialog.open);
      expect(shadow(widget).activeElement).to.equal(rotate);
      const state = mock.db.portal('org_northwind_acme')!;
      expect(visibleText(widget)).to.include(apiSpecOf(state).maskedKey);
      // A day of grace, counted on the clock the widget and the mock share.
      await untilText(
        widget,
        'The previous key works until Nov 25, 2026, 10:30 AM EST (tomorrow).',
      );
      testClock.advance(2 * 3_600_000);
      await untilText(
        widget,
        'The previous key works until Nov 25, 2026, 10:30 AM EST (in 22 hours).',
      );
    });

    it('never shows or rotates another supplier’s key when a refreshed token opens their portal', async () => {
      const { widget } = await ready({ auth: swappingAuth('cleo.org_harbor_bright') });
      const harbor = mock.db.portal('org_harbor_bright')!;
      const before = harbor.apiKey;
      mock.control.faults.push({ path: '/v1/api-key/reveal', status: 401, times: 1 });
      harness(widget).button('Reveal key')!.click();
      await untilText(widget, 'Your session now opens another supplier portal');
      mock.control.faults.push({ path: '/v1/api-key/rotate', status: 401, times: 1 });
      harness(widget).button('Rotate API key')!.click();
      await waitUntil(() => harness(widget).q<HTMLDialogElement>('dialog')?.open);
      harness(widget).button('Rotate key')!.click();
      await waitUntil(
        () => requests(mock, 'GET', '/v1/portal').some((r) => r.authorization!.includes('harbor')),
        'the refreshed token was not checked',
      );
      await widget.updateComplete;
      expect(harbor.apiKey).to.equal(before);
      expect(harbor.rotations).to.equal(0);
      expect(everything(widget)).not.to.include(before);
      const sent = requests(mock, 'POST', '/v1/api-key');
      expect(sent.every((r) => r.authorization!.includes('org_northwind_acme'))).to.equal(true);
      await expect(widget).to.be.accessible();
    });

    it('says so beside the control when its part does not load, and works on the retry', async () => {
      // Offline, or a CSP that blocks the chunk: the import rejects.
      const part = failingPart(parts, 'key');
      try {
        const { widget } = await ready();
        const key = mock.db.portal('org_northwind_acme')!.apiKey;
        harness(widget).button('Rotate API key')!.click();
        await untilText(widget, 'Something went wrong');
        const failure = harness(widget).q('.rotation .part-failure')!;
        expect(failure.querySelector('[role="alert"]')).to.not.equal(null);
        await waitUntil(() => shadow(widget).activeElement?.getAttribute('part') === 'retry');
        expect(visibleText(widget)).to.include('Send your API key in this header');
        await expect(widget).to.be.accessible();
        part.heal();
        failure.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
        await waitUntil(() => harness(widget).q<HTMLDialogElement>('dialog')?.open);
        expect(visibleText(widget)).not.to.include('Something went wrong');
        harness(widget).button('Cancel')!.click();
        harness(widget).button('Reveal key')!.click();
        await untilText(widget, key);
        expect(requests(mock, 'POST', '/v1/api-key/rotate')).to.have.length(0);
      } finally {
        part.restore();
      }
    });

    it('is not rotated when the confirmation is cancelled', async () => {
      const { widget } = await ready();
      harness(widget).button('Rotate API key')!.click();
      await waitUntil(() => harness(widget).q<HTMLDialogElement>('dialog')?.open);
      harness(widget).button('Cancel')!.click();
      await widget.updateComplete;
      expect(harness(widget).q<HTMLDialogElement>('dialog')!.open).to.equal(false);
      expect(requests(mock, 'POST', '/v1/api-key/rotate')).to.have.length(0);
    });
  });

  describe('integration settings', () => {
    const urlField = (widget: LdApiSpec) => harness(widget).q<HTMLInputElement>('#webhook-url')!;
    const typeUrl = (widget: LdApiSpec, value: string) => {
      urlField(widget).value = value;
      urlField(widget).dispatchEvent(new Event('input'));
    };
    /** Presses Edit settings; the form is a lazy part, here once its chunk is. */
    const edit = async (widget: LdApiSpec) => {
      harness(widget).button('Edit settings')!.click();
      await harness(widget).until(() => harness(widget).q('#webhook-url'));
      await widget.updateComplete;
    };

    it('shows the saved settings, and opens the form on Edit, with the URL focused', async () => {
      const { widget } = await ready();
      const settings = () => visibleText(harness(widget).q('.settings')!);
      expect(settings()).to.include('https://hooks.northwind.example/leaddistro');
      expect(settings()).to.include('Events to send Lead rejected and Cap reached');
      expect(harness(widget).q('#webhook-url')).to.equal(null);
      await edit(widget);
      expect(shadow(widget).activeElement).to.equal(urlField(widget));
      expect(urlField(widget).value).to.equal('https://hooks.northwind.example/leaddistro');
      await expect(widget).to.be.accessible();
      typeUrl(widget, 'https://changed.example/hook');
      harness(widget).button('Cancel')!.click();
      await harness(widget).until(() => !harness(widget).q('#webhook-url'));
      await widget.updateComplete;
      expect(shadow(widget).activeElement).to.equal(harness(widget).button('Edit settings'));
      expect(settings()).to.include('https://hooks.northwind.example/leaddistro');
      expect(requests(mock, 'PUT', '/v1/integration')).to.have.length(0);
    });

    it('says so when the form does not load, and opens it on the retry', async () => {
      // Offline, or a CSP that blocks the chunk: the import rejects.
      const part = failingPart(parts, 'settings');
      try {
        const { widget } = await ready();
        harness(widget).button('Edit settings')!.click();
        await harness(widget).until(() =>
          harness(widget).q('.settings .part-failure [part="retry"]'),
        );
        expect(visibleText(harness(widget).q('.settings')!)).to.include('Something went wrong');
        await waitUntil(() => shadow(widget).activeElement?.getAttribute('part') === 'retry');
        await expect(widget).to.be.accessible();
        part.heal();
        harness(widget).q<HTMLButtonElement>('.settings [part="retry"]')!.click();
        await harness(widget).until(() => harness(widget).q('#webhook-url'));
        expect(visibleText(widget)).not.to.include('Something went wrong');
      } finally {
        part.restore();
      }
    });

    it('refuses a URL that is not https before sending anything', async () => {
      const { widget } = await ready();
      await edit(widget);
      typeUrl(widget, 'http://hooks.example.com/lead');
      harness(widget).button('Save settings')!.click();
      await untilText(widget, 'Enter a full https:// address');
      expect(urlField(widget).getAttribute('aria-invalid')).to.equal('true');
      expect(shadow(widget).activeElement).to.equal(urlField(widget));
      expect(requests(mock, 'PUT', '/v1/integration')).to.have.length(0);
      await expect(widget).to.be.accessible();
    });

    it('saves the URL and events, and tells the host', async () => {
      const { widget } = await ready();
      await edit(widget);
      typeUrl(widget, 'https://hooks.example.com/leads?src=ld');
      const boxes = harness(widget).all<HTMLInputElement>('.events input');
      boxes[0]!.click();
      const event = oneEvent(widget, 'ld-settings-save');
      harness(widget).button('Save settings')!.click();
      const { detail } = await event;
      expect(detail).to.deep.equal({
        webhookUrl: 'https://hooks.example.com/leads?src=ld',
        events: ['lead.accepted', 'lead.rejected', 'cap.reached'],
      });
      expect(mock.db.portal('org_northwind_acme')!.integration.webhookUrl).to.equal(
        'https://hooks.example.com/leads?src=ld',
      );
      await untilText(widget, 'Settings saved.');
      // Back to the settings as saved, the focus on Edit, where the confirmation shows.
      expect(harness(widget).q('#webhook-url')).to.equal(null);
      expect(shadow(widget).activeElement).to.equal(harness(widget).button('Edit settings'));
      expect(visibleText(harness(widget).q('.settings')!)).to.include(
        'https://hooks.example.com/leads?src=ld',
      );
      const shown = harness(widget).q('.settings .confirmation')!;
      expect(shown.textContent).to.equal('Settings saved.');
      expect(shown.checkVisibility()).to.equal(true);
    });

    it('shows a 422 at the field, and a 403 for the form', async () => {
      const { widget } = await ready();
      await edit(widget);
      typeUrl(widget, 'https://localhost/hook');
      harness(widget).button('Save settings')!.click();
      await untilText(widget, 'This address is not reachable from the internet.');
      expect(urlField(widget).getAttribute('aria-invalid')).to.equal('true');
      mock.control.faults.push({ path: '/v1/integration', method: 'PUT', status: 403 });
      typeUrl(widget, 'https://hooks.example.com/x');
      harness(widget).button('Save settings')!.click();
      await untilText(widget, 'You do not have permission to do that.');
      expect(urlField(widget).getAttribute('aria-invalid')).to.equal('false');
      await expect(widget).to.be.accessible();
    });

    it('sends a test webhook and shows the status and latency', async () => {
      const { widget } = await ready();
      harness(widget).button('Send test webhook')!.click();
      await untilText(widget, 'Your endpoint answered 200 in 142 ms.');
      expect(requests(mock, 'POST', '/v1/integration/test-webhook')).to.have.length(1);
    });

    it('is read-only without the integration permission', async () => {
      const { widget } = await ready({ person: 'ava', portalId: 'org_northwind_bright' });
      expect(visibleText(widget)).to.include(
        'Your role can see these settings but not change them.',
      );
      expect(harness(widget).q('.settings input, .settings button')).to.equal(null);
      const settings = visibleText(harness(widget).q('.settings')!);
      expect(settings).to.equal(
        'Integration settings Your role can see these settings but not change them. Webhook URL — Events to send —',
      );
      await expect(widget).to.be.accessible();
    });
  });

  describe('states', () => {
    it('notes test mode', async () => {
      const { widget } = await ready({ person: 'ben' });
      expect(harness(widget).q('.test-mode')!.textContent).to.include('Test mode');
      await expect(widget).to.be.accessible();
    });

    it('shows a skeleton while loading', async () => {
      mock.control.delays['/v1/api-spec'] = 300;
      const { widget } = await spec();
      await waitUntil(() => harness(widget).q('.skeleton'));
      await expect(widget).to.be.accessible();
    });

    it('shows an error with a retry that recovers', async () => {
      mock.control.faults.push({ path: '/v1/api-spec', status: 500, times: 1 });
      const { widget } = await spec();
      await untilText(widget, 'The portal service is having trouble.');
      await expect(widget).to.be.accessible();
      harness(widget).q<HTMLButtonElement>('[part="retry"]')!.click();
      await waitUntil(() => harness(widget).q('.settings'));
    });

    it('keeps the settings in place when they fail to load, with a retry that brings them', async () => {
      mock.control.malformed = { path: '/v1/integration', kind: 'types' };
      const { widget } = await spec();
      await waitUntil(
        () => harness(widget).q('.settings-state [role="alert"]'),
        'no settings error',
      );
      expect(harness(widget).q('.settings-state h3')!.textContent).to.equal('Integration settings');
      expect(visibleText(widget)).to.include(
        'The portal service sent a response this page cannot read.',
      );
      await expect(widget).to.be.accessible();
      mock.control.malformed = null;
      harness(widget).q<HTMLButtonElement>('.settings-state [part="retry"]')!.click();
      await waitUntil(() => harness(widget).q('.settings'), 'the settings did not come back');
      expect(harness(widget).q('.settings-state')).to.equal(null);
    });

    it('keeps the settings in place while they load, and says when access to them is refused', async () => {
      mock.control.delays['/v1/integration'] = 400;
      const { widget } = await spec();
      await waitUntil(() => harness(widget).q('.settings-state .skeleton'), 'no settings skeleton');
      expect(harness(widget).q('.settings-state h3')!.textContent).to.equal('Integration settings');
      await expect(widget).to.be.accessible();
      await waitUntil(() => harness(widget).q('.settings'), 'the settings did not load');
      mock.control.faults.push({ path: '/v1/integration', method: 'GET', status: 403 });
      mock.control.delays = {};
      const denied = await spec();
      await waitUntil(() => harness(denied.widget).q('.settings-state p'), 'no refusal shown');
      expect(visibleText(harness(denied.widget).q('.settings-state')!)).to.include(
        'Ask your agency for access.',
      );
      await expect(denied.widget).to.be.accessible();
    });

    it('brings back settings that failed with the spec, on the one retry', async () => {
      mock.control.faults.push({ path: '/v1/api-spec', status: 500, times: 1 });
      mock.control.faults.push({ path: '/v1/integration', status: 500, times: 1 });
      const { widget } = await spec();
      await untilText(widget, 'The portal service is having trouble.');
      // Both failed, not only the spec: the settings' answer may come a moment later.
      await waitUntil(() => mock.control.faults.length === 0, 'the settings were not asked for');
      await aTimeout(50);
      harness(widget).q<HTMLButtonElement>('[part="retry"]')!.click();
      await waitUntil(() => harness(widget).q('.settings'), 'the settings did not come back');
      expect(harness(widget).all('[part="retry"]')).to.have.length(0);
    });

    it('shows a permission-denied state on 403', async () => {
      mock.control.faults.push({ path: '/v1/api-spec', status: 403 });
      const { widget } = await spec();
      await untilText(widget, 'No access');
      await expect(widget).to.be.accessible();
    });
  });
});
