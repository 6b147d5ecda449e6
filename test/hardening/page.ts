// The page the hardening suite drives over CDP: every widget, a stage to mount them on, and
// the traps the detectors read: an XSS trap function, CSP violation reports, and a record of
// every event a widget dispatches.
import { configure } from '../../entries/index.js';
import { testClock } from '../support/time.js';
import type { PortalConfig } from '../../src/core.js';
import { mockAuth, swappingAuth } from '../../src/mocks/auth.js';
import { define } from '../../src/define.js';
import { HARNESSES } from 'ld:harnesses';
import { everything, stateOf, visibleText } from '../support/dom.js';
import { WidgetHarness } from '../support/harness.js';
import type { IngestionLogHarness } from '../../components/ingestion-log/harness.js';
import type { ApiSpecHarness } from '../../components/api-spec/harness.js';

const record = {
  /** Ids passed to window.__xss by any payload that ran. */
  xss: [] as string[],
  /** Files the widgets offered for download (the CSV export), by name. */
  downloads: [] as { name: string; blob: Blob }[],
  violations: [] as string[],
  /** `type detail-as-JSON` of every event an ld- element dispatched. */
  events: [] as string[],
  /** Durations (ms) of the long tasks (over 50 ms) seen, for the notes; no figure bars on them. */
  longTasks: [] as number[],
};

let auth: ReturnType<typeof mockAuth> | undefined;

function stage(): HTMLElement {
  return document.getElementById('stage')!;
}

/** Text, attribute and field values of a tree, shadow roots included. */
const deepText = (root: Node = stage()) => everything(root);

/** The harness of a widget: its parts and how a person uses it (components/<name>/hx.ts). */
function harnessOf<T extends WidgetHarness = WidgetHarness>(element: Element): T {
  const Harness = HARNESSES[element.localName] ?? WidgetHarness;
  return new Harness(element as HTMLElement) as T;
}

