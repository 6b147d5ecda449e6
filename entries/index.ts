/** Everything: the core, plus every widget registered under its `ld-` tag. */
import { define } from '../src/define.js';
import * as widgets from './registry.js';

export * from '../src/core.js';
export * from './registry.js';

// `ld-portal` first, so the widgets inside one find their scope as they upgrade (a portal
// upgraded later still claims them, but they would start on the global scope).
define(widgets.LdPortal.tag, widgets.LdPortal);
for (const widget of Object.values(widgets)) define(widget.tag, widget);
