/**
 * What the framework typings (React, Vue) know of each widget: its element, the properties a
 * template may set, its own events and any extra attribute names. Each widget's folder adds
 * its entry by module augmentation, as for `HTMLElementTagNameMap`, so no list repeats it.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface WidgetTypings {}

/** The shape of one entry of {@link WidgetTypings}. */
export interface WidgetTyping<E = HTMLElement> {
  element: E;
  props: keyof E;
  events: object;
  attributes?: object;
}
