// `@leaddistro/supplier-widgets/intake-report`: registers <ld-intake-report> on import.
import { define } from '../../src/define.js';
import { LdIntakeReport } from './intake-report.js';

define(LdIntakeReport.tag, LdIntakeReport);

export * from './index.js';
