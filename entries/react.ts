/**
 * JSX typings for React 19, which sets a custom element's known properties as properties
 * and listens to its events through `on<event-name>` props. Add once, anywhere:
 *
 *   import type {} from '@leaddistro/supplier-widgets/react';
 *
 * Then `<ld-caps-meter periods="daily" onld-cap-change={(e) => e.detail.cap} />` is typed.
 */
import type { HTMLAttributes, Ref } from 'react';
import type { AuthExpiredDetail, WidgetErrorDetail } from '../src/events.js';
import type { WidgetTypings } from '../src/typings.js';
import type {} from './registry.js';

type Common = 'theme' | 'locale' | 'strings';

/** A widget's public properties, its events as `on<event>` props, and the usual HTML ones. */
type WidgetProps<E, K extends keyof E, Events> = Partial<Pick<E, K | Extract<Common, keyof E>>> &
  Omit<HTMLAttributes<E>, 'onChange'> & {
    ref?: Ref<E>;
    children?: unknown;
  } & { [N in keyof Events as `on${N & string}`]?: (event: Events[N]) => void } & {
    'onld-error'?: (event: CustomEvent<WidgetErrorDetail>) => void;
    'onld-auth-expired'?: (event: CustomEvent<AuthExpiredDetail>) => void;
  };

type JSXOf<T> = T extends { element: infer E; props: infer K; events: infer Events }
  ? WidgetProps<E, Extract<K, keyof E>, Events> & (T extends { attributes: infer A } ? A : unknown)
  : never;

/** Every widget's JSX props, from what its folder declares in `WidgetTypings`. */
export type SupplierWidgetsJSX = { [Tag in keyof WidgetTypings]: JSXOf<WidgetTypings[Tag]> };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends SupplierWidgetsJSX {}
  }
}
