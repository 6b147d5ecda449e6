// The widget's public face: its class, the types of its events, and what the framework
// typings and `HTMLElementTagNameMap` know of it. entries/registry.ts lists this file.
import type { LdApiSpec } from './api-spec.js';
import type { CopyDetail } from './api-spec.js';
import type { KeyRevealDetail, KeyRotateDetail } from './api-key.js';
import type { SettingsSaveDetail } from './integration-settings.js';
export type { CopyDetail, KeyRevealDetail, KeyRotateDetail, SettingsSaveDetail };
export { LdApiSpec } from './api-spec.js';

declare module '../../src/typings.js' {
  interface WidgetTypings {
    'ld-api-spec': {
      element: LdApiSpec;
      props: 'revealSeconds';
      events: {
        'ld-copy': CustomEvent<CopyDetail>;
        'ld-key-reveal': CustomEvent<KeyRevealDetail>;
        'ld-key-rotate': CustomEvent<KeyRotateDetail>;
        'ld-settings-save': CustomEvent<SettingsSaveDetail>;
      };
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-api-spec': LdApiSpec;
  }
}
