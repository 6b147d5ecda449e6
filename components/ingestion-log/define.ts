import { define } from '../../src/define.js';
import { LdIngestionLog } from './ingestion-log.js';

define('ld-ingestion-log', LdIngestionLog);

declare global {
  interface HTMLElementTagNameMap {
    'ld-ingestion-log': LdIngestionLog;
  }
}

export { LdIngestionLog };
