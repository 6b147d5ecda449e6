import { define } from '../../src/define.js';
import { LdApiSpec } from './api-spec.js';

define('ld-api-spec', LdApiSpec);

declare global {
  interface HTMLElementTagNameMap {
    'ld-api-spec': LdApiSpec;
  }
}

export { LdApiSpec };
