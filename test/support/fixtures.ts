import { fixture } from '@open-wc/testing';
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

export { everything, shadow, stateOf, untilText, visibleText, withoutIsolates } from './dom.js';
