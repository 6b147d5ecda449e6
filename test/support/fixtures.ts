import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../components/portal/define.js';
import type { LdPortal } from '../../components/portal/portal.js';
import { startMockApi } from '../../src/mocks/browser.js';
import { mockAuth, type MockAuthOptions } from '../../src/mocks/auth.js';
export { swappingAuth } from '../../src/mocks/auth.js';
import type { MockApi } from '../../src/mocks/api.js';
import type { TokenAuthProvider } from '../../src/auth/token-auth.js';
import type { PortalConfig } from '../../src/portal/config.js';
import { configure } from '../../src/portal/runtime.js';
import { resetTestTime, testClock } from './time.js';

export { TEST_NOW, testClock } from './time.js';

let api: (MockApi & { stop(): void }) | undefined;

/**
 * The mock API in this test page, started once, and before each test reset with the clock:
 * both at `TEST_NOW`. Widgets outside any `ld-portal` read the same clock.
 */
export async function mockApi(): Promise<MockApi> {
  api ??= await startMockApi({ clock: testClock });
  resetTestTime(api);
  configure({ clock: testClock });
  return api;
}

/** Test settings: the test clock, and fast retries so fault tests do not wait on real backoff. */
export const FAST: Partial<PortalConfig> = {
  retry: { limit: 0, backoffLimit: 10, maxRetryAfter: 50 },
  timeout: 2000,
  clock: testClock,
};

/** Mounts widgets inside an `ld-portal` signed in as a mock person. */
export async function inPortal<T extends Element>(
  content: TemplateResult,
  options: MockAuthOptions & {
    config?: Partial<PortalConfig>;
    /** Another provider than the mock person's, such as one whose refresh misbehaves. */
    auth?: TokenAuthProvider;
  } = {},
): Promise<{ portal: LdPortal; widget: T; auth: TokenAuthProvider }> {
  const auth = options.auth ?? mockAuth(options);
  const portal = await fixture<LdPortal>(content);
  // Test settings first, while nothing loads yet; auth last, so exactly one load starts.
  portal.runtime.configure({ ...FAST, ...options.config });
  portal.apiBase = '/api';
  portal.auth = auth;
  await portal.updateComplete;
  return { portal, widget: portal.firstElementChild as T, auth };
}

/** All text a user could read, through shadow roots and slots. */
export function visibleText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element) {
      if (node.shadowRoot) walk(node.shadowRoot);
      if (node instanceof HTMLSlotElement) {
        const assigned = node.assignedNodes({ flatten: true });
        if (assigned.length) return assigned.forEach(walk);
      }
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Every string in the DOM, attributes included, through shadow roots. */
export function everything(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element) {
      for (const attr of node.attributes) parts.push(attr.value);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join('\n');
}

export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`${element.localName} has no shadow root`);
  return element.shadowRoot;
}

export async function untilText(
  element: Element,
  text: string | RegExp,
  timeout = 4000,
): Promise<void> {
  let last = '';
  const found = () => {
    last = visibleText(element);
    return typeof text === 'string' ? last.includes(text) : text.test(last);
  };
  try {
    await waitUntil(found, '', { timeout });
  } catch {
    throw new Error(
      `Timed out waiting for "${String(text)}"; the element shows: ${last.slice(0, 400)}`,
    );
  }
}
