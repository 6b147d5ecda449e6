/**
 * The core without any widget: auth, API contract and client, configuration, the data
 * controller and the localize helper. Importing it registers nothing and touches no DOM.
 */
export {
  configure,
  PortalRuntime,
  type RuntimeChange,
  type ScopedClient,
} from './portal/runtime.js';
export type { PortalConfig, Theme } from './portal/config.js';
export { systemClock, type Clock } from './clock/clock.js';
export { portalContext } from './portal/context.js';
export { PortalLink } from './portal/link.js';
export { tokenAuth, type TokenAuthOptions, type TokenAuthProvider } from './auth/token-auth.js';
export { clerkAuth, type ClerkAuthOptions, type ClerkLike } from './auth/clerk-auth.js';
export type { AuthProvider, AuthState, PortalChoice } from './auth/types.js';
export { ApiError, type ApiErrorKind } from './api/errors.js';
export {
  createApiClient,
  type ApiClient,
  type ClientOptions,
  type RetryPolicy,
} from './api/client.js';
export type * from './api/contract/index.js';
export type { Endpoint } from './api/endpoint.js';

export { DataController, type DataStatus, type Resource } from './controllers/data.js';
export { LocalizeController, registerStrings } from './localize/localize.js';
export { registerLanguage, type Language, type Translation } from './localize/translation.js';
export { commonStrings, type Strings } from './localize/strings.js';
export { define } from './define.js';
export { LdElement } from './element.js';
export type { LdEventMap, AuthExpiredDetail, WidgetErrorDetail } from './events.js';
export { version } from './version.js';
