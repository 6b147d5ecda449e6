import { define } from '../../src/define.js';
import { LdCapsMeter } from './caps-meter.js';

define('ld-caps-meter', LdCapsMeter);

declare global {
  interface HTMLElementTagNameMap {
    'ld-caps-meter': LdCapsMeter;
  }
}

export { LdCapsMeter };
