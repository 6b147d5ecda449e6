/**
 * Vue 3 typings: every ld- element in `GlobalComponents`, so templates type-check its
 * props and `@ld-…` events (with vue-tsc / Volar). Add once, anywhere:
 *
 *   import type {} from '@leaddistro/supplier-widgets/vue';
 *
 * Vue must be told these are custom elements: `compilerOptions.isCustomElement:
 * (tag) => tag.startsWith('ld-')`.
 */
import type { DefineComponent } from 'vue';
import type { SupplierWidgetsJSX } from './react.js';

/** Vue's event props are `onLd-cap-change`-style: `on` plus the name, first letter upper-cased. */
type VueProps<P> = {
  [K in keyof P as K extends `on${infer E}` ? `on${Capitalize<E>}` : K]: P[K];
};

type Widgets = {
  [Tag in keyof SupplierWidgetsJSX]: DefineComponent<
    Omit<VueProps<SupplierWidgetsJSX[Tag]>, 'ref' | 'children'>
  >;
};

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalComponents extends Widgets {}
}
