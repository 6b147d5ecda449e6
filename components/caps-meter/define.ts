// `@leaddistro/supplier-widgets/caps-meter`: registers <ld-caps-meter> on import.
import { define } from '../../src/define.js';
import { LdCapsMeter } from './caps-meter.js';

define(LdCapsMeter.tag, LdCapsMeter);

export * from './index.js';
