import type { ApiErrorKind } from './api/errors.js';

export interface AuthExpiredDetail {
  /** The portal whose session ended, when one was active. */
  portalId: string | undefined;
  /**
   * `true` when the person pressed "Sign in again": the event is then cancelable, and the
   * auth provider's own sign-in (Clerk's) opens unless the host calls `preventDefault()`.
   */
  requested: boolean;
}

export interface WidgetErrorDetail {
  kind: ApiErrorKind;
  status: number | undefined;
  code: string;
  /** The server's message, for logs; widgets show their own text for each kind. */
  message: string;
}

/** Events every widget may fire. Widget-specific events are declared beside each widget. */
export interface LdEventMap {
  /** The token was refreshed once and still refused: the host should sign the person in again. */
  'ld-auth-expired': CustomEvent<AuthExpiredDetail>;
  /** A widget entered its error state. */
  'ld-error': CustomEvent<WidgetErrorDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends LdEventMap {}
}

export function emit<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  name: K,
  detail: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never,
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(name, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: options.cancelable ?? false,
    }),
  );
}
