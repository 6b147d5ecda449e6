// The module test/support/harnesses.mjs builds from the registry: every widget's harness.
declare module 'ld:harnesses' {
  import type { WidgetHarness } from '../support/harness.js';

  export const HARNESSES: Record<string, new (element: HTMLElement) => WidgetHarness>;
}
