// `@leaddistro/supplier-widgets/portal`: registers <ld-portal> on import.
import { define } from '../../src/define.js';
import { LdPortal } from './portal.js';

define(LdPortal.tag, LdPortal);

export * from './index.js';
