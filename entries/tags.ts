// The tags of the registry's widgets, for pages that list them (the demo's state panel).
import * as widgets from './registry.js';

/** Every widget's tag, in the registry's order: `ld-portal` first. */
export const TAGS: readonly string[] = Object.values(widgets).map((widget) => widget.tag);
/** The widgets that show data of their own: all but `ld-portal`, which only scopes them. */
export const DATA_WIDGET_TAGS = TAGS.filter((tag) => tag !== widgets.LdPortal.tag);
