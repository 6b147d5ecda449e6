/**
 * Every widget's class, with no tag registered: for a host that registers its own names
 * (`customElements.define('acme-caps', LdCapsMeter)`) or scoped registries.
 */
export * from './registry.js';
