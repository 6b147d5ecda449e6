// `@leaddistro/supplier-widgets/pause-toggle`: registers <ld-pause-toggle> on import.
import { define } from '../../src/define.js';
import { LdPauseToggle } from './pause-toggle.js';

define(LdPauseToggle.tag, LdPauseToggle);

export * from './index.js';
