// `@leaddistro/supplier-widgets/api-spec`: registers <ld-api-spec> on import.
import { define } from '../../src/define.js';
import { LdApiSpec } from './api-spec.js';

define(LdApiSpec.tag, LdApiSpec);

export * from './index.js';