function json(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

let lastSetup: Parameters<(typeof hx)['setup']>[0] = {};
const hx = {
  record,
  deepText,
  /**
   * Runs `action` in a task of the page's own. Code called straight from a DevTools evaluation
   * is exempt from the page's CSP, so everything the CSP tour does goes through here.
   */
  inTask<T>(action: () => T | Promise<T>): Promise<T> {
    return new Promise((resolve, reject) =>
      setTimeout(() => Promise.resolve().then(action).then(resolve, reject)),
    );
  },
  /** Configures every widget for a mock person, with short timeouts and no automatic retry. */
  setup(
    options: {
      person?: string;
      portalId?: string | null;
      timeout?: number;
      auth?: boolean;
      retry?: PortalConfig['retry'];
      /** `person.portalId` a refreshed token opens instead of the portal shown. */
      swapTo?: string;
    } = {},
  ) {
    lastSetup = options;
    const person = { person: options.person ?? 'ava', portalId: options.portalId };
    auth =
      options.auth === false
        ? undefined
        : options.swapTo
          ? swappingAuth(options.swapTo, person)
          : mockAuth(person);
    const config: Partial<PortalConfig> = {
      apiBase: '/api',
      timeout: options.timeout ?? 3000,
      retry: options.retry ?? { limit: 0, backoffLimit: 0, maxRetryAfter: 0 },
      // The fixed instant the mock in Node is seeded at too: the figures never depend on the date.
      clock: testClock,
    };
    // Without auth the key is still set, so configure() clears the auth of the last setup.
    config.auth = auth;
    configure(config);
  },
  selectPortal(portalId: string) {
    return auth?.selectPortal(portalId);
  },
  signOut() {
    auth?.signOut();
  },
  /**
   * Positive controls for the CSP detector, run from the page's own script (an evaluation
   * from DevTools would be exempt from the policy): eval, and an inline event handler.
   */
  plantCspViolations() {
    return hx.inTask(() => {
      {
        try {
          // Planted on purpose: the policy must report it.
          (0, eval)('1');
        } catch {
          // Blocked, as it should be.
        }
        const button = document.createElement('button');
        try {
          button.setAttribute('onclick', 'window.__xss("inline handler")');
        } catch {
          // Under Trusted Types an event handler attribute is a sink too.
        }
      }
    });
  },
  /**
   * Text a person can see in an element, shadow roots included; `quiet` leaves out live regions,
   * whose announcements depend on the way a widget got to its state rather than the state.
   */
  visibleText(root: Element, { quiet = false } = {}) {
    return visibleText(root, { quiet, rendered: true });
  },
  /** A second copy of the library registering a tag that is taken. */
  defineAgain(tag: string) {
    define(tag, class extends HTMLElement {});
  },
  /**
   * Mounts and removes a widget `cycles` times, each time until it shows its data (or another
   * settled state), yielding through a message channel: faster than timers, and never a
   * long task. Returns how many cycles reached a settled state.
   */
  async cycle(tag: string, cycles: number) {
    const channel = new MessageChannel();
    const tick = () =>
      new Promise<void>((resolve) => {
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(0);
      });
    let settled = 0;
    for (let i = 0; i < cycles; i++) {
      const element = hx.mount(tag);
      const end = performance.now() + 3000;
      while (performance.now() < end) {
        await tick();
        const state = stateOf(element);
        if (
          state !== 'loading' &&
          state !== 'none' &&
          !element.shadowRoot?.querySelector('.skeleton')
        ) {
          settled++;
          break;
        }
      }
      element.remove();
    }
    channel.port1.close();
    return settled;
  },
  /** The positive control for the leak detector: every cycle leaves a listener and 10 KB. */
  async leakyCycle(cycles: number) {
    for (let i = 0; i < cycles; i++) {
      const kept = new Array(2500).fill(i);
      window.addEventListener('resize', () => kept.length);
    }
  },
  /** Sets (or, with '', removes) an attribute of the widget of that tag on stage. */
  attribute(tag: string, name: string, value: string) {
    const element = stage().querySelector(tag);
    if (!element) return false;
    if (value) element.setAttribute(name, value);
    else element.removeAttribute(name);
    return true;
  },
  /**
   * The stale-render check, in three calls so the waiting happens outside the page: a fresh
   * widget with the same attributes, in the same portal, must read the same as the one that
   * went through the race.
   */
  mountReference() {
    document.getElementById('reference')?.remove();
    const reference = document.createElement('div');
    reference.id = 'reference';
    document.body.append(reference);
    for (const element of stage().children) {
      const copy = document.createElement(element.localName);
      for (const attribute of element.attributes)
        copy.setAttribute(attribute.name, attribute.value);
      reference.append(copy);
    }
  },
  referenceSettled() {
    const all = [...stage().children, ...(document.getElementById('reference')?.children ?? [])];
    return all.every(
      (element) =>
        stateOf(element) !== 'loading' && !element.shadowRoot?.querySelector('.skeleton'),
    );
  },
  /** Tags whose raced widget reads differently from its fresh copy, with both texts. */
  staleWidgets() {
    const fresh = [...(document.getElementById('reference')?.children ?? [])];
    const stale = [...stage().children].flatMap((element, i) => {
      const raced = hx.visibleText(element, { quiet: true });
      const clean = fresh[i] ? hx.visibleText(fresh[i], { quiet: true }) : '';
      return raced === clean
        ? []
        : [
            {
              tag: element.localName,
              raced,
              clean,
              states: `${stateOf(element)} / ${fresh[i] ? stateOf(fresh[i]) : 'none'}`,
              attributes: [...element.attributes].map((a) => `${a.name}=${a.value}`).join(' '),
            },
          ];
    });
    document.getElementById('reference')?.remove();
    return stale;
  },
  /** Presses the ingestion log's Export CSV; returns the download count before it. */
  startExport() {
    const log = harnessOf<IngestionLogHarness>(stage().querySelector('ld-ingestion-log')!);
    log.q('[part="export-button"]')?.click();
    return record.downloads.length;
  },
  /** How the export area reads now, and how many files came since `before`. */
  exportResult(before: number) {
    const log = harnessOf<IngestionLogHarness>(stage().querySelector('ld-ingestion-log')!);
    return { downloads: record.downloads.length - before, message: log.exportMessage() };
  },
  /** The text of the API spec's code snippets (curl, fetch, Python, PHP and the verifiers). */
  snippetText() {
    const spec = stage().querySelector('ld-api-spec');
    return spec ? harnessOf<ApiSpecHarness>(spec).snippets() : '';
  },
  /** Sets every overridable text of every widget on stage to a payload, starting at `offset`. */
  overrideStrings(payloads: string[], offset: number) {
    let next = offset;
    for (const element of stage().children) {
      const keys = harnessOf(element).stringKeys();
      (element as HTMLElement & { strings: object }).strings = Object.fromEntries(
        keys.map((key) => [key, payloads[next++ % payloads.length]]),
      );
    }
    return next - offset;
  },
  /** Attributes anywhere on stage that hold a script URL (javascript:, vbscript:, data:text/html). */
  scriptUrls() {
    const found: string[] = [];
    const walk = (node: Node) => {
      if (node instanceof Element) {
        for (const attribute of node.attributes) {
          // Browsers ignore control characters and spaces anywhere in a URL's scheme.
          const value = [...attribute.value]
            .filter((char) => char.charCodeAt(0) > 0x20)
            .join('')
            .toLowerCase();
          if (
            /^(href|src|action|formaction|xlink:href|data|poster|background)$/.test(
              attribute.name,
            ) &&
            /^(javascript|vbscript):|^data:text\/html/.test(value)
          )
            found.push(`<${node.localName} ${attribute.name}="${attribute.value}">`);
        }
        if (node.shadowRoot) walk(node.shadowRoot);
      }
      node.childNodes.forEach(walk);
    };
    walk(stage());
    return found;
  },
  /** The text of every file offered for download so far. */
  async downloadedText() {
    return Promise.all(record.downloads.map(({ blob }) => blob.text()));
  },
  /**
   * Uses a widget the way a person would, so every view and event gets its data: a lead's
   * detail and the CSV export, the key revealed, a pause confirmed, a cap limit saved, another
   * payout range. Returns the steps that could not be taken.
   */
  exercise(element: Element): Promise<string[]> {
    return harnessOf(element).exercise();
  },
  /** Mounts a widget; `slots` puts a paragraph of text in each named slot. */
  mount(
    tag: string,
    attributes: Record<string, string> = {},
    properties: object = {},
    slots: Record<string, string> = {},
  ) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    Object.assign(element, properties);
    for (const [slot, text] of Object.entries(slots)) {
      const paragraph = document.createElement('p');
      paragraph.slot = slot;
      paragraph.textContent = text;
      element.append(paragraph);
    }
    stage().append(element);
    return element;
  },
  clear() {
    stage().replaceChildren();
  },
  states() {
    return [...stage().children].map(stateOf);
  },
  stateOf,
  /**
   * What a person can press to recover: retry buttons, or "Sign in again" after a 401. Only
   * visible ones: a slot's fallback stays in the tree when a host fills it.
   */
  retryButtons(root: ParentNode | undefined) {
    const found = root?.querySelectorAll<HTMLButtonElement>('[part="retry"], [part="sign-in"]');
    return [...(found ?? [])].filter((button) => button.checkVisibility());
  },
  /** Clicks every visible retry button on stage; returns how many there were. */
  retryAll() {
    const buttons = [...stage().children].flatMap((element) =>
      hx.retryButtons(element.shadowRoot ?? undefined),
    );
    for (const button of buttons) button.click();
    // "Sign in again" asks the host, which signs the person in afresh: a new auth.
    if (buttons.some((button) => button.getAttribute('part') === 'sign-in')) hx.setup(lastSetup);
    return buttons.length;
  },
};

