// `@leaddistro/supplier-widgets/ingestion-log`: registers <ld-ingestion-log> on import.
import { define } from '../../src/define.js';
import { LdIngestionLog } from './ingestion-log.js';

define(LdIngestionLog.tag, LdIngestionLog);

export * from './index.js';
