import { define } from '../../src/define.js';
import { LdPauseToggle } from './pause-toggle.js';

define('ld-pause-toggle', LdPauseToggle);

declare global {
  interface HTMLElementTagNameMap {
    'ld-pause-toggle': LdPauseToggle;
  }
}

export { LdPauseToggle };
