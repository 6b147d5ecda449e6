// Reading and waiting on widgets the way a person meets them, shared by the unit tests, the
// harnesses, the demo check and the hardening page. DOM only: nothing here needs a test runner.
import { DATA_STATES, type DataStatus } from '../../src/controllers/data.js';

/**
 * Polls `check` until it holds, every `interval` ms for at most `timeout` ms; says whether it
 * held. Tests wait for a state to come; they never time it.
 */
export async function until(
  check: () => unknown,
  { timeout = 5000, interval = 20 }: { timeout?: number; interval?: number } = {},
): Promise<boolean> {
  // A timer for the deadline, not a reading of the clock, which may be moved under the suite.
  let late = false;
  const deadline = setTimeout(() => (late = true), timeout);
  try {
    for (;;) {
      if (await check()) return true;
      if (late) return false;
      await new Promise((resolve) => setTimeout(resolve, interval));
    }
  } finally {
    clearTimeout(deadline);
  }
}

/** Text without the Unicode bidi isolates that wrap every value put into a message. */
export const withoutIsolates = (text: string): string => text.replace(/[\u2066-\u2069]/g, '');

export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`${element.localName} has no shadow root`);
  return element.shadowRoot;
}

/**
 * All text a person could read, through shadow roots and slots. `quiet` leaves out live
 * regions, whose words depend on how a widget got to its state rather than on the state;
 * `rendered` leaves out text the page does not show (a closed dialog, `hidden`); `except`, the
 * elements matching it.
 */
export function visibleText(
  root: Node,
  { quiet = false, rendered = false, except = '' } = {},
): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (quiet && node instanceof Element && node.matches('[role="status"], [aria-live]')) return;
    if (except && node instanceof Element && node.matches(except)) return;
    if (node.nodeType === Node.TEXT_NODE) {
      if (!rendered || node.parentElement?.checkVisibility()) parts.push(node.textContent ?? '');
    }
    if (node instanceof Element) {
      if (node.shadowRoot) walk(node.shadowRoot);
      if (node instanceof HTMLSlotElement) {
        const assigned = node.assignedNodes({ flatten: true });
        if (assigned.length) return assigned.forEach(walk);
      }
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return withoutIsolates(parts.join(' ')).replace(/\s+/g, ' ').trim();
}

/** Every string in the DOM, through shadow roots: text, attribute values and field values. */
export function everything(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element) {
      for (const attr of node.attributes) parts.push(attr.value);
      if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement)
        parts.push(node.value);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join('\n');
}

/** The data state a widget shows (`:state(ready)` and so on), or 'none' before it has one. */
export function stateOf(element: Element): DataStatus | 'none' {
  return DATA_STATES.find((state) => element.matches(`:state(${state})`)) ?? 'none';
}

/** Waits for `text` to show in `element`; fails with what shows instead. */
export async function untilText(
  element: Element,
  text: string | RegExp,
  timeout = 4000,
): Promise<void> {
  let last = '';
  const found = () => {
    last = visibleText(element);
    return typeof text === 'string' ? last.includes(text) : text.test(last);
  };
  if (!(await until(found, { timeout })))
    throw new Error(
      `Timed out waiting for "${String(text)}"; ${element.localName} shows: ${last.slice(0, 400)}`,
    );
}
