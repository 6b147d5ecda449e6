import { define } from '../../src/define.js';
import { LdPortal } from './portal.js';

define('ld-portal', LdPortal);

declare global {
  interface HTMLElementTagNameMap {
    'ld-portal': LdPortal;
  }
}

export { LdPortal };
