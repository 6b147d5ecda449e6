// The page the hardening suite drives over CDP: every widget, a stage to mount them on, and
// the traps the detectors read: an XSS trap function, CSP violation reports, and a record of
// every event a widget dispatches.
import { configure } from '../../src/index.js';
import type { PortalConfig } from '../../src/core.js';
import { mockAuth } from '../../src/mocks/auth.js';

const STATES = [
  'loading',
  'ready',
  'error',
  'forbidden',
  'signed-out',
  'choose-portal',
  'unconfigured',
] as const;

const record = {
  /** Ids passed to window.__xss by any payload that ran. */
  xss: [] as string[],
  violations: [] as string[],
  /** `type detail-as-JSON` of every event an ld- element dispatched. */
  events: [] as string[],
};

let auth: ReturnType<typeof mockAuth> | undefined;

function stage(): HTMLElement {
  return document.getElementById('stage')!;
}

/** Text and attribute values of a tree, shadow roots included. */
function deepText(root: Node = stage()): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element) {
      for (const attribute of node.attributes) parts.push(attribute.value);
      if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement)
        parts.push(node.value);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join('\n');
}

function stateOf(element: Element): string {
  return STATES.find((state) => element.matches(`:state(${state})`)) ?? 'none';
}

function json(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

const harness = {
  record,
  deepText,
  /** Configures every widget for a mock person, with short timeouts and no automatic retry. */
  setup(
    options: { person?: string; portalId?: string | null; timeout?: number; auth?: boolean } = {},
  ) {
    auth =
      options.auth === false
        ? undefined
        : mockAuth({ person: options.person ?? 'ava', portalId: options.portalId });
    const config: Partial<PortalConfig> = {
      apiBase: '/api',
      timeout: options.timeout ?? 3000,
      retry: { limit: 0, backoffLimit: 0, maxRetryAfter: 0 },
    };
    if (auth) config.auth = auth;
    configure(config);
  },
  selectPortal(portalId: string) {
    return auth?.selectPortal(portalId);
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
  /** Retry buttons a person can see: a slot's fallback stays in the tree when a host fills it. */
  retryButtons(root: ParentNode | undefined) {
    return [...(root?.querySelectorAll<HTMLButtonElement>('[part="retry"]') ?? [])].filter(
      (button) => button.checkVisibility(),
    );
  },
  /** Clicks every visible retry button on stage; returns how many there were. */
  retryAll() {
    const buttons = [...stage().children].flatMap((element) =>
      harness.retryButtons(element.shadowRoot ?? undefined),
    );
    for (const button of buttons) button.click();
    return buttons.length;
  },
};

declare global {
  interface Window {
    hx: typeof harness;
    __xss: (id: string | number) => void;
  }
}

window.hx = harness;
window.__xss = (id) => record.xss.push(String(id));
document.addEventListener('securitypolicyviolation', (event) =>
  record.violations.push(`${event.effectiveDirective}: ${event.blockedURI} ${event.sample}`),
);
const dispatch = EventTarget.prototype.dispatchEvent;
EventTarget.prototype.dispatchEvent = function (this: EventTarget, event: Event) {
  if (this instanceof Element && this.localName.startsWith('ld-'))
    record.events.push(`${event.type} ${json((event as CustomEvent).detail)}`);
  return dispatch.call(this, event);
};