declare global {
  interface Window {
    hx: typeof hx;
    __xss: (id: string | number) => void;
  }
}

window.hx = hx;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) record.longTasks.push(Math.round(entry.duration));
}).observe({ type: 'longtask', buffered: false });
window.__xss = (id) => record.xss.push(String(id));
document.addEventListener('securitypolicyviolation', (event) =>
  record.violations.push(`${event.effectiveDirective}: ${event.blockedURI} ${event.sample}`),
);
// Downloads are kept, not saved: the CSV detectors read them.
const createObjectURL = URL.createObjectURL.bind(URL);
const blobs = new Map<string, Blob>();
URL.createObjectURL = (object: Blob | MediaSource) => {
  const url = createObjectURL(object);
  if (object instanceof Blob) blobs.set(url, object);
  return url;
};
const click = HTMLAnchorElement.prototype.click;
HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
  const blob = blobs.get(this.href);
  if (blob && this.download) record.downloads.push({ name: this.download, blob });
  else click.call(this);
};
const dispatch = EventTarget.prototype.dispatchEvent;
EventTarget.prototype.dispatchEvent = function (this: EventTarget, event: Event) {
  if (this instanceof Element && this.localName.startsWith('ld-'))
    record.events.push(`${event.type} ${json((event as CustomEvent).detail)}`);
  return dispatch.call(this, event);
};
